"""Who a statement is attributed to, across languages (constructed pairs, not from the bench)."""

from __future__ import annotations

import pytest

from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder

EN = "Brightwater Kessin recalled 12,000 packs of Varel 40 in 2026, according to the regulator.\n"
TRANSLATED = {
    "de": "Brightwater Kessin rief 2026 laut der Aufsicht 12.000 Packungen Varel 40 zurück.\n",
    "fr": "Brightwater Kessin a rappelé 12 000 boîtes de Varel 40 en 2026, selon le régulateur.\n",
    "es": "Brightwater Kessin retiró 12.000 envases de Varel 40 en 2026, según el regulador.\n",
    "ru": "Brightwater Kessin в 2026 году отозвала 12 000 упаковок Varel 40, сообщил регулятор.\n",
}
OTHER_SOURCE = {
    "de": ("der Aufsicht", "des Unternehmens"),
    "fr": ("le régulateur", "l'entreprise"),
    "es": ("el regulador", "la empresa"),
    "ru": ("регулятор", "профсоюз"),
}


WORDS = {  # a bag-of-words fake aligns a translation only where it shares words
    "rief": "recalled",
    "zurück": "recalled",
    "packungen": "packs",
    "rappelé": "recalled",
    "boîtes": "packs",
    "retiró": "recalled",
    "envases": "packs",
    "отозвала": "recalled",
    "упаковок": "packs",
    "году": "in",
    "en": "in",
    "de": "of",
    "a": "of",
}


def _attributions(b: str, code: str) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=WORDS), use_cache=False)
    report = comparer.compare(EN, b, a_language="en", b_language=code)
    assert any(g.a and g.b for g in report.alignments)
    return [f.message for f in report.findings if f.rule == "attribution.changed"]


@pytest.mark.parametrize("code", sorted(TRANSLATED))
def test_the_same_source_in_another_language_is_no_change(code: str) -> None:
    assert _attributions(TRANSLATED[code], code) == []


@pytest.mark.parametrize("code", sorted(TRANSLATED))
def test_a_statement_given_to_another_source_is_an_attribution_changed(code: str) -> None:
    old, new = OTHER_SOURCE[code]
    changed = _attributions(TRANSLATED[code].replace(old, new), code)
    assert len(changed) == 1
    assert "regulator" in changed[0]


def test_near_synonyms_a_translator_chooses_between_are_one_source() -> None:
    en = "Brightwater Kessin will close in 2026, the ministry said.\n"
    de = "Brightwater Kessin schließt 2026, wie die Regierung mitteilte.\n"
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    report = comparer.compare(en, de, a_language="en", b_language="de")
    assert [f.message for f in report.findings if f.rule == "attribution.changed"] == []


DEAL_EN = (
    "Quillon will buy Brightwater Kessin for 46 euros a share.\n\n"
    "The deal gives Brightwater Kessin 31 per cent of the Varel market in 2027, according to "
    "Halden Bank analysts.\n"
)
DEAL_DE = (
    "Quillon kauft Brightwater Kessin für 46 Euro je Aktie.\n\n"
    "Der Kauf gibt Brightwater Kessin 2027 laut Analysten der Halden Bank 31 Prozent des "
    "Varel-Markts.\n"
)


def test_a_statement_given_to_an_organisation_the_story_names_elsewhere_is_changed() -> None:
    words = {
        "kauft": "buy", "für": "for", "euro": "euros", "je": "a", "aktie": "share",
        "kauf": "deal", "gibt": "gives", "prozent": "per", "des": "of", "laut": "according",
        "analysten": "analysts", "markts": "market", "der": "the",
    }  # fmt: skip
    comparer = Comparer(embedder=FakeEmbedder(synonyms=words), use_cache=False)

    def changed(b: str) -> list[str]:
        report = comparer.compare(DEAL_EN, b, a_language="en", b_language="de")
        return [f.message for f in report.findings if f.rule == "attribution.changed"]

    assert changed(DEAL_DE) == []
    moved = changed(DEAL_DE.replace("laut Analysten der Halden Bank", "laut Quillon"))
    assert moved == ["attribution changed: A attributes to Halden, B to Quillon"]


VOTE_EN = (
    "The Brennford Institute for Public Finance (BIPF) opposes the stadium bond.\n\n"
    "The result may hinge on a few thousand votes, analysts said.\n\n"
    "Mayor Elena Vasko said the stadium would pay for itself.\n"
)
VOTE_DE = (
    "Das Brennforder Institut für öffentliche Finanzen (BIPF) lehnt die Stadionanleihe ab.\n\n"
    "Das Ergebnis könnte von einigen tausend Stimmen abhängen, sagten Analysten.\n\n"
    "Bürgermeisterin Vasko sagte, das Stadion werde sich selbst bezahlen.\n"
)


def test_a_source_given_to_an_organisation_the_story_names_elsewhere_is_changed() -> None:
    words = {
        "ergebnis": "result", "könnte": "may", "stimmen": "votes", "sagten": "said",
        "analysten": "analysts", "stadion": "stadium", "sagte": "said", "das": "the",
        "von": "on", "einigen": "a", "tausend": "thousand", "abhängen": "hinge",
        "bürgermeisterin": "mayor", "werde": "would", "bezahlen": "pay", "selbst": "itself",
        "institut": "institute", "für": "for", "finanzen": "finance", "stadionanleihe": "bond",
    }  # fmt: skip
    comparer = Comparer(embedder=FakeEmbedder(synonyms=words), use_cache=False)

    def changed(b: str) -> list[str]:
        report = comparer.compare(VOTE_EN, b, a_language="en", b_language="de")
        return [f.message for f in report.findings if f.rule == "attribution.changed"]

    assert changed(VOTE_DE) == []
    moved = changed(VOTE_DE.replace("sagten Analysten", "sagte das BIPF"))
    assert moved == ["attribution changed: A attributes to the analyst, B to BIPF"]


RATE_EN = (
    "Governor Elena Vasko told reporters the bank would act.\n\n"
    "Vasko said the bank now expected inflation to fall in 2027.\n"
)
RATE_FR = (
    "La gouverneure Elena Vasko a déclaré à la presse que la banque agirait.\n\n"
    "Selon Elena Vasko, la banque s'attend désormais à une baisse de l'inflation en 2027.\n"
)


def test_more_of_the_speakers_name_than_the_original_gives_is_no_other_speaker() -> None:
    words = {
        "gouverneure": "governor", "déclaré": "told", "presse": "reporters", "banque": "bank",
        "agirait": "act", "selon": "said", "attend": "expected", "désormais": "now",
        "baisse": "fall", "inflation": "inflation", "la": "the", "en": "in",
    }  # fmt: skip
    comparer = Comparer(embedder=FakeEmbedder(synonyms=words), use_cache=False)
    report = comparer.compare(RATE_EN, RATE_FR, a_language="en", b_language="fr")
    assert [f.message for f in report.findings if f.rule.startswith("attribution.")] == []


LAWYERS_EN = "A ruling could take months, lawyers for the residents said.\n"
LAWYERS = {  # B: (faithful, the statement given to a party of its own)
    "de": (
        "Ein Urteil könnte Monate dauern, sagten Anwälte der Anwohner.\n",
        "Ein Urteil könnte Monate dauern, sagte die Polizei.\n",
    ),
    "fr": (
        "Une décision pourrait prendre des mois, ont dit les avocats des riverains.\n",
        "Une décision pourrait prendre des mois, selon le syndicat.\n",
    ),
    "es": (
        "Una sentencia podría tardar meses, dijeron los abogados de los vecinos.\n",
        "Una sentencia podría tardar meses, según la oposición.\n",
    ),
}
LAWYER_WORDS = {
    "urteil": "ruling",
    "décision": "ruling",
    "sentencia": "ruling",
    "monate": "months",
    "mois": "months",
    "meses": "months",
}


def _lawyers(b: str, code: str, en: str = LAWYERS_EN) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=LAWYER_WORDS), use_cache=False)
    report = comparer.compare(en, b, a_language="en", b_language=code)
    assert any(g.a and g.b for g in report.alignments)
    return [f.message for f in report.findings if f.rule == "attribution.changed"]


@pytest.mark.parametrize("code", sorted(LAWYERS))
def test_a_statement_given_to_a_party_of_its_own_the_original_does_not_name_is_changed(
    code: str,
) -> None:
    faithful, changed = LAWYERS[code]
    assert _lawyers(faithful, code) == []
    found = _lawyers(changed, code)
    assert len(found) == 1, found
    assert "does not name" in found[0]


@pytest.mark.parametrize("code", sorted(LAWYERS))
def test_a_party_the_original_names_in_the_paragraph_or_a_named_speaker_is_no_change(
    code: str,
) -> None:
    _, changed = LAWYERS[code]
    party = {"de": "police", "fr": "union", "es": "opposition"}[code]
    in_paragraph = LAWYERS_EN.replace("the residents", f"the residents and the {party}")
    assert _lawyers(changed, code, in_paragraph) == []
    # a speaker A names (an acronym, a company) may be rendered by what it is
    named = LAWYERS_EN.replace("lawyers for the residents", "the NWA")
    assert _lawyers(changed, code, named) == []


def test_a_source_word_inside_the_quote_does_not_say_who_speaks() -> None:
    en = '"They told me my policy did not cover it," she said.\n'
    b = "« On m'a dit que ma police ne le couvrait pas », a-t-elle dit.\n"
    comparer = Comparer(embedder=FakeEmbedder(synonyms={"couvrait": "cover"}), use_cache=False)
    report = comparer.compare(en, b, a_language="en", b_language="fr")
    assert [f for f in report.findings if f.rule == "attribution.changed"] == []
