"""Invariants as property tests, on real and generated text, with the fake embedder.

Real text is the sentences of the seed pair and the bench pairs, dropped, duplicated,
reworded and shuffled; generated text mixes scripts, quotes, figures, emoji and every
kind of line break. Hypothesis is derandomised, so every run tests the same examples.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from driftcheck.cli import app
from driftcheck.errors import InputError
from driftcheck.normalize import tidy
from driftcheck.pipeline import Comparer
from driftcheck.report.json import render_json
from driftcheck.segment import segment
from driftcheck.testing import FakeEmbedder
from driftcheck.textio import decode
from driftcheck.types import Kind, Op, Report
from tests.helpers import ROOT, SEED_A, SEED_B, assert_partition

BENCH_PAIRS = sorted(p for p in (ROOT / "bench" / "data").iterdir() if (p / "a.txt").is_file())
REAL_TEXTS = [SEED_A, SEED_B, *(p / name for p in BENCH_PAIRS for name in ("a.txt", "b.txt"))]
REAL_SENTENCES = sorted(
    {tidy(s.text) for path in REAL_TEXTS for s in segment(path.read_text("utf-8")).sentences}
)
REWORDS = ["council", "not", "never", "12", "1,200", "“lasting”", "Reuters", "said", "may"]
SEPARATORS = st.sampled_from([" ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n \n", "  "])
GENERATED_PIECES = st.sampled_from(
    [
        *"abcdefghij ABCDEF éüßñ 0123456789 .,;:!?()-",
        *['"', "'", "“", "”", "‘", "’", "—", "–", "$", "%", "。"],
        *["习近平", "قال", "שלום", "😀", "👨\u200d👩\u200d👧", "\u200f", "e\u0301"],
    ]
)
PROPERTY = settings(
    derandomize=True,
    max_examples=40,
    deadline=None,  # time is not a property; shared CI machines are slow at random
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

comparer = Comparer(embedder=FakeEmbedder())


@st.composite
def edited(draw: st.DrawFn, sentences: list[str]) -> list[str]:
    """A re-published copy: sentences kept, dropped, repeated, reworded, swapped, added."""
    out: list[str] = []
    for sentence in sentences:
        action = draw(st.sampled_from(["keep", "keep", "drop", "twice", "reword"]))
        if action == "drop":
            continue
        words = sentence.split(" ")
        if action == "reword":
            words[draw(st.integers(0, len(words) - 1))] = draw(st.sampled_from(REWORDS))
        out += [" ".join(words)] * (2 if action == "twice" else 1)
    if len(out) > 1 and draw(st.booleans()):
        i, j = draw(st.integers(0, len(out) - 1)), draw(st.integers(0, len(out) - 1))
        out[i], out[j] = out[j], out[i]
    return out + draw(st.lists(st.sampled_from(REAL_SENTENCES), max_size=2))


@st.composite
def joined(draw: st.DrawFn, sentences: list[str]) -> str:
    """The sentences as a file would hold them, with any mix of line breaks."""
    return "".join(sentence + draw(SEPARATORS) for sentence in sentences)


real_sentences = st.lists(st.sampled_from(REAL_SENTENCES), min_size=1, max_size=10)
generated_sentences = st.lists(
    st.lists(GENERATED_PIECES, min_size=1, max_size=30).map("".join), min_size=1, max_size=8
)


@st.composite
def pairs(draw: st.DrawFn) -> tuple[str, str]:
    """Version A and an edited version B, from real or from generated sentences."""
    base = draw(st.one_of(real_sentences, generated_sentences))
    a = draw(st.one_of(st.just(base), edited(base)))
    return draw(joined(a)), draw(joined(draw(edited(base))))


texts = st.one_of(real_sentences, generated_sentences).flatmap(joined)


def links(report: Report, *, swap: bool = False) -> set[tuple[tuple[int, ...], tuple[int, ...]]]:
    groups = [(g.a, g.b) for g in report.alignments if g.a and g.b]
    return {(b, a) if swap else (a, b) for a, b in groups}


def lone(report: Report, kind: Kind) -> set[tuple[int, ...]]:
    return {g.a or g.b for g in report.alignments if g.kind is kind}


def assert_offsets(report: Report, a_text: str, b_text: str) -> None:
    for document, text in ((report.a, a_text), (report.b, b_text)):
        assert document.text == text
        for sentence in document.sentences:
            assert text[sentence.start : sentence.end] == sentence.text


def assert_diffs_rebuild_both_sides(report: Report) -> None:
    """Equal, deleted and A's cosmetic text give A; equal, inserted and B's cosmetic give B."""
    for group in report.alignments:
        a_text = " ".join(tidy(report.a.sentences[i].text) for i in group.a)
        b_text = " ".join(tidy(report.b.sentences[j].text) for j in group.b)
        a_side = {Op.EQUAL: "text", Op.DELETE: "text", Op.COSMETIC: "a_text"}
        b_side = {Op.EQUAL: "text", Op.INSERT: "text", Op.COSMETIC: "text"}
        for side, wanted in ((a_side, a_text), (b_side, b_text)):
            rebuilt = "".join(getattr(t, side[t.op]) or "" for t in group.diff if t.op in side)
            assert rebuilt == wanted


# Comparing a text with itself


@PROPERTY
@given(texts)
def test_a_text_compared_with_itself_has_no_drift(text: str) -> None:
    report = comparer.compare(text, text)
    assert all(g.kind is Kind.UNCHANGED and not g.moved for g in report.alignments)
    assert report.findings == ()
    assert report.drift_score == 0
    assert report.identical


# Every sentence in one group; offsets; diffs


@PROPERTY
@given(pairs())
def test_every_sentence_is_in_exactly_one_group(pair: tuple[str, str]) -> None:
    assert_partition(comparer.compare(*pair))


@PROPERTY
@given(pairs())
def test_offsets_slice_the_original_text(pair: tuple[str, str]) -> None:
    assert_offsets(comparer.compare(*pair), *pair)


@PROPERTY
@given(pairs())
def test_diff_tokens_rebuild_both_sides(pair: tuple[str, str]) -> None:
    assert_diffs_rebuild_both_sides(comparer.compare(*pair))


@PROPERTY
@given(texts)
def test_line_endings_do_not_change_the_sentences(text: str) -> None:
    """CRLF and lone CR read as LF: the same sentences, paragraphs and offsets."""
    unix = text.replace("\r\n", "\n").replace("\r", "\n")
    expected = [(s.text, s.start, s.paragraph) for s in segment(unix).sentences]
    for ending in ("\r\n", "\r"):
        other = unix.replace("\n", ending)
        found = [(s.text, s.start, s.paragraph) for s in segment(other).sentences]
        assert len(found) == len(expected)
        shift = len(ending) - 1
        for (text_a, start_a, para_a), (text_b, start_b, para_b) in zip(
            expected, found, strict=True
        ):
            assert (text_b.replace(ending, "\n"), para_b) == (text_a, para_a)
            assert start_b == start_a + shift * unix.count("\n", 0, start_a)


# Swapping A and B


@PROPERTY
@given(pairs())
def test_swapping_a_and_b_mirrors_the_alignment(pair: tuple[str, str]) -> None:
    forward = comparer.compare(*pair)
    backward = comparer.compare(pair[1], pair[0])
    assert links(forward) == links(backward, swap=True)
    assert lone(forward, Kind.OMITTED) == lone(backward, Kind.ADDED)
    assert lone(forward, Kind.ADDED) == lone(backward, Kind.OMITTED)


# Byte-identical output


@PROPERTY
@given(pairs())
def test_json_is_byte_identical_across_runs(pair: tuple[str, str]) -> None:
    first = render_json(Comparer(embedder=FakeEmbedder()).compare(*pair))
    second = render_json(Comparer(embedder=FakeEmbedder()).compare(*pair))
    assert first == second


def assert_every_invariant(comparer: Comparer, a_text: str, b_text: str) -> None:
    forward, backward = comparer.compare(a_text, b_text), comparer.compare(b_text, a_text)
    for report, texts_ in ((forward, (a_text, b_text)), (backward, (b_text, a_text))):
        assert_partition(report)
        assert_offsets(report, *texts_)
        assert_diffs_rebuild_both_sides(report)
    assert links(forward) == links(backward, swap=True)
    assert lone(forward, Kind.OMITTED) == lone(backward, Kind.ADDED)
    for text in (a_text, b_text):
        same = comparer.compare(text, text)
        assert {g.kind for g in same.alignments} == {Kind.UNCHANGED}
        assert same.findings == ()


REAL_PAIRS = [(SEED_A, SEED_B), *((p / "a.txt", p / "b.txt") for p in BENCH_PAIRS)]
REAL_IDS = ["seed", *(p.name for p in BENCH_PAIRS)]


@pytest.mark.parametrize(("a", "b"), REAL_PAIRS, ids=REAL_IDS)
def test_real_pairs_hold_every_invariant(a: Path, b: Path) -> None:
    assert_every_invariant(comparer, a.read_text("utf-8"), b.read_text("utf-8"))


@pytest.mark.model
@pytest.mark.parametrize(("a", "b"), REAL_PAIRS, ids=REAL_IDS)
def test_real_pairs_hold_every_invariant_with_the_bundled_model(
    real_comparer: Comparer, a: Path, b: Path
) -> None:
    """What users run: the same invariants with the real embeddings."""
    assert_every_invariant(real_comparer, a.read_text("utf-8"), b.read_text("utf-8"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four bench pairs as story folders, and the seed pair in a manifest."""
    root = tmp_path_factory.mktemp("corpus")
    for pair in BENCH_PAIRS[:4]:
        shutil.copytree(pair, root / pair.name, ignore=shutil.ignore_patterns("*.json"))
    manifest = root / "wire"
    manifest.mkdir()
    shutil.copy(SEED_A, manifest / "ani.txt")
    shutil.copy(SEED_B, manifest / "reuters.txt")
    (manifest / "manifest.csv").write_text("source,target\nani.txt,reuters.txt\n", "utf-8")
    return root


def run_check(corpus: Path, *args: str) -> str:
    result = CliRunner().invoke(
        app, ["check", str(corpus), "-m", "lexical", "--fail-on", "never", *args]
    )
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("output_format", ["json", "jsonl", "sarif"])
def test_check_output_is_byte_identical_across_runs_and_jobs(
    corpus: Path, output_format: str
) -> None:
    first = run_check(corpus, "-f", output_format, "--jobs", "1")
    assert run_check(corpus, "-f", output_format, "--jobs", "1") == first
    assert run_check(corpus, "-f", output_format, "--jobs", "2") == first
    if output_format == "json":
        assert len(json.loads(first)["pairs"]) == 5


def test_compare_json_is_byte_identical_across_cli_runs() -> None:
    def run() -> str:
        args = ["compare", str(SEED_A), str(SEED_B), "-m", "lexical", "-f", "json"]
        return CliRunner().invoke(app, args).stdout

    first = run()
    assert run() == first
    assert json.loads(first)["alignments"]


# Anything at all: bytes and text no story would contain


@settings(PROPERTY, max_examples=300)
@given(st.binary(max_size=3000))
def test_any_bytes_decode_to_text_or_one_input_error(data: bytes) -> None:
    outcome: str | InputError
    try:
        outcome = decode(data, "version.txt")
    except InputError as error:
        outcome = error
    if isinstance(outcome, InputError):
        assert str(outcome).startswith("version.txt: ")
        assert "\n" not in str(outcome)
    else:
        assert outcome.strip()


@PROPERTY
@given(st.text(max_size=400), st.text(max_size=400))
def test_any_two_texts_give_a_sound_report(a: str, b: str) -> None:
    report = comparer.compare(a, b)
    assert_partition(report)
    assert_offsets(report, a, b)


any_file = st.one_of(
    st.binary(min_size=1, max_size=600),
    st.text(min_size=1, max_size=400).map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.text(min_size=1, max_size=400).map(lambda text: text.encode("utf-16", "surrogatepass")),
)


@PROPERTY
@given(any_file, st.sampled_from([SEED_A, None]))
def test_the_cli_answers_any_file_with_a_report_or_one_line(
    data: bytes, other: Path | None
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "version.txt"
        path.write_bytes(data)
        b = str(other or path)
        result = CliRunner().invoke(app, ["compare", str(path), b, "-m", "lexical", "-f", "json"])
    assert result.exit_code in (0, 1, 2), result.stderr
    if result.exit_code == 2:
        assert result.stderr.startswith("driftcheck: error: ")
        assert result.stderr.count("\n") == 1
    else:
        assert json.loads(result.stdout)["alignments"]
