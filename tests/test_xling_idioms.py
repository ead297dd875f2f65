"""Constructed faithful renderings (not from the bench stories) read alike in every language,
and each mechanism still sees the change it exists for."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bench.matching import at_least
from driftcheck.findings.across import numbers
from driftcheck.findings.context import Side
from driftcheck.findings.xling import facts, negated_clauses, spelling
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Document, Sentence, Severity
from tests.helpers import language_profile as _profile

LANGUAGES = ("en", "de", "fr", "es", "ru")


def _side(text: str) -> Side:
    document = Document(text=text, sentences=(Sentence(0, text, 0, len(text), 0),))
    return Side(document, (0,), text, tuple(range(len(text))), (0,))


NEGATED = [
    (
        1,
        "We cannot say when the dam will break, or if it will break at all.",
        "Wir können nicht sagen, wann der Damm bricht, oder ob er überhaupt bricht.",
        "Nous ne pouvons pas dire quand le barrage cédera, ni même s'il cédera.",
        "No podemos decir cuándo se romperá la presa, ni siquiera si llegará a romperse.",
        "Мы не можем сказать, когда прорвётся плотина, и прорвётся ли она вообще.",
    ),
    (
        1,
        "Neither the police nor the army intervened.",
        "Weder die Polizei noch die Armee griff ein.",
        "Ni la police ni l'armée ne sont intervenues.",
        "Ni la policía ni el ejército intervinieron.",
        "Ни полиция, ни армия не вмешались.",
    ),
    (
        0,
        "The risk is higher than at any time in the last 40 years.",
        "Das Risiko ist so hoch wie seit 40 Jahren nicht mehr.",
        "Le risque est plus élevé qu'il ne l'a jamais été depuis 40 ans.",
        "El riesgo es más alto que en cualquier momento de los últimos 40 años.",
        "Риск выше, чем когда-либо за последние 40 лет.",
    ),
    (
        1,
        "Nobody could yet say whether any data had been stolen.",
        "Niemand konnte bislang sagen, ob Daten gestohlen wurden.",
        "Personne n'est encore en mesure de dire si des données ont été dérobées.",
        "Nadie podía decir aún si se habían robado datos.",
        "Похищены ли данные, пока никто сказать не может.",
    ),
    (
        1,
        "The minister refused to resign.",
        "Der Minister weigerte sich zurückzutreten.",
        "Le ministre a refusé de démissionner.",
        "El ministro se negó a dimitir.",
        "Министр отказался уйти в отставку.",
    ),
    (
        1,
        "The cause of the fire is still unknown.",
        "Die Brandursache ist noch unbekannt.",
        "La cause de l'incendie est encore inconnue.",
        "La causa del incendio sigue sin conocerse.",
        "Причина пожара пока неизвестна.",
    ),
    (
        0,
        "The compensation covers less than half of the losses.",
        "Die Entschädigung deckt nicht einmal die Hälfte der Verluste.",
        "L'indemnisation ne couvre même pas la moitié des pertes.",
        "La indemnización cubre menos de la mitad de las pérdidas.",
        "Компенсация покрывает меньше половины потерь.",
    ),
    (
        1,
        "We had never seen such a drop, outside the pandemic.",
        "Einen solchen Einbruch hatten wir noch nie erlebt, abgesehen von der Pandemie.",
        "Nous n'avions jamais vu une telle chute, hors pandémie.",
        "Nunca habíamos visto una caída así, salvo durante la pandemia.",
        "Мы никогда не видели такого падения, если не считать пандемии.",
    ),
    (
        0,
        "Not least, the storm damaged the harbour, and the damage was considerable.",
        "Nicht zuletzt beschädigte der Sturm den Hafen, der Schaden war nicht unerheblich.",
        "Enfin et surtout, la tempête a endommagé le port, et les dégâts étaient considérables.",
        "Por último, la tormenta dañó el puerto, y los daños fueron considerables.",
        "Не в последнюю очередь шторм повредил гавань, ущерб был немалым.",
    ),
    (
        0,
        "Such delays are common, and the offer is nothing more than a gesture.",
        "Solche Verspätungen sind nicht selten, das Angebot ist nichts weiter als eine Geste.",
        "De tels retards sont fréquents, et l'offre n'est qu'un geste.",
        "Estos retrasos son frecuentes, y la oferta no es más que un gesto.",
        "Такие задержки нередки, а предложение не более чем жест.",
    ),
    (
        1,
        "A buyer is unlikely to be found before the summer.",
        "Vor dem Sommer dürfte sich kaum ein Käufer finden.",
        "Il est peu probable qu'un repreneur soit trouvé avant l'été.",
        "Es poco probable que se encuentre un comprador antes del verano.",
        "Покупателя вряд ли удастся найти до лета.",
    ),
    (
        0,
        "There was little hope left.",
        "Es gab kaum noch Hoffnung.",
        "Il ne restait guère d'espoir.",
        "Quedaba poca esperanza.",
        "Надежды почти не осталось.",
    ),
    (
        1,
        "The plan is by no means certain.",
        "Der Plan ist keineswegs sicher.",
        "Le plan n'est nullement acquis.",
        "El plan no es en absoluto seguro.",
        "План отнюдь не гарантирован.",
    ),
    (
        2,
        "There was no damage whatsoever, and the minister denied the report.",
        "Es gab keinerlei Schäden, und der Minister stritt den Bericht ab.",
        "Il n'y a eu aucun dégât, et le ministre a démenti l'information.",
        "No hubo daño alguno, y el ministro desmintió la información.",
        "Никакого ущерба не было, а министр опроверг сообщение.",
    ),
    (
        1,
        "She denied any wrongdoing.",
        "Sie hat jedes Fehlverhalten abgestritten.",
        "Elle a nié toute faute.",
        "Negó cualquier irregularidad.",
        "Она отрицала какие-либо нарушения.",
    ),
    (
        1,
        "Asked whether he would resign, he said no.",
        "Die Frage nach einem Rücktritt verneinte er.",
        "Interrogé sur une éventuelle démission, il a répondu par la négative.",
        "Preguntado si dimitiría, dijo que no.",
        "На вопрос, уйдёт ли он в отставку, он ответил отрицательно.",
    ),
    (
        1,
        "The bank declined to comment.",
        "Die Bank wollte sich nicht äußern.",
        "La banque s'est refusée à tout commentaire.",
        "El banco declinó hacer comentarios.",
        "В банке от комментариев отказались.",
    ),
]


@pytest.mark.parametrize("row", NEGATED, ids=[row[1] for row in NEGATED])
def test_negated_clauses_count_alike(row: tuple[int, str, str, str, str, str]) -> None:
    count, *translations = row
    texts = dict(zip(LANGUAGES, translations, strict=True))
    found = {
        code: len(negated_clauses.negated(text, _profile(code))) for code, text in texts.items()
    }
    assert found == dict.fromkeys(LANGUAGES, count)


def test_a_negation_carried_on_counts_once_only_in_its_own_sentence() -> None:
    fr = _profile("fr")
    assert len(negated_clauses.negated("Il ne viendra pas, ni demain ni lundi.", fr)) == 1
    # a new sentence with "ni" is a new negation
    assert len(negated_clauses.negated("Il ne viendra pas. Ni elle, dit-on.", fr)) == 2
    # "ni" after an affirmative clause negates that clause itself
    assert len(negated_clauses.negated("Il viendra, ni plus ni moins.", fr)) == 1
    assert (
        len(negated_clauses.negated("We cannot say when, nor whether it will.", _profile("en")))
        == 1
    )


HEDGED = [
    (
        1,
        "The attack appeared to be the work of a known group.",
        "Der Angriff scheine das Werk einer bekannten Gruppe zu sein.",
        "L'attaque semblait être l'œuvre d'un groupe connu.",
        "El ataque parecía ser obra de un grupo conocido.",
        "Атака, по всей видимости, дело рук известной группировки.",
    ),
    (
        1,
        "The driver apparently fell asleep.",
        "Der Fahrer ist anscheinend eingeschlafen.",
        "Le conducteur s'est apparemment endormi.",
        "Al parecer, el conductor se quedó dormido.",
        "Водитель, по-видимому, уснул.",
    ),
    (
        1,
        "The fire was possibly caused by a cigarette.",
        "Das Feuer wurde womöglich durch eine Zigarette verursacht.",
        "L'incendie a peut-être été causé par une cigarette.",
        "El incendio pudo haber sido causado por un cigarrillo.",
        "Пожар, возможно, вызвала сигарета.",
    ),
    (
        1,
        "Police suspected the fire was set deliberately.",
        "Die Polizei vermutete Brandstiftung.",
        "La police soupçonnait un incendie volontaire.",
        "La policía sospechaba que el incendio fue intencionado.",
        "Полиция подозревала поджог.",
    ),
    (
        1,
        "The talks may resume next week.",
        "Die Gespräche werden eventuell nächste Woche fortgesetzt.",
        "Les pourparlers pourraient reprendre la semaine prochaine.",
        "Las conversaciones podrían reanudarse la próxima semana.",
        "Переговоры могут возобновиться на следующей неделе.",
    ),
    (
        0,
        "Nobody could say whether the data was safe.",
        "Niemand konnte sagen, ob die Daten sicher waren.",
        "Personne n'était en mesure de dire si les données étaient sûres.",
        "Nadie sabía decir si los datos estaban a salvo.",
        "Никто не мог сказать, в безопасности ли данные.",
    ),
    (
        0,
        "Nobody here wants to see the cargo rot on the quay.",
        "Niemand hier will die Fracht am Kai verrotten sehen.",
        "Personne ici ne veut voir les marchandises pourrir sur le quai.",
        "Nadie aquí quiere ver la carga pudrirse en el muelle.",
        "Никто здесь не хочет, чтобы груз сгнил на причале.",
    ),
]


@pytest.mark.parametrize("row", HEDGED, ids=[row[1] for row in HEDGED])
def test_hedged_clauses_count_alike(row: tuple[int, str, str, str, str, str]) -> None:
    count, *translations = row
    texts = dict(zip(LANGUAGES, translations, strict=True))
    found = {code: len(facts.hedged(text, _profile(code))) for code, text in texts.items()}
    assert found == dict.fromkeys(LANGUAGES, count)


def test_ability_and_rot_are_no_hedge_but_could_and_pourrait_are() -> None:
    assert len(facts.hedged("The talks could collapse.", _profile("en"))) == 1
    assert len(facts.hedged("Les marchandises pourraient pourrir.", _profile("fr"))) == 1


APPROXIMATED = [
    # (words that may hedge, language, text): an approximator hedges only a figure
    (1, "en", "Some families reportedly left on Wednesday."),
    (1, "de", "Einige Familien sollen am Mittwoch gegangen sein."),
    (2, "en", "Some 300 families reportedly left on Wednesday."),
    (2, "de", "Rund 300 Familien sollen am Mittwoch gegangen sein."),
    (2, "fr", "Environ trois cents familles seraient parties mercredi."),
    (0, "fr", "Il a parlé environ de tout."),
    (1, "es", "Unos 300 vecinos se marcharon."),
    (0, "es", "Unos vecinos se marcharon."),
    (1, "ru", "Около 300 семей уехали."),
    (0, "ru", "Около дома ждали машины."),
    (0, "en", "They talked about the plan."),
]


@pytest.mark.parametrize(("count", "code", "text"), APPROXIMATED)
def test_an_approximator_hedges_only_a_figure(count: int, code: str, text: str) -> None:
    assert facts.hedge_words(text, _profile(code)) == count


def test_a_first_name_is_no_month_but_a_date_is() -> None:
    ru = _profile("ru")
    assert facts.dates("Марта Лизель заявила, что семьи не знают ничего.", ru) == []
    assert [value for value, _ in facts.dates("Марта Лизель уехала 14 марта.", ru)] == [
        ("month", 2)
    ]
    es = _profile("es")
    assert [value for value, _ in facts.dates("Abril fue duro.", es)] == [("month", 3)]


def test_a_case_ending_in_another_script_is_the_same_name() -> None:
    hanna, hanny = spelling.name_key("Hanna"), spelling.name_key("Ханны")
    assert spelling.same_name(hanna, hanny, loose=True)
    assert not spelling.same_name(hanna, hanny)  # in one script a changed letter is a change
    assert not spelling.same_name(hanna, spelling.name_key("Ханс"), loose=True)  # not a vowel


def test_a_dateline_with_a_region_in_brackets_has_no_figure() -> None:
    text = "VORSTEIN (Kaldorie), 4 juin (Wire) - Quelque 3 400 habitants ont été évacués."
    assert [value for value, _ in numbers(_side(text), "fr")] == [Decimal(3400)]
    plain = "Le 4 juin (un mardi), 3 400 habitants ont été évacués."
    assert sorted(value for value, _ in numbers(_side(plain), "fr")) == [4, 3400]


def _number_findings(en: str, de: str) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    report = comparer.compare(en, de, a_language="en", b_language="de")
    return [f.message for f in at_least(report.findings, Severity.WARNING) if "number" in f.rule]


def test_a_conversion_in_brackets_may_be_left_out() -> None:
    en = "Patients are taken to Helmsby, 65 kilometres (40 miles) away.\n"
    assert (
        _number_findings(en, "Patienten werden ins 65 Kilometer entfernte Helmsby gebracht.\n")
        == []
    )
    changed = "Patienten werden ins 60 Kilometer entfernte Helmsby gebracht.\n"
    assert _number_findings(en, changed) != []
    voted = "The council approved the plan (40 votes to 12) on Monday.\n"
    assert _number_findings(voted, "Der Rat billigte den Plan am Montag.\n") != []


def test_not_even_half_is_a_bound_but_not_even_a_call_is_a_negation() -> None:
    de = _profile("de")
    assert negated_clauses.negated("Sie deckt nicht einmal die Hälfte der Kosten.", de) == []
    assert len(negated_clauses.negated("Er hat nicht einmal angerufen.", de)) == 1
    assert negated_clauses.negated("Die Strafe beträgt nicht mehr als 5000 Euro.", de) == []
    assert len(negated_clauses.negated("Er zahlt nicht mehr.", de)) == 1
    assert len(negated_clauses.negated("Wir werden das nicht unterschreiben.", de)) == 1


def test_a_month_after_an_elided_preposition_is_the_month() -> None:
    fr = _profile("fr")
    assert [value for value, _ in facts.dates("au-delà d'août 2028", fr)] == [("month", 7)]
    assert [value for value, _ in facts.dates("l’avril dernier", fr)] == [("month", 3)]
    assert facts.dates("aujourd'hui", fr) == []


def test_a_number_word_with_a_scale_word_is_the_figure() -> None:
    en = "The region set aside 12 million crowns for repairs.\n"
    kept = "Die Region stellte zwölf Millionen Kronen für Reparaturen bereit.\n"
    assert _number_findings(en, kept) == []
    changed = "Die Region stellte zwölf Milliarden Kronen für Reparaturen bereit.\n"
    assert _number_findings(en, changed) != []


QUOTED_EN = (
    'Mayor Anna Berg told reporters on Monday that "we will never sign this budget with the '
    'council."\n'
)
QUOTED_DE = "Bürgermeisterin Anna Berg sagte am Montag vor Reportern: „{quote}“\n"
LOOSE_DE = "Anna Berg erklärte der Presse zum Wochenbeginn: „{quote}“\n"
WORDS = {
    "bürgermeisterin": "mayor", "sagte": "told", "reportern": "reporters", "am": "on",
    "montag": "monday", "vor": "that", "wir": "we", "werden": "will", "niemals": "never",
    "diesen": "this", "haushalt": "budget", "mit": "with", "dem": "the", "rat": "council",
    "unterschreiben": "sign",
}  # fmt: skip
"""What the fake model reads as translations of each other (a real model's judgement)."""


def _quote_findings(b: str) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=WORDS), use_cache=False)
    report = comparer.compare(QUOTED_EN, b, a_language="en", b_language="de")
    return [f.message for f in report.findings if f.rule.startswith("quote.")]


def test_a_quote_further_from_its_original_than_the_words_around_it_is_altered() -> None:
    kept = "Wir werden diesen Haushalt mit dem Rat niemals unterschreiben."
    assert _quote_findings(QUOTED_DE.format(quote=kept)) == []
    softened = "Wir würden lieber erst mit dem Rat sprechen und abwarten."
    (message,) = _quote_findings(QUOTED_DE.format(quote=softened))
    assert "the words around the quotes 1.00" in message
    # a sentence translated loosely all through: the quote is no further off than the rest
    assert _quote_findings(LOOSE_DE.format(quote=softened)) == []


def test_calling_something_a_name_attributes_in_every_language() -> None:
    en, de, ru = _profile("en"), _profile("de"), _profile("ru")
    assert facts.attributed("Benedek called the freeze an election gift.", en) != []
    assert facts.attributed("Benedek nannte den Stopp ein Wahlgeschenk.", de) != []
    assert facts.attributed("Бенедек назвал заморозку подарком.", ru) != []
    assert facts.attributed("The union called for calm at the so-called summit.", en) == []


def test_companies_are_a_source_as_a_company_is() -> None:
    en, ru = _profile("en"), _profile("ru")
    assert facts.sources("but mining companies warned", en) == {"company"}
    assert facts.sources("однако горнодобывающие компании предупредили", ru) == {"company"}


CUT_EN = (
    "Mayor Anna Berg spoke to reporters in the town hall on Monday after the storm. The storm "
    "damaged the bridge, the harbour and the town hall, and the city was cut off for a day.\n\n"
    '"We will rebuild the bridge before the spring, and nobody here will be cut off from the '
    'city," Berg said.\n'
)
CUT_DE = (
    "Bürgermeisterin Anna Berg sprach am Montag nach dem Sturm im Rathaus mit Reportern. Der "
    "Sturm beschädigte die Brücke, den Hafen und das Rathaus, die Stadt war einen Tag lang "
    "abgeschnitten.\n\n"
    "„{quote}“, sagte Berg.\n"
)
CUT_WORDS = {
    "bürgermeisterin": "mayor", "sprach": "spoke", "am": "on", "montag": "monday",
    "nach": "after", "dem": "the", "sturm": "storm", "rathaus": "hall", "mit": "to",
    "reportern": "reporters", "wir": "we", "bauen": "rebuild", "brücke": "bridge",
    "vor": "before", "frühjahr": "spring", "und": "and", "niemand": "nobody", "hier": "here",
    "wird": "will", "von": "from", "stadt": "city", "abgeschnitten": "cut", "sagte": "said",
    "der": "the", "beschädigte": "damaged", "die": "the", "den": "the", "hafen": "harbour",
    "das": "the", "war": "was", "einen": "a", "tag": "day",
}  # fmt: skip


def _cut_findings(quote: str) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=CUT_WORDS), use_cache=False)
    report = comparer.compare(CUT_EN, CUT_DE.format(quote=quote), a_language="en", b_language="de")
    return [f.rule for f in report.findings if f.rule.startswith("quote.")]


def test_a_quote_that_lost_a_clause_is_cut_short_and_a_terser_one_is_not() -> None:
    full = "Wir bauen die Brücke vor dem Frühjahr wieder auf, und niemand hier wird von der Stadt "
    assert _cut_findings(full + "abgeschnitten") == []
    assert (
        _cut_findings(
            "Wir bauen die Brücke vor dem Frühjahr wieder auf, niemand wird abgeschnitten"
        )
        == []
    )
    assert _cut_findings("Wir bauen die Brücke vor dem Frühjahr wieder auf") == ["quote.shortened"]


ESTIMATED = [
    ("en", "They estimated that output could slow to 1 or 2 percent a year."),
    ("de", "Das Wachstum könnte sich ihrer Schätzung nach auf 1 bis 2 Prozent abschwächen."),
    ("fr", "Selon leurs estimations, la croissance pourrait ralentir à 1 ou 2 % par an."),
    ("es", "Según sus cálculos, el crecimiento podría frenarse al 1 o 2 % anual."),
    ("ru", "По их оценке, рост может замедлиться до 1-2 процентов в год."),
]


@pytest.mark.parametrize(("code", "text"), ESTIMATED)
def test_an_estimate_may_hedge_in_every_language(code: str, text: str) -> None:
    assert facts.hedge_words(text, _profile(code)) == 2
    assert facts.hedge_words("Output slowed to 2 percent.", _profile("en")) == 0
