"""The quality benchmark: metrics, gold key mapping, the gold data itself, and the baselines."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from bench import quality, realdata
from bench.baselines import (
    align_difflib,
    align_monotonic,
    align_mutual_best,
    normalise_sentence,
    similarity,
)
from bench.gold import (
    Counts,
    GoldError,
    GoldPair,
    Group,
    Key,
    ResolvedGold,
    Scores,
    find_key,
    links,
    load_pairs,
    parse_gold,
    resolve,
    score,
)
from driftcheck.align import align
from driftcheck.segment import segment
from driftcheck.testing import FakeEmbedder

DATA = Path(__file__).resolve().parent.parent / "bench" / "data"
PAIRS = load_pairs(DATA)


def pair_of(groups: list[dict[str, list[object]]], name: str = "toy") -> GoldPair:
    return parse_gold(name, "", "", {"description": "", "groups": groups})


def covers_each_once(groups: Sequence[Group], n_a: int, n_b: int) -> bool:
    a = sorted(i for group_a, _ in groups for i in group_a)
    b = sorted(j for _, group_b in groups for j in group_b)
    return a == list(range(n_a)) and b == list(range(n_b))


# Metrics


def test_counts_precision_recall_f1() -> None:
    counts = Counts.of({1, 2, 3, 4}, {3, 4, 5})
    assert (counts.tp, counts.fp, counts.fn) == (2, 2, 1)
    assert counts.precision == pytest.approx(0.5)
    assert counts.recall == pytest.approx(2 / 3)
    assert counts.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))


def test_counts_when_a_side_is_empty() -> None:
    assert Counts.of(set(), set()).f1 == 1.0
    nothing_found = Counts.of(set(), {1})
    assert (nothing_found.precision, nothing_found.recall, nothing_found.f1) == (0.0, 0.0, 0.0)
    nothing_true = Counts.of({1}, set())
    assert (nothing_true.precision, nothing_true.recall, nothing_true.f1) == (0.0, 0.0, 0.0)


def test_score_against_hand_made_gold() -> None:
    gold = ResolvedGold(
        groups=(((0,), (0,)), ((1,), (1, 2)), ((2,), ()), ((), (3,))),
        scored_a=frozenset({0, 1, 2}),
        scored_b=frozenset({0, 1, 2, 3}),
    )
    predicted: list[Group] = [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2,), (3,))]
    result = score(predicted, gold)
    assert links(gold.groups) == {(0, 0), (1, 1), (1, 2)}
    assert (result.links.tp, result.links.fp, result.links.fn) == (2, 1, 1)
    assert result.links.f1 == pytest.approx(2 / 3)
    assert (result.omitted.tp, result.omitted.fp, result.omitted.fn) == (0, 0, 1)
    assert (result.added.tp, result.added.fp, result.added.fn) == (0, 1, 1)
    assert result.split_merge.recall == pytest.approx(0.5)


def test_score_ignores_sentences_the_gold_does_not_score() -> None:
    gold = ResolvedGold(groups=(((0,), (0,)),), scored_a=frozenset({0}), scored_b=frozenset({0}))
    predicted: list[Group] = [((0,), (0, 1)), ((1,), ())]
    result = score(predicted, gold)
    assert (result.links.tp, result.links.fp, result.links.fn) == (1, 0, 0)
    assert (result.omitted.tp, result.omitted.fp, result.omitted.fn) == (0, 0, 0)


def test_scores_add_up_for_micro_averaging() -> None:
    one = Scores(links=Counts(1, 0, 1))
    two = Scores(links=Counts(3, 1, 0), added=Counts(1, 0, 0))
    total = one + two
    assert total.links == Counts(4, 1, 1)
    assert total.added == Counts(1, 0, 0)
    assert total.links.precision == pytest.approx(0.8)


# Key mapping


SENTENCES = ["The mayor spoke.", "Rain fell on the city.", "The mayor left.", "."]


def test_unique_key_names_its_sentence() -> None:
    assert find_key(Key("Rain fell"), SENTENCES) == (1, None)


def test_missing_key_is_reported() -> None:
    index, problem = find_key(Key("snow fell"), SENTENCES)
    assert index is None
    assert problem == "key 'snow fell' matches no sentence"


def test_key_across_a_boundary_says_so() -> None:
    _, problem = find_key(Key("spoke. Rain"), SENTENCES)
    assert problem is not None
    assert "straddles a sentence boundary" in problem


def test_ambiguous_key_lists_every_sentence() -> None:
    index, problem = find_key(Key("The mayor"), SENTENCES)
    assert index is None
    assert problem is not None
    assert "ambiguous" in problem
    assert "0: 'The mayor spoke.'" in problem
    assert "2: 'The mayor left.'" in problem


def test_occurrence_picks_among_identical_sentences() -> None:
    twice = ["Lede.", "Caption", "Lede.", "Body."]
    assert find_key(Key("Lede", 2), twice) == (2, None)
    assert (
        find_key(Key("Lede", 3), twice)[1]
        == "key 'Lede' (occurrence 3) has only 2 matching sentence(s)"
    )


def test_resolve_reports_missing_and_ambiguous_keys_with_their_group() -> None:
    pair = pair_of([{"a": ["The mayor"], "b": []}, {"a": ["Rain fell", "hail"], "b": []}])
    resolved = resolve(pair, SENTENCES, [])
    assert len(resolved.errors) == 2
    assert resolved.errors[0].startswith("toy: group 0, side A: key 'The mayor' is ambiguous")
    assert resolved.errors[1] == "toy: group 1, side A: key 'hail' matches no sentence"


def test_resolve_warns_about_uncovered_sentences_but_not_punctuation() -> None:
    a = ["The mayor spoke.", "The mayor left.", "."]
    pair = pair_of([{"a": ["mayor spoke"], "b": ["Rain"]}, {"a": ["mayor left"], "b": []}])
    resolved = resolve(pair, a, ["Rain.", "Added later."])
    assert resolved.errors == ()
    assert resolved.notes == ("toy: no key covers B sentence 1 'Added later.'; it is not scored",)
    assert resolved.scored_a == frozenset({0, 1})
    assert resolved.scored_b == frozenset({0})
    assert resolved.groups == (((0,), (0,)), ((1,), ()))


def test_resolve_rejects_a_sentence_in_two_groups() -> None:
    pair = pair_of([{"a": ["mayor spoke"], "b": ["Rain"]}, {"a": ["mayor spoke", "left"], "b": []}])
    resolved = resolve(pair, SENTENCES[:3], ["Rain."])
    assert resolved.errors == ("toy: A sentence 0 'The mayor spoke.' is in 2 groups",)


def test_resolve_drops_a_dateline_group_kept_inside_the_lede() -> None:
    pair = pair_of([{"a": [], "b": ["XIAN, China"]}, {"a": ["mayor spoke"], "b": ["Leaders met"]}])
    together = resolve(pair, ["The mayor spoke."], ["XIAN, China – Leaders met."])
    assert together.errors == ()
    assert together.notes == ("toy: group 0 dropped, its sentences belong to another group",)
    assert together.groups == (((0,), (0,)),)
    apart = resolve(pair, ["The mayor spoke."], ["XIAN, China –", "Leaders met."])
    assert apart.notes == ()
    assert apart.groups == (((), (0,)), ((0,), (1,)))


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"groups": "no"},
        {"groups": [{"a": [], "b": []}]},
        {"groups": [{"a": [""], "b": []}]},
        {"groups": [{"a": [{"text": "x", "occurrence": 0}], "b": []}]},
    ],
)
def test_malformed_gold_is_rejected(data: object) -> None:
    with pytest.raises(GoldError):
        parse_gold("bad", "", "", data)


# The gold data


def test_the_gold_data_is_all_there() -> None:
    names = {pair.name for pair in PAIRS}
    assert "xian-seed" in names
    assert len(names) >= 9
    sources = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in sources for name in names)


@pytest.mark.parametrize("pair", PAIRS, ids=[pair.name for pair in PAIRS])
def test_gold_covers_every_sentence_exactly_once(pair: GoldPair) -> None:
    a = [s.text for s in segment(pair.a_text).sentences]
    b = [s.text for s in segment(pair.b_text).sentences]
    resolved = resolve(pair, a, b)
    assert resolved.errors == ()
    assert [note for note in resolved.notes if "no key covers" in note] == []
    words_a = {i for i, text in enumerate(a) if any(ch.isalnum() for ch in text)}
    words_b = {j for j, text in enumerate(b) if any(ch.isalnum() for ch in text)}
    assert words_a <= resolved.scored_a
    assert words_b <= resolved.scored_b


def test_seed_gold_holds_the_known_split() -> None:
    pair = next(pair for pair in PAIRS if pair.name == "xian-seed")
    a = [s.text for s in segment(pair.a_text).sentences]
    b = [s.text for s in segment(pair.b_text).sentences]
    resolved = resolve(pair, a, b)
    (split,) = [group for group in resolved.groups if any("weal and woe" in a[i] for i in group[0])]
    assert [b[j][:30] for j in split[1]] == [
        "The first head of state to arr",
        "After their meeting, Xi and To",
    ]
    assert split[1][1] - split[1][0] > 1


# Baselines


def test_difflib_pairs_replaced_sentences_in_order() -> None:
    a = ["One.", "Two “quoted”.", "Three.", "Four."]
    b = ["one.", 'Two "quoted".', "Drei.", "Five.", "Six."]
    assert align_difflib(a, b) == [
        ((0,), (0,)),
        ((1,), (1,)),
        ((2,), (2,)),
        ((3,), (3,)),
        ((), (4,)),
    ]


def test_difflib_deletes_and_inserts() -> None:
    groups = align_difflib(["x.", "y.", "z."], ["x.", "z.", "w."])
    assert groups == [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((), (2,))]


def test_normalise_sentence_folds_cosmetics() -> None:
    assert normalise_sentence("  “Lasting”  Peace – now ") == '"lasting" peace - now'


A_TEXTS = [
    "Council approves budget for coming year.",
    "Heavy rain flooded market square on Sunday.",
    "Police closed bridge after storm.",
]
B_TEXTS = [
    "Heavy rain flooded market square on Sunday.",
    "Council approves budget for coming year.",
    "Concert raised money for local hospital.",
]


def test_mutual_best_links_reordered_sentences() -> None:
    embedder = FakeEmbedder()
    sim = similarity(embedder.embed(A_TEXTS), embedder.embed(B_TEXTS))
    groups = align_mutual_best(sim, threshold=0.5)
    assert groups == [((0,), (1,)), ((1,), (0,)), ((2,), ()), ((), (2,))]
    nothing = align_mutual_best(sim, threshold=1.01)
    assert links(nothing) == set()
    assert covers_each_once(nothing, 3, 3)


def test_monotonic_finds_an_adjacent_split_but_no_move() -> None:
    embedder = FakeEmbedder()
    a = [
        "The council approved the budget and the mayor signed the new housing plan.",
        "Heavy rain flooded the market square on Sunday.",
    ]
    b = [
        "The council approved the budget.",
        "The mayor signed the new housing plan.",
        "Heavy rain flooded the market square on Sunday.",
    ]
    sim = similarity(embedder.embed(a), embedder.embed(b))
    groups = align_monotonic(a, b, sim, embedder, threshold=0.5)
    assert groups == [((0,), (0, 1)), ((1,), (2,))]
    swapped = align_monotonic(
        A_TEXTS,
        B_TEXTS,
        similarity(embedder.embed(A_TEXTS), embedder.embed(B_TEXTS)),
        embedder,
        threshold=0.5,
    )
    assert len(links(swapped)) == 1
    assert covers_each_once(swapped, 3, 3)


def test_monotonic_finds_an_adjacent_merge() -> None:
    embedder = FakeEmbedder()
    a = ["The council approved the budget.", "The mayor signed the new housing plan."]
    b = ["The council approved the budget and the mayor signed the new housing plan."]
    sim = similarity(embedder.embed(a), embedder.embed(b))
    assert align_monotonic(a, b, sim, embedder, threshold=0.5) == [((0, 1), (0,))]


def test_baselines_handle_an_empty_side() -> None:
    embedder = FakeEmbedder()
    sim = similarity(embedder.embed(A_TEXTS), np.zeros((0, 0), dtype=np.float32))
    assert sim.shape == (3, 0)
    expected: list[Group] = [((0,), ()), ((1,), ()), ((2,), ())]
    assert align_difflib(A_TEXTS, []) == expected
    assert align_mutual_best(sim) == expected
    assert align_monotonic(A_TEXTS, [], sim, embedder) == expected


# The script


def write_pair(root: Path, gold: dict[str, object]) -> None:
    folder = root / "toy"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Heavy rain flooded the market square on Sunday.\n\n"
        "Police closed the bridge after the storm.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Heavy rain flooded the market square on Sunday.\n\n"
        "A concert raised money for the local hospital.\n",
        encoding="utf-8",
    )
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")


def test_quality_script_scores_a_pair(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_pair(
        tmp_path,
        {
            "groups": [
                {"a": ["Heavy rain"], "b": ["Heavy rain"]},
                {"a": ["Police closed"], "b": []},
                {"a": [], "b": ["A concert"]},
            ]
        },
    )
    out = tmp_path / "scores.json"
    code = quality.main(
        ["--model", "lexical", "--sets", "gold", "--pairs", str(tmp_path), "--json", str(out)]
    )
    assert code == 0
    assert "micro-averaged over all pairs" in capsys.readouterr().out
    scores = json.loads(out.read_text(encoding="utf-8"))
    assert scores["gold"] == {
        "pairs": 1,
        "a_sentences": 2,
        "b_sentences": 2,
        "links": 1,
        "omitted": 1,
        "added": 1,
    }
    assert set(scores["micro"]) == set(quality.SYSTEMS)
    assert scores["micro"]["driftcheck"]["links"]["f1"] == 1.0


def test_quality_script_fails_on_broken_gold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_pair(tmp_path, {"groups": [{"a": ["Heavy rain", "hail"], "b": ["Heavy rain"]}]})
    assert quality.main(["--model", "lexical", "--sets", "gold", "--pairs", str(tmp_path)]) == 1
    output = capsys.readouterr().out
    assert "key 'hail' matches no sentence" in output
    assert "toy skipped" in output


def test_memo_embedder_embeds_each_text_once() -> None:
    inner = FakeEmbedder()
    memo = quality.MemoEmbedder(inner)
    first = memo.embed(["a b", "c d"])
    second = memo.embed(["c d", "a b", "e"])
    assert inner.calls == [["a b", "c d"], ["e"]]
    np.testing.assert_array_equal(first[0], second[1])
    assert memo.model_id == inner.model_id


def test_dev_sets_missing_is_one_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(realdata.MissingDataError, match="pass --benchdata DIR"):
        realdata.benchdata_root(tmp_path)
    assert (
        quality.main(["--model", "lexical", "--sets", "aesop", "--benchdata", str(tmp_path)]) == 0
    )
    assert "skipping aesop: no benchdata at" in capsys.readouterr().out


def test_dev_set_scoring_hands_driftcheck_spans_to_the_sets_scorer(tmp_path: Path) -> None:
    """A toy set with a stand-in scorer: spans go in, the scorer's summary comes out."""
    (tmp_path / "score.py").write_text(
        "import json\n"
        "from pathlib import Path\n"
        "def _to_gold(span, spans):\n"
        "    return next((i for i, s in enumerate(spans) if list(s) == list(span)), None)\n"
        "def links_of(groups):\n"
        "    return {(i, j) for a, b in groups for i in a for j in b}\n"
        "def score_pair(path, groups):\n"
        "    g = json.loads(Path(path).read_text())\n"
        "    pred = links_of([([_to_gold(s, g['a_spans']) for s in a],\n"
        "                      [_to_gold(s, g['b_spans']) for s in b]) for a, b in groups])\n"
        "    return {'tp': len(pred & links_of(g['links'])), 'pred': len(pred)}\n"
        "def summarize(results):\n"
        "    return {'link_f1': sum(r['tp'] for r in results) / sum(r['pred'] for r in results)}\n",
        encoding="utf-8",
    )
    folder = tmp_path / "toy" / "pair000"
    folder.mkdir(parents=True)
    a_text = "Heavy rain flooded the square. Police closed the bridge."
    b_text = "Heavy rain flooded the square. A concert raised money."
    (folder / "a.txt").write_text(a_text, encoding="utf-8")
    (folder / "b.txt").write_text(b_text, encoding="utf-8")
    gold = {"a_spans": [[0, 30], [31, 56]], "b_spans": [[0, 30], [31, 54]], "links": [[[0], [0]]]}
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    [pair] = realdata.load_set(tmp_path, "toy")
    assert pair.gold_sentences("b") == ["Heavy rain flooded the square.", "A concert raised money."]
    groups = align(pair.a, pair.b, FakeEmbedder())
    into = realdata.SetScore([])
    realdata.score_groups(tmp_path, pair, realdata.to_spans(pair, groups), into)
    assert into.summary(tmp_path) == {"link_f1": 1.0, "split_merge_recall": 0.0}
