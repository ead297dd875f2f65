"""Very large input: a 5 MB line, a long edited line, a 10 MB story, memory kept linear.

The inputs are generated here, in temporary directories (bench/big_story.py makes the
stories); memory is measured with tracemalloc or the process's peak resident size.
"""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from bench import big_story
from driftcheck.align import AlignOptions, align
from driftcheck.align.vectors import Vectors, top_k
from driftcheck.pipeline import Comparer
from driftcheck.segment import segment
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Kind
from tests.bad_input import (
    EDITED,
    STORY,
    VOCABULARY,
    assert_sound,
    assert_user_error,
    invoke,
    write,
)

# Size: one huge line, a long line edited in the middle, a 10 MB story


def unpunctuated_line(size: int) -> str:
    """Lower-case words from the seed story, no punctuation, `size` characters."""
    words = np.random.default_rng(5).choice(VOCABULARY, size=size // 3)
    return " ".join(word.lower() for word in words)[:size].rstrip()


def test_a_5_mb_line_without_punctuation_is_one_sentence(tmp_path: Path) -> None:
    line = unpunctuated_line(5_000_000)
    a = write(tmp_path / "a.txt", line + "\n")
    b = write(tmp_path / "b.txt", STORY)
    out = tmp_path / "report.json"
    code, stdout, err = invoke(
        "compare", str(a), str(b), "-m", "lexical", "-f", "json", "-o", str(out)
    )
    assert (code, stdout, err) == (0, "", "")
    document = json.loads(out.read_text("utf-8"))
    assert_sound(document, line + "\n", STORY)
    [sentence] = document["a"]["sentences"]
    assert (sentence["start"], sentence["end"]) == (0, len(line))
    assert document["alignments"][0]["kind"] == "omitted"


def test_a_long_line_edited_in_the_middle_diffs_one_word() -> None:
    """300 kB: findings used to rescan the whole sentence per word (100 s here, now ~5 s)."""
    line = unpunctuated_line(300_000)
    middle = line.index(" ", len(line) // 2) + 1
    old = line[middle : line.index(" ", middle)]
    edited = f"{line[:middle]}lighthouse{line[middle + len(old) :]}"
    result = Comparer(embedder=FakeEmbedder()).compare(line, edited)
    [group] = result.alignments
    assert group.kind is Kind.CHANGED
    assert [(t.op.value, t.text) for t in group.diff if t.op.value != "equal"] == [
        ("delete", old),
        ("insert", "lighthouse"),
    ]
    assert (old, "lighthouse") in result.glossary


def test_a_10_mb_story_finishes_without_a_similarity_matrix(tmp_path: Path) -> None:
    """80,000 sentences a side; an n x m float matrix alone would need 25 GB."""
    a, b = big_story.write_pair(tmp_path, 10_000_000)
    out = tmp_path / "report.json"
    outcome = big_story.measure(a, b, out, "-m", "lexical", "--no-cache")
    assert outcome["code"] == 0
    assert outcome["peak_mib"] < 4096  # measured about 1.1 GiB; bench/big_story.py tracks it
    document = json.loads(out.read_text("utf-8"))
    a_text, b_text = a.read_text("utf-8"), b.read_text("utf-8")
    assert len(a_text) >= 10_000_000
    assert_sound(document, a_text, b_text)
    summary = document["summary"]
    assert summary["a_sentences"] > 70_000
    assert summary["unchanged"] > 0.9 * summary["a_sentences"]


def test_top_k_search_never_holds_an_n_by_m_matrix() -> None:
    rng = np.random.default_rng(0)
    n = 15_000
    rows, cols = (rng.standard_normal((n, 16)).astype(np.float32) for _ in range(2))
    tracemalloc.start()
    try:
        found = sum(1 for _ in top_k(rows, cols, 8))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert found == n * 8
    assert peak < n * n * 4 / 4  # a quarter of one float32 n x m matrix (measured ~1/8)


def test_aligning_a_story_where_every_sentence_changed_stays_below_n_by_m(
    tmp_path: Path,
) -> None:
    """Nothing identical to settle: all 5,000 sentences a side go through the search."""
    a, b = big_story.write_pair(tmp_path, 600_000, reword=1.0)
    doc_a, doc_b = segment(a.read_text("utf-8")), segment(b.read_text("utf-8"))
    n, m = len(doc_a.sentences), len(doc_b.sentences)
    tracemalloc.start()
    try:
        groups = align(doc_a.sentences, doc_b.sentences, FakeEmbedder(dimensions=64))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert n > 5000
    assert sum(1 for g in groups if g.kind is Kind.CHANGED) > 0.9 * n
    assert peak < n * m * 4  # one float32 similarity matrix; measured about half of it


def test_a_version_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "dump.txt"
    with huge.open("wb") as handle:
        handle.truncate(30_000_000)  # sparse: 30 MB of NULs that take no disk space
    good = write(tmp_path / "good.txt", STORY)
    code, out, err = invoke("compare", str(huge), str(good), "-m", "lexical")
    assert_user_error(code, out, err, f"{huge}: is 30.0 MB, over the 25 MB limit", "--max-size 0")
    code, out, err = invoke("compare", str(good), str(huge), "-m", "lexical", "--max-size", "40")
    assert_user_error(code, out, err, "looks binary")  # read, and refused for what it is


@pytest.mark.parametrize("where", ["option", "config"])
def test_the_size_limit_can_be_set_or_turned_off(tmp_path: Path, where: str) -> None:
    a = write(tmp_path / "a.txt", STORY)
    b = write(tmp_path / "b.txt", EDITED)
    config = tmp_path / "driftcheck.toml"

    def run(limit: str, *files: Path) -> tuple[int, str, str]:
        write(config, f"max-size = {limit}\n" if where == "config" else "")
        option = ["--max-size", limit] if where == "option" else []
        paths = [str(f) for f in files] or [str(a), str(b)]
        return invoke("compare", *paths, "-m", "lexical", "--config", str(config), *option)

    assert_user_error(*run("0.0001"), f"{a}: is 0.0 MB, over the 0.0001 MB limit")
    assert run("0")[0] == 1  # no limit: the edited figure fails the default policy
    assert run("1")[0] == 1
    code, out, err = invoke(
        "compare", "-", str(b), "-m", "lexical", "--max-size", "0.0001", stdin=STORY
    )
    assert_user_error(code, out, err, "<stdin>: is more than 0.0001 MB")


def test_a_bad_size_limit_in_the_settings_is_one_line(tmp_path: Path) -> None:
    config = write(tmp_path / "driftcheck.toml", 'max-size = "big"\n')
    a = write(tmp_path / "a.txt", STORY)
    code, out, err = invoke("compare", str(a), str(a), "--config", str(config))
    assert_user_error(code, out, err, "max-size: must be a number of MB")


def test_check_reports_an_oversized_version_as_its_error_row(tmp_path: Path) -> None:
    for story, edited in (("small", EDITED), ("long", EDITED * 20)):
        write(tmp_path / story / "a.txt", STORY)
        write(tmp_path / story / "b.txt", edited)
    code, out, _ = invoke(
        "check", str(tmp_path), "-m", "lexical", "-f", "json", "--max-size", "0.001"
    )
    assert code == 2
    pairs = {pair["story"]: pair for pair in json.loads(out)["pairs"]}
    assert pairs["small"]["outcome"] == "fail"
    assert "over the 0.001 MB limit" in pairs["long"]["error"]


def test_a_line_repeated_thousands_of_times_pairs_in_order_with_bounded_candidates() -> None:
    """Every copy ties with every other: candidates stay k per sentence, order decides."""
    a = segment("Advertisement. " * 3000).sentences
    b = segment("Advertisement. " * 2990 + "The end.").sentences
    options = AlignOptions()
    texts_a = {s.index: s.text for s in a}
    texts_b = {s.index: s.text for s in b}
    keys = ([s.text for s in a], [s.text for s in b])
    vectors = Vectors(texts_a, texts_b, keys, FakeEmbedder(), options.top_k)
    found = sum(len(c) for side in vectors.near.values() for c in side.values())
    assert found <= 2 * 2 * options.top_k * (len(a) + len(b))
    groups = align(a, b, FakeEmbedder())
    unchanged = [(g.a, g.b) for g in groups if g.kind is Kind.UNCHANGED]
    assert len(unchanged) == 2990
    assert all(not g.moved for g in groups)
    assert [g.kind for g in groups if g.kind is not Kind.UNCHANGED].count(Kind.OMITTED) == 10
