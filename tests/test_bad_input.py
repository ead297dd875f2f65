"""Bad input files: one clear line on stderr and exit 2, or a correct report; never a traceback.

Each case runs the CLI as users do (output and exit code checked together), with the
lexical model where the embedding model is not the point.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.bad_input import (
    EDITED,
    LATIN,
    OTHER,
    STORY,
    assert_sound,
    assert_user_error,
    invoke,
    report,
    symlink,
    write,
)

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
