"""Who speaks, by rules of each language (constructed sentences, not from the bench): a
reporting verb after "and" shares the subject of the verb before it; French puts an adverb
between the auxiliary and the participle; a Spanish reflexive "se" makes a reporting verb
another verb; a reporting phrase followed by its verb ("según informó") has its speaker
after the verb; a comma between digits ends no clause; a body's name is read across the
function words inside it; two parties each sentence names are no statement given to
another; an apposition after a name says what kind of party it is; a word that only starts
like a person's name is not that person; a role A gives alone is the same person where B
says whose role it is; a subject before a long relative clause is its noun phrase; a later
mention by the head of a body's name is one party."""

from __future__ import annotations

import pytest

from driftcheck.findings.context import GroupView
from driftcheck.findings.xling import facts, speaker_meaning
from driftcheck.findings.xling.speaker_meaning import story_quoted
from driftcheck.findings.xling.speaker_words import speakers
from driftcheck.pipeline import Comparer
from driftcheck.segment import segment
from driftcheck.testing import FakeEmbedder
from driftcheck.types import AlignmentGroup, Kind
from tests.helpers import language_profile


def _speakers(text: str, code: str) -> list[str]:
    return [text[slice(*s.span)] for s in speakers(text, language_profile(code))]


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        ("en", "The company denied the claims and said no data had been lost.", ["The company"]),
        (
            "de",
            "Telvane bestritt, dass das Netz angegriffen worden sei, und erklärte, es seien "
            "keine Daten verloren.",
            ["Telvane"],
        ),
        (
            "es",
            "La empresa negó que la red hubiera sido atacada y aseguró que no hubo daños.",
            ["La empresa"],
        ),
        (
            "fr",
            "Le ministre a rejeté la plainte et a déclaré que le projet continuerait.",
            ["Le ministre"],
        ),
        ("ru", "Компания опровергла сообщения и заявила, что данные не пострадали.", ["Компания"]),
        # a pronoun's verbs name nobody: not the words before "and"
        ("en", "It denied that the network had been attacked and said no data was lost.", []),
    ],
)
def test_a_reporting_verb_after_and_shares_the_subject_of_the_verb_before(
    code: str, text: str, speaker: list[str]
) -> None:
    assert _speakers(text, code) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "La ministre de la Santé, Paula Grevstad, a toutefois indiqué qu'une ambulance viendrait.",
        "La ministre de la Santé, Paula Grevstad, a également déclaré qu'une ambulance viendrait.",
        "La ministre de la Santé, Paula Grevstad, a clairement affirmé qu'une ambulance viendrait.",
    ],
)
def test_a_french_adverb_between_auxiliary_and_participle_keeps_the_report(text: str) -> None:
    assert _speakers(text, "fr") == ["La ministre de la Santé, Paula Grevstad"]


def test_a_french_report_not_made_or_a_passive_is_no_report() -> None:
    assert _speakers("Le maire n'a pas précisé la date.", "fr") == []
    assert _speakers("Le problème a été signalé par un voisin.", "fr") == []


def test_a_spanish_reflexive_reporting_verb_reports_nothing() -> None:
    text = "El operador turístico, que se declaró insolvente la semana pasada, cerró sus oficinas."
    assert _speakers(text, "es") == []
    # the same verb without "se" reports
    assert _speakers("El operador turístico declaró que cerraría sus oficinas.", "es") == [
        "El operador turístico"
    ]


def test_the_speaker_of_a_reporting_phrase_comes_after_its_verb() -> None:
    text = (
        "El fondo empezará a pagar, según informó el viernes la Autoridad de Derechos del "
        "Consumidor, aunque habrá retrasos."
    )
    assert _speakers(text, "es") == ["la Autoridad de Derechos del Consumidor"]


def test_a_comma_between_digits_ends_no_clause() -> None:
    text = "According to the mayors, Cresswick alone lost 23,000 residents on paper, they said."
    assert (24, 71) in list(facts.clauses(text))
    assert _speakers(text, "en")[0] == "the mayors"
    # a comma before a number still ends a clause
    assert len(list(facts.clauses("In May, 300 people left."))) == 2


RULE = "attribution.changed"


def _changed(a: str, b: str, code: str, words: dict[str, str]) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=words), use_cache=False)
    report = comparer.compare(a, b, a_language="en", b_language=code)
    return [f.message for f in report.findings if f.rule == RULE]


FLAGGED_EN = (
    "The federation's Integrity Office flagged the matches in January, after an outside "
    "monitoring firm, BetWatch Analytics, reported unusual betting patterns.\n"
)
FLAGGED_ES = (
    "La Oficina de Integridad de la federación señaló los partidos en enero, después de que "
    "una empresa externa de vigilancia, BetWatch Analytics, detectara patrones de apuestas "
    "inusuales.\n"
)
FLAGGED_WORDS = {
    "oficina": "office", "integridad": "integrity", "federación": "federation",
    "señaló": "flagged", "partidos": "matches", "enero": "january", "después": "after",
    "empresa": "firm", "externa": "outside", "vigilancia": "monitoring",
    "detectara": "reported", "patrones": "patterns", "apuestas": "betting",
    "inusuales": "unusual", "policía": "police",
}  # fmt: skip


def test_two_parties_each_sentence_names_are_no_statement_given_to_another() -> None:
    # each verb rendered in other words, one a report and the other not: both parties stay
    assert _changed(FLAGGED_EN, FLAGGED_ES, "es", FLAGGED_WORDS) == []
    # a party B puts in place of A's speaker is still a change
    drifted = FLAGGED_ES.replace(
        "una empresa externa de vigilancia, BetWatch Analytics,", "la policía"
    )
    assert _changed(FLAGGED_EN, drifted, "es", FLAGGED_WORDS)


OPERATOR_EN = (
    "Telvane Mobile, Kavrania's largest mobile operator, will pay 22 million euros to "
    "customers.\n\nThe outage began at about 6:40 a.m. after a configuration change to the "
    "company's network, Telvane said.\n"
)
OPERATOR_FR = (
    "Telvane Mobile, le plus grand opérateur mobile de Kavranie, paiera 22 millions d'euros "
    "aux clients.\n\nLa panne a commencé vers 6 h 40 après une modification de configuration "
    "du réseau de l'entreprise, a indiqué Telvane.\n"
)
OPERATOR_WORDS = {
    "panne": "outage", "commencé": "began", "vers": "about", "modification": "change",
    "réseau": "network", "entreprise": "company", "selon": "according", "paiera": "pay",
    "millions": "million", "clients": "customers", "indiqué": "said",
    "opérateur": "operator", "plus": "largest", "grand": "largest", "autorité": "authority",
    "régulation": "regulator", "kavranie": "kavrania",
}  # fmt: skip


def test_an_apposition_after_a_name_says_what_kind_of_party_it_is() -> None:
    assert _changed(OPERATOR_EN, OPERATOR_FR, "fr", OPERATOR_WORDS) == []
    # the company's statement given to the regulator
    drifted = OPERATOR_FR.replace("a indiqué Telvane", "selon l'autorité de régulation")
    assert _changed(OPERATOR_EN, drifted, "fr", OPERATOR_WORDS) == [
        "attribution changed: A attributes to Telvane (company), B to l'autorité de "
        "régulation (state)"
    ]


FUND_EN = (
    "Derek Hall, the fund's director, said payments would start in May.\n\n"
    "The Consumer Rights Authority said it had received 4,600 complaints.\n"
)
FUND_ES = (
    "Derek Hall, director del fondo, dijo que los pagos empezarían en mayo.\n\n"
    "La Autoridad de Derechos del Consumidor afirmó haber recibido 4.600 quejas.\n"
)
FUND_WORDS = {
    "fondo": "fund", "dijo": "said", "pagos": "payments", "empezarían": "start",
    "mayo": "may", "autoridad": "authority", "derechos": "rights", "consumidor": "consumer",
    "afirmó": "said", "recibido": "received", "quejas": "complaints",
}  # fmt: skip


def test_a_word_that_only_starts_like_a_person_s_name_is_not_that_person() -> None:
    # "Derechos" in a body's name is no Derek
    assert _changed(FUND_EN, FUND_ES, "es", FUND_WORDS) == []
    drifted = FUND_ES.replace("La Autoridad de Derechos del Consumidor afirmó", "Derek Hall afirmó")
    assert _changed(FUND_EN, drifted, "es", FUND_WORDS)


SPOKESMAN_EN = (
    "The agency fined the plant 2 million euros, the agency said.\n\n"
    "It has not ruled out criminal charges against managers, according to a spokesman.\n"
)
SPOKESMAN_ES = (
    "La agencia multó a la planta con 2 millones de euros, dijo la agencia.\n\n"
    "No ha descartado cargos penales contra los directivos, según un portavoz de la agencia.\n"
)
SPOKESMAN_WORDS = {
    "agencia": "agency", "multó": "fined", "planta": "plant", "millones": "million",
    "dijo": "said", "la": "the", "descartado": "ruled", "cargos": "charges",
    "penales": "criminal", "contra": "against", "directivos": "managers",
    "según": "according", "portavoz": "spokesman", "un": "a", "de": "of",
}  # fmt: skip


def test_a_role_given_alone_is_the_same_person_where_b_says_whose_it_is() -> None:
    doc = segment(SPOKESMAN_EN)
    views = [
        GroupView(n, AlignmentGroup((n,), (n,), Kind.UNCHANGED, 1.0), doc, doc)
        for n in range(len(doc.sentences))
    ]
    profiles = (language_profile("en"), language_profile("ru"))
    own = [q for q in story_quoted(views, profiles[0]) if q.group == 1]
    assert [q.phrase for q in own] == ["a spokesman"]
    assert speaker_meaning._same_role("представителя агентства", own, profiles)
    assert not speaker_meaning._same_role("агентства", own, profiles)
    # A's spokesman's statement given to the agency itself is still a change
    drifted = SPOKESMAN_ES.replace("según un portavoz de la agencia", "según la agencia")
    assert _changed(SPOKESMAN_EN, SPOKESMAN_ES, "es", SPOKESMAN_WORDS) == []
    assert _changed(SPOKESMAN_EN, drifted, "es", SPOKESMAN_WORDS)


AUTHORITY_EN = (
    "The Consumer Rights Authority, which regulates travel firms, said it had received 4,600 "
    "complaints.\n\nRefunds will start in May, the fund said.\n"
)
AUTHORITY_ES = (
    "La Autoridad de Derechos del Consumidor, que regula las agencias de viajes, afirmó haber "
    "recibido 4.600 quejas.\n\nLos reembolsos empezarán en mayo, según informó el fondo.\n"
)
AUTHORITY_WORDS = {
    "autoridad": "authority", "consumidor": "consumer", "regula": "regulates",
    "agencias": "firms", "viajes": "travel", "fondo": "fund", "afirmó": "said",
    "recibido": "received", "quejas": "complaints", "reembolsos": "refunds",
    "empezarán": "start", "mayo": "may", "según": "according", "informó": "said",
    "el": "the", "la": "the",
}  # fmt: skip


def test_a_subject_before_a_long_relative_clause_is_the_noun_phrase() -> None:
    text = AUTHORITY_ES.split("\n", maxsplit=1)[0]
    assert _speakers(text, "es") == ["La Autoridad de Derechos del Consumidor"]


def test_a_later_mention_by_the_head_of_a_body_s_name_is_one_party() -> None:
    assert speaker_meaning._one_head("the unit", "the National Food Fraud Unit")
    assert speaker_meaning._one_head("The utility", "The city-owned utility, which bills")
    assert not speaker_meaning._one_head("the fund", "The Consumer Rights Authority")
