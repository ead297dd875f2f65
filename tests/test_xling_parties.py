"""Who a statement is given to, across languages (constructed sentences, not from the bench):
verbs that report without saying (estimated, calculó, a raconté), the source of an estimate
after a reporting phrase, the parties a story types by the words it introduces them with,
and a first name written in another script."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import spelling
from driftcheck.findings.xling.speaker_words import speakers
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Finding
from tests.helpers import language_profile


def _speakers(text: str, code: str) -> list[str]:
    return [text[slice(*s.span)] for s in speakers(text, language_profile(code))]


def _findings(en: str, b: str, code: str, words: dict[str, str]) -> list[Finding]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=words), use_cache=False)
    return list(comparer.compare(en, b, a_language="en", b_language=code).findings)


def _rules(found: list[Finding], prefix: str) -> list[str]:
    return [f.message for f in found if f.rule.startswith(prefix)]


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        (
            "en",
            "The cost was 4 million crowns, analysts at Harwin Securities estimated.",
            "analysts",
        ),
        ("es", "Fuentes de Brightloaf calculan que la retirada costará 4 millones.", "Fuentes"),
        ("fr", "Les dirigeants de Hallstrand estiment que le prêt suffit.", "Les dirigeants"),
        ("de", "Der Verband schätzt die Kosten auf 30 Millionen Euro.", "Der Verband"),
        ("ru", "Профсоюз оценил ущерб в 30 млн евро.", "Профсоюз"),
        ("fr", "« C'est fini », a raconté un chauffeur de Sarovin.", "un chauffeur"),
    ],
)
def test_a_verb_of_estimate_or_narration_has_a_speaker(code: str, text: str, speaker: str) -> None:
    assert any(found.startswith(speaker) for found in _speakers(text, code))


def test_a_verb_with_a_pronoun_subject_does_not_read_its_object_as_the_speaker() -> None:
    assert _speakers("He denied that prices would rise, saying tariffs were flat.", "en") == []


@pytest.mark.parametrize(
    ("code", "text", "source"),
    [
        ("en", "Repairs could cost 120 million euros, according to early estimates by the agency.",
         "the agency"),
        ("es", "Según las primeras estimaciones de la aseguradora, costará 120 millones.",
         "la aseguradora"),
        ("fr", "Les réserves sont tombées à 2,6 milliards, selon les chiffres du FMI.", "du FMI"),
        ("de", "Der Streik kostete nach einer späteren Schätzung des Ministeriums 90 Millionen.",
         "des Ministeriums"),
    ],
)  # fmt: skip
def test_the_source_of_an_estimate_is_the_one_who_made_it(
    code: str, text: str, source: str
) -> None:
    assert any(source in found for found in _speakers(text, code)), _speakers(text, code)


def test_figures_with_no_author_after_them_keep_their_owner() -> None:
    text = "Reserves fell to 2.6 billion dollars, according to the bank's own figures."
    assert any("bank" in found for found in _speakers(text, "en"))


ESTIMATE_EN = (
    "Hestor recalled 300 buses on Monday, Hestor said.\n\n"
    "The recall will cost Hestor 210 million euros, analysts at Merrick Bank estimated.\n"
)
ESTIMATE_ES = (
    "Hestor retiró 300 autobuses el lunes, dijo Hestor.\n\n"
    "La retirada costará a Hestor 210 millones de euros, calcularon los analistas de Merrick "
    "Bank.\n"
)
RECALL = {"retiró": "recalled", "autobuses": "buses", "retirada": "recall", "costará": "cost"}


def test_an_estimate_given_to_another_party_of_the_story_is_an_attribution_changed() -> None:
    assert _rules(_findings(ESTIMATE_EN, ESTIMATE_ES, "es", RECALL), "attribution.") == []
    drifted = ESTIMATE_ES.replace(
        "calcularon los analistas de Merrick Bank", "según calculó la propia Hestor"
    )
    changed = _rules(_findings(ESTIMATE_EN, drifted, "es", RECALL), "attribution.changed")
    assert changed
    assert "Hestor" in changed[0]


AGENCY_EN = (
    "The floods were worse than planned for, according to a plan published by the National "
    "Water Agency (NWA).\n\n"
    "The floods killed four people, the NWA said.\n"
)
AGENCY_FR = (
    "Les crues ont dépassé les prévisions, selon un plan publié par l'Agence nationale de "
    "l'eau (NWA).\n\n"
    "Les inondations ont fait quatre morts, a indiqué la NWA.\n"
)
FLOODS = {
    "crues": "floods", "inondations": "floods", "morts": "killed", "quatre": "four",
    "prévisions": "planned", "publié": "published", "agence": "agency", "nationale": "national",
    "eau": "water", "dépassé": "worse", "ont": "were",
}  # fmt: skip


def test_an_acronym_is_the_kind_of_body_it_stands_for() -> None:
    assert _rules(_findings(AGENCY_EN, AGENCY_FR, "fr", FLOODS), "attribution.") == []
    described = AGENCY_FR.replace("a indiqué la NWA", "a indiqué l'agence")
    assert _rules(_findings(AGENCY_EN, described, "fr", FLOODS), "attribution.") == []
    drifted = AGENCY_FR.replace("a indiqué la NWA", "selon les assureurs")
    changed = _rules(_findings(AGENCY_EN, drifted, "fr", FLOODS), "attribution.changed")
    assert changed, "the agency's figures given to the insurers"


COMPANY_EN = (
    "Carmaker Aurion Motors will close its engine plant, cutting 1,200 jobs.\n\n"
    "Production will be moved to Trnava, Aurion said.\n"
)
COMPANY_ES = (
    "El fabricante Aurion Motors cerrará su planta de motores y suprimirá 1.200 empleos.\n\n"
    "La producción se trasladará a Trnava, informó Aurion.\n"
)
PLANT = {"cerrará": "close", "planta": "plant", "producción": "production"}


def test_a_company_is_typed_by_the_word_the_story_introduces_it_with() -> None:
    assert _rules(_findings(COMPANY_EN, COMPANY_ES, "es", PLANT), "attribution.") == []
    described = COMPANY_ES.replace("informó Aurion", "informó la empresa")
    assert _rules(_findings(COMPANY_EN, described, "es", PLANT), "attribution.") == []
    drifted = COMPANY_ES.replace("informó Aurion", "según el sindicato")
    changed = _rules(_findings(COMPANY_EN, drifted, "es", PLANT), "attribution.changed")
    assert changed, "the company's statement given to the union"


FIRST_EN = '"This is the biggest investment in the port," said Marta Keller, its chief executive.\n'
FIRST_RU = (
    "«Это самая крупная инвестиция в порт», — заявила Марта Келлер, его генеральный директор.\n"
)
PORT = {"инвестиция": "investment", "порт": "port"}


@pytest.mark.parametrize(
    ("a", "b", "kept"),
    [
        ("marta", spelling.name_key("Марты"), True),  # a case ending
        ("rolf", spelling.name_key("Рольфом"), True),
        ("marta", spelling.name_key("Мария"), False),  # another first name
        ("lorna", spelling.name_key("Лора"), False),
    ],
)
def test_a_first_name_in_another_script_keeps_its_consonants(a: str, b: str, *, kept: bool) -> None:
    assert spelling.first_name_kept(a, b) is kept


def test_a_first_name_changed_in_another_script_is_a_name_finding() -> None:
    assert _rules(_findings(FIRST_EN, FIRST_RU, "ru", PORT), "entity.") == []
    changed = _findings(FIRST_EN, FIRST_RU.replace("Марта", "Мария"), "ru", PORT)
    assert _rules(changed, "entity.changed"), changed


DRIVER_EN = '"Three days in a cab, no shower," said Ilya Brandt, a driver from Sarovin.\n'
DRIVER_FR = "« Trois jours dans la cabine, pas de douche », a raconté Ilya Brandt, un chauffeur de Sarovin.\n"  # noqa: E501
CAB = {"cabine": "cab", "douche": "shower", "jours": "days"}


def test_a_name_dropped_beside_a_verb_of_narration_is_a_dropped_name() -> None:
    assert _rules(_findings(DRIVER_EN, DRIVER_FR, "fr", CAB), "entity.") == []
    drifted = DRIVER_FR.replace("a raconté Ilya Brandt, un chauffeur", "a raconté un chauffeur")
    found = _findings(DRIVER_EN, drifted, "fr", CAB)
    assert _rules(found, "entity.dropped"), found
    assert _rules(found, "attribution.dropped") == []


def _kinds_changed(en: str, b: str, code: str, words: dict[str, str]) -> list[str]:
    return _rules(_findings(en, b, code, words), "attribution.changed")


LAWYERS_EN = "Lawyers said a ruling might not come before the end of 2027.\n"
LAWYERS_ES = "Los abogados dijeron que la resolución podría no llegar antes de finales de 2027.\n"
RULING = {"resolución": "ruling", "finales": "end", "llegar": "come", "abogados": "lawyers"}


def test_a_group_of_people_given_as_a_body_is_an_attribution_changed() -> None:
    assert _kinds_changed(LAWYERS_EN, LAWYERS_ES, "es", RULING) == []
    drifted = LAWYERS_ES.replace("Los abogados dijeron", "Según la agencia, dijeron")
    assert _kinds_changed(LAWYERS_EN, drifted, "es", RULING)


MINISTRY_EN = "The finance ministry said on Friday that container checks had been raised.\n"
MINISTRY_RU = "Министерство финансов сообщило в пятницу, что число проверок контейнеров выросло.\n"
CHECKS = {"проверок": "checks", "контейнеров": "container", "пятницу": "friday"}


def test_a_ministry_is_not_the_service_under_it() -> None:
    assert _kinds_changed(MINISTRY_EN, MINISTRY_RU, "ru", CHECKS) == []
    government = MINISTRY_RU.replace("Министерство финансов сообщило", "Правительство сообщило")
    assert _kinds_changed(MINISTRY_EN, government, "ru", CHECKS) == []
    drifted = MINISTRY_RU.replace("Министерство финансов сообщило", "Таможенная служба сообщила")
    assert _kinds_changed(MINISTRY_EN, drifted, "ru", CHECKS)


TWO_EN = (
    "The orchestra could cancel a third of its concerts after the government said it would "
    "cut its grant, the orchestra's management said.\n"
)
TWO_DE = (
    "Das Orchester könnte ein Drittel seiner Konzerte absagen, nachdem die Regierung sagte, sie "
    "werde die Förderung kürzen, sagte die Geschäftsführung des Orchesters.\n"
)
CONCERTS = {"orchester": "orchestra", "konzerte": "concerts", "förderung": "grant"}


def test_two_speakers_of_a_sentence_are_compared_in_order() -> None:
    assert _kinds_changed(TWO_EN, TWO_DE, "de", CONCERTS) == []
    drifted = TWO_DE.replace("sagte die Geschäftsführung des Orchesters", "sagte das Ministerium")
    assert _kinds_changed(TWO_EN, drifted, "de", CONCERTS)


HOLT_EN = "Fewer than one in five claims succeed, according to Miriam Holt, a law professor.\n"
HOLT_ES = (
    "Menos de una de cada cinco reclamaciones prospera, según Miriam Holt, profesora de derecho.\n"
)
CLAIMS = {"reclamaciones": "claims", "cinco": "five", "prospera": "succeed", "menos": "fewer"}


def test_a_person_quoted_replaced_by_a_body_is_an_attribution_changed() -> None:
    assert _rules(_findings(HOLT_EN, HOLT_ES, "es", CLAIMS), "attribution.") == []
    drifted = HOLT_ES.replace("según Miriam Holt, profesora de derecho", "según el propio tribunal")
    found = _findings(HOLT_EN, drifted, "es", CLAIMS)
    assert _rules(found, "entity.dropped"), found
    assert _rules(found, "attribution.changed"), found


MARINE_EN = "Halvorsen Marine will dredge the channel, the port authority said.\n\n" + FIRST_EN
MARINE_RU = "Halvorsen Marine углубит канал, сообщило управление порта.\n\n" + FIRST_RU


def test_a_first_name_changed_to_one_like_another_name_of_the_story_is_a_changed_name() -> None:
    words = {**PORT, "канал": "channel", "углубит": "dredge", "управление": "authority"}
    words |= {"сообщило": "said", "самая": "most", "крупная": "biggest"}
    assert _rules(_findings(MARINE_EN, MARINE_RU, "ru", words), "entity.") == []
    changed = _findings(MARINE_EN, MARINE_RU.replace("Марта", "Мария"), "ru", words)
    assert _rules(changed, "entity.changed"), changed


def test_a_phrase_and_a_verb_that_name_one_speaker_are_one_speaker() -> None:
    text = "El gobierno recortará la subvención anual en 1,4 millones, según informó la dirección."
    assert len(_speakers(text, "es")) == 1
