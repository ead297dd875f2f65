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


PARTY_EN = (
    "The commission excluded Anton Brelund, whose Civic Renewal party is polling at about "
    "31 percent.\n\n"
    "The commission received Civic Renewal's papers two days late, its chair Lidia Sorokan "
    "said on Monday.\n"
)
PARTY = {
    "de": (
        "Die Kommission schloss Anton Brelund aus, dessen Partei Bürgerliche Erneuerung in "
        "Umfragen auf etwa 31 Prozent kommt.\n\n"
        "Die Unterlagen der Bürgerlichen Erneuerung seien zwei Tage zu spät eingegangen, "
        "sagte die Vorsitzende Lidia Sorokan am Montag.\n"
    ),
    "fr": (
        "La commission a exclu Anton Brelund, dont le parti Renouveau civique est crédité "
        "d'environ 31 % des intentions de vote.\n\n"
        "La commission a reçu le dossier de Renouveau civique avec deux jours de retard, a "
        "déclaré lundi sa présidente Lidia Sorokan.\n"
    ),
    "es": (
        "La comisión excluyó a Anton Brelund, cuyo partido Renovación Cívica tiene alrededor "
        "del 31 % de intención de voto.\n\n"
        "La comisión recibió la documentación de Renovación Cívica con dos días de retraso, "
        "afirmó el lunes su presidenta, Lidia Sorokan.\n"
    ),
    "ru": (
        "Комиссия отстранила Антона Брелунда, чья партия «Гражданское обновление» набирает "
        "около 31 процента.\n\n"
        "Комиссия получила документы «Гражданского обновления» с опозданием на два дня, "
        "заявила в понедельник её председатель Лидия Сорокан.\n"
    ),
}


@pytest.mark.parametrize("code", sorted(PARTY))
def test_a_party_named_by_words_of_the_language_is_translated_not_dropped(code: str) -> None:
    assert _severe(PARTY_EN, PARTY[code], code, "entity.") == []


@pytest.mark.parametrize("code", sorted(PARTY))
def test_a_person_beside_a_translated_party_is_still_checked(code: str) -> None:
    dropped = PARTY[code].replace(" Lidia Sorokan", "").replace(" Лидия Сорокан", "")
    assert _severe(PARTY_EN, dropped, code, "entity.") != []


def test_a_person_is_still_a_person_where_no_body_word_follows() -> None:
    from driftcheck.findings.xling import people
    from tests.helpers import language_profile

    side = _side("The party of Civic Renewal said Marta Keller would lead it.")
    en = language_profile("en")
    names = people.name_words(side, en)
    starts = people.person_starts(side, names, en)
    assert {side.text[s : s + 5] for s in starts} == {"Civic", "Renew", "Marta", "Kelle"}
    bodies = people.body_names(
        [_side("whose Civic Renewal party won")], en, frozenset(), frozenset()
    )
    starts = people.person_starts(side, names, en, bodies=bodies)
    assert {side.text[s : s + 5] for s in starts} == {"Marta", "Kelle"}
