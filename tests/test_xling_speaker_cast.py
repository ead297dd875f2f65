"""Who speaks, read from the story's cast (constructed sentences, not from the bench): a
subject read back to the noun its complements depend on, a party of a kind A's speaker
shares, a mayor's office as a town's administration, and a name traded with a reference
between neighbouring sentences."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import facts
from driftcheck.findings.xling.speaker_words import speakers
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from tests.helpers import language_profile

RULE = "attribution.changed"


def _speakers(text: str, code: str) -> list[str]:
    return [text[slice(*s.span)] for s in speakers(text, language_profile(code))]


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        # the last words before the verb are the complements of the noun that names who speaks
        (
            "es",
            "El sindicato de la plantilla del museo afirmó que había avisado.",
            "sindicato de la plantilla del museo",
        ),
        (
            "fr",
            "Le syndicat du personnel de la galerie a affirmé avoir prévenu.",
            "syndicat du personnel de la galerie",
        ),
    ],
)
def test_a_subject_is_read_back_to_the_noun_its_complements_depend_on(
    code: str, text: str, speaker: str
) -> None:
    assert speaker in _speakers(text, code)


def test_a_subject_is_not_read_back_past_a_conjunction() -> None:
    # the words before "y" are another clause's; five words that open with a noun stay five
    found = _speakers("Llovió y de la plantilla del museo dijeron que no.", "es")
    assert found == ["de la plantilla del museo"]
    found = _speakers("Ayer la directora general del museo dijo que no.", "es")
    assert found == ["la directora general del museo"]


def _changed(en: str, b: str, code: str, words: dict[str, str]) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=words), use_cache=False)
    report = comparer.compare(en, b, a_language="en", b_language=code)
    return [f.message for f in report.findings if f.rule == RULE]


UNION_EN = (
    "Beekeepers protested on Thursday, and the Kessaly Beekeepers' Union said the cut was "
    "unfair.\n\n"
    "The cut could drive 300 producers out of business, their association says.\n"
)
UNION_FR = (
    "Les apiculteurs ont manifesté jeudi, et le Syndicat des apiculteurs de Kessaly a jugé la "
    "baisse injuste.\n\n"
    "La baisse pourrait pousser 300 producteurs à cesser leur activité, selon leur {}.\n"
)
BEES = {
    "apiculteurs": "beekeepers", "manifesté": "protested", "baisse": "cut",
    "producteurs": "producers", "activité": "business", "jeudi": "thursday",
}  # fmt: skip


def test_a_party_named_by_a_kind_the_speaker_shares_is_no_change() -> None:
    # "their association" is a body of members, which a translator renders as a union
    assert _changed(UNION_EN, UNION_FR.format("syndicat"), "fr", BEES) == []


def test_a_party_of_its_own_where_a_names_people_is_still_changed() -> None:
    en = UNION_EN.replace("their association says", "lawyers say")
    assert _changed(en, UNION_FR.format("syndicat"), "fr", BEES)


CITY_EN = "The city will refund 42,000 parking fines, city officials said on Tuesday.\n"
CITY_RU = "Город вернёт 42 000 штрафов за парковку, сообщили во вторник представители {}.\n"
FINES = {"вернёт": "refund", "штрафов": "fines", "парковку": "parking", "вторник": "tuesday"}


def test_a_mayor_s_office_speaks_for_the_town_s_administration() -> None:
    assert _changed(CITY_EN, CITY_RU.format("мэрии"), "ru", FINES) == []
    assert _changed(CITY_EN, CITY_RU.format("полиции"), "ru", FINES)


TRADED_EN = (
    "The machines were supplied by Kestrel Parking Systems, which received 9.4 million crowns. "
    "The company denied that its software was to blame.\n\n"
    "Kestrel's director, Viktor Halloran, said the equipment worked.\n"
)
TRADED_DE = (
    "Die Automaten wurden von Kestrel Parking Systems geliefert. {} erhielt 9,4 Millionen "
    "Kronen. Kestrel bestritt, dass seine Software schuld sei.\n\n"
    "Kestrels Direktor Viktor Halloran sagte, die Geräte hätten funktioniert.\n"
)
MACHINES = {
    "automaten": "machines", "geliefert": "supplied", "erhielt": "received",
    "kronen": "crowns", "bestritt": "denied", "software": "software", "schuld": "blame",
    "geräte": "equipment", "funktioniert": "worked", "millionen": "million",
}  # fmt: skip


def test_a_name_traded_with_a_reference_in_the_next_sentence_is_no_change() -> None:
    assert _changed(TRADED_EN, TRADED_DE.format("Das Unternehmen"), "de", MACHINES) == []


def test_a_name_from_the_next_sentence_without_the_reference_traded_is_changed() -> None:
    # B's sentence before names no company: nothing says B moved A's reference there
    assert _changed(TRADED_EN, TRADED_DE.format("Die Stadt"), "de", MACHINES)


def test_relatives_are_no_insiders_in_french() -> None:
    profile = language_profile("fr")
    assert facts.sources("selon des proches du dossier", profile) == {"insiders"}
    assert "insiders" not in facts.sources("un groupe fondé par des proches de donneurs", profile)


def test_a_subject_that_opens_with_an_elided_article_is_read_back_too() -> None:
    text = "Les économistes de l'Office central de la statistique estiment que le pain coûte."
    assert "économistes de l'Office central de la statistique" in _speakers(text, "fr")
