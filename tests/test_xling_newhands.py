"""Constructed faithful renderings (not from the bench stories) of the habits new translators
bring: a figure in a compound adjective, an institution named by common nouns, a party
named by common words, a name declined and transliterated by sound. Each reads alike on
both sides, and the change each mechanism exists for is still seen."""

from __future__ import annotations

from decimal import Decimal

import pytest

from driftcheck.findings.across import numbers
from driftcheck.findings.context import Side
from driftcheck.types import Document, Sentence
from tests.helpers import severe_messages


def _side(text: str) -> Side:
    document = Document(text=text, sentences=(Sentence(0, text, 0, len(text), 0),))
    return Side(document, (0,), text, tuple(range(len(text))), (0,))


def _values(text: str, code: str) -> list[Decimal]:
    return sorted(value for value, _ in numbers(_side(text), code))


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
    assert severe_messages(CHAMBER_EN, CHAMBER[code], code, "entity.") == []


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
    assert severe_messages(PARTY_EN, PARTY[code], code, "entity.") == []


@pytest.mark.parametrize("code", sorted(PARTY))
def test_a_person_beside_a_translated_party_is_still_checked(code: str) -> None:
    dropped = PARTY[code].replace(" Lidia Sorokan", "").replace(" Лидия Сорокан", "")
    assert severe_messages(PARTY_EN, dropped, code, "entity.") != []


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


ABOUT_20_EN = "About 20 jobs are at risk, the union said.\n"
ABOUT_20 = {
    "fr": "Une vingtaine d'emplois sont menacés, a déclaré le syndicat.\n",
    "es": "Una veintena de empleos están en riesgo, dijo el sindicato.\n",
    "ru": "Под угрозой около двух десятков рабочих мест, заявили в профсоюзе.\n",
    "de": "Rund zwanzig Stellen sind gefährdet, sagte die Gewerkschaft.\n",
}
ABOUT_30 = {
    "fr": "Une trentaine d'emplois sont menacés, a déclaré le syndicat.\n",
    "es": "Una treintena de empleos están en riesgo, dijo el sindicato.\n",
    "ru": "Под угрозой около трёх десятков рабочих мест, заявили в профсоюзе.\n",
}


@pytest.mark.parametrize("code", sorted(ABOUT_20))
def test_a_round_number_about_which_is_the_figure(code: str) -> None:
    from driftcheck.findings.xling import worded
    from tests.helpers import language_profile, severe_messages

    assert Decimal(20) in worded.values(ABOUT_20[code], language_profile(code))
    assert severe_messages(ABOUT_20_EN, ABOUT_20[code], code, "number.") == []


@pytest.mark.parametrize("code", sorted(ABOUT_30))
def test_another_round_number_is_still_a_changed_figure(code: str) -> None:
    assert severe_messages(ABOUT_20_EN, ABOUT_30[code], code, "number.") != []


DIRECTOR_EN = "The fine reflects the damage, KEA director general Ulrika Sakharin told reporters.\n"
DIRECTOR = {
    "fr": "L'amende reflète les dégâts, a déclaré la directrice générale de la KEA, Ulrika "
    "Sakharin.\n",
    "es": "La multa refleja los daños, dijo la directora general de la KEA, Ulrika Sakharin.\n",
    "ru": "Штраф отражает ущерб, заявила генеральный директор KEA Ульрика Сахарин.\n",
}


@pytest.mark.parametrize("code", sorted(DIRECTOR))
def test_a_director_general_is_the_head_of_the_body_not_a_general(code: str) -> None:
    assert severe_messages(DIRECTOR_EN, DIRECTOR[code], code, "attribution.") == []


def test_a_statement_given_to_the_police_instead_is_still_seen() -> None:
    police = "L'amende reflète les dégâts, a déclaré la police.\n"
    assert severe_messages(DIRECTOR_EN, police, "fr", "attribution.") != []


AGENCY_EN = (
    "Kestrania fined Norhaven Pipelines 8.5 million euros on Tuesday.\n\n"
    "The Kestranian Environment Agency said the company had failed to repair the pipe.\n"
)
AGENCY_RU = (
    "Кестрания во вторник оштрафовала Norhaven Pipelines на 8,5 млн евро.\n\n"
    "По данным Кестранского агентства по охране окружающей среды, компания не "
    "отремонтировала трубу.\n"
)


AGENCY_WORDS = {
    "компания": "company",
    "трубу": "pipe",
    "отремонтировала": "repair",
    "агентства": "agency",
    "данным": "said",
    "не": "failed",
}


def test_the_adjective_of_a_place_names_the_place_in_another_script() -> None:
    assert severe_messages(AGENCY_EN, AGENCY_RU, "ru", "attribution.", AGENCY_WORDS) == []


def test_a_statement_given_to_a_body_the_story_names_elsewhere_is_still_seen() -> None:
    other = AGENCY_RU.replace("Кестранского агентства по охране окружающей среды", "Norhaven")
    assert severe_messages(AGENCY_EN, other, "ru", "attribution.", AGENCY_WORDS) != []


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Dunmere", "Данмира"),
        ("Dunmere's", "Данмир"),
        ("Hunter", "Хантер"),
        ("Ruth", "Рут"),
        ("Heaney", "Хини"),
        ("Kelsey", "Келси"),
        ("Jean", "Жан"),
    ],
)
def test_english_vowels_as_a_russian_hears_them_and_a_possessive_no_part_of_a_name(
    latin: str, cyrillic: str
) -> None:
    from driftcheck.findings.xling import spelling

    assert spelling.same_name(spelling.name_key(latin), spelling.name_key(cyrillic), loose=True)


@pytest.mark.parametrize(("latin", "cyrillic"), [("Dunmere", "Донмира"), ("Hunter", "Хилтер")])
def test_another_vowel_or_consonant_is_still_another_name(latin: str, cyrillic: str) -> None:
    from driftcheck.findings.xling import spelling

    assert not spelling.same_name(spelling.name_key(latin), spelling.name_key(cyrillic), loose=True)


LANGUAGES = ("en", "de", "fr", "es", "ru")
DENIALS = [
    (
        "He denied that maintenance had been cut back.",
        "Er bestritt, dass an der Wartung gespart worden sei.",
        "Il a rejeté les accusations selon lesquelles l'entretien avait été réduit.",
        "Rechazó las acusaciones de que se hubiera recortado el mantenimiento.",
        "Он отверг предположения о том, что на техобслуживании экономили.",
    ),
    (
        "She rejected claims that she had been pressured.",
        "Vorwürfe, sie sei unter Druck gesetzt worden, wies sie zurück.",
        "Elle a contesté cette version.",
        "Rechazó esa versión.",
        "Она отвергла обвинения в том, что на нее оказывали давление.",
    ),
]


@pytest.mark.parametrize("row", DENIALS, ids=[row[0] for row in DENIALS])
def test_rejecting_a_claim_is_denying_it(row: tuple[str, ...]) -> None:
    from driftcheck.findings.xling import negated_clauses
    from tests.helpers import language_profile

    texts = dict(zip(LANGUAGES, row, strict=True))
    found = {
        code: len(negated_clauses.negated(text, language_profile(code)))
        for code, text in texts.items()
    }
    assert found == dict.fromkeys(LANGUAGES, 1)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "The minister rejected the criticism."),
        ("fr", "La ministre a rejeté la critique."),
        ("es", "La ministra rechazó la oferta."),
        ("ru", "Министр отвергла критику."),
    ],
)
def test_rejecting_criticism_or_an_offer_is_no_negation(code: str, text: str) -> None:
    from driftcheck.findings.xling import negated_clauses
    from tests.helpers import language_profile

    assert negated_clauses.negated(text, language_profile(code)) == []


def test_an_estimate_of_what_will_be_may_hedge_in_spanish() -> None:
    from driftcheck.findings.xling import facts
    from tests.helpers import language_profile

    es = language_profile("es")
    estimate = "Los analistas calculan que la retirada costará entre 4 y 6 millones de coronas."
    assert facts.hedge_words(estimate, es) == 1
    assert facts.hedged(estimate, es) == []  # a word that may hedge, never a hedge added
    stated = "Los analistas dicen que la retirada costará entre 4 y 6 millones de coronas."
    assert facts.hedge_words(stated, es) == 0


UNION_EN = (
    "The Dunmere Transit Corporation said service was restored by 1 p.m.\n\n"
    "The warnings were ignored, said Samuel Osgood of the Transport Workers' Union.\n"
)
UNION_DE = (
    "Die Dunmere Transit Corporation teilte mit, der Betrieb laufe seit 13 Uhr wieder.\n\n"
    "Die Warnungen seien ignoriert worden, sagte Samuel Osgood von der Verkehrsgewerkschaft.\n"
)


def test_a_word_of_a_body_translated_is_not_kept_by_a_shorter_name_it_begins_like() -> None:
    assert severe_messages(UNION_EN, UNION_DE, "de", "entity.") == []


def test_a_name_of_the_same_body_dropped_is_still_seen() -> None:
    dropped = UNION_DE.replace("Samuel Osgood von der Verkehrsgewerkschaft", "ein Gewerkschafter")
    assert severe_messages(UNION_EN, dropped, "de", "entity.") != []


LABEL_WORDS = {
    "qualifié": "called",
    "décision": "decision",
    "interdiction": "ban",
    "politique": "political",
    "mardi": "tuesday",
    "ferait": "would",
    "appel": "appeal",
    "il": "he",
    "a": "said",
    "la": "the",
    "de": "the",
    "d": "the",
    "nous": "we",
    "avons": "have",
}


def _altered(a: str, b: str) -> list[str]:
    return [m for m in severe_messages(a, b, "fr", "quote.", LABEL_WORDS) if "further" in m]


def test_a_label_quoted_inside_the_sentence_is_a_phrase_translated_by_its_sense() -> None:
    a = (
        'Brelund called the decision "a political ban dressed up as paperwork" and said he '
        "would appeal on Tuesday.\n"
    )
    b = (
        "Brelund a qualifié la décision d'« interdiction politique déguisée en formalité "
        "administrative » et il a dit qu'il ferait appel mardi.\n"
    )
    assert _altered(a, b) == []


def test_a_statement_quoted_as_a_sentence_is_still_judged_as_one() -> None:
    a = 'Brelund said on Tuesday: "We have a political ban dressed up as paperwork."\n'
    b = "Brelund a dit mardi : « Nous avons une interdiction politique déguisée en formalité. »\n"
    assert _altered(a, b) != []
