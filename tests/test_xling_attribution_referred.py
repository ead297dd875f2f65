"""A speaker that refers back to a party of the story, compared by where each side first
named it (constructed pairs, not from the bench): the same body named by its kind word alone
is one party; a kind word that points back to another party the story introduced is a
statement given to someone else; a speaker A introduces in the pair itself refers to no one;
a name both keep is one party; a kind word B writes from the lede on, where A writes its own
from a later paragraph, is one party where the two go together elsewhere."""

from __future__ import annotations

from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Finding, Severity

WORDS = {
    "bundeskrankenkasse": "fund",
    "zuschuss": "subsidy",
    "hörgeräte": "hearing",
    "kürzen": "cut",
    "kammer": "chamber",
    "optiker": "opticians",
    "wartelisten": "waiting",
    "umfrage": "survey",
    "behandlung": "treatment",
    "verband": "association",
    "schwerhörigen": "deaf",
}
EN = (
    "The Federal Health Fund will cut its subsidy for hearing aids, the fund said on Tuesday.\n\n"
    "The Chamber of Opticians warned that waiting lists for fittings could grow.\n\n"
    "According to a survey by the chamber, one in six people over 65 needs treatment.\n"
)
DE = (
    "Die Bundeskrankenkasse wird ihren Zuschuss für Hörgeräte kürzen, teilte die Kasse am "
    "Dienstag mit.\n\n"
    "Die Kammer der Optiker warnte, die Wartelisten für Anpassungen könnten länger "
    "werden.\n\n"
    "Einer Umfrage der Kammer zufolge braucht jeder sechste Mensch über 65 eine Behandlung.\n"
)


def _changed(en: str, b: str, words: dict[str, str] = WORDS) -> list[Finding]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=words), use_cache=False)
    report = comparer.compare(en, b, a_language="en", b_language="de")
    assert sum(1 for g in report.alignments if g.a and g.b) >= 3
    return [
        f
        for f in report.findings
        if f.rule == "attribution.changed" and f.severity is not Severity.INFO
    ]


def test_the_party_named_by_its_kind_word_alone_is_the_one_introduced() -> None:
    assert _changed(EN, DE) == []


def test_a_kind_word_pointing_back_to_another_party_gives_the_statement_to_it() -> None:
    drifted = DE.replace("Umfrage der Kammer", "Umfrage der Krankenkasse")
    found = _changed(EN, drifted)
    assert [f.b_text for f in found] == ["Einer Umfrage der Krankenkasse"]


def test_a_speaker_a_introduces_in_the_pair_refers_back_to_no_one() -> None:
    # "the Association of the Deaf" is new in A's sentence: B's words for it may happen to
    # have been written before, in another party's sentence
    en = EN.replace("a survey by the chamber", "a survey by the Association of the Deaf")
    de = DE.replace("Umfrage der Kammer", "Umfrage des Verbands der Schwerhörigen, der Kasse")
    assert _changed(en, de) == []


def test_a_name_both_keep_is_one_party() -> None:
    # B names the party the chamber's spokesman speaks for by his name: a name both keep
    en = EN.replace(
        "According to a survey by the chamber,", "According to a survey by Arno Feld,"
    ).replace("Opticians warned", "Opticians and its spokesman Arno Feld warned")
    de = DE.replace("Umfrage der Kammer", "Umfrage von Arno Feld").replace(
        "Optiker warnte", "Optiker und ihr Sprecher Arno Feld warnten"
    )
    assert _changed(en, de) == []


UTILITY_WORDS = {
    "versorger": "utility",
    "versorgers": "utility",
    "rechnungen": "bills",
    "haushalten": "households",
    "städtische": "city-owned",
    "fehler": "fault",
    "haushalt": "household",
    "wasser": "water",
    "prüfung": "audit",
    "abrechnung": "billing",
    "falsche": "wrong",
    "stadtrat": "council",
    "mitteilte": "said",
    "erklärte": "said",
    "woche": "week",
    "vergangene": "last",
    "stimmt": "vote",
    "abgestellt": "cut",
    "gestellt": "sent",
    "räumte": "admitted",
    "unternehmen": "utility",
}
UTILITY_EN = (
    "Nordwasser sent wrong bills to 48,000 households, the council said.\n\n"
    "The city-owned utility admitted the fault last week.\n\n"
    "The utility said it had not cut off the water of any household.\n\n"
    "The council will vote on an audit of the utility's billing.\n"
)
UTILITY_DE = (
    "Der Versorger Nordwasser hat 48.000 Haushalten falsche Rechnungen "
    "gestellt, wie der Stadtrat mitteilte.\n\n"
    "Das städtische Unternehmen räumte den Fehler vergangene Woche ein.\n\n"
    "Der Versorger erklärte, er habe keinem Haushalt das Wasser abgestellt.\n\n"
    "Der Stadtrat stimmt über eine Prüfung der Abrechnung des Versorgers ab.\n"
)


def test_a_kind_word_a_translator_wrote_earlier_is_one_party_where_both_go_together() -> None:
    # B calls the utility "Versorger" from the lede on, A "utility" from the second
    # paragraph: the two words name one party in the last paragraph too
    assert _changed(UTILITY_EN, UTILITY_DE, UTILITY_WORDS) == []


BORDER_WORDS = {
    "frontera": "border",
    "reabrió": "reopened",
    "viernes": "friday",
    "primeros": "first",
    "camiones": "trucks",
    "cruzaron": "crossed",
    "puente": "bridge",
    "informó": "said",
    "ministerio": "ministry",
    "ministro": "minister",
    "calificó": "called",
    "victoria": "victory",
    "conductores": "drivers",
    "colas": "queues",
    "alcanzaban": "stretched",
    "kilómetros": "kilometres",
    "esperando": "waited",
    "martes": "tuesday",
    "camioneros": "drivers",
}
BORDER_EN = (
    "The border reopened on Friday and the first trucks crossed the bridge, the ministry "
    "said.\n\n"
    "The minister called it a victory for the drivers.\n\n"
    "Queues stretched for 22 kilometres, and drivers said some had waited since Tuesday.\n"
)
BORDER_ES = (
    "La frontera reabrió el viernes y los primeros camiones cruzaron el puente, informó el "
    "ministerio.\n\n"
    "El ministro lo calificó de victoria para los conductores.\n\n"
    "Las colas alcanzaban 22 kilómetros, y algunos conductores llevaban esperando desde el "
    "martes, según dijeron otros camioneros.\n"
)


def _changed_es(en: str, es: str) -> list[Finding]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=BORDER_WORDS), use_cache=False)
    report = comparer.compare(en, es, a_language="en", b_language="es")
    assert sum(1 for g in report.alignments if g.a and g.b) >= 3
    return [
        f
        for f in report.findings
        if f.rule == "attribution.changed" and f.severity is not Severity.INFO
    ]


def test_a_bare_noun_names_a_kind_of_speaker_no_party_met_before() -> None:
    # "and drivers said": drivers in general, whatever word of B's ("camioneros") happens
    # to resemble a word of another paragraph ("camiones")
    assert _changed_es(BORDER_EN, BORDER_ES) == []


ROAD_WORDS = {
    "junta": "board",
    "carreteras": "roads",
    "cerró": "closed",
    "lunes": "monday",
    "carretera": "road",
    "hielo": "ice",
    "pueblos": "villages",
    "norte": "northern",
    "camiones": "trucks",
    "necesitan": "need",
    "centímetros": "centimetres",
    "opera": "runs",
    "cargas": "loads",
    "esperando": "waiting",
    "empresa": "company",
}
ROAD_EN = (
    "The Roads Board closed the ice road to the northern villages on Monday.\n\n"
    "Trucks need 90 centimetres of ice, according to the board.\n\n"
    "The haulier Northline, which runs the trucks, had 140 loads waiting.\n"
)
ROAD_ES = (
    "La Junta de Carreteras cerró el lunes la carretera de hielo hacia los pueblos del "
    "norte.\n\n"
    "Los camiones necesitan 90 centímetros de hielo, según la junta.\n\n"
    "La transportista Northline, que opera los camiones, tenía 140 cargas esperando.\n"
)


def _changed_road(en: str, es: str) -> list[Finding]:
    """This rule's findings (other attribution rules read a name B alone gives otherwise)."""
    comparer = Comparer(embedder=FakeEmbedder(synonyms=ROAD_WORDS), use_cache=False)
    report = comparer.compare(en, es, a_language="en", b_language="es")
    assert sum(1 for g in report.alignments if g.a and g.b) >= 3
    return [
        f
        for f in report.findings
        if f.rule == "attribution.changed"
        and f.severity is not Severity.INFO
        and f.message.endswith("a party the story introduced elsewhere")
    ]


def test_a_name_a_introduces_further_on_is_another_party() -> None:
    assert _changed_road(ROAD_EN, ROAD_ES) == []
    drifted = ROAD_ES.replace(
        "Los camiones necesitan 90 centímetros de hielo, según la junta.",
        "Según Northline, los camiones necesitan 90 centímetros de hielo.",
    )
    assert [f.b_text for f in _changed_road(ROAD_EN, drifted)] == ["Northline"]


def test_a_name_for_the_party_a_introduced_with_it_is_that_party() -> None:
    # A's "the company" is the firm its first paragraph names: B names it (a gloss)
    en = (
        "Northline Haulage, the company that runs the trucks, stopped them on Monday.\n\n"
        "Trucks need 90 centimetres of ice, according to the company.\n\n"
        "The Roads Board closed the ice road to the northern villages.\n"
    )
    es = (
        "Northline Haulage, la empresa que opera los camiones, los detuvo el lunes.\n\n"
        "Según Northline Haulage, los camiones necesitan 90 centímetros de hielo.\n\n"
        "La Junta de Carreteras cerró la carretera de hielo hacia los pueblos del norte.\n"
    )
    assert _changed_road(en, es) == []


def test_b_s_article_alone_makes_no_party_of_a_kind_of_speaker() -> None:
    # Spanish writes an article before a kind in general: "los camioneros" are truckers
    es = BORDER_ES.replace("otros camioneros", "los camioneros")
    assert _changed_es(BORDER_EN, es) == []


def test_a_kind_of_speaker_given_to_a_named_body_is_a_change() -> None:
    # "drivers said" -> "según el Ministerio": B names the ministry of the lede
    es = BORDER_ES.replace("según dijeron otros camioneros", "según el Ministerio")
    assert [f.b_text for f in _changed_es(BORDER_EN, es)] == ["el Ministerio"]
