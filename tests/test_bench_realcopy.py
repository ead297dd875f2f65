"""The real-copy bench: family mapping, fair one-to-one matching, uncertain labels, label files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import realcopy
from bench.matching import (
    FAMILY_OF,
    Claim,
    DataError,
    Score,
    Target,
    claim,
    credit,
    family_of,
    occurrences,
    score,
)
from bench.realcopy import (
    FAMILIES,
    LABELS,
    SPLITS,
    TEXTS,
    Label,
    Pair,
    check_texts,
    evaluate_pair,
    load_pairs,
    locate,
)
from driftcheck.findings import RULES
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Finding, Report, Severity


def test_every_rule_is_mapped_or_marked_not_scored() -> None:
    assert set(FAMILY_OF) == set(RULES)
    assert {family for family in FAMILY_OF.values() if family is not None} == set(FAMILIES)


@pytest.mark.parametrize(
    ("rule", "family"),
    [
        ("number.changed", "figure"),
        ("quote.dropped", "quote"),
        ("entity.added", "name"),
        ("negation.flipped", "negation"),
        ("attribution.changed", "attribution"),
        ("hedge.added", "hedge"),
        ("sentence.omitted", None),
        ("paragraph.moved", None),
        ("wording.substitution", None),
        ("quote.softened", "quote"),  # a rule added later goes by its prefix
        ("layout.changed", None),
    ],
)
def test_family_of(rule: str, family: str | None) -> None:
    assert family_of(rule) == family


def _claim(
    family: str, a: tuple[int, int] | None = None, b: tuple[int, int] | None = None
) -> Claim:
    finding = Finding(f"{family}.x", Severity.ERROR, "m", a_span=a, b_span=b)
    return Claim(family, finding, () if a is None else (a,), () if b is None else (b,))


def _target(
    family: str, a: tuple[int, int] | None = None, b: tuple[int, int] | None = None
) -> Target:
    return Target(frozenset({family}), () if a is None else (a,), () if b is None else (b,))


def test_an_overlapping_finding_of_the_family_is_credited() -> None:
    assert credit([_target("figure", a=(10, 12))], [_claim("figure", a=(11, 20))]) == {0: 0}
    assert credit([_target("figure", b=(10, 12))], [_claim("figure", b=(0, 11))]) == {0: 0}


def test_a_finding_elsewhere_or_of_another_family_is_not() -> None:
    targets = [_target("figure", a=(10, 12), b=(30, 32))]
    assert credit(targets, [_claim("figure", a=(12, 20))]) == {}  # touches, does not overlap
    assert credit(targets, [_claim("figure", a=(30, 32))]) == {}  # B's place, but on A
    assert credit(targets, [_claim("name", a=(10, 12))]) == {}


def test_one_finding_is_credited_to_one_label_only() -> None:
    targets = [_target("name", a=(0, 10)), _target("name", a=(5, 15))]
    matched = credit(targets, [_claim("name", a=(0, 15))])
    assert len(matched) == 1
    outcome = score("p", targets, FAMILIES, [_claim("name", a=(0, 15))], ["name", "name"])
    assert outcome.scores["name"] == Score(raised=1, right=1, labels=2, found=1)


def test_one_label_is_credited_to_one_finding_only() -> None:
    claims = [_claim("quote", b=(0, 5)), _claim("quote", b=(2, 8))]
    outcome = score("p", [_target("quote", b=(0, 8))], FAMILIES, claims, ["quote"])
    assert outcome.scores["quote"] == Score(raised=2, right=1, labels=1, found=1)
    assert outcome.scores["quote"].precision == 0.5
    assert len(outcome.unmatched) == 1


def test_matching_is_maximal_not_greedy() -> None:
    # finding 0 fits both labels, finding 1 only the first: both labels can be found
    targets = [_target("figure", a=(0, 5)), _target("figure", a=(10, 15))]
    claims = [_claim("figure", a=(0, 15)), _claim("figure", a=(0, 5))]
    assert credit(targets, claims) == {0: 1, 1: 0}


def test_uncertain_labels_count_when_found_and_never_against_recall() -> None:
    certain, unsure = (
        _target("hedge", a=(0, 5)),
        Target(frozenset({"hedge"}), ((20, 25),), (), True),
    )
    found = score("p", [certain, unsure], FAMILIES, [_claim("hedge", a=(21, 22))], ["hedge"] * 2)
    assert found.scores["hedge"] == Score(raised=1, right=1, labels=1, found=0, found_uncertain=1)
    assert found.scores["hedge"].recall == 0.5  # 1 of (1 certain + 1 found uncertain)
    assert found.missed == (0,)
    missed = score("p", [certain, unsure], FAMILIES, [_claim("hedge", a=(0, 2))], ["hedge"] * 2)
    assert missed.scores["hedge"].recall == 1.0
    assert missed.missed == ()


def test_a_certain_label_is_matched_before_an_uncertain_one() -> None:
    unsure = Target(frozenset({"name"}), ((0, 5),), (), True)
    certain = _target("name", a=(0, 5))
    assert credit([unsure, certain], [_claim("name", a=(0, 5))]) == {1: 0}


def test_occurrences_finds_every_place() -> None:
    assert occurrences("aa 12 bb 12", "12") == ((3, 5), (9, 11))
    assert occurrences("aa", "") == ()


def _compare(a: str, b: str) -> Report:
    return Comparer(embedder=FakeEmbedder(), use_cache=False).compare(a, b)


A = "The storm hit the coast on Monday.\n\nThe death toll rose to 12, police said.\n"
B = "The storm hit the coast on Monday.\n\nThe death toll rose to 15, police said.\n"


def test_a_changed_figure_is_found_end_to_end() -> None:
    report = _compare(A, B)
    pair = Pair("p", "", (Label("p", "figure", "changed", "12", "15"),))
    outcome = evaluate_pair(pair, report, Severity.WARNING)
    assert outcome.scores["figure"].found == 1
    assert outcome.scores["figure"].right == outcome.scores["figure"].raised >= 1


def test_a_label_in_another_sentence_is_missed_and_the_finding_is_wrong() -> None:
    report = _compare(A, B)
    pair = Pair("p", "", (Label("p", "figure", "changed", "Monday", "Monday"),))
    outcome = evaluate_pair(pair, report, Severity.WARNING)
    assert outcome.scores["figure"].found == 0
    assert outcome.scores["figure"].raised >= 1
    assert outcome.scores["figure"].right == 0


def test_a_finding_without_span_is_located_by_its_group_sentences() -> None:
    report = _compare(A, B)
    group = next(i for i, g in enumerate(report.alignments) if 1 in g.a)
    located = claim(Finding("hedge.dropped", Severity.WARNING, "m", group), report)
    assert located is not None
    sentence = report.a.sentences[1]
    assert located.a_regions == ((sentence.start, sentence.end),)
    assert claim(Finding("paragraph.moved", Severity.WARNING, "m", group), report) is None


def _write(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


HEAD: dict[str, object] = {"pair": "x", "labelled": True, "n_changes": 1, "notes": ""}
CHANGE: dict[str, object] = {
    "pair": "x",
    "family": "figure",
    "change": "changed",
    "a": "12",
    "b": "15",
    "note": "",
}


def test_load_pairs_reads_pairs_and_changes(tmp_path: Path) -> None:
    unsure = {**CHANGE, "uncertain": True}
    hedge = {**CHANGE, "family": "hedge", "change": "removed"}  # the statement is in both
    records = [{**HEAD, "n_changes": 3}, CHANGE, unsure, hedge]
    pairs = load_pairs(_write(tmp_path / "s.jsonl", records))
    assert [p.name for p in pairs] == ["x"]
    assert [label.uncertain for label in pairs[0].labels] == [False, True, False]


@pytest.mark.parametrize(
    "records",
    [
        [CHANGE],  # change before its pair record
        [{**HEAD, "n_changes": 2}, CHANGE],  # count does not match
        [HEAD, {**CHANGE, "family": "date"}],
        [HEAD, {**CHANGE, "change": "moved"}],
        [HEAD, {**CHANGE, "a": "", "b": ""}],
        [HEAD, {**CHANGE, "b": ""}],  # changed needs both excerpts
        [HEAD, {**CHANGE, "change": "added"}],  # an added figure has no `a`
        [HEAD, {**CHANGE, "change": "removed", "a": ""}],
        [HEAD, {**CHANGE, "family": "hedge", "change": "added", "a": ""}],
        [HEAD, HEAD],
        [],
    ],
)
def test_load_pairs_refuses_malformed_files(
    tmp_path: Path, records: list[dict[str, object]]
) -> None:
    with pytest.raises(DataError):
        load_pairs(_write(tmp_path / "s.jsonl", records))


def test_an_excerpt_not_in_the_text_is_a_data_error() -> None:
    with pytest.raises(DataError, match="not in B"):
        locate(Label("p", "figure", "changed", "12", "16"), A, B)


def test_the_label_files_parse_and_agree_with_their_readme_counts() -> None:
    counts = {split: len(load_pairs(LABELS / f"{split}.jsonl")) for split in SPLITS}
    assert counts == {"dev": 86, "dev2": 42, "dev3": 128, "heldout": 84}
    names = [{p.name for p in load_pairs(LABELS / f"{split}.jsonl")} for split in SPLITS]
    assert sum(map(len, names)) == len(set().union(*names))  # no pair in two splits


@pytest.mark.skipif(not TEXTS.is_dir(), reason="the NewsEdits texts live in ../shared/benchdata")
@pytest.mark.parametrize("split", SPLITS)
def test_every_label_excerpt_is_in_its_text(split: str) -> None:
    check_texts(load_pairs(LABELS / f"{split}.jsonl"), TEXTS)


def test_the_script_scores_a_small_split_and_writes_json(tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    (texts / "x").mkdir(parents=True)
    (texts / "x" / "0.txt").write_text(A, encoding="utf-8")
    (texts / "x" / "1.txt").write_text(B, encoding="utf-8")
    unsure = {**CHANGE, "family": "name", "change": "added", "a": "", "b": "police"}
    _write(
        tmp_path / "dev.jsonl", [{**HEAD, "n_changes": 2}, CHANGE, {**unsure, "uncertain": True}]
    )
    out = tmp_path / "out.json"
    args = ["--labels", str(tmp_path), "--texts", str(texts), "--model", "lexical"]
    assert realcopy.main([*args, "--json", str(out)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    figure = document["views"]["warning+error"]["figure"]
    assert (figure["labels"], figure["found"]) == (1, 1)
    assert figure["raised"] >= 1
    assert document["views"]["warning+error"]["name"]["labels"] == 0  # uncertain and missed


def test_the_script_refuses_a_label_that_is_not_in_its_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "0.txt").write_text(A, encoding="utf-8")
    (tmp_path / "x" / "1.txt").write_text(A, encoding="utf-8")
    _write(tmp_path / "dev.jsonl", [HEAD, CHANGE])
    assert realcopy.main(["--labels", str(tmp_path), "--texts", str(tmp_path)]) == 2
    assert "not in B" in capsys.readouterr().err
