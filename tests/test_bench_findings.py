"""The findings benchmark: the labelled data itself, loading and validation, metrics, the script."""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from bench import findings as findings_bench
from bench.findings import (
    DATA,
    RULE_IDS,
    Example,
    Outcome,
    RuleScore,
    describe,
    driftcheck_detector,
    evaluate,
    load_examples,
    micro,
    misses,
    parse_example,
    table,
    tally,
    to_json,
)
from bench.matching import DataError
from driftcheck.findings import RULES
from driftcheck.pipeline import Comparer
from driftcheck.segment import segment
from driftcheck.testing import FakeEmbedder

EXAMPLES = load_examples(DATA)
STORY_RULES = ("sentence.", "paragraph.", "boilerplate.", "number.omitted", "story.")


def example(
    rule: str = "number.changed", label: str = "positive", n: int = 1, **kw: str
) -> Example:
    fields = {"a": "Six people died.", "b": "Seven people died.", "note": "why"} | kw
    short = "pos" if label == "positive" else "neg"
    return Example(f"{rule}/{short}-{n:02d}", rule, label, fields["a"], fields["b"], fields["note"])


def write_rule(root: Path, rule: str, records: Sequence[dict[str, Any] | str]) -> Path:
    path = root / f"{rule}.jsonl"
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def record(rule: str = "number.changed", label: str = "positive", n: int = 1) -> dict[str, Any]:
    e = example(rule, label, n)
    return {"id": e.id, "rule": e.rule, "label": e.label, "a": e.a, "b": e.b, "note": e.note}


# The labelled data


@pytest.mark.parametrize("rule", RULE_IDS)
def test_every_rule_has_ten_positives_and_ten_negatives(rule: str) -> None:
    labels = Counter(e.label for e in EXAMPLES if e.rule == rule)
    assert labels["positive"] >= 10
    assert labels["negative"] >= 10


def test_the_data_covers_exactly_the_benchmark_rules_and_driftcheck_knows_them() -> None:
    rules = {e.rule for e in EXAMPLES}
    assert rules == set(RULE_IDS)
    assert rules <= set(RULES)


def test_ids_are_unique_and_say_rule_and_label() -> None:
    ids = [e.id for e in EXAMPLES]
    assert len(ids) == len(set(ids))
    for e in EXAMPLES:
        short = "pos" if e.positive else "neg"
        assert re.fullmatch(rf"{re.escape(e.rule)}/{short}-\d\d", e.id), e.id


def test_every_line_has_exactly_the_fields() -> None:
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            raw = json.loads(line)
            assert list(raw) == list(findings_bench.FIELDS), f"{path.name}: {line[:60]}"
            assert all(isinstance(v, str) and v.strip() for v in raw.values())


def test_no_pair_is_identical() -> None:
    assert [e.id for e in EXAMPLES if e.a == e.b] == []


def test_story_rules_use_stories_of_several_sentences() -> None:
    for e in EXAMPLES:
        if e.rule.startswith(STORY_RULES):
            longest = max(len(segment(e.a).sentences), len(segment(e.b).sentences))
            assert longest >= 3, e.id


def test_paragraph_examples_have_paragraphs() -> None:
    for e in EXAMPLES:
        if e.rule == "paragraph.moved":
            assert "\n\n" in e.a, e.id
            assert "\n\n" in e.b, e.id


def test_sources_names_every_rule() -> None:
    sources = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    assert "licence" in sources.lower()
    assert all(f"`{rule}`" in sources for rule in RULE_IDS)


# Loading and validation


def test_load_reads_every_file_in_name_order(tmp_path: Path) -> None:
    write_rule(tmp_path, "quote.altered", [record("quote.altered"), ""])
    write_rule(tmp_path, "cosmetic", [record("cosmetic", "negative")])
    loaded = load_examples(tmp_path)
    assert [e.id for e in loaded] == ["cosmetic/neg-01", "quote.altered/pos-01"]
    assert loaded[1].positive
    assert not loaded[0].positive


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ([], "expected a JSON object"),
        ({k: v for k, v in record().items() if k != "note"}, "missing fields ['note']"),
        (record() | {"source": "x"}, "unknown fields ['source']"),
        (record() | {"label": "maybe"}, "label must be one of"),
        (record() | {"a": "  "}, "'a' must be a non-empty string"),
        (record() | {"b": 3}, "'b' must be a non-empty string"),
    ],
)
def test_malformed_example_is_rejected(raw: Any, message: str) -> None:
    with pytest.raises(DataError, match=re.escape(message)):
        parse_example(raw, "x.jsonl:1")


def test_bad_json_names_the_line(tmp_path: Path) -> None:
    write_rule(tmp_path, "number.changed", [record(), "{not json"])
    with pytest.raises(DataError, match=r"number\.changed\.jsonl:2: not JSON"):
        load_examples(tmp_path)


def test_an_example_in_another_rules_file_is_rejected(tmp_path: Path) -> None:
    write_rule(tmp_path, "number.added", [record("number.changed")])
    with pytest.raises(
        DataError, match=re.escape("rule 'number.changed' in the file for 'number.added'")
    ):
        load_examples(tmp_path)


def test_duplicate_ids_are_rejected(tmp_path: Path) -> None:
    write_rule(tmp_path, "number.changed", [record(), record()])
    with pytest.raises(DataError, match=re.escape("duplicate id 'number.changed/pos-01'")):
        load_examples(tmp_path)


def test_an_empty_folder_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="no examples"):
        load_examples(tmp_path)


# Metrics, with a stand-in detector


def standin(e: Example) -> set[str]:
    """Fires number.changed when B says seven, and cosmetic on everything."""
    return {"number.changed", "cosmetic"} if "Seven" in e.b else {"cosmetic"}


SET = [
    example(n=1),  # TP
    example(n=2, b="About six people died."),  # FN
    example(label="negative", n=1, b="6 people died."),  # TN
    example(label="negative", n=2, b="Seven died, not six."),  # FP
    example("quote.altered", n=1),  # FN: quote.altered never fires
    example("quote.altered", "negative", n=1),  # TN
]


def test_tally_counts_each_rule() -> None:
    scores = tally(evaluate(SET, standin))
    assert list(scores) == ["quote.altered", "number.changed"]  # RULE_IDS order
    number = scores["number.changed"]
    assert (number.positives, number.negatives, number.tp, number.fp, number.fn) == (2, 2, 1, 1, 1)
    assert number.precision == pytest.approx(0.5)
    assert number.recall == pytest.approx(0.5)
    quote = scores["quote.altered"]
    assert (quote.tp, quote.fp, quote.fn) == (0, 0, 1)
    assert quote.precision is None
    assert quote.recall == 0.0


def test_micro_sums_over_rules() -> None:
    total = micro(tally(evaluate(SET, standin)))
    assert total == RuleScore(positives=3, negatives=3, tp=1, fp=1)
    assert total.fn == 2
    assert total.precision == pytest.approx(0.5)
    assert total.recall == pytest.approx(1 / 3)
    assert RuleScore().recall is None


def test_a_failing_example_is_recorded_not_scored() -> None:
    def flaky(e: Example) -> set[str]:
        if e.id.endswith("pos-02"):
            raise RuntimeError("boom")
        return standin(e)

    outcomes = evaluate(SET, flaky)
    assert outcomes[1].error == "RuntimeError: boom"
    assert not outcomes[1].correct
    number = tally(outcomes)["number.changed"]
    assert (number.positives, number.tp, number.fn, number.errors) == (1, 1, 0, 1)


def test_misses_are_described_with_their_note() -> None:
    outcomes = evaluate(SET, standin)
    lines = [describe(o) for o in misses(outcomes)]
    assert lines == [
        "FN number.changed/pos-02: why [fired: cosmetic]",
        "FP number.changed/neg-02: why [fired: cosmetic]",
        "FN quote.altered/pos-01: why [fired: cosmetic, number.changed]",
    ]
    failed = Outcome(SET[0], error="ValueError: x")
    assert describe(failed) == "error number.changed/pos-01: ValueError: x"


def test_table_and_json_report_the_same_counts() -> None:
    outcomes = evaluate(SET, standin)
    console = Console(width=100, file=io.StringIO(), color_system=None)
    console.print(table(tally(outcomes)))
    text = console.file.getvalue()  # type: ignore[attr-defined]
    assert "all rules (micro)" in text
    assert "n/a" in text  # quote.altered never fired: no precision
    data = to_json(outcomes, "stand-in")
    assert data["examples"] == 6
    assert data["micro"] == {
        "positives": 3,
        "negatives": 3,
        "tp": 1,
        "fp": 1,
        "fn": 2,
        "errors": 0,
        "precision": 0.5,
        "recall": 0.3333,
    }
    assert data["rules"]["quote.altered"]["precision"] is None
    assert data["rules"]["number.changed"]["severity"] == RULES["number.changed"].severity.value
    assert [m["id"] for m in data["misses"]] == [
        "number.changed/pos-02",
        "number.changed/neg-02",
        "quote.altered/pos-01",
    ]


# driftcheck itself, on a few real examples


def test_smoke_driftcheck_detector_with_the_fake_embedder() -> None:
    picked = [e for e in EXAMPLES if e.id.endswith(("pos-01", "neg-01"))]
    outcomes = evaluate(picked, driftcheck_detector(Comparer(embedder=FakeEmbedder())))
    assert [o.error for o in outcomes] == [None] * len(picked)
    assert all(o.fired <= set(RULES) for o in outcomes)
    scores = tally(outcomes)
    assert set(scores) == set(RULE_IDS)
    assert micro(scores).positives == len(RULE_IDS)


# The script


def test_script_scores_a_data_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_rule(tmp_path, "number.changed", [record(), record(label="negative")])
    out = tmp_path / "scores.json"
    code = findings_bench.main(["--model", "lexical", "--data", str(tmp_path), "--json", str(out)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "findings per rule" in printed
    assert "rules without examples:" in printed
    scores = json.loads(out.read_text(encoding="utf-8"))
    assert scores["model"] == "lexical-v1"
    assert scores["examples"] == 2
    assert set(scores["rules"]) == {"number.changed"}


def test_script_filters_by_rule_and_lists_misses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_rule(tmp_path, "number.changed", [record()])
    write_rule(tmp_path, "cosmetic", [record("cosmetic", "negative")])
    code = findings_bench.main(
        ["--model", "lexical", "--data", str(tmp_path), "--rule", "cosmetic", "--verbose"]
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert "1 examples" in printed
    assert "number.changed" not in printed


@pytest.mark.parametrize(
    ("lines", "extra", "message"),
    [
        (["{oops"], [], "not JSON"),
        ([json.dumps(record())], ["--rule", "hedge.added"], "no examples for rule 'hedge.added'"),
    ],
)
def test_script_exits_2_on_bad_data_or_rule(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    lines: list[str],
    extra: list[str],
    message: str,
) -> None:
    write_rule(tmp_path, "number.changed", lines)
    assert findings_bench.main(["--model", "lexical", "--data", str(tmp_path), *extra]) == 2
    captured = capsys.readouterr()
    assert message in captured.err
    assert captured.out == ""
