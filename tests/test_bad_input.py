"""Bad input: one clear line on stderr and exit 2, or a correct report; never a traceback.

Each case runs the CLI as users do (output and exit code checked together), with the
lexical model where the embedding model is not the point. The 5 MB and 10 MB inputs are
generated here, in temporary directories.
"""

from __future__ import annotations

import codecs
import json
import os
import sqlite3
import subprocess
import sys
import tracemalloc
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from typer.testing import CliRunner

from bench import big_story
from driftcheck.align import _top_k, align
from driftcheck.cli import app
from driftcheck.compare import Comparer
from driftcheck.embed.cache import FILENAME
from driftcheck.segment import segment
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Kind
from tests.helpers import ROOT, SEED_A, SEED_B

runner = CliRunner()

STORY = (
    "Harbour tolls to rise in May\n\n"
    "The port authority said on Tuesday that tolls for cargo ships would rise by 12 percent\n"
    "from the first of May, the first increase since 2015.\n"
    "“We have no choice,” chief executive Ana Ruiz told reporters in Calder Bay.\n"
    "Shipping lines said the increase would be passed on to customers.\n"
)
EDITED = STORY.replace("12 percent", "15 percent").replace("no choice", "little choice")
OTHER = (
    "Astronomers have found a comet beyond the orbit of Neptune.\n"
    "It circles the sun once every 400 years and will be visible in binoculars next spring.\n"
)
LATIN = "Le maire de Montréal a déclaré mardi que la façade du théâtre sera rénovée.\n"
VOCABULARY = sorted(
    {
        word
        for path in (SEED_A, SEED_B)
        for word in path.read_text("utf-8").split()
        if word.isalpha()
    }
)


def invoke(*args: str, stdin: str | bytes | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def assert_user_error(code: int, out: str, err: str, *fragments: str) -> None:
    """Exit 2, nothing on stdout, one line on stderr that says what is wrong."""
    assert code == 2, err
    assert out == ""
    assert err.startswith("driftcheck: error: ")
    assert err.count("\n") == 1
    assert err.endswith("\n")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def symlink(path: Path, target: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to(target)
    return path


def report(*args: str, stdin: str | bytes | None = None) -> tuple[int, dict[str, Any]]:
    """`compare ARGS -m lexical -f json`: the exit code and the JSON document."""
    code, out, err = invoke("compare", *args, "-m", "lexical", "-f", "json", stdin=stdin)
    assert code in (0, 1), err
    assert err == ""
    document: dict[str, Any] = json.loads(out)
    return code, document


def assert_sound(document: dict[str, Any], a_text: str, b_text: str) -> None:
    """Offsets slice the decoded texts, and every sentence is in exactly one group."""
    for side, text in (("a", a_text), ("b", b_text)):
        sentences = document[side]["sentences"]
        assert sentences
        for sentence in sentences:
            assert text[sentence["start"] : sentence["end"]] == sentence["text"]
        indices = sorted(i for group in document["alignments"] for i in group[side])
        assert indices == list(range(len(sentences)))


# Files that are not a story: refused with one line, whichever side they are on

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
REFUSED: list[tuple[str, Callable[[Path], Path], tuple[str, ...]]] = [
    ("empty", lambda d: write(d / "v.txt", b""), ("is empty",)),
    ("whitespace", lambda d: write(d / "v.txt", " \n\t\r\n\u00a0\u3000\n"), ("is empty",)),
    ("png", lambda d: write(d / "v.txt", PNG), ("is a PNG image, not text",)),
    ("nul-bytes", lambda d: write(d / "v.txt", b"text\x00\x01\x02 more"), ("looks binary",)),
    (
        "latin-1",
        lambda d: write(d / "v.txt", LATIN.encode("latin-1")),
        ("is not valid utf-8 (byte 0xe9 at offset 17)", "--encoding latin-1"),
    ),
    (
        "bad-utf-16",
        lambda d: write(d / "v.txt", codecs.BOM_UTF16_LE + b"T\x00o"),
        ("starts with a utf-16 mark but is not valid utf-16",),
    ),
    (
        "html-page",
        lambda d: write(
            d / "v.txt", "<!DOCTYPE html>\n<html><body><p>Tolls rise.</p></body></html>"
        ),
        ("looks like HTML", "plain text"),
    ),
    (
        "html-fragment",
        lambda d: write(d / "v.txt", "\n  <p>Tolls will rise.</p>\n<p>Ships pay more.</p>\n"),
        ("looks like HTML",),
    ),
    (
        "html-comment",
        lambda d: write(d / "v.txt", "<!-- saved from the CMS -->\n<div>Tolls rise.</div>"),
        ("looks like HTML",),
    ),
    ("missing", lambda d: d / "missing.txt", ("no such file",)),
    ("dangling-link", lambda d: symlink(d / "v.txt", d / "gone.txt"), ("broken symbolic link",)),
    ("link-loop", lambda d: symlink(d / "v.txt", d / "v.txt"), ("broken symbolic link",)),
    ("directory", lambda d: write(d / "v.txt", STORY).parent, ("is a directory, expected",)),
]


@pytest.mark.parametrize("side", ["A", "B"])
@pytest.mark.parametrize(
    ("make", "fragments"), [(m, f) for _, m, f in REFUSED], ids=[n for n, _, _ in REFUSED]
)
def test_compare_refuses_what_is_not_a_story(
    tmp_path: Path, side: str, make: Callable[[Path], Path], fragments: tuple[str, ...]
) -> None:
    bad = make(tmp_path / "bad")
    good = write(tmp_path / "good.txt", STORY)
    pair = (bad, good) if side == "A" else (good, bad)
    code, out, err = invoke("compare", *map(str, pair), "-m", "lexical")
    assert_user_error(code, out, err, str(bad), *fragments)


def test_check_reports_each_unreadable_version_and_the_other_stories(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "good" / "a.txt", STORY)
    write(corpus / "good" / "b.txt", EDITED)
    file_cases = [case for case in REFUSED if case[0] not in ("missing", "directory")]
    for name, make, _ in file_cases:
        write(corpus / name / "a.txt", STORY)
        make(tmp_path / "made" / name).rename(corpus / name / "b.txt")
    code, out, err = invoke("check", str(corpus), "-m", "lexical", "-f", "json")
    assert code == 2, err
    pairs = {pair["story"]: pair for pair in json.loads(out)["pairs"]}
    assert pairs["good"]["outcome"] == "fail"  # 12 -> 15 percent is number.changed
    assert pairs["good"]["error"] is None
    for name, _, fragments in file_cases:
        assert pairs[name]["outcome"] == "error"
        assert all(fragment in pairs[name]["error"] for fragment in fragments), name


# Encodings and line endings: the same report, offsets into the decoded text

ENCODED: dict[str, tuple[Callable[[str], bytes], str]] = {
    "utf-8-bom": (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
    "utf-16-le-bom": (lambda t: t.encode("utf-16"), "utf-16"),
    "utf-16-be-bom": (lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16"),
    "utf-32-bom": (lambda t: t.encode("utf-32"), "utf-32"),
    "crlf": (lambda t: t.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    "lone-cr": (lambda t: t.replace("\n", "\r").encode("utf-8"), "utf-8"),
    "mixed": (lambda t: t.replace("\n\n", "\r\n\r\n").replace(".\n", ".\r").encode(), "utf-8"),
}


@pytest.mark.parametrize("variant", list(ENCODED))
def test_encodings_and_line_endings_read_as_the_same_story(tmp_path: Path, variant: str) -> None:
    encode, codec = ENCODED[variant]
    data = encode(STORY)
    a = write(tmp_path / "a.txt", data)
    b = write(tmp_path / "b.txt", STORY)
    code, document = report(str(a), str(b))
    assert code == 0
    assert_sound(document, data.decode(codec), STORY)
    assert {group["kind"] for group in document["alignments"]} == {"unchanged"}
    assert {finding["message"] for finding in document["findings"]} <= {"cosmetic only: spacing"}
    assert document["drift"]["score"] == 0
    assert len(document["a"]["sentences"]) == 4


def test_stdin_takes_bytes_with_a_bom(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", STORY)
    code, document = report(str(a), "-", stdin=STORY.replace("\n", "\r\n").encode("utf-16"))
    assert code == 0
    assert document["b"]["path"] is None
    assert {group["kind"] for group in document["alignments"]} == {"unchanged"}


def test_latin_1_reads_correctly_with_the_encoding_option(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", LATIN.encode("latin-1"))
    edited = LATIN.replace("mardi", "mercredi")
    b = write(tmp_path / "b.txt", codecs.BOM_UTF8 + edited.encode("utf-8"))  # a BOM wins
    code, document = report(str(a), str(b), "--encoding", "latin-1", "--fail-on", "never")
    assert code == 0
    assert_sound(document, LATIN, edited)
    assert document["a"]["sentences"][0]["text"] == LATIN.strip()
    [group] = document["alignments"]
    assert group["kind"] == "changed"
    assert ["delete", "mardi"] in group["diff"]
    assert ["insert", "mercredi"] in group["diff"]


def test_unknown_encoding_is_one_line(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", STORY)
    code, out, err = invoke("compare", str(a), str(a), "--encoding", "klingon")
    assert_user_error(code, out, err, "unknown encoding 'klingon'")


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
        found = sum(1 for _ in _top_k(rows, cols, 8))
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


# What is in the text: identical, unrelated, scripts, markup in a story


def test_identical_files_say_so(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", STORY)
    b = write(tmp_path / "b.txt", STORY)
    code, out, err = invoke("compare", str(a), str(b), "-m", "lexical")
    assert (code, err) == (0, "")
    assert "are identical: 4 sentences, no drift." in " ".join(out.split())
    code, document = report(str(a), str(b))
    assert code == 0
    assert {group["kind"] for group in document["alignments"]} == {"unchanged"}
    assert (document["findings"], document["drift"]["score"]) == ([], 0)


def test_unrelated_files_are_all_omitted_and_added(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", STORY)
    b = write(tmp_path / "b.txt", OTHER)
    code, document = report(str(a), str(b), "--fail-on", "warning")
    assert code == 1
    assert_sound(document, STORY, OTHER)
    assert all(not (g["a"] and g["b"]) for g in document["alignments"])
    summary = document["summary"]
    assert (summary["omitted"], summary["added"]) == (4, 2)
    assert document["drift"]["score"] >= 60


SCRIPTS = {
    "arabic": (
        "قال الرئيس إن الاقتصاد ينمو بسرعة. وأضاف أن الحكومة ستخفض الضرائب.\n\n"
        'وقال الوزير إن "الوضع مستقر".\n',
        "قال الرئيس إن الاقتصاد ينمو ببطء. وأضاف أن الحكومة ستخفض الضرائب.\n\n"
        'وقال الوزير إن "الوضع خطير".\n',
    ),
    "hebrew": (
        "ראש הממשלה אמר כי הכלכלה צומחת. השר הוסיף כי המסים יופחתו.\n",
        "ראש הממשלה אמר כי הכלכלה צומחת במהירות. השר הוסיף כי המסים יופחתו.\n",
    ),
    "chinese": (
        "习近平周四在西安会见了哈萨克斯坦总统。两国领导人同意加强合作。他说：“我们是永远的朋友。”\n",
        "习近平周四在西安会见了哈萨克斯坦总统。两国领导人同意深化合作。他说：“我们是持久的朋友。”\n",
    ),
    "emoji": (
        "The mayor 🎉 opened the bridge 🌉 on Tuesday. Fans cheered 👏🏽👏🏽. 👨‍👩‍👧 came.\n",
        "The mayor 🎊 opened the bridge 🌉 on Tuesday. Fans cheered 👏🏽. 👨‍👩‍👧 came.\n",
    ),
    "bidi-marks": (
        "The minister\u200f said \u202bمرحبا\u202c in Paris. Talks went on.\n",
        "The minister said \u202bمرحبا\u202c in Paris. Talks went on late.\n",
    ),
}


@pytest.mark.parametrize("script", list(SCRIPTS))
def test_right_to_left_cjk_and_emoji_give_sound_reports(tmp_path: Path, script: str) -> None:
    a_text, b_text = SCRIPTS[script]
    a = write(tmp_path / "a.txt", a_text)
    b = write(tmp_path / "b.txt", b_text)
    _, document = report(str(a), str(b))
    assert_sound(document, a_text, b_text)
    _, same = report(str(a), str(a))
    assert {group["kind"] for group in same["alignments"]} == {"unchanged"}
    for output_format in ("terminal", "markdown", "html"):
        code, out, err = invoke("compare", str(a), str(b), "-m", "lexical", "-f", output_format)
        assert code in (0, 1), err
        assert err == ""
        assert out


def test_right_to_left_quote_change_is_found(tmp_path: Path) -> None:
    a_text, b_text = SCRIPTS["arabic"]
    code, document = report(
        str(write(tmp_path / "a.txt", a_text)), str(write(tmp_path / "b.txt", b_text))
    )
    assert code == 1
    assert "quote.altered" in document["drift"]["by_rule"]


def test_chinese_sentences_end_at_the_full_stop(tmp_path: Path) -> None:
    a_text, _ = SCRIPTS["chinese"]
    a = write(tmp_path / "a.txt", a_text)
    _, document = report(str(a), str(a))
    assert [s["text"][-1] for s in document["a"]["sentences"]] == ["。", "。", "”"]


def test_a_script_tag_in_a_story_stays_text(tmp_path: Path) -> None:
    a_text = (
        'The mayor posted <script>alert("x")</script> on her page. Officials said it was hacked.\n'
    )
    b_text = a_text.replace('"x"', '"pwned"').replace("hacked", "defaced")
    a = write(tmp_path / "a.txt", a_text)
    b = write(tmp_path / "b.txt", b_text)
    for output_format, escaped in (
        ("html", "&lt;script&gt;alert("),
        ("markdown", "&lt;script&gt;"),
    ):
        code, out, err = invoke("compare", str(a), str(b), "-m", "lexical", "-f", output_format)
        assert code in (0, 1), err
        assert "<script>alert" not in out
        assert escaped in out
    code, document = report(str(a), str(b))
    assert document["a"]["sentences"][0]["text"].startswith("The mayor posted <script>")


# Settings and corpora that cannot be used

BAD_SETTINGS = [
    ("driftcheck.toml", 'colour = "red"\n', "colour: unknown key"),
    ("driftcheck.toml", '[rules]\n"quote.altered" = "fatal"\n', "bad severity 'fatal'"),
    ("driftcheck.toml", '[rules]\n"quote.alterd" = "error"\n', "unknown rule 'quote.alterd'"),
    ("driftcheck.toml", 'fail-on = "sometimes"\n', "fail-on: 'sometimes' is not error"),
    ("driftcheck.toml", "strict = 1\n", "strict: must be true or false"),
    ("driftcheck.toml", "model = [\n", "is not valid TOML"),
    ("pyproject.toml", "[tool]\ndriftcheck = 5\n", "[tool.driftcheck] must be a table"),
]


@pytest.mark.parametrize("command", ["compare", "check"])
@pytest.mark.parametrize(("name", "text", "message"), BAD_SETTINGS)
def test_bad_settings_stop_the_run_with_one_line(
    tmp_path: Path, command: str, name: str, text: str, message: str
) -> None:
    config = write(tmp_path / "settings" / name, text)
    a = write(tmp_path / "story" / "a.txt", STORY)
    b = write(tmp_path / "story" / "b.txt", EDITED)
    paths = [str(a), str(b)] if command == "compare" else [str(a.parent)]
    code, out, err = invoke(command, *paths, "-m", "lexical", "--config", str(config))
    assert_user_error(code, out, err, str(config), message)


@pytest.mark.parametrize(
    "layout",
    [{}, {"one/a.txt": STORY}, {"notes/readme.md": "# Notes"}, {"manifest.csv": "source,target\n"}],
    ids=["empty", "one-version", "no-text-files", "empty-manifest"],
)
def test_a_corpus_with_nothing_to_compare_is_an_error_not_a_pass(
    tmp_path: Path, layout: dict[str, str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in layout.items():
        write(corpus / name, text)
    target = corpus / "manifest.csv" if "manifest.csv" in layout else corpus
    code, out, err = invoke("check", str(target), "-m", "lexical")
    assert_user_error(code, out, err, str(target), "no version pairs found")


def test_a_manifest_row_naming_a_missing_file_is_an_error_row(tmp_path: Path) -> None:
    manifest = tmp_path / "pairs" / "manifest.csv"
    write(manifest.parent / "a.txt", STORY)
    write(manifest.parent / "b.txt", EDITED)
    (manifest.parent / "folder").mkdir()
    write(
        manifest, "source,target,story\na.txt,b.txt,tolls\na.txt,gone.txt,lost\na.txt,folder,dir\n"
    )
    code, out, err = invoke("check", str(manifest), "-m", "lexical", "-f", "json")
    assert code == 2, err
    pairs = {pair["story"]: pair for pair in json.loads(out)["pairs"]}
    assert pairs["tolls"]["outcome"] == "fail"
    assert pairs["tolls"]["findings"]
    assert pairs["lost"]["error"] == f"{manifest}:3: {manifest.parent / 'gone.txt'}: no such file"
    assert pairs["dir"]["error"].endswith("folder: is a directory, expected a file")
    code, out, _ = invoke("check", str(manifest), "-m", "lexical")
    assert code == 2
    assert "Could not compare" in out
    assert "3 pairs: 0 passed, 1 failed, 2 errors" in out


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("manifest.jsonl", '{"source": "a.txt", "target": "b.txt", "story": 5}\n', "story must"),
        ("manifest.jsonl", '{"source": "a.txt", "target": "b.txt", "language": 5}\n', "language"),
        ("manifest.jsonl", '["a.txt", "b.txt"]\n', "each line must be a JSON object"),
        ("story.toml", 'versions = {"b.txt" = 5}\n', "versions must be a table"),
        ("story.toml", '[versions."b.txt"]\nlanguage = 5\n', "language must be a string"),
        ("story.toml", 'source = "gone.txt"\n', "gone.txt: no such file"),
    ],
)
def test_a_malformed_story_is_an_error_row_and_the_rest_still_report(
    tmp_path: Path, name: str, text: str, message: str
) -> None:
    corpus = tmp_path / "corpus"
    for story in ("bad", "good"):
        write(corpus / story / "a.txt", STORY)
        write(corpus / story / "b.txt", EDITED)
    write(corpus / "bad" / name, text)
    code, out, err = invoke("check", str(corpus), "-m", "lexical", "-f", "json")
    assert code == 2, err
    pairs = json.loads(out)["pairs"]
    assert [p["outcome"] for p in pairs if p["story"] == "good"] == ["fail"]
    errors = [p["error"] for p in pairs if p["outcome"] == "error"]
    assert errors
    assert all(message in error for error in errors)


# Models that cannot be had


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "no-such-model", "does not exist"),
        (lambda d: write(d / "model.bin", b"\x00"), "is a file, not a model directory"),
        (lambda d: write(d / "empty-model" / "README", "x").parent, "has no modules.json"),
    ],
    ids=["missing", "file", "not-a-model"],
)
@pytest.mark.parametrize("command", ["compare", "check"])
def test_a_model_path_that_is_not_a_model_is_one_line(
    tmp_path: Path, command: str, make: Callable[[Path], Path], message: str
) -> None:
    model = make(tmp_path / "models")
    a = write(tmp_path / "story" / "a.txt", STORY)
    b = write(tmp_path / "story" / "b.txt", EDITED)
    paths = [str(a), str(b)] if command == "compare" else [str(a.parent)]
    code, out, err = invoke(command, *paths, "--model", str(model), "--no-cache")
    assert_user_error(code, out, err, message)


def run_offline(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The CLI in a fresh process with an empty Hugging Face cache; a hang fails the test."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "SENTENCE"))}
    environment.pop("DRIFTCHECK_ALLOW_DOWNLOAD", None)
    environment.update(HF_HOME=str(tmp_path / "hf"), **env)
    return subprocess.run(
        [sys.executable, "-m", "driftcheck", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_a_hub_model_that_needs_a_download_is_refused_at_once(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", STORY)
    b = write(tmp_path / "b.txt", EDITED)
    result = run_offline(
        tmp_path, "compare", str(a), str(b), "-m", "driftcheck-tests/no-such-model", "--no-cache"
    )
    assert_user_error(
        result.returncode,
        result.stdout,
        result.stderr,
        "'driftcheck-tests/no-such-model' is neither a local directory nor in the Hugging Face",
        "DRIFTCHECK_ALLOW_DOWNLOAD=1",
    )


def test_an_allowed_download_while_offline_fails_with_one_line(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", STORY)
    b = write(tmp_path / "b.txt", EDITED)
    result = run_offline(
        tmp_path,
        "compare",
        str(a),
        str(b),
        "-m",
        "driftcheck-tests/no-such-model",
        "--no-cache",
        DRIFTCHECK_ALLOW_DOWNLOAD="1",
        HF_HUB_OFFLINE="1",
    )
    assert_user_error(
        result.returncode,
        result.stdout,
        result.stderr,
        "cannot load model 'driftcheck-tests/no-such-model'",
    )


# The embedding cache: damaged files and runs sharing it


def garbage(path: Path) -> None:
    path.write_bytes(np.random.default_rng(0).bytes(path.stat().st_size))


def truncated(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 3)


def emptied(path: Path) -> None:
    path.write_bytes(b"")


@pytest.mark.model
def test_a_corrupt_or_truncated_cache_is_rebuilt(tmp_path: Path) -> None:
    args = ("compare", str(SEED_A), str(SEED_B), "-f", "json", "--cache-dir", str(tmp_path))
    code, expected, err = invoke(*args)
    assert code == 1, err
    for damage in (garbage, truncated, emptied):
        damage(tmp_path / FILENAME)
        code, out, err = invoke(*args)
        assert (code, out) == (1, expected), damage.__name__
        assert "Traceback" not in err
        with closing(sqlite3.connect(tmp_path / FILENAME)) as db:
            assert db.execute("SELECT count(*) FROM embeddings").fetchone()[0] > 0


@pytest.mark.model
def test_two_runs_can_share_one_cache_at_the_same_time(tmp_path: Path) -> None:
    args = [str(SEED_A), str(SEED_B), "-f", "json", "--cache-dir", str(tmp_path / "cache")]
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "driftcheck", "compare", *args],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [1, 1], [err for _, err in outputs]
    assert [err for _, err in outputs] == ["", ""]
    code, warm, _ = invoke("compare", *args)
    code_cold, cold, _ = invoke("compare", *args[:-2], "--no-cache")
    assert (code, code_cold) == (1, 1)
    assert outputs[0][0] == outputs[1][0] == warm == cold
