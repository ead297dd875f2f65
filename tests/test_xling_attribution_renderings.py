"""A translation that renders who speaks in its own words is no attribution changed
(constructed sentences, not from the bench): officials named by the language's word for them,
a body's name translated with a word built on another name of the story, a pronoun resolved
to its name in what is reported, a person given by the role A gives them."""

from __future__ import annotations

from driftcheck.findings.context import GroupView
from driftcheck.findings.xling import source_kinds, speaker_meaning, spelling
from driftcheck.findings.xling.speaker_words import speakers
from driftcheck.findings.xling.units import Unit, with_split_off
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import AlignmentGroup, Finding, Kind
from tests.helpers import language_profile


def _speakers(text: str, code: str) -> list[str]:
    return [text[slice(*s.span)] for s in speakers(text, language_profile(code))]


def _findings(en: str, b: str, code: str, words: dict[str, str]) -> list[Finding]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=words), use_cache=False)
    return list(comparer.compare(en, b, a_language="en", b_language=code).findings)


def _rules(found: list[Finding], rule: str) -> list[str]:
    return [f.message for f in found if f.rule == rule]


def test_russian_officials_after_the_verb_are_the_speaker_not_the_clause_before() -> None:
    text = "После аварии оператор остановил все 24 турбины станции, сообщили официальные лица."
    assert _speakers(text, "ru") == ["официальные лица"]
    assert _speakers(text.replace("официальные лица", "чиновники"), "ru") == ["чиновники"]


def test_a_word_built_on_a_name_is_no_name() -> None:
    assert spelling.built_on("transportistas", "transport")
    assert not spelling.built_on("odegaards", "odegaard")  # a name's ending
    assert not spelling.built_on("transport", "transportistas")


HAULIERS_EN = (
    "Transport Minister Oskar Tirnevik said the bridge would stay shut.\n\n"
    "The detour will cost lorry firms 180,000 euros a week, "
    "according to the Federation of Freight Hauliers.\n"
)
HAULIERS_ES = (
    "El ministro de Transportes, Oskar Tirnevik, dijo que el puente seguiría cerrado.\n\n"
    "El desvío costará a las empresas de camiones 180.000 euros semanales, "
    "según la Federación de Transportistas de Mercancías.\n"
)
BRIDGE = {
    "puente": "bridge", "cerrado": "shut", "desvío": "detour", "costará": "cost",
    "semanales": "week", "camiones": "lorry", "empresas": "firms",
}  # fmt: skip


def test_a_body_translated_with_a_word_built_on_another_name_keeps_its_speaker() -> None:
    assert _rules(_findings(HAULIERS_EN, HAULIERS_ES, "es", BRIDGE), "attribution.changed") == []
    drifted = HAULIERS_ES.replace(
        "según la Federación de Transportistas de Mercancías", "según Tirnevik"
    )
    assert _rules(_findings(HAULIERS_EN, drifted, "es", BRIDGE), "attribution.changed")


COUNCIL_EN = (
    "The orchestra dismissed its conductor, Anton Reisz, on Friday.\n\n"
    "According to the players' council, 71 musicians signed a letter asking the board to end "
    "his tenure.\n"
)
COUNCIL_DE = (
    "Das Orchester hat seinen Dirigenten Anton Reisz am Freitag entlassen.\n\n"
    "Nach Angaben des Musikerrats unterzeichneten 71 Musiker einen Brief, in dem sie den "
    "Vorstand aufforderten, Reisz' Amtszeit zu beenden.\n"
)
ORCHESTRA = {
    "orchester": "orchestra", "dirigenten": "conductor", "entlassen": "dismissed",
    "freitag": "friday", "musiker": "musicians", "brief": "letter", "vorstand": "board",
    "unterzeichneten": "signed", "amtszeit": "tenure",
}  # fmt: skip


def test_a_name_for_a_pronoun_in_what_is_reported_is_no_new_speaker() -> None:
    found = _findings(COUNCIL_EN, COUNCIL_DE, "de", ORCHESTRA)
    assert _rules(found, "attribution.changed") == []
    drifted = COUNCIL_DE.replace("Nach Angaben des Musikerrats", "Nach Angaben von Reisz")
    assert _rules(_findings(COUNCIL_EN, drifted, "de", ORCHESTRA), "attribution.changed")


PIRELL_EN = (
    '"The company knew its plant was failing," Agnes Pirell, director of the directorate, '
    "told a news conference.\n"
)
PIRELL_RU = (
    "«Компания знала, что её очистные сооружения выходят из строя», - заявила на "
    "пресс-конференции директор ведомства Агнес Пирелл.\n"
)
PLANT = {"компания": "company", "знала": "knew", "пресс-конференции": "conference"}


def test_a_person_given_by_the_role_a_gives_them_keeps_the_source() -> None:
    assert _rules(_findings(PIRELL_EN, PIRELL_RU, "ru", PLANT), "attribution.changed") == []
    unnamed = PIRELL_RU.replace(" Агнес Пирелл", "")
    found = _findings(PIRELL_EN, unnamed, "ru", PLANT)
    assert _rules(found, "entity.dropped"), found
    assert _rules(found, "attribution.changed") == []


def test_a_towns_officials_are_of_its_level_not_any() -> None:
    en = language_profile("en")
    text = "City officials estimate that the festival brings in 11 million euros."
    found = speakers(text, en)
    city = source_kinds.kinds(found, text, en)
    assert "officials" not in city
    assert "state:municipality" in city
    assert source_kinds.apart(city, {"state", "state:ministry"})
    plain = "Officials said the festival brings in 11 million euros."
    anyone = source_kinds.kinds(speakers(plain, en), plain, en)
    assert not source_kinds.apart(anyone, {"state", "state:ministry"})


SPLIT_EN = (
    "A crossing costs up to 23 euros, a price islanders say has driven young families to the "
    "mainland.\n\n"
    "The ministry said the cap would apply to residents and visitors alike.\n"
)
SPLIT_DE = (
    "Eine Überfahrt kostet bis zu 23 Euro. Nach Angaben der Inselbewohner hat dieser Preis "
    "junge Familien aufs Festland getrieben.\n\n"
    "Nach Angaben des Ministeriums gilt die Obergrenze für Einheimische wie Besucher.\n"
)
FARES = {
    "überfahrt": "crossing", "kostet": "costs", "euro": "euros", "familien": "families",
    "festland": "mainland", "inselbewohner": "islanders", "ministeriums": "ministry",
    "obergrenze": "cap", "einheimische": "residents", "besucher": "visitors", "junge": "young",
    "getrieben": "driven", "preis": "price", "eine": "a", "bis": "up", "zu": "to",
    "dieser": "a", "aufs": "to", "des": "the", "der": "the", "hat": "has", "gilt": "apply",
    "die": "the", "für": "to",
}  # fmt: skip


def _split_off(b: str, en: str = SPLIT_EN, words: dict[str, str] = FARES) -> list[str]:
    """attribution.changed where the aligner paired A's first sentence with B's first and
    left B's second, its split-off half, unpaired."""
    embedder = FakeEmbedder(synonyms=words)
    report = Comparer(embedder=embedder, use_cache=False).compare(
        en, b, a_language="en", b_language="de"
    )
    groups = [
        AlignmentGroup((0,), (0,), Kind.CHANGED, 0.5),
        AlignmentGroup((), (1,), Kind.ADDED, None),
        AlignmentGroup((1,), (2,), Kind.CHANGED, 0.7),
    ]
    views = [GroupView(n, g, report.a, report.b) for n, g in enumerate(groups)]
    en_profile, de = language_profile("en"), language_profile("de")
    quoted = speaker_meaning.story_quoted(views, en_profile)
    assert [v.b.text for v in with_split_off(Unit(tuple(views[:2])))] == [
        b.split("\n", maxsplit=1)[0]
    ]
    found = speaker_meaning.check_speaker_meaning(
        Unit(tuple(views[:2])), (en_profile, de), quoted, embedder
    )
    return [f.message for f in found]


def test_a_speaker_in_the_split_off_half_of_a_sentence_is_compared() -> None:
    assert _split_off(SPLIT_DE) == []
    assert _split_off(SPLIT_DE.replace("der Inselbewohner hat", "des Ministeriums hat"))


UNION_EN = (
    "Halbridge Entertainment Holdings said it would close 54 screens.\n\n"
    "The closures put 380 jobs at risk, according to the Media and Entertainment Workers' "
    "Union.\n"
)
UNION_ES = (
    "Halbridge Entertainment Holdings dijo que cerrará 54 salas.\n\n"
    "Los cierres ponen en riesgo 380 empleos, según el Sindicato de Trabajadores de los Medios "
    "y del Entretenimiento.\n"
)
SCREENS = {
    "cerrará": "close", "salas": "screens", "cierres": "closures", "empleos": "jobs",
    "riesgo": "risk", "dijo": "said",
}  # fmt: skip


def test_two_parties_with_a_word_in_common_are_two_parties() -> None:
    assert _rules(_findings(UNION_EN, UNION_ES, "es", SCREENS), "attribution.changed") == []
    drifted = UNION_ES.replace(
        "según el Sindicato de Trabajadores de los Medios y del Entretenimiento",
        "según Halbridge Entertainment Holdings",
    )
    changed = _rules(_findings(UNION_EN, drifted, "es", SCREENS), "attribution.changed")
    assert changed
    assert "Halbridge" in changed[0]


TALKS_EN = (
    "Halbridge said it would close 54 screens.\n\n"
    "Halbridge tried to sell the sites, but the talks collapsed in November, people familiar "
    "with the matter said.\n"
)
TALKS_DE = (
    "Halbridge sagte, es werde 54 Säle schließen.\n\n"
    "Halbridge versuchte, die Standorte zu verkaufen, doch die Gespräche scheiterten im "
    "November, wie mit der Angelegenheit vertraute Personen sagten.\n"
)
SITES = {
    "säle": "screens", "schließen": "close", "versuchte": "tried", "standorte": "sites",
    "verkaufen": "sell", "gespräche": "talks", "scheiterten": "collapsed", "sagte": "said",
    "sagten": "said", "personen": "people", "angelegenheit": "matter", "vertraute": "familiar",
}  # fmt: skip


def test_people_who_speak_for_no_body_given_as_a_party_of_the_sentence_is_a_change() -> None:
    assert _rules(_findings(TALKS_EN, TALKS_DE, "de", SITES), "attribution.changed") == []
    drifted = TALKS_DE.replace(
        "wie mit der Angelegenheit vertraute Personen sagten", "wie Halbridge mitteilte"
    )
    changed = _rules(_findings(TALKS_EN, drifted, "de", SITES), "attribution.changed")
    assert changed
    assert "Halbridge" in changed[0]


def _kinds(text: str, code: str) -> set[str]:
    profile = language_profile(code)
    return source_kinds.kinds(speakers(text, profile), text, profile)


def test_an_observatory_is_a_research_body_and_documents_are_no_one() -> None:
    observatory = _kinds(
        "It could cost 2 million euros, according to the Transport Observatory.", "en"
    )
    assert "institute" in observatory
    assert "institute" in _kinds("Selon l'Observatoire des transports, cela coûtera cher.", "fr")
    papers = _kinds("It faces penalties, according to documents seen by Wire.", "en")
    assert papers == {"document"}
    assert "document" in _kinds("Según documentos vistos por Wire, pagará multas.", "es")
    assert source_kinds.apart(papers, {"company"})
    assert source_kinds.apart(observatory, {"company"})


PENALTY_EN = (
    "Brightwell could face penalties of 15,000 euros a day, according to documents seen by Wire.\n"
)
PENALTY_FR = (
    "Brightwell pourrait payer des pénalités de 15 000 euros par jour, selon des documents "
    "consultés par Wire.\n"
)
PENALTIES = {"pénalités": "penalties", "pourrait": "could", "jour": "day", "payer": "face"}


def test_documents_given_as_a_companys_spokesman_are_a_changed_source() -> None:
    assert _rules(_findings(PENALTY_EN, PENALTY_FR, "fr", PENALTIES), "attribution.changed") == []
    drifted = PENALTY_FR.replace(
        "selon des documents consultés par Wire", "selon un porte-parole de la compagnie"
    )
    assert _rules(_findings(PENALTY_EN, drifted, "fr", PENALTIES), "attribution.changed")


FULL_EN = (
    "Maren Toskvall, who heads the federation, said the ban was a blow.\n\n"
    '"This is a disaster for our members," Toskvall said.\n'
)
FULL_FR = (
    "Maren Toskvall, qui dirige la fédération, a dit que l'interdiction était un coup dur.\n\n"
    "« C'est un désastre pour nos membres », a déclaré Maren Toskvall.\n"
)
MEMBERS = {"désastre": "disaster", "membres": "members", "interdiction": "ban", "dirige": "heads"}


def test_a_speaker_given_her_full_name_is_the_same_speaker() -> None:
    assert _rules(_findings(FULL_EN, FULL_FR, "fr", MEMBERS), "attribution.changed") == []


PORT_EN = (
    "The port authority on Tuesday awarded a contract to deepen the channel, a project it says "
    "will let the largest ships dock.\n\n"
    "The authority said work would start in May.\n"
)
PORT_DE = (
    "Die Hafenbehörde hat am Dienstag einen Auftrag zur Vertiefung der Fahrrinne vergeben. Nach "
    "Angaben der Behörde können dann die größten Schiffe anlegen.\n\n"
    "Die Behörde sagte, die Arbeiten begännen im Mai.\n"
)
CHANNEL = {
    "hafenbehörde": "authority", "behörde": "authority", "auftrag": "contract", "der": "the",
    "die": "the", "fahrrinne": "channel", "schiffe": "ships", "größten": "largest",
    "anlegen": "dock", "arbeiten": "work", "mai": "may", "sagte": "said", "dienstag": "tuesday",
}  # fmt: skip


def test_a_pronoun_speaker_resolved_to_the_party_its_sentence_names_is_no_change() -> None:
    assert _split_off(PORT_DE, PORT_EN, CHANNEL) == []


def test_a_bodys_papers_are_documents_too() -> None:
    court = _kinds("The ruling was delayed, according to court papers.", "en")
    assert not source_kinds.apart(
        court, _kinds("Según los documentos judiciales, se retrasó.", "es")
    )


STOCK_EN = (
    "Fisheries Minister Anna Berg met the fishermen. Ivar Solberg, the institute's director, "
    "declined to comment.\n\n"
    '"The cod stock is at its lowest level since 1992," she said in a statement.\n'
)
STOCK_FR = (
    "La ministre de la Pêche, Anna Berg, a rencontré les pêcheurs. Ivar Solberg, le directeur "
    "de l'institut, n'a pas souhaité commenter.\n\n"
    "« Le stock de cabillaud est à son plus bas niveau depuis 1992 », a-t-elle souligné dans "
    "un communiqué.\n"
)
COD = {"cabillaud": "cod", "niveau": "level", "pêcheurs": "fishermen", "communiqué": "statement"}


def test_a_name_after_a_reporting_verb_read_as_no_speaker_still_counts() -> None:
    assert _rules(_findings(STOCK_EN, STOCK_FR, "fr", COD), "attribution.changed") == []
    drifted = STOCK_FR.replace(
        "a-t-elle souligné dans un communiqué",
        "a souligné dans un communiqué le directeur de l'IMR, Ivar Solberg",
    )
    assert _rules(_findings(STOCK_EN, drifted, "fr", COD), "attribution.changed")


WATCHDOG_EN = (
    "Finance Minister Alma Sobieska said the government would not intervene.\n\n"
    "The Financial Supervisory Authority of Tessavia said it had ordered a full report.\n"
)
WATCHDOG_DE = (
    "Finanzministerin Alma Sobieska sagte, die Regierung werde nicht eingreifen.\n\n"
    "Die Finanzaufsicht Tessaviens teilte mit, sie habe einen vollständigen Bericht angeordnet.\n"
)
REPORT = {"regierung": "government", "bericht": "report", "vollständigen": "full", "sagte": "said"}


def test_a_body_named_with_a_word_built_on_another_name_is_one_party() -> None:
    found = _findings(WATCHDOG_EN, WATCHDOG_DE, "de", REPORT)
    assert _rules(found, "attribution.changed") == []


def test_a_towns_person_is_no_body_of_the_town() -> None:
    assert _kinds("The city's transport councillor said the network would be sold.", "en") == set()


def test_german_geht_aus_hervor_names_the_source_a_statement_comes_from() -> None:
    attribution = language_profile("de").attribution_re
    assert attribution.search("Das geht aus Planungsunterlagen beim Bezirksrat hervor.")
    assert attribution.search("wie aus einem Bericht hervorgeht")
    assert not attribution.search("Das Licht geht aus, wenn niemand da ist.")
