"""The cross-language bench: label files, locating drifts on B, scoring drifted and faithful."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from bench import xling
from bench.matching import DataError
from bench.xling import (
    DATA,
    FAMILIES,
    LANGUAGES,
    SPLITS,
    Drift,
    false_alarms,
    load_split,
    load_story,
    parse_drifts,
    score_drifted,
    target,
)
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Finding, Report, Severity

EN = "The port handled 400 ships last year.\n\nThe mayor said the plan was sound.\n"
DRIFTED = "Der Hafen hat 300 Schiffe abgefertigt.\n\nDer Bürgermeister nannte den Plan gut.\n"


FAITHFUL = DRIFTED.replace("300", "400")


def _report(findings: tuple[Finding, ...], translation: str = DRIFTED) -> Report:
    report = Comparer(embedder=FakeEmbedder(), use_cache=False).compare(EN, translation)
    return replace(report, findings=findings)


QUIET = _report((), FAITHFUL)


def _at(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


FIGURE = Drift("figure", "400 ships", "300 Schiffe", "400 -> 300")
NAME = Drift("attribution", "The mayor said", "Der Bürgermeister nannte", "verb changed")


def test_a_finding_of_the_family_on_the_drifted_words_is_credited() -> None:
    found = Finding("number.changed", Severity.ERROR, "m", b_span=_at(DRIFTED, "300"))
    outcome = score_drifted("s", "de", [FIGURE, NAME], _report((found,)), QUIET)
    assert outcome.scores["figure"].found == outcome.scores["figure"].labels == 1
    assert outcome.scores["attribution"].found == 0
    assert outcome.missed == (NAME,)
    assert (outcome.raised, outcome.right) == (1, 1)


def test_findings_elsewhere_of_another_family_or_at_info_are_not() -> None:
    wrong_place = Finding("number.changed", Severity.ERROR, "m", b_span=_at(DRIFTED, "Plan"))
    wrong_family = Finding("entity.changed", Severity.WARNING, "m", b_span=_at(DRIFTED, "300"))
    info = Finding("number.added", Severity.INFO, "m", b_span=_at(DRIFTED, "300"))
    moved = Finding("paragraph.moved", Severity.WARNING, "m", b_span=_at(DRIFTED, "300"))
    report = _report((wrong_place, wrong_family, info, moved))
    outcome = score_drifted("s", "de", [FIGURE], report, QUIET)
    assert outcome.scores["figure"].found == 0
    assert (outcome.raised, outcome.right) == (3, 0)  # info not raised; every other one false
    assert outcome.alerted["figure"] == 1  # the drifted words were flagged, by other rules


def test_two_findings_on_one_drift_make_one_right_and_one_false() -> None:
    one = Finding("number.changed", Severity.ERROR, "m", b_span=_at(DRIFTED, "300"))
    two = Finding("number.added", Severity.ERROR, "m", b_span=_at(DRIFTED, "300 Schiffe"))
    outcome = score_drifted("s", "de", [FIGURE], _report((one, two)), QUIET)
    assert (outcome.raised, outcome.right, outcome.scores["figure"].found) == (2, 1, 1)


def test_a_finding_without_b_span_is_located_by_its_group() -> None:
    report = _report(())
    group = next(i for i, g in enumerate(report.alignments) if 1 in g.b)
    dropped = Finding("attribution.dropped", Severity.WARNING, "m", group, a_span=_at(EN, "said"))
    outcome = score_drifted("s", "de", [NAME], _report((dropped,)), QUIET)
    assert outcome.scores["attribution"].found == 1


def test_a_found_drift_is_faithful_clean_only_where_the_faithful_report_is_quiet() -> None:
    found = Finding("number.changed", Severity.ERROR, "m", b_span=_at(DRIFTED, "300"))
    assert score_drifted("s", "de", [FIGURE], _report((found,)), QUIET).faithful_clean["figure"]
    same_place = Finding("number.added", Severity.WARNING, "m", b_span=_at(FAITHFUL, "Hafen"))
    noisy = _report((same_place,), FAITHFUL)
    outcome = score_drifted("s", "de", [FIGURE], _report((found,)), noisy)
    assert outcome.scores["figure"].found == 1
    assert outcome.faithful_clean["figure"] == 0
    elsewhere = Finding("number.added", Severity.WARNING, "m", b_span=_at(FAITHFUL, "Plan"))
    info = Finding("number.added", Severity.INFO, "m", b_span=_at(FAITHFUL, "Hafen"))
    other_family = Finding("entity.added", Severity.WARNING, "m", b_span=_at(FAITHFUL, "Hafen"))
    for faithful in (elsewhere, info, other_family):
        outcome = score_drifted(
            "s", "de", [FIGURE], _report((found,)), _report((faithful,), FAITHFUL)
        )
        assert outcome.faithful_clean["figure"] == 1


def test_a_date_drift_accepts_figure_findings() -> None:
    date = target(Drift("date", "400", "300", "d"), DRIFTED)
    assert "figure" in date.families
    assert target(FIGURE, DRIFTED).families == frozenset({"figure"})
    assert date.a_spans == ()  # located on the translation only


def test_false_alarms_count_warnings_and_errors_only() -> None:
    findings = [
        Finding("number.changed", Severity.ERROR, "m"),
        Finding("sentence.added", Severity.WARNING, "m"),
        Finding("wording.substitution", Severity.INFO, "m"),
    ]
    assert false_alarms(findings) == {"error": 1, "warning": 1}
    assert not false_alarms(findings[2:])


@pytest.mark.parametrize(
    "raw",
    [
        [],
        {},
        [{"family": "figure", "en": "x", "translation": "y"}],
        [{"family": "tone", "en": "x", "translation": "y", "description": "z"}],
        [{"family": "figure", "en": "", "translation": "y", "description": "z"}],
    ],
)
def test_parse_drifts_refuses_malformed_labels(raw: object) -> None:
    with pytest.raises(DataError):
        parse_drifts(raw, "x.json")


def _story(tmp_path: Path, translation: str) -> Path:
    folder = tmp_path / "story"
    folder.mkdir(parents=True)
    (folder / "en.txt").write_text(EN, encoding="utf-8")
    (folder / "de.faithful.txt").write_text(FAITHFUL, encoding="utf-8")
    (folder / "de.drifted.txt").write_text(DRIFTED, encoding="utf-8")
    label = {"family": "figure", "en": "400 ships", "translation": translation, "description": "d"}
    (folder / "de.drifted.labels.json").write_text(json.dumps([label]), encoding="utf-8")
    return folder


def test_load_story_checks_every_excerpt(tmp_path: Path) -> None:
    story = load_story(_story(tmp_path / "ok", "300 Schiffe"), ["de"])
    assert story.drifts["de"][0].translation == "300 Schiffe"
    with pytest.raises(DataError, match="not in drifted"):
        load_story(_story(tmp_path / "bad", "30 Schiffe"), ["de"])


@pytest.mark.parametrize("split", SPLITS)
def test_the_label_files_load_and_every_excerpt_is_in_its_text(split: str) -> None:
    stories = load_split(DATA / split, LANGUAGES)
    expected = {
        "dev": 10,
        "dev2": 10,
        "dev3": 8,
        "dev4": 8,
        "dev5": 8,
        "dev6": 8,
        "dev7": 8,
        "dev8": 8,
        "dev9": 8,
        "dev10": 8,
        "dev11": 8,
        "dev12": 8,
        "dev13": 8,
        "dev14": 8,
        "dev15": 8,
        "dev16": 8,
        "dev17": 8,
        "dev18": 8,
        "dev19": 8,
        "dev20": 8,
        "dev21": 8,
        "dev22": 8,
        "dev23": 8,
        "dev24": 8,
        "dev25": 8,
        "dev26": 8,
        "dev27": 8,
        "dev28": 8,
        "dev29": 8,
        "dev30": 8,
        "dev31": 8,
        "dev32": 8,
        "dev33": 8,
        "dev34": 8,
        "dev35": 8,
        "heldout": 7,
    }
    assert len(stories) == expected[split]
    for story in stories:
        for lang in LANGUAGES:
            assert 2 <= len(story.drifts[lang]) <= 4
            assert all(d.family in FAMILIES for d in story.drifts[lang])
            assert all(d.translation not in story.faithful[lang] for d in story.drifts[lang])


def test_the_script_scores_a_small_split_and_writes_json(tmp_path: Path) -> None:
    _story(tmp_path / "dev", "300 Schiffe")
    out = tmp_path / "out.json"
    args = ["--data", str(tmp_path), "--lang", "de", "--model", "lexical", "--json", str(out)]
    assert xling.main(args) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["faithful"]["de"]["stories"] == 1
    figure = document["drifted"]["de"]["families"]["figure"]
    assert figure["labels"] == 1
    assert figure["found_faithful_clean"] <= figure["found"] <= figure["alerted_any_rule"] <= 1


def test_the_validation_split_is_read_from_another_data_folder(tmp_path: Path) -> None:
    _story(tmp_path / "dev2", "300 Schiffe")
    out = tmp_path / "out.json"
    args = ["--split", "dev2", "--data", str(tmp_path), "--lang", "de", "--model", "lexical"]
    assert xling.main([*args, "--verbose", "--json", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["split"] == "dev2"
    assert xling.main(["--split", "dev2", "--data", str(tmp_path / "none")]) == 2
