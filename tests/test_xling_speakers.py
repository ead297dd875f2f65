"""Who speaks in a pair, across languages (constructed sentences, not from the bench): the
speaker read where each language puts it, and a statement given to another party."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import spelling
from driftcheck.findings.xling.speaker_words import speakers
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from tests.helpers import language_profile


def _speakers(text: str, code: str) -> list[str]:
    return [text[slice(*s.span)] for s in speakers(text, language_profile(code))]


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        # a phrase whose source is its complement: the source follows
        ("en", "Four people died, according to the water agency.", "the water agency"),
        ("fr", "Les inondations ont fait quatre morts, selon les assureurs.", "les assureurs"),
        ("de", "Nach Angaben der Gemeinde ist ein Drittel storniert.", "der Gemeinde"),
        ("ru", "По словам мэра, мост закроют.", "мэра"),
        # a verb's subject, before it
        ("en", "Analysts at Merrick Bank said the loan bought time.", "Analysts at Merrick Bank"),
        ("es", "El sindicato calculó el coste, dijo la empresa.", "la empresa"),
        ("ru", "В мэрии сообщили, что выплаты начнутся в июле.", "В мэрии"),
        # after the verb where it comes first, as after a quote, with its apposition
        ("fr", "« C'est fini », a déclaré le ministre, Paul Roche.", "le ministre, Paul Roche"),
        ("ru", "«Это конец», — сказал Осгуд.", "Осгуд"),
        # the subject and its apposition before the verb's comma
        ("en", "Nadia Kessler, the town's lawyer, said it would appeal.", "Nadia Kessler"),
    ],
)
def test_the_speaker_is_read_where_the_language_puts_it(code: str, text: str, speaker: str) -> None:
    assert any(found.startswith(speaker) for found in _speakers(text, code))


def test_a_pronoun_names_no_speaker() -> None:
    assert _speakers("“We will not sign,” she said.", "en") == []
    assert _speakers("« Nous ne signerons pas », a-t-elle dit.", "fr") == []


EN = (
    "Hestor recalled 300 buses on Monday, Hestor said.\n\n"
    "The recall will cost Hestor 210 million euros, analysts at Merrick Bank said.\n"
)
FAITHFUL = {
    "es": (
        "Hestor retiró 300 autobuses el lunes, dijo Hestor.\n\n"
        "La retirada costará a Hestor 210 millones de euros, según los analistas de Merrick Bank.\n"
    ),
    "de": (
        "Hestor rief am Montag 300 Busse zurück, sagte Hestor.\n\n"
        "Der Rückruf wird Hestor 210 Millionen Euro kosten, sagten Analysten der Merrick Bank.\n"
    ),
    "ru": (
        "Hestor в понедельник отозвала 300 автобусов, сообщила Hestor.\n\n"
        "Отзыв обойдётся Hestor в 210 млн евро, по словам аналитиков Merrick Bank.\n"
    ),
}
OTHER_PARTY = {
    "es": ("los analistas de Merrick Bank", "la propia Hestor"),
    "de": ("sagten Analysten der Merrick Bank", "sagte Hestor selbst"),
    "ru": ("по словам аналитиков Merrick Bank", "сообщила сама Hestor"),
}
WORDS = {
    "retiró": "recalled", "autobuses": "buses", "retirada": "recall", "costará": "cost",
    "rief": "recalled", "busse": "buses", "rückruf": "recall", "kosten": "cost",
    "отозвала": "recalled", "автобусов": "buses", "отзыв": "recall", "обойдётся": "cost",
    "lunes": "monday", "montag": "monday", "понедельник": "monday",
}  # fmt: skip


def _changed(b: str, code: str) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=WORDS), use_cache=False)
    report = comparer.compare(EN, b, a_language="en", b_language=code)
    return [f.message for f in report.findings if f.rule == "attribution.changed"]


@pytest.mark.parametrize("code", sorted(FAITHFUL))
def test_the_same_speaker_in_another_language_is_no_change(code: str) -> None:
    assert _changed(FAITHFUL[code], code) == []


@pytest.mark.parametrize("code", sorted(FAITHFUL))
def test_a_statement_given_to_another_party_of_the_story_is_an_attribution_changed(
    code: str,
) -> None:
    old, new = OTHER_PARTY[code]
    changed = _changed(FAITHFUL[code].replace(old, new), code)
    assert len(changed) == 1, changed
    assert "Merrick" in changed[0]
    assert "Hestor" in changed[0]


def test_a_source_named_by_words_given_to_a_party_quoted_elsewhere_is_changed() -> None:
    en = EN.replace("analysts at Merrick Bank said", "emergency services said")
    es = FAITHFUL["es"].replace("según los analistas de Merrick Bank", "según Hestor")
    changed = _changed(es, "es")
    assert len(changed) == 1, changed
    assert "Hestor" in changed[0]
    comparer = Comparer(embedder=FakeEmbedder(synonyms=WORDS), use_cache=False)
    faithful = FAITHFUL["es"].replace(
        "según los analistas de Merrick Bank", "según los servicios de emergencia"
    )
    report = comparer.compare(en, faithful, a_language="en", b_language="es")
    assert not [f for f in report.findings if f.rule == "attribution.changed"]


SERVICE_EN = "The ferry was carrying 186 passengers, according to the regional emergency service.\n"
SERVICE = {
    "es": (
        "El ferry llevaba 186 pasajeros, según el servicio regional de emergencias.\n",
        "según el operador del ferry",
    ),
    "fr": (
        "Le ferry transportait 186 passagers, selon le service régional des urgences.\n",
        "selon l'exploitant du ferry",
    ),
    "ru": (
        "Паром перевозил 186 пассажиров, по данным региональной службы спасения.\n",
        "по данным компании-оператора",
    ),
}
FERRY = {"llevaba": "carrying", "transportait": "carrying", "перевозил": "carrying"}


@pytest.mark.parametrize("code", sorted(SERVICE))
def test_a_statement_of_a_public_service_given_to_a_company_is_changed(code: str) -> None:
    faithful, company = SERVICE[code]
    comparer = Comparer(embedder=FakeEmbedder(synonyms=FERRY), use_cache=False)
    rule = "attribution.changed"
    kept = comparer.compare(SERVICE_EN, faithful, a_language="en", b_language=code)
    assert [f.message for f in kept.findings if f.rule == rule] == []
    marker = faithful.split(", ", 1)[1].rstrip(".\n")
    drifted = faithful.replace(marker, company)
    changed = comparer.compare(SERVICE_EN, drifted, a_language="en", b_language=code)
    assert [f.message for f in changed.findings if f.rule == rule], changed.findings


def test_the_head_of_a_german_compound_names_the_kind_of_speaker() -> None:
    en = "The plant will supply 310,000 households, the company said.\n"
    de = "Die Anlage soll 310.000 Haushalte versorgen, sagte das Unternehmen.\n"
    comparer = Comparer(embedder=FakeEmbedder(synonyms={"haushalte": "households"}))
    rule = "attribution.changed"
    kept = comparer.compare(en, de, a_language="en", b_language="de")
    assert [f for f in kept.findings if f.rule == rule] == []
    drifted = de.replace("sagte das Unternehmen", "sagte die Umweltbehörde")
    changed = comparer.compare(en, drifted, a_language="en", b_language="de")
    assert [f for f in changed.findings if f.rule == rule], changed.findings


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Velichko", "Welitschko", True),  # German and French spell a third alphabet's sounds
        ("Velichko", "Velitchko", True),
        ("Abenov", "Abenows", True),  # a German case ending
        ("Yaroslav", "Iaroslav", True),
        ("Marine", "Marinos", True),
        ("Tilbrook", "Tillbrock", False),  # a copied name keeps its letters
        ("Faltermeyer", "Faltermaier", False),
        ("Oberlan", "Oberland", False),  # an ending is a vowel or s, not a consonant
    ],
)
def test_a_person_s_name_in_a_shared_alphabet_is_copied_letter_for_letter(
    a: str, b: str, *, same: bool
) -> None:
    assert spelling.copied(spelling.letters(a), spelling.letters(b)) is same


def test_a_surname_misspelt_in_a_shared_alphabet_is_a_name_finding() -> None:
    en = "Shares fell 4 percent, chief executive Regina Faltermeyer told reporters.\n"
    de = "Die Aktie fiel um 4 Prozent, sagte Vorstandschefin Regina Faltermeyer vor Journalisten.\n"
    comparer = Comparer(embedder=FakeEmbedder(synonyms={"aktie": "shares"}), use_cache=False)
    kept = comparer.compare(en, de, a_language="en", b_language="de")
    assert not [f for f in kept.findings if f.rule.startswith("entity.")]
    misspelt = comparer.compare(
        en, de.replace("Faltermeyer", "Faltermaier"), a_language="en", b_language="de"
    )
    assert [f for f in misspelt.findings if f.rule.startswith("entity.")], misspelt.findings
