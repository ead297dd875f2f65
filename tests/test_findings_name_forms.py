"""A name a version brings in and writes a second way is one new name (forms.same_name)."""

from __future__ import annotations

from driftcheck.diff import word_diff
from driftcheck.findings import detect
from driftcheck.findings.forms import same_name
from driftcheck.findings.once import first_mentions
from driftcheck.segment import segment
from driftcheck.types import AlignmentGroup, Finding, Kind, Severity
from tests.test_findings_names_copy import named
from tests.test_findings_rules import pair
from tests.test_findings_story import compared, of


def _added(text: str, index: int) -> Finding:
    return Finding("entity.added", Severity.WARNING, f'added: "{text}"', index, b_text=text)


def _dropped(text: str, index: int) -> Finding:
    return Finding("entity.dropped", Severity.WARNING, f'dropped: "{text}"', index, a_text=text)


def _reported(found: list[Finding]) -> list[str]:
    return [f.a_text or f.b_text or "" for f in first_mentions(found)]


def test_an_acronym_leaving_out_middle_initials_is_the_same_name() -> None:
    assert same_name("NCDR", "National Centre for Disease Research and Reporting")
    assert _reported(
        [_added("National Centre for Disease Research and Reporting", 0), _added("NCDR", 3)]
    ) == ["National Centre for Disease Research and Reporting"]


def test_an_acronym_with_other_letters_is_another_name() -> None:
    assert not same_name("NDRC", "National Centre for Disease Research and Reporting")
    assert not same_name("NC", "National Centre for Disease Research")  # two letters: too loose
    assert not same_name("NCDX", "National Centre for Disease Research")  # last letter differs


def test_a_plural_or_a_member_of_a_name_is_the_same_name() -> None:
    assert same_name("Chinooks", "Chinook")
    assert same_name("National Guardsmen", "Ohio National Guard")
    assert _reported([_added("Chinook", 0), _added("Chinooks", 1)]) == ["Chinook"]


def test_an_acronym_word_spelling_out_the_other_word_is_the_same_name() -> None:
    assert same_name("EU Parliament", "European Parliament")
    assert _reported([_added("European Parliament", 0), _added("EU Parliament", 2)]) == [
        "European Parliament"
    ]


def test_other_names_sharing_words_are_still_reported() -> None:
    assert not same_name("Jane Morton", "John Morton")
    assert not same_name("European Commission", "European Parliament")
    assert not same_name("Mortensen", "Morten")  # no plural or member ending
    found = [_added("Ohio National Guard", 0), _added("Ohio State", 1), _dropped("Guardsmen", 2)]
    assert _reported(found) == ["Ohio National Guard", "Ohio State", "Guardsmen"]


def test_a_story_adding_a_name_and_its_acronym_reports_it_once() -> None:
    a = "Officials said the outbreak was spreading.\n\nHospitals were full."
    b = (
        "Officials at the National Centre for Disease Research and Reporting said the"
        " outbreak was spreading.\n\nHospitals were full, the NCDR said."
    )
    added = [f.b_text for f in pair(a, b) if f.rule == "entity.added"]
    assert added == ["National Centre for Disease Research and Reporting"]


# A hyphenated name written with a space, or with its hyphen broken at a line's end


def _names_changed(a: str, b: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.rule, f.a_text, f.b_text) for f in pair(a, b) if f.rule.startswith("entity.")]


def test_a_hyphenated_name_written_apart_is_the_same_name() -> None:
    hyphened = "Officers from Avon-Severn Police were at the scene of the fire."
    apart = "Officers from Avon Severn Police were at the scene of the fire, a spokesman said."
    assert _names_changed(hyphened, apart) == []
    assert _names_changed(apart, hyphened.replace(".", ", a spokesman said.")) == []


def test_a_hyphen_broken_at_a_line_end_keeps_the_name() -> None:
    whole = "The motion was tabled by Anna Lloyd-Pryce on Monday."
    broken = "The motion was tabled last week by Anna Lloyd- Pryce on Monday."
    assert _names_changed(whole, broken) == []
    assert _names_changed(broken, whole) == []


def test_another_second_half_or_a_half_alone_is_still_a_change() -> None:
    a = "The motion was tabled by Anna Lloyd-Pryce on Monday."
    assert _names_changed(a, a.replace("Lloyd-Pryce", "Lloyd-Jones")) == [
        ("entity.changed", "Anna Lloyd-Pryce", "Anna Lloyd-Jones")
    ]
    halved = _names_changed(a, "The motion was tabled last week by Anna Lloyd on Monday.")
    assert [(rule, a_text) for rule, a_text, _ in halved] == [
        ("entity.dropped", "Anna Lloyd-Pryce")
    ]


# Words in quotation marks in title case: a banner, a slogan, the title of a work


def test_a_quoted_title_case_slogan_or_title_holds_no_name() -> None:
    assert named("Fans held a banner reading ''We Will Not Be A Colony'' at the match.") == []
    found = named("Critics spoke of a '21st Century Home Guard' in Cardiff on Friday.")
    assert found == ["Cardiff"]


def test_a_quoted_name_without_a_function_word_or_numeral_is_still_a_name() -> None:
    assert named("The group calling itself ''Islamic Army of Iraq'' said so.") == [
        "Islamic Army of Iraq"
    ]
    assert named("Fans held a banner reading ''We love Dundee United'' at the match.") == [
        "Dundee United"
    ]


# A dateline names a place in capitals; it says where a story was filed, not what it is about


def test_a_dateline_opening_a_story_names_its_place() -> None:
    text = "TARSK FALLS, Ruritania (AP) --\n\nA fire broke out in the old mill on Monday."
    assert named(text)[0] == "TARSK FALLS"
    assert "OBRENNA" in named("OBRENNA --\n\nCrews came.")


def test_a_dateline_changed_is_a_name_changed_and_a_late_capital_line_is_none() -> None:
    a = "VELMORA (AP) --\n\nA fire broke out in the mill.\n\nCrews came at night."
    b = "OBRENNA (AP) --\n\nA fire broke out in the mill.\n\nCrews came at night."
    assert ("entity.changed", "warning", "VELMORA") in of(compared(a, b), "entity.")
    late = "A fire broke out. Crews came. They left. WARNING --\n\nThe mill burned."
    assert "WARNING" not in named(late)


def test_two_stories_sharing_only_a_dateline_are_still_unrelated() -> None:
    a_text = (
        "VELMORA (AP) --\n\n"
        "An earthquake struck Tarsk on Monday.\n\n"
        "Mayor Ilse Corvin said 40 homes fell.\n\n"
        "Rescuers from Dunmarrow arrived at night."
    )
    b_text = (
        "VELMORA (AP) --\n\n"
        "A ferry sank off Obrenna on Friday.\n\n"
        "Governor Pavel Drussek said 9 people drowned.\n\n"
        "Divers from Lindquay came by boat."
    )
    a, b = segment(a_text), segment(b_text)
    groups = [
        AlignmentGroup((i,), (i,), Kind.CHANGED, 0.3, diff=word_diff(x.text, y.text))
        for i, (x, y) in enumerate(zip(a.sentences, b.sentences, strict=True))
    ]
    assert "story.unrelated" in [f.rule for f in detect(a, b, groups)]
