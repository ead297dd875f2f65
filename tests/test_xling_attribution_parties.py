"""Which party a statement has in each language (constructed sentences, not from the bench):
a body's name read whole to its kind word, a German noun joined to a word that starts like
a name, and a speaker named by a title another party of the story holds."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import facts, referred_parties
from driftcheck.findings.xling.speaker_words import speakers
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from tests.helpers import language_profile

RULE = "attribution.changed"


def _speakers(text: str, code: str) -> list[str]:
    return [text[slice(*s.span)] for s in speakers(text, language_profile(code))]


def _changed(a: str, b: str, code: str, words: dict[str, str] | None = None) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=words or {}), use_cache=False)
    report = comparer.compare(a, b, a_language="en", b_language=code)
    return [f.message for f in report.findings if f.rule == RULE]


def test_a_body_s_name_after_a_reporting_phrase_is_read_to_its_kind_word() -> None:
    text = "About 130 crew joined the strike, according to the Stage and Theatre Workers' Union."
    assert _speakers(text, "en") == ["the Stage and Theatre Workers' Union"]
    # a lower-case word after the name is no part of it
    text = "Prices rose, according to analysts at the Selmora Energy Institute in Brill."
    assert _speakers(text, "en") == ["analysts at the Selmora Energy Institute"]


UNION_EN = (
    "About 130 crew joined the strike, according to the Stage and Theatre Workers' Union.\n\n"
    "The union says its members worked 14 unpaid hours a month.\n"
)
UNION_FR = (
    "Environ 130 techniciens ont rejoint la grève, selon le Syndicat des travailleurs de la "
    "scène et du théâtre.\n\n"
    "Le syndicat dit que ses membres ont travaillé 14 heures non payées par mois.\n"
)
UNION_WORDS = {
    "syndicat": "union", "travailleurs": "workers", "scène": "stage", "théâtre": "theatre",
    "le": "the", "la": "the", "de": "of", "du": "of", "et": "and", "des": "of",
    "techniciens": "crew", "grève": "strike", "environ": "about", "selon": "according",
    "membres": "members", "heures": "hours", "mois": "month",
}  # fmt: skip


def test_a_union_named_in_full_and_then_as_the_union_is_one_party() -> None:
    assert _changed(UNION_EN, UNION_FR, "fr", UNION_WORDS) == []
    # the statement given to another party is still one
    drifted = UNION_FR.replace("selon le Syndicat des travailleurs", "selon la direction")
    drifted = drifted.replace(" de la scène et du théâtre", "")
    assert _changed(UNION_EN, drifted, "fr", UNION_WORDS)


TAX_EN = (
    "The tax office said the file was removed on Monday.\n\n"
    "Finance Minister Paul Odegaard said the ministry would pay for new checks.\n"
)
TAX_DE = (
    "Nach Angaben des Finanzamts wurde die Datei am Montag entfernt.\n\n"
    "Finanzminister Paul Odegaard sagte, das Ministerium werde neue Kontrollen bezahlen.\n"
)
TAX_WORDS = {
    "datei": "file", "montag": "monday", "entfernt": "removed", "ministerium": "ministry",
    "kontrollen": "checks", "neue": "new", "bezahlen": "pay", "sagte": "said", "am": "on",
    "die": "the", "das": "the", "wurde": "was",
}  # fmt: skip


def test_a_german_noun_joined_to_a_word_like_a_name_names_no_party() -> None:
    assert _changed(TAX_EN, TAX_DE, "de", TAX_WORDS) == []
    # the minister himself is another party
    drifted = TAX_DE.replace("des Finanzamts", "von Odegaard")
    changed = _changed(TAX_EN, drifted, "de", TAX_WORDS)
    assert len(changed) == 1, changed
    assert "Odegaard" in changed[0]


TITLE_EN = (
    "Water is entering the shaft, chief inspector Ottilie Strenner told reporters. She said "
    "sensors had recorded a drop of 6 millimetres.\n\n"
    "Mayor Gerrit Vallow said the town would pay for the repairs.\n"
)
TITLE_RU = (
    "Вода поступает в шахту, заявила журналистам главный инспектор Оттилия Штреннер. По её "
    "словам, датчики зафиксировали проседание на 6 миллиметров.\n\n"
    "Мэр Геррит Валлов заявил, что город оплатит ремонт.\n"
)
TITLE_WORDS = {
    "вода": "water", "поступает": "entering", "шахту": "shaft", "журналистам": "reporters",
    "датчики": "sensors", "зафиксировали": "recorded", "проседание": "drop",
    "миллиметров": "millimetres", "город": "town", "оплатит": "pay", "ремонт": "repairs",
    "мэр": "mayor", "мэра": "mayor", "главный": "chief", "инспектор": "inspector",
}  # fmt: skip


def test_a_speaker_given_the_title_of_another_party_is_changed() -> None:
    assert _changed(TITLE_EN, TITLE_RU, "ru", TITLE_WORDS) == []
    drifted = TITLE_RU.replace("По её словам", "По словам мэра")
    changed = _changed(TITLE_EN, drifted, "ru", TITLE_WORDS)
    assert len(changed) == 1, changed
    assert "Strenner" in changed[0]
    assert "the title of Mayor Gerrit Vallow" in changed[0]


def test_a_person_s_own_title_is_no_change() -> None:
    en = TITLE_EN.replace("Mayor Gerrit Vallow said", "Gerrit Vallow said").replace(
        "chief inspector Ottilie Strenner", "Mayor Ottilie Strenner"
    )
    ru = TITLE_RU.replace("Мэр Геррит Валлов", "Геррит Валлов").replace(
        "главный инспектор Оттилия Штреннер", "мэр Оттилия Штреннер"
    )
    assert _changed(en, ru.replace("По её словам", "По словам мэра"), "ru", TITLE_WORDS) == []


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        ("fr", "« C'est fini », a déclaré M. Ostrum lors d'une conférence de presse.", "M. Ostrum"),
        ("fr", "Selon M. Ostvenn, le festival pourrait perdre 120 000 euros.", "M. Ostvenn"),
        (
            "es",
            "«Es el final», dijo la Sra. Ruiz en una rueda de prensa en Belvik.",
            "la Sra. Ruiz",
        ),
    ],
)
def test_a_title_abbreviated_before_a_name_ends_no_clause(
    code: str, text: str, speaker: str
) -> None:
    assert _speakers(text, code) == [speaker]
    named = [w for w in facts.words(text) if w.text in speaker and w.text[0].isupper()]
    assert not named[-1].initial  # the name after "M." opens no sentence
    # a stop after a word ends its clause as before
    assert len(list(facts.clauses("Il a dit non. Mais Roche a dit oui."))) == 2


QUOTE_EN = (
    "The minister, Jana Kovalic, and the chief executive, Henrik Ostrum, signed the deal.\n\n"
    '"This is the only way to build the road," Kovalic said.\n\n'
    '"We carry all the risk," Ostrum said.\n'
)
QUOTE_FR = (
    "La ministre, Jana Kovalic, et le directeur général, Henrik Ostrum, ont signé l'accord.\n\n"
    "« C'est le seul moyen de construire la route », a déclaré Mme Kovalic.\n\n"
    "« Nous portons tout le risque », a déclaré M. Ostrum.\n"
)
QUOTE_WORDS = {
    "ministre": "minister", "directeur": "executive", "signé": "signed", "accord": "deal",
    "seul": "only", "moyen": "way", "construire": "build", "route": "road", "portons": "carry",
    "risque": "risk", "déclaré": "said", "tout": "all", "nous": "we", "le": "the", "la": "the",
}  # fmt: skip


def test_a_quote_given_to_mister_another_is_changed() -> None:
    assert _changed(QUOTE_EN, QUOTE_FR, "fr", QUOTE_WORDS) == []
    drifted = QUOTE_FR.replace("route », a déclaré Mme Kovalic", "route », a déclaré M. Ostrum")
    changed = _changed(QUOTE_EN, drifted, "fr", QUOTE_WORDS)
    assert len(changed) == 1, changed
    assert "Kovalic" in changed[0]
    assert "Ostrum" in changed[0]


PRONOUN_EN = (
    "Councillor Anneke Vosberg said the bikes would go to a new operator. The contract is "
    "worth 12.6 million euros, she said.\n\n"
    '"We will bring in e-bikes," CycloNova\'s chief executive, Aurelio Dobrin, said.\n'
)
PRONOUN_DE = (
    "Stadträtin Anneke Vosberg sagte, die Räder gingen an einen neuen Betreiber. Der Vertrag "
    "sei 12,6 Millionen Euro wert, sagte sie.\n\n"
    "„Wir bringen E-Bikes“, sagte der Chef von CycloNova, Aurelio Dobrin.\n"
)
PRONOUN_WORDS = {
    "räder": "bikes", "betreiber": "operator", "neuen": "new", "vertrag": "contract",
    "wert": "worth", "sagte": "said", "bringen": "bring", "chef": "executive",
}  # fmt: skip


def test_a_pronoun_s_statement_given_to_a_party_quoted_elsewhere_by_name_is_changed() -> None:
    assert _changed(PRONOUN_EN, PRONOUN_DE, "de", PRONOUN_WORDS) == []
    drifted = PRONOUN_DE.replace("wert, sagte sie.", "wert, teilte CycloNova mit.")
    changed = _changed(PRONOUN_EN, drifted, "de", PRONOUN_WORDS)
    assert len(changed) == 1, changed
    assert "Vosberg" in changed[0]
    assert "CycloNova" in changed[0]
    # a party that speaks earlier in the same paragraph may be whom the pronoun stands for
    en = "CycloNova said it was ready. " + PRONOUN_EN
    de = "CycloNova sagte, es sei bereit. " + drifted
    assert not [m for m in _changed(en, de, "de", PRONOUN_WORDS) if "quotes elsewhere" in m]


def test_a_body_named_with_a_title_s_word_is_no_title_of_another_party() -> None:
    en = TITLE_EN.replace(
        "chief inspector Ottilie Strenner told reporters. She said",
        "chief inspector Ottilie Strenner told reporters. The city's finance department said",
    )
    ru = TITLE_RU.replace("По её словам", "По данным финансового департамента мэрии")
    words = {**TITLE_WORDS, "финансового": "finance", "департамента": "department"}
    assert not [m for m in _changed(en, ru, "ru", words) if "the title of" in m]


def test_a_short_german_noun_after_an_article_names_a_party_not_a_name() -> None:
    de = language_profile("de")
    (office,) = speakers("Dem Amt zufolge könnte der Rückruf 2 Millionen Euro kosten.", de)
    assert referred_parties._party_words(office.words, de) == ["amt"]
    assert not referred_parties._named_alone(office.words, de)
    # a name stays a name, and a short word opening the sentence may be a function word
    (name,) = speakers("Holmberg sagte vor Journalisten, der Preis steige.", de)
    assert referred_parties._named_alone(name.words, de)
    en = language_profile("en")
    (body,) = speakers("The Tax Office said the file was removed.", en)
    assert "tax" not in referred_parties._party_words(body.words, en)
