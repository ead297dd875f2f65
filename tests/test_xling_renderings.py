"""Constructed faithful renderings (not from the bench stories) that say the same thing
another way: a hedge rendered by a verb of plan or duty, a negation folded into a word or
a preposition, an institution name translated word for word, a first name transliterated
by sound. Each reads alike on both sides, and the change each mechanism exists for is
still seen."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import facts, negated_clauses, spelling
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Severity
from tests.helpers import language_profile as _profile

LANGUAGES = ("en", "de", "fr", "es", "ru")


FOLDED_NEGATIONS = [
    (
        "The other two climbers were unhurt.",
        "Die beiden anderen Bergsteiger blieben unverletzt.",
        "Les deux autres alpinistes sont indemnes.",
        "Los otros dos escaladores resultaron ilesos.",
        "Двое других альпинистов остались невредимы.",
    ),
    (
        "The farmers are selling cattle for lack of water.",
        "Die Bauern verkaufen mangels Wasser ihr Vieh.",
        "Les éleveurs vendent leur bétail faute de pouvoir l'abreuver.",
        "Los ganaderos venden su ganado por falta de agua.",
        "Фермеры продают скот: им нечем его поить.",
    ),
    (
        "She asked twice without getting an answer.",
        "Sie fragte zweimal, ohne eine Antwort zu erhalten.",
        "Elle a demandé deux fois sans obtenir de réponse.",
        "Preguntó dos veces sin obtener respuesta.",
        "Она дважды спрашивала, но так и не получила ответа.",
    ),
]


@pytest.mark.parametrize("row", FOLDED_NEGATIONS, ids=[row[0] for row in FOLDED_NEGATIONS])
def test_a_negation_written_another_way_counts_as_one(row: tuple[str, ...]) -> None:
    texts = dict(zip(LANGUAGES, row, strict=True))
    found = {
        code: len(negated_clauses.negated(text, _profile(code))) for code, text in texts.items()
    }
    assert found == dict.fromkeys(LANGUAGES, 1)


def test_only_and_at_most_are_bounds_but_no_longer_is_a_negation() -> None:
    fr = _profile("fr")
    assert (
        negated_clauses.negated("Le lac ne contenait plus que 41 millions de mètres cubes.", fr)
        == []
    )
    assert negated_clauses.negated("On leur demande de ne pas stocker plus de 20 litres.", fr) == []
    assert len(negated_clauses.negated("Le lac ne contenait plus d'eau.", fr)) == 1
    # a bound after a hedge stays the hedge's negation ("unlikely to cost more than")
    assert (
        len(
            negated_clauses.negated("Cela ne devrait probablement pas coûter plus de 25 euros.", fr)
        )
        == 1
    )


EXPECTED = [
    # (language, a rendering of "is expected to" / "might" that must keep A's hedge)
    ("de", "Das Unternehmen rechne bis 2028 mit einer Rückkehr in die Gewinnzone."),
    ("de", "Die Werft soll bis zum Frühjahr zwei Fähren ausliefern."),
    ("fr", "L'entreprise prévoyait un retour aux bénéfices d'ici 2028."),
    ("fr", "Le chantier doit livrer deux ferries d'ici au printemps."),
    ("es", "La empresa espera volver a los beneficios en 2028."),
    ("es", "Según los abogados, es posible que no haya una resolución antes de 2027."),
    ("ru", "Верфь должна передать два парома к весне."),
    ("ru", "По версии обвинения, он получил не менее миллиона евро."),
]


@pytest.mark.parametrize(("code", "text"), EXPECTED)
def test_a_hedge_rendered_by_a_verb_of_plan_or_duty_is_kept(code: str, text: str) -> None:
    assert facts.hedge_words(text, _profile(code)) >= 1


def test_a_forecast_is_a_word_that_may_hedge_and_would_not_is_none() -> None:
    en = _profile("en")
    assert facts.hedge_words("The deficit is forecast at 3.2 percent this year.", en) == 1
    assert facts.hedge_words("The deficit is 3.2 percent this year.", en) == 0
    assert facts.hedge_words("She said it would cut wages.", en) == 1
    assert facts.hedge_words("She said it would not cut wages.", en) == 0


def test_a_reported_would_not_is_a_future_but_a_stated_future_is_no_hedge() -> None:
    ru = _profile("ru")
    assert facts.hedge_words("Она заявила, что компания не будет сокращать зарплаты.", ru) == 1
    assert facts.hedge_words("Часть дефицита можно будет покрыть импортом.", ru) == 2
    # "could produce" -> "будет выпускать" states a plan as fact: no word that may hedge
    assert facts.hedge_words("Компания будет выпускать 40 млн доз в год.", ru) == 0


ESTIMATED = {
    # "the cost estimated by surveyors": the participle English lists, rendered as one
    "en": "Some families were offered 30 percent less than the cost estimated by surveyors.",
    "de": "Einigen Familien wurden 30 Prozent weniger angeboten, als Gutachter veranschlagt "
    "hatten.",
    "fr": "Certaines familles ont reçu 30 % de moins que le coût estimé par des experts.",
    "es": "A algunas familias les ofrecieron un 30 % menos que el coste estimado por peritos.",
}


@pytest.mark.parametrize("code", sorted(ESTIMATED))
def test_the_participle_estimated_may_hedge_in_every_language(code: str) -> None:
    assert facts.hedge_words(ESTIMATED[code], _profile(code)) == 1


def test_estimated_beside_a_reported_claim_keeps_the_reported_hedge() -> None:
    en = ESTIMATED["en"].replace("were offered", "were reportedly offered") + "\n"
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    for code, text in (
        (
            "de",
            ESTIMATED["de"]
            .replace("wurden", "sollen")
            .replace(" angeboten,", " angeboten worden sein,"),
        ),
        ("fr", ESTIMATED["fr"].replace("ont reçu", "auraient reçu")),
    ):
        report = comparer.compare(en, text + "\n", a_language="en", b_language=code)
        assert [f.message for f in report.findings if f.rule == "hedge.dropped"] == []
    # the estimate alone does not keep the reported hedge: stated as fact, it is dropped
    report = comparer.compare(en, ESTIMATED["fr"] + "\n", a_language="en", b_language="fr")
    assert [f.rule for f in report.findings if f.rule == "hedge.dropped"] == ["hedge.dropped"]


NOT_SURE = [
    # (language, a person's doubt, the same words saying "not safe")
    ("en", "I was not sure I could win.", "The bridge is not safe."),
    ("de", "Ich war mir nicht sicher, dass ich gewinne.", "Die Brücke ist nicht sicher."),
    ("fr", "Je n'étais pas sûre de gagner.", "Le pont n'est pas sûr."),
    ("es", "No estaba segura de ganar.", "El puente no es seguro."),
    ("ru", "Я не была уверена, что выиграю.", "Мост небезопасен."),
]


@pytest.mark.parametrize(("code", "doubt", "unsafe"), NOT_SURE)
def test_not_sure_is_a_hedge_but_not_safe_is_none(code: str, doubt: str, unsafe: str) -> None:
    assert len(facts.hedged(doubt, _profile(code))) == 1
    assert facts.hedged(unsafe, _profile(code)) == []


def test_not_sure_i_could_rendered_without_could_keeps_the_quote() -> None:
    en = '"I was not sure I could hold my nerve," the champion told reporters.\n'
    ru = "«Я не была уверена, что выдержат нервы», — сказала чемпионка журналистам.\n"
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    report = comparer.compare(en, ru, a_language="en", b_language="ru")
    assert [f.message for f in report.findings if f.rule == "quote.altered"] == []


def test_the_most_in_years_written_with_kein_mehr_is_no_negation() -> None:
    de = _profile("de")
    most = "Die Aktie verlor 9 Prozent, so stark wie seit vier Jahren an keinem Tag mehr."
    assert negated_clauses.negated(most, de) == []
    assert (
        len(negated_clauses.negated("Die Aktie verlor an keinem Tag mehr als 9 Prozent.", de)) == 1
    )
    en = "Shares fell 9 percent, their steepest one-day drop in four years.\n"
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    report = comparer.compare(en, most + "\n", a_language="en", b_language="de")
    assert [f.message for f in report.findings if f.rule == "negation.flipped"] == []


def test_will_not_be_able_to_is_no_hedge_but_may_is() -> None:
    es = _profile("es")
    assert facts.hedged("Los vecinos no podrán regresar hasta el lunes.", es) == []
    assert len(facts.hedged("Los vecinos podrán regresar el lunes.", es)) == 1


def test_official_sources_are_officials_and_sources_alone_are_insiders() -> None:
    es, fr, ru = _profile("es"), _profile("fr"), _profile("ru")
    assert "officials" in facts.sources("según fuentes municipales", es)
    assert "officials" in facts.sources("selon des sources officielles", fr)
    assert "officials" in facts.sources("как сообщили официальные источники", ru)
    assert facts.sources("según fuentes cercanas al caso", es) == {"insiders"}


def test_an_italian_c_before_i_is_a_russian_ch() -> None:
    lucia = spelling.name_key("Lucia")
    assert spelling.same_name(lucia, spelling.name_key("Лючия"), loose=True)
    assert spelling.same_name(spelling.name_key("Cesare"), spelling.name_key("Чезаре"))
    assert not spelling.same_name(lucia, spelling.name_key("Люба"), loose=True)


DIRECTORATE_EN = (
    "Viktor Dressel, who led the Customs and Excise Directorate until May, pleaded not guilty "
    "at the district court, prosecutor Anna Weller said.\n"
)
DIRECTORATE = {
    "de": (
        "Viktor Dressel, der bis Mai die Zoll- und Verbrauchsteuerdirektion leitete, plädierte "
        "vor dem Bezirksgericht auf nicht schuldig, sagte Staatsanwältin Anna Weller.\n"
    ),
    "fr": (
        "Viktor Dressel, qui a dirigé la Direction des douanes et accises jusqu'en mai, a plaidé "
        "non coupable devant le tribunal de district, a déclaré la procureure Anna Weller.\n"
    ),
    "es": (
        "Viktor Dressel, que dirigió la Dirección de Aduanas e Impuestos Especiales hasta mayo, "
        "se declaró no culpable ante el tribunal de distrito, dijo la fiscal Anna Weller.\n"
    ),
    "ru": (
        "Виктор Дрессель, возглавлявший Управление таможни и акцизов до мая, не признал вины в "
        "окружном суде, заявила прокурор Анна Веллер.\n"
    ),
}


def _severe_names(a: str, b: str, code: str) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    report = comparer.compare(a, b, a_language="en", b_language=code)
    return [
        f.message
        for f in report.findings
        if f.rule.startswith("entity.") and f.severity.rank >= Severity.WARNING.rank
    ]


@pytest.mark.parametrize("code", sorted(DIRECTORATE))
def test_an_institution_named_by_common_nouns_is_translated_not_dropped(code: str) -> None:
    assert _severe_names(DIRECTORATE_EN, DIRECTORATE[code], code) == []


@pytest.mark.parametrize("code", sorted(DIRECTORATE))
def test_the_person_beside_a_translated_institution_is_still_checked(code: str) -> None:
    dropped = DIRECTORATE[code].replace("Anna Weller", "").replace("Анна Веллер", "")
    assert _severe_names(DIRECTORATE_EN, dropped, code) != []
