"""A quote softened (try, hope, partly, rarely) or made absolute (at all, for ever) by the
speaker's own word, across languages, on constructed sentences (not from the bench stories)."""

from __future__ import annotations

import pytest

from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Report

EN = (
    'The union said on Monday it would keep up the strike. "We will not let this plan '
    'pass, and we have never accepted a pay cut," said union leader Lena Morak.\n'
)
FAITHFUL = {
    "de": "Die Gewerkschaft erklärte am Montag, sie werde den Streik fortsetzen. „Wir werden "
    "diesen Plan nicht durchgehen lassen, und wir haben nie eine Lohnkürzung akzeptiert“, "
    "sagte Gewerkschaftschefin Lena Morak.\n",
    "fr": "Le syndicat a déclaré lundi qu'il poursuivrait la grève. « Nous ne laisserons pas "
    "passer ce plan, et nous n'avons jamais accepté de baisse de salaire », a déclaré la "
    "dirigeante syndicale Lena Morak.\n",
    "es": "El sindicato dijo el lunes que mantendría la huelga. «No dejaremos que este plan "
    "salga adelante, y nunca hemos aceptado un recorte salarial», dijo la líder sindical "
    "Lena Morak.\n",
    "ru": "Профсоюз заявил в понедельник, что продолжит забастовку. «Мы не позволим этому "
    "плану пройти, и мы никогда не соглашались на снижение зарплат», — сказала глава "
    "профсоюза Лена Морак.\n",
}
SOFTENED = {
    "de": ("Wir werden diesen Plan nicht", "Wir werden versuchen, diesen Plan nicht"),
    "fr": ("Nous ne laisserons pas", "Nous essaierons de ne pas laisser"),
    "es": ("No dejaremos", "Intentaremos no dejar"),
    "ru": ("Мы не позволим", "Мы постараемся не позволить"),
}
RARELY = {
    "de": ("wir haben nie", "wir haben selten"),
    "fr": ("nous n'avons jamais accepté", "nous avons rarement accepté"),
    "es": ("nunca hemos aceptado", "rara vez hemos aceptado"),
    "ru": ("мы никогда не соглашались", "мы редко соглашались"),
}

ABSOLUTE = {
    "de": ("diesen Plan nicht", "diesen Plan überhaupt nicht"),
    "fr": ("ne laisserons pas passer", "ne laisserons pas du tout passer"),
    "es": ("No dejaremos que", "No dejaremos en absoluto que"),
    "ru": ("Мы не позволим", "Мы вообще не позволим"),
}


def _altered(a: str, b: str, language: str) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    report: Report = comparer.compare(a, b, a_language="en", b_language=language)
    return [f.message for f in report.findings if f.rule == "quote.altered"]


@pytest.mark.parametrize("language", sorted(FAITHFUL))
def test_a_faithful_quote_is_not_softened(language: str) -> None:
    altered = _altered(EN, FAITHFUL[language], language)
    assert not [m for m in altered if "softened" in m or "strengthened" in m]


@pytest.mark.parametrize("language", sorted(FAITHFUL))
@pytest.mark.parametrize("change", [SOFTENED, RARELY])
def test_a_quote_with_a_softening_word_its_original_lacks_is_softened(
    language: str, change: dict[str, tuple[str, str]]
) -> None:
    old, new = change[language]
    assert old in FAITHFUL[language]
    softened = FAITHFUL[language].replace(old, new)
    assert any("softened" in m for m in _altered(EN, softened, language))


def test_a_softening_word_in_both_quotes_is_no_change() -> None:
    en = EN.replace("We will not let", "We will try not to let")
    fr = FAITHFUL["fr"].replace("Nous ne laisserons pas", "Nous essaierons de ne pas laisser")
    assert not [m for m in _altered(en, fr, "fr") if "softened" in m]


@pytest.mark.parametrize("language", sorted(FAITHFUL))
def test_a_quote_made_absolute_by_a_word_its_original_lacks_is_strengthened(language: str) -> None:
    old, new = ABSOLUTE[language]
    assert old in FAITHFUL[language]
    strengthened = FAITHFUL[language].replace(old, new)
    assert any("strengthened" in m for m in _altered(EN, strengthened, language))


def test_an_idiom_of_inevitable_rendered_by_the_word_is_no_strengthening() -> None:
    en = EN.replace("a pay cut", "a pay cut, which was a strike waiting to happen")
    ru = FAITHFUL["ru"].replace(
        "на снижение зарплат", "на снижение зарплат, что вело к неизбежной забастовке"
    )
    assert not [m for m in _altered(en, ru, "ru") if "strengthened" in m]
    # the plain words strengthened by the same word are
    plain = EN.replace("a pay cut", "a pay cut, which led to a strike")
    assert [m for m in _altered(plain, ru, "ru") if "strengthened" in m]


# A word of the same stem that is no modifier of the speaker's claim: a noun, an adjective,
# or an idiom ("se trata de", it is about). Each replaces the plain rendering of A's words.
SAME_STEM = {
    "es_it_is_about": (
        'The union said on Monday it would keep up the strike. "This is about our jobs, '
        'not about money," said union leader Lena Morak.\n',
        "es",
        "El sindicato dijo el lunes que mantendría la huelga. «Se trata de nuestros "
        "empleos, no de dinero», dijo la líder sindical Lena Morak.\n",
    ),
    "es_an_attempt": (
        'The union said on Monday it would keep up the strike. "This plan is an attack on '
        'our pay," said union leader Lena Morak.\n',
        "es",
        "El sindicato dijo el lunes que mantendría la huelga. «Este plan es un intento de "
        "recortar nuestros salarios», dijo la líder sindical Lena Morak.\n",
    ),
    "es_absolute_majority": (
        'The union said on Monday it would keep up the strike. "A clear majority of members '
        'voted for it," said union leader Lena Morak.\n',
        "es",
        "El sindicato dijo el lunes que mantendría la huelga. «La mayoría absoluta de los "
        "afiliados votó a favor», dijo la líder sindical Lena Morak.\n",
    ),
    "fr_life_expectancy": (
        'The union said on Monday it would keep up the strike. "Our members will work until '
        'they die," said union leader Lena Morak.\n',
        "fr",
        "Le syndicat a déclaré lundi qu'il poursuivrait la grève. « Nos adhérents "
        "travailleront au-delà de leur espérance de vie », a déclaré la dirigeante "
        "syndicale Lena Morak.\n",
    ),
    "fr_an_attempt": (
        'The union said on Monday it would keep up the strike. "This plan is an attack on '
        'our pay," said union leader Lena Morak.\n',
        "fr",
        "Le syndicat a déclaré lundi qu'il poursuivrait la grève. « Ce plan est une "
        "tentative de baisser nos salaires », a déclaré la dirigeante syndicale Lena Morak.\n",
    ),
    "de_an_attempt": (
        'The union said on Monday it would keep up the strike. "This plan is an attack on '
        'our pay," said union leader Lena Morak.\n',
        "de",
        "Die Gewerkschaft erklärte am Montag, sie werde den Streik fortsetzen. „Dieser Plan "
        "ist ein Versuch, unsere Löhne zu kürzen“, sagte Gewerkschaftschefin Lena Morak.\n",
    ),
    "ru_old": (
        'The union said on Monday it would keep up the strike. "The old plan was a reliable '
        'one," said union leader Lena Morak.\n',
        "ru",
        "Профсоюз заявил в понедельник, что продолжит забастовку. «Старая схема была "
        "надёжной», — сказала глава профсоюза Лена Морак.\n",
    ),
}


@pytest.mark.parametrize("case", sorted(SAME_STEM))
def test_a_word_sharing_a_softeners_stem_does_not_soften(case: str) -> None:
    en, language, translation = SAME_STEM[case]
    altered = _altered(en, translation, language)
    assert not [m for m in altered if "softened" in m or "strengthened" in m]


def test_tratar_de_with_an_infinitive_is_still_try() -> None:
    softened = FAITHFUL["es"].replace("No dejaremos", "Trataremos de no dejar")
    assert any("softened" in m for m in _altered(EN, softened, "es"))


# English words that soften as much as the ones a translator renders them with.
RENDERED = {
    "es_seek_to": (
        '"We will seek to keep the plant open," said union leader Lena Morak.\n',
        "es",
        "«Intentaremos mantener abierta la planta», dijo la líder sindical Lena Morak.\n",
    ),
    "es_expect_that": (
        '"We expect that the plant will stay open," said union leader Lena Morak.\n',
        "es",
        "«Esperamos que la planta siga abierta», dijo la líder sindical Lena Morak.\n",
    ),
    "ru_not_quite": (
        '"The plan is not quite finished," said union leader Lena Morak.\n',
        "ru",
        "«План не совсем готов», — сказала глава профсоюза Лена Морак.\n",
    ),
    "ru_first_of_all": (
        '"First of all, we want the plant to stay open," said union leader Lena Morak.\n',
        "ru",
        "«Прежде всего мы хотим, чтобы завод продолжал работать», — сказала глава "
        "профсоюза Лена Морак.\n",
    ),
    "fr_a_bit": (
        '"The offer is a bit low," said union leader Lena Morak.\n',
        "fr",
        "« L'offre est un peu basse », a déclaré la dirigeante syndicale Lena Morak.\n",
    ),
    "de_permanently": (
        '"The plant will close permanently," said union leader Lena Morak.\n',
        "de",
        "„Das Werk wird für immer schließen“, sagte Gewerkschaftschefin Lena Morak.\n",
    ),
}


@pytest.mark.parametrize("case", sorted(RENDERED))
def test_an_english_softener_rendered_by_a_listed_word_is_no_change(case: str) -> None:
    en, language, translation = RENDERED[case]
    altered = _altered(en, translation, language)
    assert not [m for m in altered if "softened" in m or "strengthened" in m]


@pytest.mark.parametrize(
    ("language", "translation"),
    [
        ("de", "„Das hat Hoffmann entschieden“, sagte Gewerkschaftschefin Lena Morak.\n"),
        ("ru", "«Это решила Надежда Бойко», — сказала глава профсоюза Лена Морак.\n"),
    ],
    ids=["de", "ru"],
)
def test_a_first_name_or_surname_of_a_softeners_stem_does_not_soften(
    language: str, translation: str
) -> None:
    en = (
        '"Hoffmann decided that," said union leader Lena Morak.\n'
        if language == "de"
        else '"Nadezhda Boyko decided that," said union leader Lena Morak.\n'
    )
    altered = _altered(en, translation, language)
    assert not [m for m in altered if "softened" in m]


@pytest.mark.parametrize(
    ("en", "language", "translation"),
    [
        (
            '"In general, the plan is sound," said union leader Lena Morak.\n',
            "ru",
            "«Вообще план разумный», — сказала глава профсоюза Лена Морак.\n",
        ),
        (
            '"Why was the plan written in the first place?" said union leader Lena Morak.\n',
            "de",
            "„Warum wurde der Plan überhaupt geschrieben?“, sagte Gewerkschaftschefin Lena "
            "Morak.\n",
        ),
    ],
    ids=["ru", "de"],
)
def test_at_all_without_a_negation_is_not_absolute(
    en: str, language: str, translation: str
) -> None:
    assert not [m for m in _altered(en, translation, language) if "strengthened" in m]


# A hedge only B's quote says. The hedge rule asks A's whole sentence for a word that may
# hedge, and "about" before "three years" is one (an approximator): the quote's own words
# are the evidence.
EN_KNOWN = (
    'The union blamed the board on Monday. "The board has known about this for three years '
    'and did nothing," said union leader Lena Morak.\n'
)
KNOWN = {
    "de": "Die Gewerkschaft gab am Montag dem Vorstand die Schuld. „Der Vorstand weiß seit drei "
    "Jahren davon und hat nichts getan“, sagte Gewerkschaftschefin Lena Morak.\n",
    "fr": "Le syndicat a accusé lundi le conseil. « Le conseil est au courant depuis trois ans "
    "et n'a rien fait », a déclaré la dirigeante syndicale Lena Morak.\n",
    "es": "El sindicato culpó el lunes a la junta. «La junta lo sabe desde hace tres años y no "
    "ha hecho nada», dijo la líder sindical Lena Morak.\n",
    "ru": "Профсоюз в понедельник обвинил правление. «Правление знает об этом уже три года и "
    "ничего не сделало», — сказала глава профсоюза Лена Морак.\n",
}
MAYBE = {
    "de": ("und hat nichts getan", "und hat vielleicht nichts getan"),
    "fr": ("et n'a rien fait", "et n'a peut-être rien fait"),
    "es": ("y no ha hecho nada", "y quizás no ha hecho nada"),
    "ru": ("и ничего не сделало", "и, возможно, ничего не сделало"),
}


@pytest.mark.parametrize("language", sorted(KNOWN))
def test_a_hedge_only_the_translations_quote_says_softens_it(language: str) -> None:
    assert not [m for m in _altered(EN_KNOWN, KNOWN[language], language) if "softened" in m]
    old, new = MAYBE[language]
    assert old in KNOWN[language]
    altered = _altered(EN_KNOWN, KNOWN[language].replace(old, new), language)
    assert [m for m in altered if "softened" in m and "does not hedge" in m], altered


def test_a_hedge_rendering_a_word_that_may_hedge_is_no_change() -> None:
    en = '"We expect prices to rise within days," said union leader Lena Morak.\n'
    de = (
        "„Die Preise werden wahrscheinlich innerhalb von Tagen steigen“, sagte "
        "Gewerkschaftschefin Lena Morak.\n"
    )
    assert not [m for m in _altered(en, de, "de") if "softened" in m]


# The idioms of "completely" (across the board) make a quote absolute like the adverb.
ACROSS = {
    "de": ("diesen Plan nicht durchgehen", "diesen Plan auf ganzer Linie nicht durchgehen"),
    "fr": ("passer ce plan,", "passer ce plan, sur toute la ligne,"),
    "es": ("salga adelante,", "salga adelante en toda la línea,"),
    "ru": ("этому плану пройти,", "этому плану пройти по всем фронтам,"),
}


@pytest.mark.parametrize("language", sorted(ACROSS))
def test_a_quote_made_absolute_by_an_idiom_of_completely_is_strengthened(language: str) -> None:
    old, new = ACROSS[language]
    assert old in FAITHFUL[language]
    strengthened = FAITHFUL[language].replace(old, new)
    assert any("strengthened" in m for m in _altered(EN, strengthened, language))
    across = EN.replace("let this plan pass", "let this plan pass across the board")
    assert not [m for m in _altered(across, strengthened, language) if "strengthened" in m]


EN_FINE = 'The company said it would appeal. "The fine is out of all proportion," she said.\n'
FINE = {
    "de": "Das Unternehmen kündigte Berufung an. „Die Strafe ist völlig unverhältnismäßig“, "
    "sagte sie.\n",
    "fr": "L'entreprise a annoncé qu'elle ferait appel. « L'amende est totalement "
    "disproportionnée », a-t-elle dit.\n",
}


@pytest.mark.parametrize("language", sorted(FINE))
def test_out_of_all_proportion_is_an_idiom_of_completely(language: str) -> None:
    assert not [m for m in _altered(EN_FINE, FINE[language], language) if "strengthened" in m]
    plain = EN_FINE.replace("out of all proportion", "disproportionate")
    assert any("strengthened" in m for m in _altered(plain, FINE[language], language))


# The adjective of a superlative is the top of a scale, not a softening word of its own.
EN_HARDEST = '"This is the hardest decision of my career," the director said.\n'
HARDEST = {
    "fr": "« C'est la décision la plus difficile de ma carrière », a déclaré la directrice.\n",
    "es": "«Es la decisión más difícil de mi carrera», dijo la directora.\n",
}
HARD_TO = {
    "fr": "« Il est difficile de prendre cette décision », a déclaré la directrice.\n",
    "es": "«Es difícil de tomar esta decisión», dijo la directora.\n",
}


@pytest.mark.parametrize("language", sorted(HARDEST))
def test_the_adjective_of_a_superlative_is_no_softening(language: str) -> None:
    assert not [m for m in _altered(EN_HARDEST, HARDEST[language], language) if "softened" in m]


@pytest.mark.parametrize("language", sorted(HARD_TO))
def test_difficulty_outside_a_superlative_softens_the_quote(language: str) -> None:
    en = '"We will take this decision," the director said.\n'
    assert any("softened" in m for m in _altered(en, HARD_TO[language], language))


# "pas envisageable" is out of the question ("not an option"), not a plan being considered.
EN_OPTION = '"Waiting another year is not an option," the mayor said.\n'
FR_OPTION = "« Attendre une année de plus n'est pas envisageable », a déclaré le maire.\n"


def test_a_denied_possibility_is_no_softening() -> None:
    assert not [m for m in _altered(EN_OPTION, FR_OPTION, "fr") if "softened" in m]


def test_a_possibility_considered_softens_the_quote() -> None:
    fr = "« Nous envisageons d'attendre une année de plus », a déclaré le maire.\n"
    en = '"We will wait another year," the mayor said.\n'
    assert any("softened" in m for m in _altered(en, fr, "fr"))
