"""A statement whose source is gone from its translation (constructed pairs, not from the bench)."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling.facts import attributed
from driftcheck.findings.xling.speaker_words import speakers
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from tests.helpers import language_profile

EN = (
    "The Velgrad port reopened on Monday after the strike. Exports fell by 12 percent in 2025, "
    "according to the National Statistics Office. The Velgrad port handles 40 ships a day.\n"
)
KEPT = {
    "de": (
        "Der Hafen Velgrad wurde am Montag nach dem Streik wieder geöffnet. Die Exporte sanken "
        "2025 nach Angaben des Statistikamts um 12 Prozent. Der Hafen Velgrad fertigt täglich 40 "
        "Schiffe ab.\n"
    ),
    "fr": (
        "Le port de Velgrad a rouvert lundi après la grève. Les exportations ont baissé de "
        "12 % en 2025, selon l'Office national de la statistique. Le port de Velgrad accueille "
        "40 navires par jour.\n"
    ),
    "es": (
        "El puerto de Velgrad reabrió el lunes tras la huelga. Las exportaciones cayeron un "
        "12 % en 2025, según la Oficina Nacional de Estadística. El puerto de Velgrad recibe 40 "
        "barcos al día.\n"
    ),
    "ru": (
        "Порт Вельград возобновил работу в понедельник после забастовки. Согласно данным "
        "Национального статистического управления, в 2025 году экспорт сократился на 12 "
        "процентов. Порт Вельград принимает 40 судов в день.\n"
    ),
}
SOURCE = {  # the source's words in each translation, taken out to drop it
    "de": " nach Angaben des Statistikamts",
    "fr": ", selon l'Office national de la statistique",
    "es": ", según la Oficina Nacional de Estadística",
    "ru": "Согласно данным Национального статистического управления, в",
}
WORDS = {  # a bag-of-words fake aligns a translation only where it shares words
    "hafen": "port", "exporte": "exports", "sanken": "fell", "prozent": "percent",
    "exportations": "exports", "baissé": "fell", "exportaciones": "exports",
    "cayeron": "fell", "экспорт": "exports", "сократился": "fell", "процентов": "percent",
    "port": "port", "puerto": "port", "порт": "port", "вельград": "velgrad",
    "montag": "monday", "lundi": "monday", "lunes": "monday", "понедельник": "monday",
    "году": "in", "statistique": "statistics", "estadística": "statistics",
    "statistikamt": "statistics", "статистическое": "statistics", "navires": "ships",
    "rouvert": "reopened", "grève": "strike",
}  # fmt: skip


def _dropped(b: str, code: str, en: str = EN) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=WORDS), use_cache=False)
    report = comparer.compare(en, b, a_language="en", b_language=code)
    assert any(g.a and g.b for g in report.alignments)
    return [f.message for f in report.findings if f.rule == "attribution.dropped"]


def _without_source(code: str) -> str:
    replacement = "В" if code == "ru" else ""
    return KEPT[code].replace(SOURCE[code], replacement)


@pytest.mark.parametrize("code", sorted(KEPT))
def test_a_source_kept_in_another_language_is_no_drop(code: str) -> None:
    assert _dropped(KEPT[code], code) == []


@pytest.mark.parametrize("code", sorted(KEPT))
def test_a_body_s_statement_stated_as_a_fact_is_an_attribution_dropped(code: str) -> None:
    found = _dropped(_without_source(code), code)
    assert len(found) == 1, found
    assert "National Statistics Office" in found[0]


ALONE = {  # the attribution in a sentence of its own, or in the next sentence
    "de": "Das teilte das Statistikamt mit.",
    "fr": "C'est ce qu'a indiqué l'Office national de la statistique.",
    "es": "Así lo informó la Oficina Nacional de Estadística.",
    "ru": "Об этом сообщило Национальное статистическое управление.",
}


@pytest.mark.parametrize("code", sorted(KEPT))
def test_an_attribution_given_a_sentence_of_its_own_is_no_drop(code: str) -> None:
    without = _without_source(code)
    first, rest = without.split(". ", 1)
    second, third = rest.split(". ", 1)
    moved = f"{first}. {second}. {ALONE[code]} {third}"
    assert _dropped(moved, code) == []


def test_a_speaker_before_a_colon_or_a_dash_is_no_drop() -> None:
    without = _without_source("ru")
    for mark in (":", " —"):
        said = without.replace("В 2025", f"НСУ{mark} в 2025")  # the office by its initials
        assert _dropped(said, "ru") == [], mark
    assert len(_dropped(without.replace("В 2025", "НСУ в 2025"), "ru")) == 1


def test_a_source_named_with_a_verb_the_profile_does_not_know_is_no_drop() -> None:
    # "зафиксировало" (recorded) is no reporting word, but the office is still named
    recorded = _without_source("ru").replace(
        "экспорт сократился", "статистическое управление зафиксировало, что экспорт сократился"
    )
    assert _dropped(recorded, "ru") == []


def test_another_kind_of_source_in_the_sentence_does_not_keep_the_source() -> None:
    # the union is in B's sentence, not the statistics office: the source is still gone
    union = _without_source("de").replace(
        "2025 um", "2025 trotz der Einigung mit der Gewerkschaft um"
    )
    assert len(_dropped(union, "de")) == 1


def test_a_plural_noun_at_a_sentence_start_names_no_source() -> None:
    en = EN.replace(
        "Exports fell by 12 percent in 2025, according to the National Statistics Office.",
        "Critics say exports fell by 12 percent in 2025.",
    )
    assert _dropped(_without_source("fr"), "fr", en) == []


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        ("de", "Nach Einschätzung des Rats dürfte die Zahl der Fahrgäste steigen.", "des Rats"),
        (
            "de",
            "Nach Angaben der ulvarischen Regierung stiegen die Exporte.",
            "der ulvarischen Regierung",
        ),
        (
            "en",
            "Exports fell, according to figures released on Friday by the National Institute of"
            " Statistics.",
            "the National Institute of Statistics",
        ),
        (
            "fr",
            "Les exportations ont chuté, selon des chiffres publiés vendredi par la fédération.",
            "la fédération",
        ),
        ("es", "El gasto subió, según datos publicados ayer por el Ministerio.", "el Ministerio"),
        ("ru", "Согласно данным министерства, экспорт упал.", "министерства"),
        ("ru", "Экспорт упал, сообщает министерство.", "министерство"),
        ("en", "Exports fell, citing the ministry.", "the ministry"),
        ("fr", "Les éleveurs disent être payés 31 centimes.", "Les éleveurs"),
        ("es", "Los vecinos aseguran que el nivel bajó.", "Los vecinos"),
    ],
)
def test_the_speaker_of_a_reporting_phrase_is_its_noun_phrase(
    code: str, text: str, speaker: str
) -> None:
    found = speakers(text, language_profile(code))
    assert [text[s.span[0] : s.span[1]] for s in found] == [speaker]


def test_a_reporting_verb_in_the_passive_names_whom_it_was_told() -> None:
    assert speakers("Operators were told to expect 40 alerts.", language_profile("en")) == []


def test_a_reporting_phrase_with_a_pronoun_inside_names_nobody() -> None:
    # "по её словам" (in her words) reports, and its speaker is the pronoun
    text = "По её словам, решение суда - это ясный сигнал."
    assert speakers(text, language_profile("ru")) == []
    assert language_profile("ru").attribution_re.search(text)


def test_a_kind_of_source_the_statement_itself_names_does_not_keep_the_source() -> None:
    en = EN.replace(
        "Exports fell by 12 percent in 2025, according to the National Statistics Office.",
        "Investigators examined 14 ships in 2025, according to the police.",
    )
    words = {**WORDS, "investigadores": "investigators", "examinaron": "examined"}
    b = (
        "El puerto de Velgrad reabrió el lunes tras la huelga. Los investigadores examinaron 14 "
        "barcos en 2025. El puerto de Velgrad recibe 40 barcos al día.\n"
    )
    comparer = Comparer(embedder=FakeEmbedder(synonyms=words), use_cache=False)
    report = comparer.compare(en, b, a_language="en", b_language="es")
    found = [f.message for f in report.findings if f.rule == "attribution.dropped"]
    assert len(found) == 1, found
    kept = b.replace("en 2025.", "en 2025, según la policía.")
    report = comparer.compare(en, kept, a_language="en", b_language="es")
    assert [f for f in report.findings if f.rule == "attribution.dropped"] == []


def test_a_source_rendered_in_words_the_profile_does_not_know_is_kept_by_meaning() -> None:
    # no reporting word, no source word the profile knows; but B reads closer to A's
    # sentence with its source than without it (the embedder's judgement)
    b = _without_source("ru").replace(
        "экспорт сократился", "экспорт государственной сводки учёта сократился"
    )
    assert len(_dropped(b, "ru")) == 1  # the fake reads those words as nothing of A's
    words = {**WORDS, "государственной": "national", "сводки": "statistics", "учёта": "office"}
    comparer = Comparer(embedder=FakeEmbedder(synonyms=words), use_cache=False)
    report = comparer.compare(EN, b, a_language="en", b_language="ru")
    assert [f for f in report.findings if f.rule == "attribution.dropped"] == []


@pytest.mark.parametrize(
    "text",
    ["Das Werk hat nach eigenen Angaben keine Grenzwerte überschritten.",
     "Das Werk hat nach Angaben der Behörde keine Grenzwerte überschritten."],
)  # fmt: skip
def test_a_german_source_of_one_s_own_account_is_an_attribution(text: str) -> None:
    profile = language_profile("de")
    assert attributed(text, profile), text
    assert profile.source_markers_re.search(text), text
