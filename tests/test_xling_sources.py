"""Who a statement is attributed to, across languages (constructed pairs, not from the bench)."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling.sources import source_groups
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from tests.helpers import language_profile

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


def _changed(en: str, b: str, code: str, words: dict[str, str]) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=words), use_cache=False)
    report = comparer.compare(en, b, a_language="en", b_language=code)
    return [f.message for f in report.findings if f.rule == "attribution.changed"]


CRANE_EN = "The crane was built by Tovald Lift, which said it would send engineers to help.\n"
CRANE_DE = (
    "Der Kran wurde von Tovald Lift gebaut; das Unternehmen kündigte an, Ingenieure zu schicken.\n"
)
CRANE = {"kran": "crane", "gebaut": "built", "ingenieure": "engineers", "schicken": "send"}


def test_what_a_speaker_says_is_not_who_speaks() -> None:
    # "engineers" is what the company said it would send, not a source of the statement
    assert _changed(CRANE_EN, CRANE_DE, "de", CRANE) == []
    union_en = "DalCargo chief executive Pellucci said the union's demands were unaffordable.\n"
    union_es = (
        "La consejera delegada de DalCargo, Pellucci, calificó las exigencias del sindicato de"
        " inasumibles.\n"
    )
    words = {"exigencias": "demands", "inasumibles": "unaffordable"}
    assert _changed(union_en, union_es, "es", words) == []
    moved = union_es.replace("La consejera delegada de DalCargo, Pellucci,", "El sindicato")
    assert _changed(union_en, moved, "es", words)  # the union as the speaker is a change


FARM_EN = (
    "The government will help farmers switch, Agriculture Minister Tallberg said.\n\n"
    "The Tervalian Farmers' Federation said the decision was rushed.\n"
)
FARM_ES = (
    "El Gobierno ayudará a los agricultores a cambiar, dijo la ministra de Agricultura,"
    " Tallberg.\n\n"
    "La Federación de Agricultores de Tervalia dijo que la decisión fue precipitada.\n"
)
FARM = {
    "ayudará": "help", "cambiar": "switch", "decisión": "decision", "precipitada": "rushed",
    "federación": "federation", "agricultores": "farmers", "tervalia": "tervalian",
    "dijo": "said", "fue": "was", "la": "the",
}  # fmt: skip


def test_a_body_s_name_in_words_of_the_language_is_translated_not_changed() -> None:
    # "Farmers" is a word A writes in lower case: translated as "Agricultores", no new name
    assert _changed(FARM_EN, FARM_ES, "es", FARM) == []


BOARD_EN = (
    "Safety comes first, the chief executive told reporters.\n\n"
    "The Kaltrian Transport Safety Board (TSB) said it had opened an investigation.\n"
)
BOARD_ES = (
    "La seguridad es lo primero, dijo el consejero delegado a los periodistas.\n\n"
    "La Junta de Seguridad del Transporte de Kaltria (TSB) dijo que ha abierto una"
    " investigación.\n"
)
BOARD = {"seguridad": "safety", "investigación": "investigation", "abierto": "opened"}


def test_a_body_named_by_a_translated_name_and_a_word_kept_is_one_party() -> None:
    assert _changed(BOARD_EN, BOARD_ES, "es", BOARD) == []


JUDGE_EN = (
    "Prosecutor Miriam Osei had asked for five years.\n\n"
    'She said the ruling sent "a clear signal".\n'
)
JUDGE_RU = (
    "Прокурор Мириам Осеи запрашивала пять лет.\n\n"
    "Она заявила, что приговор - это «ясный сигнал».\n"
)
JUDGE = {"запрашивала": "asked", "пять": "five", "приговор": "ruling", "сигнал": "signal"}


def test_a_pronoun_s_statement_given_to_a_party_of_its_own_is_changed() -> None:
    assert _changed(JUDGE_EN, JUDGE_RU, "ru", JUDGE) == []
    court = JUDGE_RU.replace("Она заявила, что приговор", "По словам суда, приговор")
    assert _changed(JUDGE_EN, court, "ru", JUDGE)


def test_a_title_names_a_person_a_pronoun_may_stand_for() -> None:
    en = (
        "Chief Inspector Menzani led the raids.\n\nHe declined to comment, but said it was early.\n"
    )
    es = (
        "El inspector jefe Menzani dirigió las redadas.\n\n"
        "El inspector se negó a comentar, pero señaló que era pronto.\n"
    )
    words = {"dirigió": "led", "redadas": "raids", "comentar": "comment", "pronto": "early"}
    assert _changed(en, es, "es", words) == []


def test_a_secretary_is_a_title_any_body_has() -> None:
    # a union's regional secretary, a party's general secretary, a secretary of state
    en, de = language_profile("en"), language_profile("de")
    assert source_groups("the regional secretary", en) == set()
    osgood_en = (
        "Samuel Osgood, regional secretary of the Transport Workers' Union, said the warnings"
        " were ignored.\n"
    )
    osgood_de = (
        "Samuel Osgood, Regionalsekretär der Verkehrsgewerkschaft, sagte, die Warnungen seien"
        " ignoriert worden.\n"
    )
    words = {"warnungen": "warnings", "ignoriert": "ignored"}
    assert _changed(osgood_en, osgood_de, "de", words) == []
    assert source_groups("die Gewerkschaft", de) == {"union"}


VINE_EN = (
    "Agronomist Petra Dalvik of the Institute of Vine and Wine said 60 percent of the buds were"
    " lost.\n\nFrost destroyed 60 percent of the buds, the union said.\n\nThe region makes"
    " wine.\n"
)
VINE_DE = (
    "Die Agronomin Petra Dalvik vom Institut für Rebe und Wein sagte, 60 Prozent der Knospen"
    " seien verloren.\n\nFrost zerstörte 60 Prozent der Knospen, wie Winzer mitteilten.\n\n"
    "Die Region macht Wein.\n"
)


def test_a_german_noun_spelt_like_a_word_the_original_writes_in_lower_case_is_no_name() -> None:
    # "Winzer" (growers) is spelt like "Wine", a word A writes in lower case: no speaker A
    # names elsewhere; the growers for the union is no change of party either way
    words = {"knospen": "buds", "zerstörte": "destroyed", "prozent": "percent"}
    comparer = Comparer(embedder=FakeEmbedder(synonyms=words), use_cache=False)
    report = comparer.compare(VINE_EN, VINE_DE, a_language="en", b_language="de")
    assert [f.message for f in report.findings if "Winzer" in f.message] == []
    # a name joined to a source word is a body ("Weinministerium": a Wine Ministry, a
    # ministry by its last part), however A writes the name's word elsewhere: the union's
    # statement given to it
    ministry = VINE_DE.replace("wie Winzer mitteilten", "wie das Weinministerium mitteilte")
    report = comparer.compare(VINE_EN, ministry, a_language="en", b_language="de")
    assert [
        f.message
        for f in report.findings
        if f.rule == "attribution.changed"
        and ("Weinministerium" in f.message or "ministry" in f.message)
    ]
