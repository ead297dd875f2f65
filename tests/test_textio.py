"""Reading versions: encodings, BOMs, binary and missing files."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from driftcheck.errors import InputError
from driftcheck.segment import segment
from driftcheck.textio import read_version

TEXT = "Héllo “world”.\r\nSecond line – here.\r\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16-be-bom"],
)
def test_encodings_decode_to_the_same_text(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    text = read_version(str(path))
    assert text == TEXT
    doc = segment(text)
    assert all(text[s.start : s.end] == s.text for s in doc.sentences)


def test_latin1_needs_encoding_option(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Café société.".encode("latin-1"))
    with pytest.raises(InputError, match=r"not valid utf-8.*--encoding"):
        read_version(str(path))
    assert read_version(str(path), encoding="latin-1") == "Café société."


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"  \n\t\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
        (b"abc\x00def", "binary"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "HTML"),
    ],
)
def test_bad_input_is_refused_with_a_reason(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        read_version(str(path))


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_version(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a directory"):
        read_version(str(tmp_path))


def test_unknown_encoding(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(InputError, match="unknown encoding"):
        read_version(str(path), encoding="klingon")
