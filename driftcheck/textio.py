"""Reading story versions: bytes from a path or stdin, decoded with offsets kept intact."""

from __future__ import annotations

import codecs
import re
import sys
from pathlib import Path

from driftcheck.errors import InputError

STDIN = "-"
MAX_MB = 25.0
"""The largest version read by default, in MB: a news story is rarely over 1 MB, so a
bigger file is most likely the wrong file, and would take minutes to hours to compare."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (a .docx or .odt file?)",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
}
_SURROGATE = re.compile("[\ud800-\udfff]")
_HTML_START = re.compile(  # a document, a comment, or an element a CMS export starts with
    r"""\s*<(?:!doctype\s+html|!--|\?xml|
    (?:html|head|body|title|meta|link|style|script|div|span|p|a|article|section|main|header
    |footer|nav|aside|figure|blockquote|h[1-6]|ul|ol|li|table|br|img|b|i|em|strong)[\s/>])""",
    re.IGNORECASE | re.VERBOSE,
)


def read_version(source: str, *, encoding: str | None = None, max_mb: float | None = MAX_MB) -> str:
    """Read one version from a path, or from stdin when `source` is '-'.

    A version over `max_mb` megabytes is refused before it is read (None: no limit).
    """
    limit = None if not max_mb else int(max_mb * 1_000_000)
    if source == STDIN:
        stream = sys.stdin.buffer
        data = stream.read() if limit is None else stream.read(limit + 1)
        return decode(_within(data, limit, "<stdin>", max_mb), "<stdin>", encoding=encoding)
    path = Path(source)
    if not path.exists():
        broken = path.is_symlink()  # dangling, or a loop of links
        raise InputError(f"{source}: {'is a broken symbolic link' if broken else 'no such file'}")
    if path.is_dir():
        raise InputError(f"{source}: is a directory, expected a text file")
    try:
        size = path.stat().st_size
        if limit is not None and size > limit:
            raise InputError(_too_big(source, size, max_mb))
        with path.open("rb") as handle:  # a pipe has no size: read at most one byte too many
            data = handle.read() if limit is None else handle.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{source}: cannot be read ({exc.strerror or exc})") from exc
    return decode(_within(data, limit, source, max_mb), source, encoding=encoding)


def _within(data: bytes, limit: int | None, name: str, max_mb: float | None) -> bytes:
    """`data`, unless a stream gave more than `limit` bytes (its size is then unknown)."""
    if limit is not None and len(data) > limit:
        raise InputError(_too_big(name, None, max_mb))
    return data


def _too_big(name: str, size: int | None, max_mb: float | None) -> str:
    shown = f"more than {max_mb:g} MB" if size is None else f"{size / 1_000_000:.1f} MB"
    return (
        f"{name}: is {shown}, over the {max_mb:g} MB limit for one version (a news story "
        "is rarely over 1 MB); if it is the right file, raise the limit with --max-size "
        "or turn it off with --max-size 0"
    )


def without_surrogates(text: str) -> str:
    """`text` ready to encode as UTF-8: a lone surrogate (a byte of a non-UTF-8 file name,
    as Python spells it) becomes U+FFFD, the same in every format."""
    return _SURROGATE.sub("\ufffd", text)


def decode(data: bytes, name: str, *, encoding: str | None = None) -> str:
    """Decode bytes as text: a BOM wins, then `encoding`, then UTF-8; binary is refused."""
    text = _decode(data, name, encoding)
    if not text.strip():
        raise InputError(f"{name}: is empty, there is no text to compare")
    if _HTML_START.match(text):
        raise InputError(
            f"{name}: looks like HTML; save the article as plain text (e.g. copy it from the page)"
        )
    return text


def _decode(data: bytes, name: str, encoding: str | None) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name}: starts with a {codec} mark but is not valid {codec}"
                ) from exc
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{name}: is {what}, not text")
    if b"\x00" in data:  # anywhere: a NUL deep in a file is as binary as one at the start
        raise InputError(f"{name}: looks binary (contains NUL bytes), not text")
    codec = encoding or "utf-8"
    try:
        return data.decode(codec)
    except LookupError as exc:
        raise InputError(f"unknown encoding {codec!r}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: is not valid {codec} (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it to UTF-8 or pass --encoding, e.g. --encoding latin-1"
        ) from exc
