"""A name with its language's endings (spelling.stems, Profile.name_endings and
place_endings): the tail after the shared stem is an ending of its language, whatever its
consonants; a person's name takes only the endings any name takes, and two different
names keep different stems."""

from __future__ import annotations

import pytest

from driftcheck.findings.context import make_side
from driftcheck.findings.profiles import profile_for
from driftcheck.findings.xling import people, spelling
from driftcheck.pipeline import Comparer
from driftcheck.segment import segment
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Report, Severity


def _stems(code: str, word: str, *, person: bool = False) -> frozenset[str]:
    profile = profile_for(code)
    assert profile is not None
    endings = profile.name_endings + ((), profile.place_endings)[not person]
    return spelling.stems(word, endings)


def _one_stem(a: tuple[str, str], b: tuple[str, str], *, person: bool = False) -> bool:
    return bool(_stems(*a, person=person) & _stems(*b, person=person))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("en", "Marovians"), ("de", "Marowier")),  # German people of a place: -ier
        (("en", "Marovian"), ("de", "marowischen")),  # German adjective: -isch, inflected
        (("en", "Kaltria"), ("de", "Kaltrien")),  # a place in -ia, German -ien
        (("en", "Transport"), ("es", "Transportes")),  # Spanish plural -es
        (("en", "Marovian"), ("es", "marovianas")),  # Spanish adjective, plural
        (("en", "Marovia"), ("fr", "marovienne")),  # French adjective -ienne
        (("en", "Togolese"), ("fr", "togolais")),  # English -ese, French -ais
        (("en", "Korstadt"), ("ru", "Корштадтской")),  # Russian adjective -ской
        (("en", "Kaltria"), ("ru", "кальтрийский")),  # Russian adjective of a place in -ия
        (("en", "Marovians"), ("ru", "маровцы")),  # Russian people of a place: -цы
        (("en", "Marovia"), ("ru", "Маровии")),  # a Russian case of a place in -ия
    ],
)
def test_a_place_keeps_its_stem_under_each_languages_endings(
    a: tuple[str, str], b: tuple[str, str]
) -> None:
    assert _one_stem(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("en", "Abenov"), ("ru", "Абеновым")),  # Russian instrumental
        (("en", "Okafor"), ("ru", "Окафором")),
        (("en", "Abenov"), ("de", "Abenows")),  # German genitive
    ],
)
def test_a_persons_name_keeps_its_stem_under_case_endings(
    a: tuple[str, str], b: tuple[str, str]
) -> None:
    assert _one_stem(a, b, person=True)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("en", "Halde"), ("de", "Halder")),  # -er is a place's people, never a person's
        (("en", "Hans"), ("de", "Hansen")),
        (("en", "Korstad"), ("ru", "Корштадтской")),
    ],
)
def test_a_persons_name_takes_no_ending_of_a_place(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert not _one_stem(a, b, person=True)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("en", "Kerimova"), ("ru", "Каримова")),
        (("en", "Brannholt"), ("ru", "Бранхорстом")),
        (("en", "Marovia"), ("de", "Morawien")),
        (("en", "Kowalski"), ("de", "Kowalczyk")),
        (("en", "Haldor"), ("de", "Halder")),  # Hald is too short a stem to be a name
        (("en", "Korsby"), ("es", "Korsberg")),
    ],
)
def test_near_miss_names_keep_different_stems(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert not _one_stem(a, b)


def _compare(a: str, b: str, b_language: str, synonyms: dict[str, str] | None = None) -> Report:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=synonyms), use_cache=False)
    return comparer.compare(a, b, a_language="en", b_language=b_language)


def _entity(report: Report) -> list[str]:
    return [
        f.message
        for f in report.findings
        if f.rule.startswith("entity.") and f.severity.rank >= Severity.WARNING.rank
    ]


POLL_EN = (
    "Thousands marched through Marovia on Thursday against the pension plan.\n\n"
    "A poll found that 64 percent of Marovians oppose the reform.\n"
)
POLL_DE = (
    "Tausende marschierten am Donnerstag gegen den Rentenplan durch die Straßen Marowiens.\n\n"
    "Laut einer Umfrage lehnen 64 Prozent der Marowier die Reform ab.\n"
)
GERMAN = {
    "tausende": "thousands", "marschierten": "marched", "donnerstag": "thursday",
    "rentenplan": "plan", "umfrage": "poll", "lehnen": "oppose", "prozent": "percent",
    "reform": "reform",
}  # fmt: skip


def test_the_people_of_a_place_with_the_translations_ending_is_no_dropped_name() -> None:
    assert _entity(_compare(POLL_EN, POLL_DE, "de", GERMAN)) == []
    # another people, close in spelling, is still another name
    changed = _compare(POLL_EN, POLL_DE.replace("Marowier", "Morawier"), "de", GERMAN)
    assert _entity(changed) != []


MINISTER_EN = (
    "The Kaltrian Transport Safety Board opened an investigation on Friday.\n\n"
    "Transport Minister Anselm Vogtli ordered all cable cars of the type closed.\n"
)
MINISTER_ES = (
    "La Junta de Seguridad del Transporte de Kaltria abrió el viernes una investigación.\n\n"
    "El ministro de Transportes, Anselm Vogtli, ordenó cerrar todos los teleféricos del tipo.\n"
)


SPANISH = {
    "junta": "board", "seguridad": "safety", "abrió": "opened", "viernes": "friday",
    "investigación": "investigation", "ministro": "minister", "ordenó": "ordered",
    "cerrar": "closed", "teleféricos": "cars", "tipo": "type", "todos": "all",
}  # fmt: skip


def _any_entity(report: Report) -> list[str]:
    return [f.message for f in report.findings if f.rule.startswith("entity.")]


def test_a_spanish_plural_of_a_word_of_a_name_is_that_word() -> None:
    assert _any_entity(_compare(MINISTER_EN, MINISTER_ES, "es", SPANISH)) == []


PLANT_EN = (
    "The plant will be built in Korstadt, the ministry said on Monday.\n\n"
    "Members of the Korstadt council approved the plan in March.\n"
)
PLANT_RU = (
    "Завод будет построен в Корштадте, сообщило министерство в понедельник.\n\n"
    "Депутаты Корштадтского совета одобрили план в марте.\n"
)


RUSSIAN = {
    "завод": "plant", "построен": "built", "министерство": "ministry", "сообщило": "said",
    "понедельник": "monday", "совета": "council", "одобрили": "approved", "план": "plan",
    "марте": "march", "будет": "will", "депутаты": "members",
}  # fmt: skip


def test_a_russian_adjective_of_a_place_is_that_place() -> None:
    assert _any_entity(_compare(PLANT_EN, PLANT_RU, "ru", RUSSIAN)) == []


def _people(text: str) -> set[str]:
    en = profile_for("en")
    assert en is not None
    document = segment(text)
    sides = [make_side(document, (s.index,)) for s in document.sentences]
    named = people.named(sides)
    common = people.common_words(sides)
    bodies = people.body_names(sides, en, named, common)
    return people.people(sides, en, named, common, bodies)


def test_the_end_of_an_institutions_name_after_and_is_no_person() -> None:
    found = _people("The Ministry of Transport and Coastal Affairs said it was watching.")
    assert spelling.name_key("Coastal") not in found
    assert spelling.name_key("Affairs") not in found
    # a person's name after a title and a conjunction still is one
    assert spelling.name_key("Keller") in _people("Kim Lutz and Marta Keller said so.")


def test_a_run_the_story_writes_after_an_article_names_no_person() -> None:
    text = (
        "Elin Vellacott won the Tamsford Marathon ten days ago. "
        "No Tamsford Marathon winner has been stripped of a title."
    )
    found = _people(text)
    assert spelling.name_key("Marathon") not in found
    assert spelling.name_key("Vellacott") in found
    # a body named after a person is no reason to doubt the person
    named_after = _people(
        "Marta Keller said the Marta Keller Foundation would pay. Marta Keller resigned."
    )
    assert spelling.name_key("Keller") in named_after


FERRY_EN = (
    "Skerrin Sound Ferries will add a fuel surcharge to every ticket, the operator said.\n\n"
    "The Ferry Users' Forum said the surcharge would add about 9 percent to a fare.\n"
)
FERRY_DE = (
    "Die Reederei Skerrin Sound Ferries erhebt auf jedes Ticket einen Treibstoffzuschlag, "
    "teilte das Unternehmen mit.\n\n"
    "Das Forum der Fährnutzer erklärte, der Zuschlag verteuere eine Fahrt um etwa 9 Prozent.\n"
)


def test_a_word_translated_here_is_not_kept_by_the_copy_of_another_name() -> None:
    assert _entity(_compare(FERRY_EN, FERRY_DE, "de")) == []
