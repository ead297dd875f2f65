"""The profiles read a sentence and its translations alike: constructed parallel sentences
(not from the bench stories) have as many negated and hedged clauses in every language."""

from __future__ import annotations

from decimal import Decimal

import pytest

from driftcheck.findings.across import numbers
from driftcheck.findings.context import Side
from driftcheck.findings.xling import facts, negated_clauses, spelling
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Document, Sentence
from tests.helpers import language_profile as _profile

LANGUAGES = ("en", "de", "fr", "es", "ru")


NEGATED = [
    (
        1,
        "The talks failed after the government refused to raise its offer.",
        "Die Gespräche scheiterten, weil sich die Regierung weigerte, ihr Angebot zu erhöhen.",
        "Les négociations ont échoué après que le gouvernement a refusé de relever son offre.",
        "Las negociaciones fracasaron después de que el Gobierno se negara a subir su oferta.",
        "Переговоры сорвались после того, как правительство отказалось повысить предложение.",
    ),
    (
        1,
        "The company no longer makes the engine.",
        "Das Unternehmen stellt den Motor nicht mehr her.",
        "L'entreprise ne fabrique plus le moteur.",
        "La empresa ya no fabrica el motor.",
        "Компания больше не выпускает двигатель.",
    ),
    (
        0,
        "The company will decide whether to appeal.",
        "Das Unternehmen wird entscheiden, ob es Berufung einlegt oder nicht.",
        "L'entreprise décidera de faire appel ou non.",
        "La empresa decidirá si recurre o no.",
        "Компания решит, будет ли она обжаловать решение или нет.",
    ),
    (
        1,
        "It was not an easy decision.",
        "Es war keine leichte Entscheidung.",
        "Ce n'était pas une décision facile.",
        "No fue una decisión fácil.",
        "Это было нелёгкое решение.",
    ),
    (
        0,
        "We will find out what went wrong.",
        "Wir werden herausfinden, was schiefgelaufen ist.",
        "Nous trouverons ce qui n'a pas fonctionné.",
        "Averiguaremos qué falló.",
        "Мы выясним, что пошло не так.",
    ),
    (
        0,
        "The archive escaped the flames, but stocks are at their lowest level since 1987.",
        "Das Archiv blieb verschont, aber die Bestände sind so niedrig wie seit 1987 nicht mehr.",
        "Les archives ont échappé aux flammes, mais les stocks sont au plus bas depuis 1987.",
        "El archivo se salvó de las llamas, pero las reservas están en su mínimo desde 1987.",
        "Архив не пострадал от огня, но запасы на самом низком уровне с 1987 года.",
    ),
    (
        1,
        "Nobody was hurt, and the archive escaped the flames.",
        "Niemand wurde verletzt, und das Archiv blieb verschont.",
        "Personne n'a été blessé et les archives ont échappé aux flammes.",
        "Nadie resultó herido y el archivo se salvó de las llamas.",
        "Никто не пострадал, архив уцелел.",
    ),
    (
        1,
        "Famine looms unless aid arrives soon.",
        "Es droht eine Hungersnot, es sei denn, die Hilfe kommt bald.",
        "La famine menace à moins que l'aide n'arrive rapidement.",
        "La hambruna amenaza a menos que la ayuda llegue pronto.",
        "Грозит голод, если помощь не поступит в скором времени.",
    ),
    (
        1,
        "The party has yet to secure a majority.",
        "Eine Mehrheit hat die Partei noch nicht sicher.",
        "Le parti n'est pas encore assuré d'une majorité.",
        "El partido aún no tiene asegurada la mayoría.",
        "Большинство партии пока не обеспечено.",
    ),
    (
        0,
        "Not only the mayor but also the governor came.",
        "Nicht nur der Bürgermeister, sondern auch der Gouverneur kam.",
        "Non seulement le maire mais aussi le gouverneur est venu.",
        "No solo el alcalde sino también el gobernador vino.",
        "Пришёл не только мэр, но и губернатор.",
    ),
    (
        1,
        "The minister refused to comment.",
        "Der Minister lehnte eine Stellungnahme ab.",
        "Le ministre a refusé de commenter.",
        "El ministro se negó a comentar.",
        "Министр отказался от комментариев.",
    ),
    (
        0,
        "Hardly anyone voted.",
        "Kaum jemand hat abgestimmt.",
        "Presque personne n'a voté.",
        "Casi nadie votó.",
        "Почти никто не проголосовал.",
    ),
    (
        1,
        "He denied the claims.",
        "Er wies die Vorwürfe zurück.",
        "Il a démenti ces affirmations.",
        "Negó las acusaciones.",
        "Он опроверг эти утверждения.",
    ),
    (
        1,
        "It remains unclear who fired first.",
        "Unklar ist, wer zuerst geschossen hat.",
        "On ignore qui a tiré en premier.",
        "No está claro quién disparó primero.",
        "Неясно, кто выстрелил первым.",
    ),
    (
        0,
        "The plant will close before a buyer is found.",
        "Das Werk schließt, bevor ein Käufer gefunden wird.",
        "L'usine fermera avant qu'un acheteur ne soit trouvé.",
        "La planta cerrará antes de que se encuentre un comprador.",
        "Завод закроется до того, как найдётся покупатель.",
    ),
]


@pytest.mark.parametrize("row", NEGATED, ids=[row[1] for row in NEGATED])
def test_negated_clauses_count_alike_in_every_language(
    row: tuple[int, str, str, str, str, str],
) -> None:
    count, *translations = row
    texts = dict(zip(LANGUAGES, translations, strict=True))
    found = {
        code: len(negated_clauses.negated(text, _profile(code))) for code, text in texts.items()
    }
    assert found == dict.fromkeys(LANGUAGES, count)


HEDGED = [
    (
        1,
        "Divers are expected to resume the search at first light.",
        "Taucher nehmen die Suche voraussichtlich bei Tagesanbruch wieder auf.",
        "Les plongeurs devraient reprendre les recherches à l'aube.",
        "Se espera que los buzos reanuden la búsqueda al amanecer.",
        "Водолазы, как ожидается, возобновят поиски на рассвете.",
    ),
    (
        1,
        "According to media reports, the chief executive will step down.",
        "Medienberichten zufolge tritt der Chef zurück.",
        "Selon des informations de presse, le PDG va démissionner.",
        "Según informaciones de prensa, el consejero delegado dimitirá.",
        "По сообщениям СМИ, гендиректор уйдёт в отставку.",
    ),
    (
        1,
        "The minister appeared to leave the door open.",
        "Der Minister schien sich die Tür offenzuhalten.",
        "Le ministre semblait laisser la porte ouverte.",
        "El ministro pareció dejar la puerta abierta.",
        "Министр, казалось, оставил дверь открытой.",
    ),
    (
        1,
        "Patrol boats reportedly boarded three trawlers in 2009.",
        "Patrouillenboote enterten 2009 Berichten zufolge drei Trawler.",
        "Selon certaines sources, des patrouilleurs ont arraisonné trois chalutiers en 2009.",
        "Al parecer, unas patrulleras abordaron tres arrastreros en 2009.",
        "В 2009 году патрульные катера, как сообщалось, задержали три траулера.",
    ),
    (
        1,
        "The deficit is forecast to fall to 3.1 per cent.",
        "Das Defizit dürfte auf 3,1 Prozent sinken.",
        "Le déficit devrait tomber à 3,1 %.",
        "Se espera que el déficit baje al 3,1 %.",
        "По прогнозу, дефицит сократится до 3,1 процента.",
    ),
    (
        1,
        "The panel called the theory possible but highly unlikely.",
        "Das Gremium nannte die Theorie möglich, aber höchst unwahrscheinlich.",
        "Le comité a jugé la théorie possible mais très peu probable.",
        "El comité calificó la teoría de posible pero muy poco probable.",
        "Комиссия назвала версию возможной, но крайне маловероятной.",
    ),
    (
        0,
        "We did everything we could, but we came too late.",
        "Wir haben alles getan, was wir konnten, aber wir kamen zu spät.",
        "Nous avons fait tout ce que nous pouvions, mais nous sommes arrivés trop tard.",
        "Hicimos todo lo que pudimos, pero llegamos demasiado tarde.",
        "Мы сделали всё, что могли, но опоздали.",
    ),
    (
        0,
        "The suspect fled abroad on Monday.",
        "Der Tatverdächtige floh am Montag ins Ausland.",
        "Le suspect s'est enfui à l'étranger lundi.",
        "El sospechoso huyó al extranjero el lunes.",
        "Подозреваемый в понедельник бежал за границу.",
    ),
]


@pytest.mark.parametrize("row", HEDGED, ids=[row[1] for row in HEDGED])
def test_hedged_clauses_count_alike_in_every_language(
    row: tuple[int, str, str, str, str, str],
) -> None:
    count, *translations = row
    texts = dict(zip(LANGUAGES, translations, strict=True))
    found = {code: len(facts.hedged(text, _profile(code))) for code, text in texts.items()}
    assert found == dict.fromkeys(LANGUAGES, count)


FIGURES = [
    (
        ("2300000000",),
        "The plant cost $2.3bn.",
        "Das Werk kostete 2,3 Mrd. Dollar.",
        "L'usine a coûté 2,3 milliards de dollars.",
        "La planta costó 2.300 millones de dólares.",
        "Завод обошёлся в 2,3 млрд долларов.",
    ),
    (
        ("1990", "300000"),
        "In the 1990s, 300,000 people left.",
        "In den 1990er-Jahren gingen 300.000 Menschen.",
        "Dans les années 1990, 300 000 personnes sont parties.",
        "En la década de 1990 se fueron 300.000 personas.",
        "В 1990-х годах уехали 300 тысяч человек.",
    ),
    (
        ("120000000", "180000000"),
        "Repairs could cost between 120 million and 180 million euros.",
        "Die Reparatur könnte 120 bis 180 Millionen Euro kosten.",
        "Les réparations pourraient coûter entre 120 et 180 millions d'euros.",
        "Las reparaciones podrían costar entre 120 y 180 millones de euros.",
        "Ремонт может обойтись в 120-180 млн евро.",
    ),
    (
        ("15", "18000000"),
        "The developer will pay 18 million euros over 15 years.",
        "Der Entwickler zahlt über 15 Jahre 18 Millionen Euro.",
        "Le promoteur versera 18 millions d'euros sur 15 ans.",
        "El promotor pagará 15 años seguidos 18 millones de euros.",
        "Застройщик за 15 лет выплатит 18 млн евро.",
    ),
    (
        ("2019", "3000000"),
        "In 2019, 3 million people voted.",
        "Im Jahr 2019 haben 3 Millionen Menschen gewählt.",
        "En 2019, 3 millions de personnes ont voté.",
        "En 2019 eran 3 millones los votantes.",
        "В 2019 году проголосовали 3 млн человек.",
    ),
    (
        ("14.30",),
        "The meeting starts at 2:30 p.m.",
        "Die Sitzung beginnt um 14.30 Uhr.",
        "La réunion commence à 14 h 30.",
        "La reunión empieza a las 14.30.",
        "Заседание начнётся в 14:30.",
    ),
]


@pytest.mark.parametrize("row", FIGURES, ids=[row[1] for row in FIGURES])
def test_figures_read_alike_in_every_language(
    row: tuple[tuple[str, ...], str, str, str, str, str],
) -> None:
    values, *translations = row
    texts = dict(zip(LANGUAGES, translations, strict=True))
    found = {
        code: sorted(value for value, _ in numbers(_side(text), code))
        for code, text in texts.items()
    }
    assert found == dict.fromkeys(LANGUAGES, sorted(Decimal(v) for v in values))


def _side(text: str) -> Side:
    document = Document(text=text, sentences=(Sentence(0, text, 0, len(text), 0),))
    return Side(document, (0,), text, tuple(range(len(text))), (0,))


TITLED = {
    "de": "„Wir gehen kein Risiko ein“, sagte {title} Tomas Erlin, der die Untersuchung leitet.",
    "fr": "« Nous ne prendrons aucun risque », a déclaré {title} Tomas Erlin, qui enquête.",
    "es": "«No correremos ningún riesgo», dijo {title} Tomas Erlin, que dirige la investigación.",
    "ru": "«Мы не будем рисковать», — сказал {title} Томас Эрлин, который ведёт дело.",
}
TITLES = [
    ("Captain", {"de": "Kapitän", "fr": "le capitaine", "es": "el capitán", "ru": "капитан"}),
    ("Sergeant", {"de": "Feldwebel", "fr": "le sergent", "es": "el sargento", "ru": "сержант"}),
    (
        "Ambassador",
        {"de": "Botschafter", "fr": "l'ambassadeur", "es": "el embajador", "ru": "посол"},
    ),
]


@pytest.mark.parametrize(("title", "translated"), TITLES, ids=[t for t, _ in TITLES])
@pytest.mark.parametrize("code", sorted(TITLED))
def test_a_title_before_a_name_is_translated_not_a_name(
    title: str, translated: dict[str, str], code: str
) -> None:
    en = f'"We will take no risks," said {title} Tomas Erlin, who leads the inquiry.\n'
    b = TITLED[code].format(title=translated[code]) + "\n"
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    report = comparer.compare(en, b, a_language="en", b_language=code)
    assert [f.message for f in report.findings if f.rule.startswith("entity.")] == []
    assert report.to_dict()["profiles"] == {"a": "en", "b": code}


def test_a_future_tense_is_no_hedge_and_rechnen_mit_may_hedge() -> None:
    russian, german = _profile("ru"), _profile("de")
    assert facts.softly_hedged("Водолазы возобновят поиски, завод будет закрыт.", russian) == []
    assert facts.softly_hedged("Mit einem Veto wird nicht gerechnet.", german) != []
    assert facts.softly_hedged("Man rechnet fest mit einem Veto.", german) != []


DATED = [
    (
        (("month", 8), ("month", 11)),
        "The vote is on Sept. 3 and Dec. 14.",
        "Die Abstimmung ist am 3. Sept. und am 14. Dez.",
        "Le vote a lieu le 3 sept. et le 14 déc.",
        "La votación es el 3 de sept. y el 14 de dic.",
        "Голосование пройдёт 3 сент. и 14 дек.",
    ),
    (
        (("weekday", 6),),
        "The party narrowly won Sunday's election.",
        "Die Partei gewann die Wahl am Sonntag knapp.",
        "Le parti a remporté de justesse le scrutin de dimanche.",
        "El partido ganó por poco las elecciones del domingo.",
        "Партия с небольшим перевесом победила на воскресных выборах.",
    ),
    (
        (("month", 7), ("weekday", 1)),
        "It happened in mid-August, on a Tuesday.",
        "Es geschah Mitte August, an einem Dienstag.",
        "C'est arrivé à la mi-août, un mardi.",
        "Ocurrió a mediados de agosto, un martes.",
        "Это произошло в середине августа, во вторник.",
    ),
]


@pytest.mark.parametrize("row", DATED, ids=[row[1] for row in DATED])
def test_months_abbreviated_or_hyphenated_read_alike(
    row: tuple[tuple[tuple[str, int], ...], str, str, str, str, str],
) -> None:
    values, *translations = row
    texts = dict(zip(LANGUAGES, translations, strict=True))
    found = {
        code: sorted(v for v, _ in facts.dates(t, _profile(code))) for code, t in texts.items()
    }
    assert found == dict.fromkeys(LANGUAGES, sorted(values))


def test_an_abbreviation_counts_only_with_its_stop() -> None:
    assert facts.dates("El mar estaba en calma.", _profile("es")) == []
    assert facts.dates("Они должны начаться в июне.", _profile("ru")) != []


def test_believed_to_is_a_hedge_in_spanish_and_russian() -> None:
    english = "The mayor is believed to have left the city."
    assert len(facts.hedged(english, _profile("en"))) == 1
    spanish = "Se cree que el alcalde ha abandonado la ciudad."
    assert len(facts.hedged(spanish, _profile("es"))) == 1
    assert len(facts.hedged("Считается, что мэр покинул город.", _profile("ru"))) == 1


TRANSLITERATED = [
    ("Calloway", "Кэллоуэй"),
    ("Oakes", "Оукс"),
    ("Quist", "Квист"),
    ("Wright", "Райт"),
    ("Knight", "Найт"),
    ("Jenkins", "Дженкинс"),
    ("Jean", "Жан"),
    ("Desroches", "Дерош"),
    ("Halloran", "Хэллоран"),
    ("Lindqvist", "Линдквист"),
]
RENAMED = [
    ("Holm", "Хелм"),
    ("Pruitt", "Пратт"),
    ("Brekke", "Бреннер"),
    ("Vell", "Белл"),
    ("Varnay", "Варга"),  # a consonant changed, not a vowel
]


@pytest.mark.parametrize(("latin", "cyrillic"), TRANSLITERATED)
def test_a_name_transliterated_by_sound_is_the_same_name(latin: str, cyrillic: str) -> None:
    assert spelling.same_name(spelling.name_key(latin), spelling.name_key(cyrillic), loose=True)


@pytest.mark.parametrize(("latin", "cyrillic"), RENAMED)
def test_a_name_with_another_sound_is_another_name(latin: str, cyrillic: str) -> None:
    assert not spelling.same_name(spelling.name_key(latin), spelling.name_key(cyrillic), loose=True)


def test_the_environment_is_no_wednesday_in_russian() -> None:
    russian = _profile("ru")
    assert facts.dates("Комитет по охране окружающей среды одобрил план.", russian) == []
    assert facts.dates("Комитет одобрит план до среды.", russian) == [(("weekday", 2), (24, 29))]


QUOTED = [
    '"The law does not allow it," the judge said. "The residents did not get a hearing."',
    "„Das Gesetz erlaubt das nicht“, sagte die Richterin. „Die Anwohner wurden nicht gehört.“",
    "« La loi ne le permet pas », a dit la juge. « Les riverains n'ont pas été entendus. »",
    "«La ley no lo permite», dijo la jueza. «Los vecinos no fueron escuchados».",
    "«Закон этого не позволяет, — сказала судья. — Жителей так и не выслушали».",
]


def test_a_quote_the_reporter_interrupts_is_two_quotes_in_every_language() -> None:
    found = {
        code: len(facts.quotes(text, _profile(code)))
        for code, text in zip(LANGUAGES, QUOTED, strict=True)
    }
    assert found == dict.fromkeys(LANGUAGES, 2)
    assert len(facts.quotes("«Это — не выход», — сказал он.", _profile("ru"))) == 1


CONTINUED = {
    "ru": ("«Мы не уходили. Нас выгнали, — сказала она.", "— Никто не хочет забастовки»."),
    "de": ("„Wir sind nicht gegangen.", "Man hat uns ausgesperrt“, sagte sie."),
    "fr": ("« Nous ne sommes pas partis.", "On nous a mis dehors », a-t-elle dit."),
    "es": ("«No nos fuimos.", "Nos echaron», dijo ella."),
}


@pytest.mark.parametrize("code", sorted(CONTINUED))
def test_a_quote_over_two_sentences_is_quoted_in_each(code: str) -> None:
    opened, closed = CONTINUED[code]
    first = [opened[a:b] for a, b in facts.quotes(opened, _profile(code))]
    second = [closed[a:b] for a, b in facts.quotes(closed, _profile(code))]
    assert len(first) == 1
    assert len(second) == 1
    assert "—" not in first[0]
    assert first[0].strip(" ,.").split()[-1] in {"Нас", "выгнали", "gegangen", "partis", "fuimos"}
    assert second[0].strip() in {
        "Никто не хочет забастовки",
        "Man hat uns ausgesperrt",
        "On nous a mis dehors",
        "Nos echaron",
    }


def test_a_straight_or_single_mark_continues_no_quote() -> None:
    assert facts.quotes('"We did not walk out.', _profile("en")) == []
    assert facts.quotes("The union’s leader left.", _profile("en")) == []
    # German “ opens (“ ”) and closes („ “) a quote: never continued to the sentence's end
    assert facts.quotes("Er sagte: “Nein.", _profile("de")) != [(11, 16)]
    assert facts.quotes("Er sagte: „Nein.", _profile("de")) == [(11, 16)]


def test_a_faithful_quote_over_two_sentences_is_not_unquoted() -> None:
    en = (
        '"We did not walk out. We were shut out," the union leader told reporters. "Nobody '
        'wants a strike, but we will not accept a pay cut."\n'
    )
    ru = (
        "«Мы не бастовали. Нас выставили за ворота, — заявила журналистам глава "
        "профсоюза. — Никто не хочет забастовки, но на снижение зарплаты мы не "
        "согласимся».\n"
    )
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    report = comparer.compare(en, ru, a_language="en", b_language="ru")
    assert [f.message for f in report.findings if f.rule == "quote.unquoted"] == []


DECADES = {
    "de": "Die Arbeitslosigkeit ist so hoch wie seit den 90er-Jahren nicht mehr.",
    "fr": "Le chômage est à son plus haut niveau depuis les années quatre-vingt-dix.",
    "es": "El desempleo es el más alto desde mediados de los años noventa.",
    "ru": "Безработица достигла максимума с середины 90-х годов.",
}


@pytest.mark.parametrize("code", sorted(DECADES))
def test_a_decade_in_two_digits_or_in_words_is_the_decade_in_full(code: str) -> None:
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    en = "Unemployment is at its highest level since the mid-1990s.\n"
    report = comparer.compare(en, DECADES[code] + "\n", a_language="en", b_language=code)
    assert [f.message for f in report.findings if f.rule.startswith("number.")] == []
    changed = comparer.compare(
        en.replace("1990s", "1970s"), DECADES[code] + "\n", a_language="en", b_language=code
    )
    assert [f.rule for f in changed.findings if f.rule.startswith("number.")] != []


def test_a_german_compound_is_the_role_of_its_last_part() -> None:
    german = _profile("de")
    assert "colonel" not in facts.roles("Oberstaatsanwalt Anton Weber", german)
    assert "prosecutor" in facts.roles("Oberstaatsanwalt Anton Weber", german)
    assert facts.roles("Gewerkschaftschefin Petra Hallgren", german) == {"chief"}
    assert "minister" in facts.roles("Ministerpräsident Viktor Salenko", german)
    assert facts.roles("Oberst Jan Brauer", german) == {"colonel"}


def test_an_elided_article_is_no_part_of_the_word_it_precedes() -> None:
    assert facts.sources("selon l'entreprise", _profile("fr")) == {"company"}
