"""Attribution on real copy (#14): who said it, read as news copy writes it."""

from __future__ import annotations

from driftcheck.findings.context import make_side
from driftcheck.findings.lexicon import root
from driftcheck.findings.reporting import attributions
from driftcheck.segment import segment
from tests.test_findings_rules import pair


def attribution_rules(a: str, b: str) -> list[str]:
    """The attribution rules raised when all of A is paired with all of B."""
    return [f.rule for f in pair(a, b) if f.rule.startswith("attribution.")]


# A statement still attributed in B, by a source A names too


def test_a_source_renamed_to_its_role_is_not_dropped() -> None:
    a = (
        "The prisoner also killed a former cellmate on Monday evening, Mr Jambon said. "
        "He used a blunt object, the minister added."
    )
    b = (
        "The prisoner killed a former cellmate with a blunt object on Monday evening, "
        "the minister said."
    )
    assert attribution_rules(a, b) == []


def test_a_statement_left_without_any_source_is_dropped() -> None:
    a = (
        "The prisoner also killed a former cellmate on Monday evening, Mr Jambon said. "
        "He used a blunt object, the minister added."
    )
    b = "The prisoner killed a former cellmate with a blunt object on Monday evening."
    assert "attribution.dropped" in attribution_rules(a, b)


# A source set off by commas before the verb


def test_an_apposed_name_before_the_verb_is_the_source() -> None:
    a = (
        "The city's mayor, Ibrahim Osaj, said on Sunday that after weeks of work, "
        "residents can go back to streets cleared of mines."
    )
    b = "Residents can go back to streets cleared of mines, Mayor Ibrahim Osaj said."
    assert attribution_rules(a, b) == []


def test_another_speaker_for_the_same_statement_is_still_a_change() -> None:
    a = (
        "The city's mayor, Ibrahim Osaj, said on Sunday that after weeks of work, "
        "residents can go back to streets cleared of mines."
    )
    b = "Residents can go back to streets cleared of mines, Governor Ahmed Karim said."
    assert "attribution.changed" in attribution_rules(a, b)


# A clause after the verb is the statement, not the source


def test_a_clause_right_after_the_verb_is_no_source() -> None:
    a = (
        "Officials at the conference, which met in Geneva, said preliminary tests on the "
        "patient in Canada were negative."
    )
    assert attribution_rules(a, "At the conference in Geneva, officials met.") == []
    b = "Preliminary tests on the patient in Canada were negative."
    assert attribution_rules(a, b) == ["attribution.dropped"]


def test_a_new_clause_with_its_own_source_adds_no_attribution() -> None:
    a = "A possible active shooter was seen at the medical center."
    b = (
        "A possible active shooter was seen at the medical center, although "
        "investigators said no evidence of gunfire was found."
    )
    assert attribution_rules(a, b) == []


def test_a_source_added_to_the_same_statement_is_added() -> None:
    a = "A possible active shooter was seen at the medical center."
    b = "A possible active shooter was seen at the medical center, investigators said."
    assert "attribution.added" in attribution_rules(a, b)


# Passives and plainer reporting verbs


def test_reported_missing_is_no_attribution() -> None:
    a = "The driver who was hurt in the crash had been reported missing the day before."
    b = "The driver who was hurt in the crash had been missing the day before."
    assert attribution_rules(a, b) == []


def test_a_report_by_a_named_source_is_still_an_attribution() -> None:
    a = "The driver who was hurt in the crash was missing the day before, county police reported."
    b = "The driver who was hurt in the crash had been missing the day before."
    assert "attribution.dropped" in attribution_rules(a, b)


def test_confirmed_reworded_as_said_adds_no_attribution() -> None:
    a = "A British soldier was shot dead in Afghanistan, the Ministry of Defence has confirmed."
    b = "A British soldier was shot dead in Afghanistan, the Ministry of Defence has said."
    assert attribution_rules(a, b) == []


def test_said_where_nothing_attributed_the_statement_is_added() -> None:
    a = "A British soldier has been shot dead in Afghanistan."
    b = "A British soldier has been shot dead in Afghanistan, the Ministry of Defence has said."
    assert attribution_rules(a, b) == ["attribution.added"]


def test_a_statement_given_with_adding_that_is_still_attributed() -> None:
    a = "Many voters said that security was the issue most important to them this year."
    b = (
        "Many voters credit him for keeping the country safe, adding that security was "
        "the issue most important to them this year."
    )
    assert attribution_rules(a, b) == []
    c = (
        "Many voters credit him for keeping the country safe, as security was the issue "
        "most important to them this year."
    )
    assert attribution_rules(a, c) == ["attribution.dropped"]


# "X, Name, told Y that ...": the apposed name is the source, Y whom it told


def told_sources(text: str) -> list[tuple[str, ...]]:
    """The source words of each attribution of a text."""
    doc = segment(text)
    return [a.source for a in attributions(make_side(doc, range(len(doc.sentences))))]


def test_an_apposed_name_before_told_is_the_source_and_that_ends_whom_it_told() -> None:
    text = "The police spokesman, Carl Maier, told the Courier that the blast was at 8am."
    assert told_sources(text) == [("police", "spokesman", "carl", "maier", "courier")]
    assert told_sources("Police told reporters the man fled.") == [
        ("police", "reporters", "man", "fled")
    ]  # no "that": the words after "told" are read as before


def test_a_source_told_in_a_and_quoted_by_name_in_b_is_not_dropped() -> None:
    a = "The police spokesman, Carl Maier, told the Courier that the blast hit a bus at 8am."
    b = "The blast hit a bus at 8am, and Carl Maier said the driver was unhurt."
    assert attribution_rules(a, b) == []
    c = "The blast hit a bus at 8am, and the driver was unhurt."
    assert attribution_rules(a, c) == ["attribution.dropped"]


# An attribution inside a clause opened by "while", "although" ... reports that clause only


def test_a_source_added_in_a_while_clause_attributes_only_that_clause() -> None:
    a = "He ran the unit that built the software at the same time."
    b = (
        "And while he insisted he had no knowledge of the scheme, he ran the unit that "
        "built the software at the same time."
    )
    assert attribution_rules(a, b) == []  # a new statement, with its source


def test_a_source_added_to_the_statement_a_kept_is_still_added() -> None:
    a = "He ran the unit that built the software at the same time."
    b = "He insisted he ran the unit that built the software at the same time."
    assert attribution_rules(a, b) == ["attribution.added"]
    c = "While he was away, he insisted he ran the unit that built the software at the time."
    assert attribution_rules(a, c) == ["attribution.added"]  # the clause closed before it


# "showed that", "found that": a source reporting its findings still attributes


def test_a_source_that_showed_that_still_attributes() -> None:
    a = "The charity said high street banks closed more than 1,000 branches since 2015."
    b = "The charity also showed that high street banks had closed more than 1,000 branches."
    assert attribution_rules(a, b) == []
    c = "High street banks had closed more than 1,000 branches since 2015."
    assert attribution_rules(a, c) == ["attribution.dropped"]
    d = "Footage showed high street banks had closed more than 1,000 branches since 2015."
    assert attribution_rules(a, d) == ["attribution.dropped"]  # no "that": no report


# A statement reworded in other forms of its words (attacked -> attacking)


def test_a_statement_kept_in_other_inflections_is_still_kept() -> None:
    a = "Gunmen attacked the convoy, wounding guards and injuring drivers, police said."
    b = "Guards were wounded and drivers injured when gunmen attacking the convoy opened fire."
    assert attribution_rules(a, b) == ["attribution.dropped"]


def test_a_root_drops_the_inflection_of_a_long_enough_word() -> None:
    assert root("killing") == root("killed") == root("kills") == "kill"
    assert root("attackers") == root("attacked") == "attack"
    assert root("news") == "news"  # "new" would be too short a root


# Reporting verbs of news copy beyond "said"


def test_a_court_that_heard_a_medium_reporting_and_an_outlet_that_learned_attribute() -> None:
    assert told_sources("The court heard that the officer was stable.") == [("court",)]
    assert told_sources("Local media is reporting that 13 people died.") == [("local", "media")]
    assert told_sources("The BBC has learned that protesters threw paint.") == [("bbc",)]


def test_hearing_a_sound_or_learning_to_do_something_reports_nothing() -> None:
    assert told_sources("Residents heard gunfire before dawn.") == []
    assert told_sources("She has learned to live with the pain.") == []


def test_a_participle_followed_only_by_when_reports_nothing() -> None:
    text = (
        "Mustafi was in the provisional squad. He missed the cut as one of three players "
        "omitted from the final squad announced this week."
    )
    assert told_sources(text) == []
    a = "Mustafi missed the cut as one of three players left out of the squad announced on Monday."
    b = "Mustafi missed the cut as one of three players left out of the squad named on Monday."
    assert attribution_rules(a, b) == []


def test_a_source_set_off_from_its_statement_still_attributes() -> None:
    assert told_sources("The squad will fly to Brazil, the federation announced this week.") == [
        ("federation",)
    ]
    assert told_sources("''We will fly on Friday,'' the federation announced on Monday.") == [
        ("federation",)
    ]
    assert told_sources("The federation announced on Monday that the squad would fly.") == [
        ("federation",)
    ]
