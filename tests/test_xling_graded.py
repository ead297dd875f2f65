"""A quote strengthened or softened by an evaluative word of another grade ("disappointed" ->
"outraged", "a disaster" -> "a setback"), across languages, on constructed sentences (not
from the bench stories)."""

from __future__ import annotations

import pytest

from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Report
from tests.helpers import language_profile

EN = (
    "The council said on Tuesday the bridge would stay closed until March. "
    '"We are disappointed, and the closure is a disaster for the shops," said mayor '
    "Anna Velt.\n"
)
FAITHFUL = {
    "de": "Der Rat erklärte am Dienstag, die Brücke bleibe bis März gesperrt. „Wir sind "
    "enttäuscht, und die Sperrung ist eine Katastrophe für die Geschäfte“, sagte "
    "Bürgermeisterin Anna Velt.\n",
    "fr": "Le conseil a déclaré mardi que le pont resterait fermé jusqu'en mars. « Nous sommes "
    "déçus, et la fermeture est une catastrophe pour les commerces », a déclaré la maire "
    "Anna Velt.\n",
    "es": "El consejo dijo el martes que el puente seguiría cerrado hasta marzo. «Estamos "
    "decepcionados, y el cierre es un desastre para las tiendas», dijo la alcaldesa Anna "
    "Velt.\n",
    "ru": "Совет заявил во вторник, что мост останется закрытым до марта. «Мы разочарованы, "
    "и закрытие — катастрофа для магазинов», — сказала мэр Анна Вельт.\n",
}
OUTRAGED = {
    "de": ("Wir sind enttäuscht", "Wir sind empört"),
    "fr": ("Nous sommes déçus", "Nous sommes indignés"),
    "es": ("Estamos decepcionados", "Estamos indignados"),
    "ru": ("Мы разочарованы", "Мы возмущены"),
}
SETBACK = {
    "de": ("eine Katastrophe", "ein Rückschlag"),
    "fr": ("une catastrophe", "un revers"),
    "es": ("un desastre", "un revés"),
    "ru": ("катастрофа", "неудача"),
}


def _altered(a: str, b: str, language: str) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    report: Report = comparer.compare(a, b, a_language="en", b_language=language)
    return [f.message for f in report.findings if f.rule == "quote.altered"]


def _changed(language: str, change: dict[str, tuple[str, str]]) -> str:
    old, new = change[language]
    assert old in FAITHFUL[language]
    return FAITHFUL[language].replace(old, new)


@pytest.mark.parametrize("language", sorted(FAITHFUL))
def test_a_faithful_quote_keeps_its_grade(language: str) -> None:
    altered = _altered(EN, FAITHFUL[language], language)
    assert not [m for m in altered if "softened" in m or "strengthened" in m]


@pytest.mark.parametrize("language", sorted(FAITHFUL))
def test_a_quote_given_a_word_at_the_top_of_its_scale_is_strengthened(language: str) -> None:
    altered = _altered(EN, _changed(language, OUTRAGED), language)
    assert any("strengthened" in m for m in altered)


@pytest.mark.parametrize("language", sorted(FAITHFUL))
def test_a_quote_whose_extreme_word_became_a_mild_one_is_softened(language: str) -> None:
    altered = _altered(EN, _changed(language, SETBACK), language)
    assert any("softened" in m and "disaster" in m for m in altered)


def test_an_extreme_word_in_both_quotes_is_no_change() -> None:
    en = EN.replace("We are disappointed", "We are outraged")
    fr = _changed("fr", OUTRAGED)
    assert not [m for m in _altered(en, fr, "fr") if "strengthened" in m]


def test_a_mild_word_without_an_extreme_one_lost_is_no_change() -> None:
    en = EN.replace("a disaster", "a setback")
    de = _changed("de", SETBACK)
    assert not [m for m in _altered(en, de, "de") if "softened" in m]


EN_PLEDGE = (
    "The inspector said on Friday the report was finished. "
    '"We have no doubt the fire was set on purpose, and we will never sign a report that '
    'says otherwise," said inspector Paul Reno.\n'
)
PLEDGE = {
    "de": "Der Inspektor sagte am Freitag, der Bericht sei fertig. „Wir haben keinen Zweifel, "
    "dass das Feuer absichtlich gelegt wurde, und wir werden nie einen Bericht unterschreiben, "
    "der etwas anderes sagt“, sagte Inspektor Paul Reno.\n",
    "fr": "L'inspecteur a déclaré vendredi que le rapport était terminé. « Nous n'avons aucun "
    "doute que le feu a été allumé volontairement, et nous ne signerons jamais un rapport qui "
    "dit le contraire », a déclaré l'inspecteur Paul Reno.\n",
    "es": "El inspector dijo el viernes que el informe estaba terminado. «No tenemos ninguna "
    "duda de que el fuego fue provocado, y nunca firmaremos un informe que diga lo "
    "contrario», dijo el inspector Paul Reno.\n",
    "ru": "Инспектор заявил в пятницу, что отчёт готов. «У нас нет никаких сомнений, что пожар "
    "был устроен намеренно, и мы никогда не подпишем отчёт, в котором сказано иное», — "
    "сказал инспектор Пол Рено.\n",
}
BELIEF = {
    "de": ("Wir haben keinen Zweifel, dass", "Wir glauben, dass"),
    "fr": ("Nous n'avons aucun doute que", "Nous pensons que"),
    "es": ("No tenemos ninguna duda de que", "Creemos que"),
    "ru": ("У нас нет никаких сомнений, что", "Мы думаем, что"),
}
RELUCTANCE = {
    "de": ("wir werden nie einen Bericht", "wir würden nur ungern einen Bericht"),
    "fr": ("nous ne signerons jamais un rapport", "nous signerions à contrecœur un rapport"),
    "es": ("nunca firmaremos un informe", "firmaríamos a regañadientes un informe"),
    "ru": ("мы никогда не подпишем отчёт", "мы неохотно подпишем отчёт"),
}


@pytest.mark.parametrize("language", sorted(PLEDGE))
def test_a_faithful_pledge_is_not_softened(language: str) -> None:
    assert not [m for m in _altered(EN_PLEDGE, PLEDGE[language], language) if "softened" in m]


@pytest.mark.parametrize("language", sorted(PLEDGE))
@pytest.mark.parametrize("change", [BELIEF, RELUCTANCE])
def test_a_certainty_or_refusal_said_as_a_belief_or_reluctance_is_softened(
    language: str, change: dict[str, tuple[str, str]]
) -> None:
    old, new = change[language]
    assert old in PLEDGE[language]
    softened = PLEDGE[language].replace(old, new)
    assert any("softened" in m for m in _altered(EN_PLEDGE, softened, language))


def test_a_belief_in_both_quotes_is_no_change() -> None:
    en = EN_PLEDGE.replace("We have no doubt", "We think")
    fr = PLEDGE["fr"].replace(*BELIEF["fr"])
    assert not [m for m in _altered(en, fr, "fr") if "softened" in m]


EN_TWO = (
    "Mayor Anna Berg spoke to reporters in the town hall on Monday after the storm.\n\n"
    '"We will rebuild the bridge before the spring," Berg said. "Nobody here will pay for '
    'it."\n'
)
DE_TWO = (
    "Bürgermeisterin Anna Berg sprach am Montag nach dem Sturm im Rathaus mit Reportern.\n\n"
    "„Wir bauen die Brücke vor dem Frühjahr wieder auf“, sagte Berg. „Niemand hier wird dafür "
    "zahlen.“\n"
)
WORDS = {
    "bürgermeisterin": "mayor", "sprach": "spoke", "am": "on", "montag": "monday",
    "nach": "after", "dem": "the", "sturm": "storm", "rathaus": "hall", "mit": "to",
    "reportern": "reporters", "wir": "we", "bauen": "rebuild", "brücke": "bridge",
    "vor": "before", "frühjahr": "spring", "niemand": "nobody", "hier": "here",
    "wird": "will", "sagte": "said", "die": "the", "dafür": "it", "zahlen": "pay",
}  # fmt: skip


def _quote_findings(b: str) -> list[tuple[str, str | None]]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=WORDS), use_cache=False)
    report = comparer.compare(EN_TWO, b, a_language="en", b_language="de")
    return [(f.rule, f.b_text) for f in report.findings if f.rule.startswith("quote.")]


def test_a_quote_of_two_sentences_translated_whole_is_not_cut() -> None:
    assert _quote_findings(DE_TWO) == []


def test_a_quote_sentence_dropped_is_a_cut_shown_at_the_quote_b_kept() -> None:
    cut = DE_TWO.replace(" „Niemand hier wird dafür zahlen.“", "")
    [(rule, b_text)] = _quote_findings(cut)
    assert rule == "quote.shortened"
    assert b_text is not None
    assert "Wir bauen die Brücke" in b_text


def test_a_quote_b_left_out_whole_is_unquoted_not_cut() -> None:
    dropped = DE_TWO.split("\n\n", maxsplit=1)[0] + "\n"
    assert {rule for rule, _ in _quote_findings(dropped)} == {"quote.unquoted"}


EN_BAN = (
    "The court ruled on Thursday on the school closures. "
    '"The council may not close a school without a vote of the parents," said judge Eva '
    "Lind.\n"
)
BAN = {
    "de": "Das Gericht entschied am Donnerstag über die Schulschließungen. „Der Rat darf nicht "
    "eine Schule ohne eine Abstimmung der Eltern schließen“, sagte Richterin Eva Lind.\n",
    "fr": "Le tribunal a statué jeudi sur les fermetures d'écoles. « Le conseil ne peut pas "
    "fermer une école sans un vote des parents », a déclaré la juge Eva Lind.\n",
    "es": "El tribunal falló el jueves sobre el cierre de escuelas. «El consejo no puede cerrar "
    "una escuela sin una votación de los padres», dijo la jueza Eva Lind.\n",
    "ru": "Суд вынес решение в четверг о закрытии школ. «Совет не может закрыть школу без "
    "голосования родителей», — сказала судья Ева Линд.\n",
}
ADVICE = {
    "de": ("darf nicht", "sollte nicht"),
    "fr": ("ne peut pas fermer", "ne devrait pas fermer"),
    "es": ("no puede cerrar", "no debería cerrar"),
    "ru": ("не может закрыть", "не стоит закрывать"),
}


@pytest.mark.parametrize("language", sorted(BAN))
def test_a_faithful_ban_is_not_softened(language: str) -> None:
    assert not [m for m in _altered(EN_BAN, BAN[language], language) if "softened" in m]


@pytest.mark.parametrize("language", sorted(BAN))
def test_a_ban_become_advice_is_softened(language: str) -> None:
    old, new = ADVICE[language]
    assert old in BAN[language]
    altered = _altered(EN_BAN, BAN[language].replace(old, new), language)
    assert any("softened" in m and "may not" in m for m in altered)


def test_stoit_with_a_noun_is_worth_not_advice() -> None:
    # "не стоит" gives advice with an infinitive ("не стоит закрывать", above); with a noun
    # it says "is not worth", as "следует" with "из" says "follows from"
    en = (
        'The court ruled on Thursday on the school closures. "We will not close the school. '
        "No saving is worth a child's education,\" said judge Eva Lind.\n"
    )
    ru = (
        "Суд вынес решение в четверг о закрытии школ. «Мы не закроем школу. Никакая экономия "
        "не стоит образования детей», — сказала судья Ева Линд.\n"
    )
    assert not [m for m in _altered(en, ru, "ru") if "softened" in m]
    follows = ru.replace("не стоит образования детей", "это следует из закона")
    assert not [m for m in _altered(en, follows, "ru") if "softened" in m]
    advice = ru.replace("Мы не закроем школу", "Нам не стоит закрывать школу")
    assert [m for m in _altered(en, advice, "ru") if "softened" in m]


def test_advice_in_both_quotes_is_no_change() -> None:
    en = EN_BAN.replace("may not", "should not")
    de = BAN["de"].replace(*ADVICE["de"])
    assert not [m for m in _altered(en, de, "de") if "softened" in m]


EN_THREE = EN_TWO.replace('for it."', 'for it. The state will pay."')
DE_THREE = DE_TWO.replace("für zahlen.“", "für zahlen. Der Staat wird zahlen.“")
WORDS_THREE = {**WORDS, "der": "the", "staat": "state"}


def test_the_last_sentence_of_a_quote_in_straight_marks_dropped_is_a_cut() -> None:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=WORDS_THREE), use_cache=False)

    def quoted(b: str) -> list[tuple[str, str | None]]:
        report = comparer.compare(EN_THREE, b, a_language="en", b_language="de")
        return [(f.rule, f.b_text) for f in report.findings if f.rule.startswith("quote.")]

    assert quoted(DE_THREE) == []
    [(rule, b_text)] = quoted(DE_THREE.replace(" Der Staat wird zahlen.“", "“"))
    assert rule == "quote.shortened"
    assert b_text is not None
    assert "Niemand hier" in b_text


def test_a_disaster_become_a_worry_is_softened() -> None:
    de = FAITHFUL["de"].replace("ist eine Katastrophe", "ist besorgniserregend")
    assert any("softened" in m and "disaster" in m for m in _altered(EN, de, "de"))


def test_a_metaphor_of_theft_is_not_at_the_top_of_the_scale() -> None:
    # translators render "poach", "take" or "lure away" as "robar" / "voler": a faithful image
    assert not language_profile("es").extremes_re.search("No estamos robando personal a nadie")
    assert not language_profile("en").extremes_re.search("they steal our water")


@pytest.mark.parametrize("language", sorted(FAITHFUL))
def test_the_noun_lie_in_both_quotes_is_no_strengthening(language: str) -> None:
    # "the lies of a few traders" = "les mensonges", "las mentiras", "die Lügen", "ложь":
    # English lists the noun as the other languages do
    lies = {"de": "die Lügen", "fr": "les mensonges", "es": "las mentiras", "ru": "ложь"}
    en = EN.replace("a disaster for the shops", "a disaster and the lies of a few traders")
    b = FAITHFUL[language].replace(
        SETBACK[language][0], SETBACK[language][0] + " " + lies[language]
    )
    assert lies[language] in b
    assert not [m for m in _altered(en, b, language) if "strengthened" in m]


@pytest.mark.parametrize(
    ("text", "extreme"),
    [("the lies of a few traders", True), ("a lie", True), ("the problem lies in", False)],
)
def test_the_noun_lie_is_extreme_and_the_verb_of_place_is_not(text: str, extreme: bool) -> None:
    assert bool(language_profile("en").extremes_re.search(text)) is extreme
