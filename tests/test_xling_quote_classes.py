"""Classes of words that change what a quote says, read on both sides by their grammar: a
degree short of the whole (almost, practically), a statement made provisional (for now), a
duty or an impossibility become a wish (cannot -> do not want to), the only one of its kind
become the top of it (our only goal -> our main goal), and a speaker's suspicion; on
constructed sentences (not from the bench stories)."""

from __future__ import annotations

import pytest

from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Report


def _altered(a: str, b: str, language: str) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    report: Report = comparer.compare(a, b, a_language="en", b_language=language)
    return [f.message for f in report.findings if f.rule == "quote.altered"]


# the speaker is a pronoun: with the fake embedder, which reads no language across, the
# quote is then not also "translated further from the original than the rest of the pair"
SAME = (
    'The council defended the tender on Monday. "All three firms were given the same '
    'documents on the same day," she said.\n'
)
SAME_FAITHFUL = {
    "de": "Der Rat verteidigte die Ausschreibung am Montag. „Alle drei Firmen erhielten "
    "dieselben Unterlagen am selben Tag“, sagte sie.\n",
    "fr": "Le conseil a défendu l'appel d'offres lundi. « Les trois entreprises ont reçu les "
    "mêmes documents le même jour », a-t-elle dit.\n",
    "es": "El consejo defendió la licitación el lunes. «Las tres empresas recibieron los "
    "mismos documentos el mismo día», dijo.\n",
    "ru": "Совет в понедельник защитил тендер. «Все три фирмы получили одни и те же "
    "документы в один и тот же день», — сказала она.\n",
}
NEARLY = {
    "de": ("dieselben Unterlagen", "nahezu dieselben Unterlagen"),
    "fr": ("les mêmes documents", "pratiquement les mêmes documents"),
    "es": ("los mismos documentos", "prácticamente los mismos documentos"),
    "ru": ("одни и те же документы", "практически одни и те же документы"),
}


@pytest.mark.parametrize("language", sorted(SAME_FAITHFUL))
def test_a_faithful_quote_of_the_whole_is_no_change(language: str) -> None:
    assert not _altered(SAME, SAME_FAITHFUL[language], language)


@pytest.mark.parametrize("language", sorted(NEARLY))
def test_a_degree_short_of_the_whole_softens_the_quote(language: str) -> None:
    old, new = NEARLY[language]
    assert old in SAME_FAITHFUL[language]
    found = _altered(SAME, SAME_FAITHFUL[language].replace(old, new), language)
    assert found
    assert new.split()[0] in found[0]


def test_almost_before_a_figure_approximates_it_and_softens_nothing() -> None:
    en = SAME.replace("All three firms were given", "The firms were given about 300")
    de = SAME_FAITHFUL["de"].replace("Alle drei Firmen erhielten", "Die Firmen erhielten fast 300")
    assert "fast 300" in de
    assert not _altered(en, de, "de")


STAY = (
    'The ministry said the bridge would not reopen this week. "The bridge stays closed to '
    'lorries, and the detour will be signposted," he said.\n'
)
STAY_FAITHFUL = {
    "de": "Das Ministerium teilte mit, die Brücke werde diese Woche nicht wieder geöffnet. "
    "„Die Brücke bleibt für Lastwagen gesperrt, und die Umleitung wird ausgeschildert“, "
    "sagte er.\n",
    "fr": "Le ministère a indiqué que le pont ne rouvrirait pas cette semaine. « Le pont reste "
    "fermé aux camions, et la déviation sera signalée », a-t-il dit.\n",
    "es": "El ministerio dijo que el puente no reabriría esta semana. «El puente sigue "
    "cerrado a los camiones, y el desvío estará señalizado», dijo.\n",
    "ru": "Министерство сообщило, что мост не откроется на этой неделе. «Мост остаётся "
    "закрытым для грузовиков, а объезд будет обозначен», — сказал он.\n",
}
FOR_NOW = {
    "de": ("bleibt für Lastwagen", "bleibt vorerst für Lastwagen"),
    "fr": ("reste fermé", "reste pour l'instant fermé"),
    "es": ("sigue cerrado", "sigue por ahora cerrado"),
    "ru": ("Мост остаётся", "Мост пока что остаётся"),
}


@pytest.mark.parametrize("language", sorted(STAY_FAITHFUL))
def test_a_faithful_lasting_statement_is_no_change(language: str) -> None:
    assert not _altered(STAY, STAY_FAITHFUL[language], language)


@pytest.mark.parametrize("language", sorted(FOR_NOW))
def test_a_statement_made_provisional_softens_the_quote(language: str) -> None:
    old, new = FOR_NOW[language]
    assert old in STAY_FAITHFUL[language]
    found = _altered(STAY, STAY_FAITHFUL[language].replace(old, new), language)
    assert found
    assert "softened" in found[0]


def test_for_now_rendered_as_for_now_is_no_change() -> None:
    en = STAY.replace("The bridge stays closed", "For now the bridge stays closed")
    old, new = FOR_NOW["de"]
    assert not _altered(en, STAY_FAITHFUL["de"].replace(old, new), "de")


@pytest.mark.parametrize("said", ["At this stage", "As things stand"])
def test_the_speakers_own_word_for_now_rendered_as_for_now_is_no_change(said: str) -> None:
    en = STAY.replace('"The bridge stays closed', f'"{said} the bridge stays closed')
    old, new = FOR_NOW["es"]
    assert not _altered(en, STAY_FAITHFUL["es"].replace(old, new), "es")
    assert _altered(STAY, STAY_FAITHFUL["es"].replace(old, new), "es")


def test_at_this_stage_rendered_as_at_present_leaves_a_second_softening_word() -> None:
    en = STAY.replace('"The bridge stays closed', '"At this stage the bridge stays closed')
    de = STAY_FAITHFUL["de"].replace("„Die Brücke bleibt", "„Derzeit bleibt die Brücke")
    assert not _altered(en, de, "de")
    # "at this stage" is rendered by "derzeit": "teilweise", which A does not say, is more
    softened = de.replace("die Umleitung wird", "die Umleitung wird teilweise")
    assert any("teilweise" in m for m in _altered(en, softened, "de"))


FEES = (
    'The council said on Friday the budget was tight. "We cannot raise the fees again '
    'this year, and the pool will stay open," she said.\n'
)
FEES_FAITHFUL = {
    "de": "Der Rat erklärte am Freitag, das Budget sei knapp. „Wir können die Gebühren dieses "
    "Jahr nicht noch einmal erhöhen, und das Bad bleibt geöffnet“, sagte sie.\n",
    "fr": "Le conseil a déclaré vendredi que le budget était serré. « Nous ne pouvons pas "
    "augmenter les tarifs encore cette année, et la piscine restera ouverte », a-t-elle dit.\n",
    "es": "El consejo dijo el viernes que el presupuesto era ajustado. «No podemos subir las "
    "tarifas otra vez este año, y la piscina seguirá abierta», dijo.\n",
    "ru": "Совет заявил в пятницу, что бюджет ограничен. «Мы не можем снова повысить плату "
    "в этом году, и бассейн останется открытым», — сказала она.\n",
}
WISH = {
    "de": ("Wir können die Gebühren", "Wir wollen die Gebühren"),
    "fr": ("Nous ne pouvons pas augmenter", "Nous ne voulons pas augmenter"),
    "es": ("No podemos subir", "No queremos subir"),
    "ru": ("Мы не можем снова", "Мы не хотим снова"),
}


@pytest.mark.parametrize("language", sorted(FEES_FAITHFUL))
def test_a_faithful_impossibility_is_no_change(language: str) -> None:
    # (the hedge rule may read "podemos" on its own: only the scale is asked here)
    altered = _altered(FEES, FEES_FAITHFUL[language], language)
    assert not [m for m in altered if "where A's quote says" in m]


@pytest.mark.parametrize("language", sorted(WISH))
def test_an_impossibility_become_a_wish_softens_the_quote(language: str) -> None:
    old, new = WISH[language]
    assert old in FEES_FAITHFUL[language]
    found = _altered(FEES, FEES_FAITHFUL[language].replace(old, new), language)
    assert found
    assert '"cannot"' in found[0]


def test_a_wish_the_original_says_too_is_no_change() -> None:
    en = FEES.replace(
        "We cannot raise the fees", "We cannot raise, and do not want to raise, the fees"
    )
    de = FEES_FAITHFUL["de"].replace(
        "Wir können die Gebühren", "Wir wollen und können die Gebühren"
    )
    assert not _altered(en, de, "de")


GOAL = (
    'The head teacher spoke after the fire on Sunday. "Our only goal now is to reopen the '
    'school before the exams," she said.\n'
)
GOAL_FAITHFUL = {
    "de": "Die Schulleiterin sprach nach dem Brand am Sonntag. „Unser einziges Ziel ist jetzt, "
    "die Schule vor den Prüfungen wieder zu öffnen“, sagte sie.\n",
    "fr": "La directrice s'est exprimée après l'incendie dimanche. « Notre seul objectif "
    "désormais est de rouvrir l'école avant les examens », a-t-elle dit.\n",
    "es": "La directora habló tras el incendio del domingo. «Nuestro único objetivo ahora es "
    "reabrir la escuela antes de los exámenes», dijo.\n",
    "ru": "Директор школы выступила после пожара в воскресенье. «Наша единственная цель "
    "сейчас - открыть школу до экзаменов», — сказала она.\n",
}
TOP = {
    "de": ("Unser einziges Ziel", "Unser wichtigstes Ziel"),
    "fr": ("Notre seul objectif", "Notre principal objectif"),
    "es": ("Nuestro único objetivo", "Nuestro principal objetivo"),
    "ru": ("Наша единственная цель", "Наша главная цель"),
}


@pytest.mark.parametrize("language", sorted(GOAL_FAITHFUL))
def test_a_faithful_only_one_is_no_change(language: str) -> None:
    assert not _altered(GOAL, GOAL_FAITHFUL[language], language)


@pytest.mark.parametrize("language", sorted(TOP))
def test_the_only_one_made_the_top_of_several_alters_the_quote(language: str) -> None:
    old, new = TOP[language]
    assert old in GOAL_FAITHFUL[language]
    found = _altered(GOAL, GOAL_FAITHFUL[language].replace(old, new), language)
    assert found
    assert '"Our only"' in found[0]


def test_not_the_only_one_is_one_of_several() -> None:
    en = GOAL.replace("Our only goal now is", "It is not our only goal, but now we want")
    de = GOAL_FAITHFUL["de"].replace(
        "Unser einziges Ziel ist jetzt,", "Es ist ein Ziel unter mehreren, aber jetzt wollen wir"
    )
    assert not [m for m in _altered(en, de, "de") if "only" in m]


SUSPECT = (
    'Line 4 of the Kessel plant stopped on Monday. "Our staff did nothing wrong. We suspect '
    'valve 12 in cooling loop 3," she said.\n'
)
SUSPECT_FAITHFUL = {
    "fr": "La ligne 4 de l'usine Kessel s'est arrêtée lundi. « Notre personnel n'a rien fait "
    "de mal. Nous soupçonnons la vanne 12 du circuit de refroidissement 3 », a-t-elle dit.\n",
    "es": "La línea 4 de la planta Kessel se detuvo el lunes. «Nuestro personal no hizo nada "
    "mal. Sospechamos de la válvula 12 del circuito de refrigeración 3», dijo.\n",
}


@pytest.mark.parametrize("language", sorted(SUSPECT_FAITHFUL))
def test_a_suspicion_the_original_voices_does_not_soften_the_quote(language: str) -> None:
    assert not _altered(SUSPECT, SUSPECT_FAITHFUL[language], language)


def test_a_degree_before_a_figure_qualifies_the_figure_not_the_quote() -> None:
    en = SAME.replace("All three firms were given", "Prices rose by 20 percent and the firms got")
    es = SAME_FAITHFUL["es"].replace(
        "Las tres empresas recibieron",
        "Los precios subieron casi un 20 % y las empresas recibieron",
    )
    assert not [m for m in _altered(en, es, "es") if "casi" in m]


def test_a_degree_in_a_clause_the_translation_sets_off_is_no_change() -> None:
    # "almost" is the second softening word of its clause in A; B's comma makes it a clause
    en = SAME.replace(
        "All three firms were given the same documents on the same day",
        "The documents were good enough to convince almost any firm",
    )
    de = SAME_FAITHFUL["de"].replace(
        "Alle drei Firmen erhielten dieselben Unterlagen am selben Tag",
        "Die Unterlagen waren gut genug, um fast jede Firma zu überzeugen",
    )
    assert not _altered(en, de, "de")


def test_a_refusal_rendered_as_not_wanting_is_no_change() -> None:
    en = FEES.replace("We cannot raise the fees again", "The board will not raise the fees again")
    de = FEES_FAITHFUL["de"].replace(
        "Wir können die Gebühren dieses Jahr nicht noch einmal erhöhen",
        "Die Gebühren dieses Jahr noch einmal erhöhen will der Vorstand nicht",
    )
    assert not [m for m in _altered(en, de, "de") if "where A's quote says" in m]


HIGH = (
    'The union rejected the offer on Monday. "The new fees are too high for families with '
    'two children," she said.\n'
)
HIGH_ES = (
    "El sindicato rechazó la oferta el lunes. «Las nuevas tarifas son demasiado elevadas "
    "para las familias con dos hijos», dijo.\n"
)


def test_algo_before_an_agreeing_adjective_is_a_degree_that_softens_the_quote() -> None:
    assert not _altered(HIGH, HIGH_ES, "es")
    found = _altered(HIGH, HIGH_ES.replace("demasiado elevadas", "algo elevadas"), "es")
    assert found
    assert '"algo"' in found[0]


def test_algo_before_a_masculine_singular_adjective_is_something() -> None:
    en = HIGH.replace("The new fees are too high for", "There is something important for")
    es = HIGH_ES.replace(
        "Las nuevas tarifas son demasiado elevadas para", "Hay algo importante para"
    )
    assert not [m for m in _altered(en, es, "es") if "algo" in m]


def test_a_figure_in_the_next_sentence_leaves_the_degree_to_the_quote() -> None:
    en = SAME.replace(
        "All three firms were given the same documents on the same day",
        "The firms lost almost everything. Three weeks ago they were fine",
    )
    de = SAME_FAITHFUL["de"].replace(
        "Alle drei Firmen erhielten dieselben Unterlagen am selben Tag",
        "Die Firmen haben fast alles verloren. Vor drei Wochen ging es ihnen gut",
    )
    assert not _altered(en, de, "de")


def test_a_provisional_word_the_translation_keeps_further_from_the_figure_is_no_change() -> None:
    # A's "temporary" is within two words of "ten" (it reads as qualifying the figure);
    # B's "временное" is not: each side has the word once
    en = SAME.replace(
        "All three firms were given the same documents on the same day",
        "The firms got a temporary permit within ten days",
    )
    ru = SAME_FAITHFUL["ru"].replace(
        "Все три фирмы получили одни и те же документы в один и тот же день",
        "Фирмы получили временное разрешение в течение десяти дней",
    )
    assert not _altered(en, ru, "ru")
    softened = ru.replace("Фирмы получили", "Фирмы, к сожалению, получили")
    found = _altered(en, softened, "ru")
    assert found
    assert "сожалению" in found[0]


def test_the_negation_french_puts_after_until_is_no_understatement() -> None:
    en = SAME.replace(
        "All three firms were given the same documents on the same day",
        "No firm will sign until we know exactly what the contract says",
    )
    fr = SAME_FAITHFUL["fr"].replace(
        "Les trois entreprises ont reçu les mêmes documents le même jour",
        "Aucune entreprise ne signera tant que nous ne saurons pas exactement ce que dit le "
        "contrat",
    )
    assert not _altered(en, fr, "fr")
    # without the time limit, "pas exactement" says less than the original
    understated = fr.replace(
        "tant que nous ne saurons pas exactement", "car nous ne savons pas exactement"
    )
    found = _altered(en, understated, "fr")
    assert found
    assert "pas exactement" in found[0]
