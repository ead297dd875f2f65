"""A body and the people who speak for it are one speaker across languages (constructed
sentences, not from the bench): the speaker's words read no further than the speaker, a
body's managers are its management, analysts at an institute are its analysts; a statement
given to another party is still a change."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import source_kinds
from driftcheck.findings.xling.speaker_words import speakers
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from tests.helpers import language_profile


def _speakers(text: str, code: str) -> list[str]:
    return [text[slice(*s.span)] for s in speakers(text, language_profile(code))]


def _kinds(text: str, code: str) -> set[str]:
    profile = language_profile(code)
    return source_kinds.kinds(speakers(text, profile), text, profile)


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        # a time between a verb that comes first and its subject is not the speaker
        ("fr", "Les tarifs triplent, a annoncé jeudi la direction de l'hôpital.", "la direction"),
        ("ru", "Тарифы вырастут, сообщило в четверг руководство больницы.", "руководство"),
        # a verb that comes first in a long clause: the words that name someone after it
        ("fr", "« C'est faux », a déclaré Viktor Brandt à la presse devant le tribunal.", "Viktor"),
        # a subject whose acronym in brackets stands before the verb
        ("en", "The Velden Port Authority (VPA) said the firm would pay.", "The Velden Port"),
        # a name is read whole, however long
        ("fr", "Selon les analystes du Selmora Energy Institute, c'est tard.", "les analystes"),
    ],
)
def test_the_speaker_starts_where_it_starts(code: str, text: str, speaker: str) -> None:
    assert [found for found in _speakers(text, code) if found.startswith(speaker)]


@pytest.mark.parametrize(
    ("code", "text", "end"),
    [
        ("fr", "Selon les analystes du Selmora Energy Institute, c'est tard.", "Institute"),
        # a clause after the speaker that names nobody is no apposition: it is the statement,
        # or what the sentence says of it
        ("ru", "По мнению аналитиков института, эта цель недостижима.", "института"),
        ("fr", "Les tarifs triplent, a annoncé la direction, une mesure contestée.", "direction"),
        # one that names someone is: "said Paul Roche, the minister"
        ("fr", "« C'est fini », a déclaré Paul Roche, le ministre.", "le ministre"),
    ],
)
def test_the_speaker_ends_where_it_ends(code: str, text: str, end: str) -> None:
    assert [found for found in _speakers(text, code) if found.endswith(end)], _speakers(text, code)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # what a verb reports, not who: a clause that names nobody after it
        ("en", "He declined to comment, but said the investigation was at an early stage."),
        ("fr", "Il a dit que les services d'urgences étaient pleins."),
        # a reporting word inside a quote is the quoted speaker's
        ("en", '"We are against a company that tells us nothing," she said.'),
    ],
)
def test_words_that_name_nobody_are_no_speaker(code: str, text: str) -> None:
    assert _speakers(text, code) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a report not made, its negation closing the verb's clause: the other report's
        (
            "Das Unternehmen bestätigte die Zahl nicht und wird nach Einschätzung der "
            "Analysten wahrscheinlich einen Käufer suchen.",
            ["der Analysten"],
        ),
        # the subject of a report not made is the only one there is: kept
        (
            "Der Verband bestritt die Zahlen nicht, erklärte aber, die Kliniken seien voll.",
            ["Der Verband"],
        ),
        # a negation in what is reported negates no report
        ("Die Polizei sagte, der Fahrer sei nicht verletzt worden.", ["Die Polizei"]),
    ],
)
def test_a_report_not_made_names_no_speaker_beside_one_made(text: str, speaker: list[str]) -> None:
    assert _speakers(text, "de") == speaker


def test_the_speaker_of_a_long_clause_is_no_more_than_who_speaks() -> None:
    text = "« C'est faux », a déclaré Viktor Brandt à la presse devant le tribunal."
    assert _speakers(text, "fr") == ["Viktor Brandt"]


def test_a_body_named_with_its_managers_is_that_body() -> None:
    assert "hospital" in _kinds("Fees will rise, the hospital's managers said.", "en")
    direction = _kinds("Les tarifs triplent, a annoncé la direction de l'hôpital.", "fr")
    assert "hospital" in direction
    assert "company" not in direction  # a hospital's management is no company


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("fr", "Les tarifs triplent, a annoncé la direction."),
        ("es", "Las tarifas se triplican, anunció la dirección."),
        ("ru", "Тарифы вырастут, сообщило руководство."),
    ],
)
def test_a_management_of_no_named_body_runs_a_firm_or_a_hospital(code: str, text: str) -> None:
    kinds = _kinds(text, code)
    assert not source_kinds.apart({"company"}, kinds)
    assert not source_kinds.apart({"hospital"}, kinds)
    assert source_kinds.apart({"union"}, kinds)  # a union is led, not managed
    if code == "ru":  # a ministry too, where the word is no administration's department
        assert source_kinds.apart({"state", "state:ministry"}, kinds)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("fr", "Les écoles restent fermées, a indiqué un porte-parole de la direction."),
        ("es", "Las escuelas siguen cerradas, indicó un portavoz de la dirección."),
    ],
)
def test_a_direction_may_be_an_administration_s_department(code: str, text: str) -> None:
    # "la direction de l'Éducation" is the city's Education Department: of the state, at
    # any level, as well as a firm's or a hospital's management; still no union
    kinds = _kinds(text, code)
    assert not source_kinds.apart({"state", "state:any"}, kinds)
    assert not source_kinds.apart({"state", "state:ministry"}, kinds)
    assert not source_kinds.apart({"company"}, kinds)
    assert source_kinds.apart({"union"}, kinds)
    assert source_kinds.apart({"police"}, kinds)


HOSPITAL_EN = "Parking fees will triple from April, the hospital's managers said on Thursday.\n"
HOSPITAL = {
    "fr": (
        "Les tarifs du parking tripleront en avril, a annoncé jeudi la direction de l'hôpital.\n",
        "la direction de l'hôpital",
        "le syndicat des infirmières",
    ),
    "es": (
        "Las tarifas del aparcamiento se triplicarán en abril, anunció el jueves la dirección"
        " del hospital.\n",
        "la dirección del hospital",
        "el sindicato de enfermeras",
    ),
    "ru": (
        "Плата за парковку вырастет втрое в апреле, сообщило в четверг руководство больницы.\n",
        "руководство больницы",
        "профсоюз медсестёр",
    ),
}
PARKING = {
    "tarifs": "fees", "tarifas": "fees", "плата": "fees", "parking": "parking",
    "aparcamiento": "parking", "парковку": "parking", "tripleront": "triple",
    "triplicarán": "triple", "втрое": "triple",
}  # fmt: skip


@pytest.mark.parametrize("code", sorted(HOSPITAL))
def test_a_body_s_managers_rendered_as_its_management_is_no_change(code: str) -> None:
    faithful, management, union = HOSPITAL[code]
    comparer = Comparer(embedder=FakeEmbedder(synonyms=PARKING), use_cache=False)
    rule = "attribution.changed"
    kept = comparer.compare(HOSPITAL_EN, faithful, a_language="en", b_language=code)
    assert [f.message for f in kept.findings if f.rule == rule] == []
    drifted = faithful.replace(management, union)
    changed = comparer.compare(HOSPITAL_EN, drifted, a_language="en", b_language=code)
    assert [f.message for f in changed.findings if f.rule == rule], changed.findings


INSTITUTE_EN = "The target is out of reach, analysts at the Selmora Energy Institute said.\n"
INSTITUTE = {
    "fr": "Selon les analystes du Selmora Energy Institute, l'objectif est hors d'atteinte.\n",
    "ru": "По мнению аналитиков Selmora Energy Institute, эта цель недостижима.\n",
}
TARGET = {"objectif": "target", "цель": "target", "недостижима": "reach", "atteinte": "reach"}


@pytest.mark.parametrize("code", sorted(INSTITUTE))
def test_analysts_at_an_institute_are_the_institute_s_analysts(code: str) -> None:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=TARGET), use_cache=False)
    report = comparer.compare(INSTITUTE_EN, INSTITUTE[code], a_language="en", b_language=code)
    assert [f.message for f in report.findings if f.rule == "attribution.changed"] == []


def test_a_prosecutor_before_the_court_is_the_prosecution() -> None:
    # "la fiscal" is the prosecutor (the adjective is "la política fiscal"); "ante el tribunal"
    # is where she spoke
    text = "«Era un sistema», dijo ante el tribunal la fiscal Amelia Grunwald en su alegato."
    kinds = _kinds(text, "es")
    assert "state:prosecution" in kinds
    assert not source_kinds.apart(
        _kinds("The scheme was run from the top, prosecutor Amelia Grunwald said.", "en"), kinds
    )
