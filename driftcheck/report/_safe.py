"""Untrusted text made safe to show: every human-readable renderer shows text through here.

Article text and file names come from outside. A control character (ESC starts terminal
escape sequences that clear the screen or set the title), a bidi control (which reorders
what the reader sees, "Trojan Source") or a lone surrogate (a file name that is not UTF-8)
is shown as a visible escape, `\\x1b` or `<U+202E>`, never passed on raw. The JSON-like
formats keep the text exactly; they escape it by their own rules.
"""

from __future__ import annotations

import dataclasses
import re
from enum import Enum
from pathlib import PurePath
from typing import Any, TypeVar

__all__ = ["BIDI_CONTROLS", "shown", "visible"]

T = TypeVar("T")

BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""Characters that change the display order of the text around them."""

_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{BIDI_CONTROLS}\ud800-\udfff]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
_MULTILINE_KEPT = "\t\n"
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_TEXT_FIELDS = frozenset({"text", "a_text", "b_text"})
"""Fields that hold running article text, where line breaks and tabs are whitespace."""


def _escape(char: str, *, multiline: bool) -> str:
    if multiline and char in _MULTILINE_KEPT:
        return char
    if multiline and char.isspace():  # CR, form feed, NEL, U+2028...: a space, as the diff reads it
        return " "
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:  # a byte of a file name that is not UTF-8
        return "\ufffd"
    if char in _NAMED:
        return _NAMED[char]
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"<U+{code:04X}>"


def visible(text: str, *, multiline: bool = False) -> str:
    """`text` with every control, bidi control and lone surrogate shown as an escape.

    With `multiline`, line breaks and tabs stay and other whitespace controls (CR, form
    feed, U+2028) become a space; without it the text is one line and they show as `\\r`.
    A lone surrogate (a non-UTF-8 byte of a file name) becomes U+FFFD, as in every format.
    """
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda match: _escape(match.group(), multiline=multiline), text)


def shown(value: T) -> T:
    """A copy of a report, corpus result or any value built of frozen dataclasses whose
    every string is `visible`: what the human-readable renderers draw from.

    Running text keeps its line breaks (and its words: a control character never becomes
    whitespace, so word diffs and sentence lookups still line up); names, messages and
    everything else become one line.
    """
    result: T = _shown(value, multiline=False)
    return result


def _shown(value: Any, *, multiline: bool) -> Any:
    """`value` with its strings made visible; the same object where nothing changes."""
    if isinstance(value, str) and not isinstance(value, Enum):
        return visible(value, multiline=multiline)
    if isinstance(value, PurePath):
        text = str(value)
        return value if visible(text) is text else type(value)(visible(text))
    if type(value) in (tuple, list):
        items = [_shown(item, multiline=multiline) for item in value]
        same = all(new is old for new, old in zip(items, value, strict=True))
        return value if same else type(value)(items)
    if isinstance(value, dict):
        shown_items = {key: _shown(item, multiline=multiline) for key, item in value.items()}
        return value if all(shown_items[k] is v for k, v in value.items()) else shown_items
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _shown_fields(value)
    return value


def _shown_fields(value: Any) -> Any:
    changes = {}
    names = _FIELD_NAMES.get(type(value))
    if names is None:
        names = tuple(field.name for field in dataclasses.fields(value) if field.init)
        _FIELD_NAMES[type(value)] = names
    for name in names:
        old = getattr(value, name)
        new = _shown(old, multiline=name in _TEXT_FIELDS)
        if new is not old:
            changes[name] = new
    return dataclasses.replace(value, **changes) if changes else value
