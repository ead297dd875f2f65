"""Constructed faithful renderings (not from the bench stories) of the habits new translators
bring: a figure in a compound adjective, an institution named by common nouns, a party
named by common words, a name declined and transliterated by sound. Each reads alike on
both sides, and the change each mechanism exists for is still seen."""

from __future__ import annotations

from decimal import Decimal

import pytest

from driftcheck.findings.across import numbers
from driftcheck.findings.context import Side
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Document, Sentence, Severity


def _side(text: str) -> Side:
    document = Document(text=text, sentences=(Sentence(0, text, 0, len(text), 0),))
    return Side(document, (0,), text, tuple(range(len(text))), (0,))


def _values(text: str, code: str) -> list[Decimal]:
    return sorted(value for value, _ in numbers(_side(text), code))


def _severe(a: str, b: str, code: str, prefix: str) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    report = comparer.compare(a, b, a_language="en", b_language=code)
    return [
        f.message
        for f in report.findings
        if f.rule.startswith(prefix) and f.severity.rank >= Severity.WARNING.rank
    ]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "The firm won a 95-million-euro contract last year."),
        ("en", "The firm won a 95 million euro contract last year."),
        ("de", "Die Firma erhielt einen 95-Millionen-Euro-Auftrag."),
        ("fr", "L'entreprise a obtenu un contrat de 95 millions d'euros."),
        ("ru", "Компания получила контракт на 95 млн евро."),
    ],
)
def test_a_figure_in_a_compound_adjective_keeps_its_scale_word(code: str, text: str) -> None:
    assert _values(text, code) == [Decimal(95_000_000)]


def test_a_range_written_with_a_hyphen_is_still_a_range() -> None:
    assert _values("Between 4-6 million crowns were lost.", "en") == [4_000_000, 6_000_000]


CHAMBER_EN = "The delay cost firms 12 million euros, the Dunmere Chamber of Commerce estimated.\n"
CHAMBER = {
    "de": "Die Verzögerung kostete 12 Millionen Euro, schätzte die Handelskammer Dunmere.\n",
    "es": "El retraso costó 12 millones de euros, según la Cámara de Comercio de Dunmere.\n",
}


@pytest.mark.parametrize("code", sorted(CHAMBER))
def test_a_chamber_is_an_institution_word_translated_with_its_name(code: str) -> None:
    assert _severe(CHAMBER_EN, CHAMBER[code], code, "entity.") == []
