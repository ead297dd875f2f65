"""A statement a person named in the original, given in the translation to someone the
translation introduces by an indefinite article (constructed sentences, not from the bench):
"a déclaré un porte-parole du ministère" for "Bleiss said" is someone else; "Un diputado de
la oposición" for "Opposition lawmaker Oskar Valtari" is the person, unnamed."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling.speaker_words import speakers
from driftcheck.findings.xling.unnamed_speakers import _indefinite
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from tests.helpers import language_profile

EN = (
    "Agency director Karla Bleiss said on Monday that 40,000 applications had arrived.\n\n"
    '"We did not expect so many applications in the first week," Bleiss said.'
)
FR = (
    "La directrice de l'agence, Karla Bleiss, a déclaré lundi que 40 000 demandes étaient "
    "arrivées.\n\n"
    "« Nous ne nous attendions pas à autant de demandes dès la première semaine », a "
    "déclaré {speaker}."
)


WORDS = {
    "directrice": "director", "agence": "agency", "l'agence": "agency", "déclaré": "said",
    "lundi": "monday", "demandes": "applications", "arrivées": "arrived", "nous": "we",
    "attendions": "expect", "autant": "many", "première": "first", "semaine": "week",
    "diputado": "lawmaker", "oposición": "opposition", "dijo": "said", "plan": "scheme",
    "injusto": "unfair", "inquilinos": "tenants", "sprecherin": "spokeswoman",
    "sagte": "said", "anlage": "plant", "montag": "monday", "öffnen": "reopen",
    "portavoz": "spokesman", "hospital": "hospital", "pacientes": "patients",
    "cuidados": "care", "intensivos": "intensive", "dos": "two",
}  # fmt: skip


def _rules(en: str, b: str, code: str) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=WORDS), use_cache=False)
    report = comparer.compare(en, b, a_language="en", b_language=code)
    return [f.rule for f in report.findings if f.severity.value in ("warning", "error")]


def test_a_named_person_s_statement_given_to_someone_unnamed_is_changed() -> None:
    assert "attribution.changed" in _rules(
        EN, FR.format(speaker="un porte-parole du ministère"), "fr"
    )


def test_the_named_person_kept_is_no_change() -> None:
    assert "attribution.changed" not in _rules(EN, FR.format(speaker="Mme Bleiss"), "fr")


def test_an_unnamed_speaker_of_the_title_a_gives_the_person_is_the_person() -> None:
    en = "Opposition lawmaker Oskar Valtari said the scheme was unfair to tenants."
    es = "Un diputado de la oposición dijo que el plan era injusto con los inquilinos."
    assert "attribution.changed" not in _rules(en, es, "es")
    en = "Spokeswoman Ana Ruiz said the plant would reopen on Monday."
    de = "Eine Sprecherin sagte, die Anlage werde am Montag wieder öffnen."
    assert "attribution.changed" not in _rules(en, de, "de")


def test_an_unnamed_speaker_where_a_names_none_is_no_change() -> None:
    en = "A hospital spokesman said two patients were still in intensive care."
    es = "Un portavoz del hospital dijo que dos pacientes seguían en cuidados intensivos."
    assert "attribution.changed" not in _rules(en, es, "es")


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("fr", "« Rien ne change », a déclaré un député devant le Parlement.", True),
        ("de", "Das sei zu früh, sagte ein Sprecher des Ministeriums.", True),
        ("es", "El plan es injusto, según un portavoz del ministerio.", True),
        ("ru", "Один из депутатов заявил, что решение будет обжаловано.", True),
        ("fr", "« Rien ne change », a déclaré le député Jean Orlan.", False),
        ("de", "Das sei zu früh, sagte der Sprecher des Ministeriums.", False),
    ],
)
def test_a_speaker_that_opens_with_an_indefinite_article_is_someone_unnamed(
    code: str, text: str, expected: bool
) -> None:
    profile = language_profile(code)
    found = speakers(text, profile)
    assert found
    assert _indefinite(found[0], profile) is expected


FERRY_EN = (
    "The Transport Safety Board said the ferry was overloaded.\n\n"
    "Survivor Radu Onescu said the water came in within seconds."
)
FERRY_FR = (
    "Le Bureau de la sécurité des transports a déclaré que le ferry était surchargé.\n\n"
    "{speaker} a déclaré que l'eau était entrée en quelques secondes."
)
FERRY_WORDS = {
    **WORDS, "survivant": "survivor", "bureau": "board", "sécurité": "safety",
    "transports": "transport", "ferry": "ferry", "surchargé": "overloaded", "eau": "water",
    "l'eau": "water", "entrée": "came", "était": "was", "secondes": "seconds", "ans": "years",
    "porte-parole": "spokesman", "bureau.": "board",
}  # fmt: skip


def _ferry(speaker: str) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=FERRY_WORDS), use_cache=False)
    report = comparer.compare(
        FERRY_EN, FERRY_FR.format(speaker=speaker), a_language="en", b_language="fr"
    )
    return [f.message for f in report.findings if f.rule == "attribution.changed"]


def test_an_unnamed_speaker_that_reads_as_the_person_is_the_person() -> None:
    assert _ferry("Un survivant de 42 ans") == []


def test_an_unnamed_speaker_that_reads_as_another_party_is_someone_else() -> None:
    changed = _ferry("Un porte-parole du Bureau")
    assert any("indefinite" in message for message in changed), changed
