"""Who speaks, by the grammar of the speaker phrase (constructed sentences, not from the
bench): a noun phrase and its apposition between commas before the verb are one speaker,
however long the noun phrase; a speaker after the verb ends at a comma that a verb follows
(a second statement whose subject is left out); a request is a reporting verb, in every
tense."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling.speaker_words import speakers
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from tests.helpers import language_profile


def _speakers(text: str, code: str) -> list[str]:
    return [text[slice(*s.span)] for s in speakers(text, language_profile(code))]


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        (
            "es",
            "El ingeniero jefe de la agencia, el doctor Piet Varnholm, dijo que el muro no basta.",
            "El ingeniero jefe de la agencia, el doctor Piet Varnholm",
        ),
        (
            "fr",
            "L'ingénieur en chef de l'agence côtière, le docteur Piet Varnholm, a déclaré que "
            "le mur ne suffit pas.",
            "L'ingénieur en chef de l'agence côtière, le docteur Piet Varnholm",
        ),
        # a clause before the noun phrase is no part of it
        (
            "en",
            "After a week of storms along the whole coast, the mayor, Ana Ruiz, said it held.",
            "the mayor, Ana Ruiz",
        ),
    ],
)
def test_a_noun_phrase_and_its_apposition_before_the_verb_are_one_speaker(
    code: str, text: str, speaker: str
) -> None:
    assert _speakers(text, code) == [speaker]


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        ("de", "Die Kosten steigen, sagte der Minister, nannte aber keine Summe.", "der Minister"),
        (
            "fr",
            "Les coûts vont augmenter, a déclaré le ministre, ajoutant que Paris paierait.",
            "le ministre",
        ),
        (
            "en",
            "Costs will rise, said the minister, adding that Parliament would vote.",
            "the minister",
        ),
    ],
)
def test_a_speaker_after_the_verb_ends_at_a_comma_a_verb_follows(
    code: str, text: str, speaker: str
) -> None:
    assert _speakers(text, code) == [speaker]


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        # an apposition after the verb is kept, also one that opens with its adjective
        (
            "de",
            "Die Kosten steigen, sagte der Minister, der Leiter der Behörde.",
            "der Minister, der Leiter der Behörde",
        ),
        (
            "de",
            "Die Kosten steigen, sagte Jan Holt, ehemaliger Minister.",
            "Jan Holt, ehemaliger Minister",
        ),
        (
            "en",
            "Costs will rise, said Dr Hannah Mercer, former head of the agency.",
            "Dr Hannah Mercer, former head of the agency",
        ),
    ],
)
def test_an_apposition_after_the_verb_is_still_read(code: str, text: str, speaker: str) -> None:
    assert _speakers(text, code) == [speaker]


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        ("es", "La alcaldesa ha pedido una investigación sobre las inundaciones.", "La alcaldesa"),
        ("es", "Los vecinos han exigido una investigación.", "Los vecinos"),
        ("fr", "La maire a demandé une enquête sur les inondations.", "La maire"),
        ("en", "The union requested an independent inquiry.", "The union"),
        ("en", "The council asked for more time.", "The council"),
        ("de", "Der Verband verlangte eine unabhängige Untersuchung.", "Der Verband"),
    ],
)
def test_a_request_is_a_reporting_verb(code: str, text: str, speaker: str) -> None:
    assert _speakers(text, code) == [speaker]


EN = "The agency's chief engineer, Dr Lena Marsh, told reporters the sea wall could fail.\n"
ES = (
    "El ingeniero jefe de la agencia, la doctora Lena Marsh, dijo a los periodistas que el "
    "muro podría ceder.\n"
)
WORDS = {"muro": "wall", "ceder": "fail", "periodistas": "reporters"}


def test_the_same_speaker_with_a_long_noun_phrase_is_no_change() -> None:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=WORDS), use_cache=False)
    report = comparer.compare(EN, ES, a_language="en", b_language="es")
    assert [f.message for f in report.findings if f.rule.startswith("attribution")] == []
