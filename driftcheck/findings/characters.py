"""Characters an editor cannot see or cannot tell apart: hidden controls and homoglyphs.

- `text.hidden`: the two sides of a paired group hold different invisible characters:
  controls (ESC, NUL), bidi controls that reorder the display (U+202E), zero-width
  spaces, soft hyphens, word joiners. Such an edit looks like no edit at all, so the
  message names each character by its code point. Zero-width (non-)joiners are left
  out: Persian, Indic scripts and emoji use them as part of spelling.
- `text.homoglyph`: a word of B mixes letters of Latin, Cyrillic or Greek ("Cаstellano"
  with a Cyrillic "а") and A does not have it: it looks like a word it is not, which is
  how names and links are spoofed. It is never taken for its look-alike.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from driftcheck.findings.context import GroupView
from driftcheck.types import Finding

__all__ = ["check_characters", "is_hidden", "mixed_scripts", "spelled"]

_KEPT_CONTROLS = "\t\n\r"
_JOINERS = "\u200c\u200d"  # part of spelling in Persian, Indic scripts and emoji
_CONFUSABLE_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")
_WORD = re.compile(r"\w+")


def is_hidden(char: str) -> bool:
    """True for a character that shows as nothing, or that changes what the text around shows."""
    category = unicodedata.category(char)
    if category == "Cc":
        return char not in _KEPT_CONTROLS
    return category == "Cf" and char not in _JOINERS


def code_point(char: str) -> str:
    """'<U+202E RIGHT-TO-LEFT OVERRIDE>': how a message names a character one cannot see."""
    name = unicodedata.name(char, "")
    return f"<U+{ord(char):04X}{' ' + name if name else ''}>"


def spelled(text: str) -> str:
    """`text` with every hidden character shown as its code point, '<U+200B>'."""
    return "".join(f"<U+{ord(c):04X}>" if is_hidden(c) else c for c in text)


def mixed_scripts(word: str) -> tuple[str, ...]:
    """The confusable scripts whose letters `word` mixes, or () when it uses one at most."""
    scripts = {
        script
        for char in word
        if char.isalpha()
        for script in _CONFUSABLE_SCRIPTS
        if unicodedata.name(char, "").startswith(script + " ")
    }
    return tuple(s for s in _CONFUSABLE_SCRIPTS if s in scripts) if len(scripts) > 1 else ()


def check_characters(view: GroupView) -> list[Finding]:
    """text.hidden and text.homoglyph for one paired group."""
    return _hidden(view) + _homoglyphs(view)


def _hidden(view: GroupView) -> list[Finding]:
    a_text, b_text = view.a.text, view.b.text
    in_a = Counter(c for c in a_text if is_hidden(c))
    in_b = Counter(c for c in b_text if is_hidden(c))
    if in_a == in_b:
        return []
    added, removed = in_b - in_a, in_a - in_b
    parts = [
        f"{verb} {', '.join(code_point(c) for c in sorted(chars))}"
        for verb, chars in (("added", added), ("removed", removed))
        if chars
    ]
    a_at = next((i for i, c in enumerate(a_text) if c in removed), None)
    b_at = next((i for i, c in enumerate(b_text) if c in added), None)
    return [
        view.finding(
            "text.hidden",
            f"hidden characters: {'; '.join(parts)}",
            a=None if a_at is None else (a_at, a_at + 1),
            b=None if b_at is None else (b_at, b_at + 1),
        )
    ]


def _homoglyphs(view: GroupView) -> list[Finding]:
    in_a = set(_WORD.findall(view.a.text))
    found: list[Finding] = []
    reported: set[str] = set()
    for match in _WORD.finditer(view.b.text):
        word = match.group()
        scripts = mixed_scripts(word)
        if not scripts or word in in_a or word in reported:
            continue
        reported.add(word)
        letters = ", ".join(code_point(c) for c in _minority(word))
        mixed = " and ".join(script.title() for script in scripts)
        message = f'look-alike letters: "{word}" mixes {mixed} ({letters})'
        found.append(view.finding("text.homoglyph", message, b=match.span()))
    return found


def _minority(word: str) -> list[str]:
    """The letters of `word` outside its most used script: the look-alikes."""
    script_of = {c: unicodedata.name(c, "").split(" ")[0] for c in word if c.isalpha()}
    main = Counter(script_of[c] for c in word if c in script_of).most_common(1)[0][0]
    return [c for c in dict.fromkeys(word) if c in script_of and script_of[c] != main]
