"""Wording: word and phrase substitutions (the story's drift glossary) and cosmetic-only groups.

A substitution is one edit of the word diff that deletes a short phrase of A and inserts a
short phrase of B in its place (at most four words each side, after trimming words the
two share at either end). Left out: punctuation-only edits; edits touching a figure,
number words included (numbers.py reports those); function words for function words
("what" -> "its"); a place for its own demonym ("China's" -> "the Chinese"); one name
for another (entities.py reports those); and differences of case or quote style.
"""

from __future__ import annotations

import re

from driftcheck.findings.characters import spelled
from driftcheck.findings.context import Block, GroupView, fold_chars
from driftcheck.findings.figures import figures
from driftcheck.findings.lexicon import STOPWORDS, base_word, related, stem_set
from driftcheck.types import Finding

_MAX_WORDS = 4
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")
_DIGIT = re.compile(r"\d")
_CONTRACTIONS = [
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"\bwon\"t\b", "will not"),
        (r"\bcan\"t\b", "can not"),
        (r"\bcannot\b", "can not"),
        (r"n\"t\b", " not"),
        (r"\"re\b", " are"),
        (r"\"ve\b", " have"),
        (r"\"ll\b", " will"),
        (r"\"m\b", " am"),
        (r"\b(it|that|there|what|he|she|who)\"s\b", r"\1 is"),
    )
]
"""Contractions spelled out, on folded text (where every apostrophe is a straight \")."""
_BRITISH_SPELLING = [
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"(?<=\w{3})is(ation|ations|e|ed|es|ing|er|ers)$", r"iz\1"),
        (r"ys(e|ed|es|ing)$", r"yz\1"),
        (r"(?<=\w{3})our(s|ed|ing|able|ite|ites)?$", r"or\1"),
        (r"(?<=\w{2})tre(s)?$", r"ter\1"),
        (r"(?<=\w{2})ll(ed|ing|er|ers)$", r"l\1"),
        (r"(?<=\w{3})ence$", "ense"),
        (r"ogue(s)?$", r"og\1"),
        (r"mme(s)?$", r"m\1"),
    )
]
"""British spellings mapped to American ones, so civilisation and civilization agree."""
_QUOTE_MARKS = "\"'`´‘’‚‛“”„‟«»‹›″′〝〞＂＇"
_DASH_MARKS = "-‐‑‒–—―−﹘﹣－"


def check_substitutions(view: GroupView) -> list[Finding]:
    """One wording.substitution per edit that swaps a short phrase for another."""
    found = []
    a_figures = [(f.start, f.end) for f in figures(view.a)]
    b_figures = [(f.start, f.end) for f in figures(view.b)]
    for edit in view.edits:
        phrase = _phrases(view, edit)
        if phrase is None:
            continue
        a_range, b_range = phrase
        if _touches(a_range, a_figures) or _touches(b_range, b_figures):
            continue
        a_text, b_text = view.a.text[slice(*a_range)], view.b.text[slice(*b_range)]
        message = f'wording: "{spelled(a_text)}" -> "{spelled(b_text)}"'
        found.append(view.finding("wording.substitution", message, a=a_range, b=b_range))
    return found


def _phrases(view: GroupView, edit: Block) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The A and B phrases of an edit, trimmed to the words that differ, if it is a substitution."""
    a_words = list(_WORD.finditer(view.a.text, *_widened(view.a.text, edit.a)))
    b_words = list(_WORD.finditer(view.b.text, *_widened(view.b.text, edit.b)))
    while a_words and b_words and _same(a_words[0].group(), b_words[0].group()):
        a_words, b_words = a_words[1:], b_words[1:]
    while a_words and b_words and _same(a_words[-1].group(), b_words[-1].group()):
        a_words, b_words = a_words[:-1], b_words[:-1]
    if not (0 < len(a_words) <= _MAX_WORDS and 0 < len(b_words) <= _MAX_WORDS):
        return None
    a_range = (a_words[0].start(), a_words[-1].end())
    b_range = (b_words[0].start(), b_words[-1].end())
    a_text, b_text = view.a.text[slice(*a_range)], view.b.text[slice(*b_range)]
    if _DIGIT.search(a_text) or _DIGIT.search(b_text) or _spelling(a_text) == _spelling(b_text):
        return None
    a_content = [base_word(w.group()) for w in a_words if base_word(w.group()) not in STOPWORDS]
    b_content = [base_word(w.group()) for w in b_words if base_word(w.group()) not in STOPWORDS]
    if not a_content and not b_content:
        return None
    if a_content and b_content and _same_places(a_content, b_content):
        return None
    a_plain = _plain_words(view.a.text, a_words, view.a.starts)
    if a_plain == _plain_words(view.b.text, b_words, view.b.starts):
        return None
    return a_range, b_range


def _plain_words(text: str, words: list[re.Match[str]], starts: tuple[int, ...]) -> list[str]:
    """The phrase's words other than names (capitalised words not opening a sentence)."""
    plain = []
    for word in words:
        sentence_start = max((start for start in starts if start <= word.start()), default=0)
        opening = not text[sentence_start : word.start()].strip("\"“‘'( ")
        if opening or not word.group()[0].isupper():
            plain.append(fold_chars(word.group()))
    return plain


def _spelling(text: str) -> str:
    """The phrase with spelling variants evened out: co-operation, didn't, civilisation."""
    text = fold_chars(text)
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    return "".join(_american(word) for word in text.split()).replace("-", "")


def _american(word: str) -> str:
    """The American spelling of a British one: colour -> color, centre -> center."""
    for pattern, replacement in _BRITISH_SPELLING:
        word = pattern.sub(replacement, word)
    return word


def _touches(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """True when the span overlaps any of the others."""
    return any(start < span[1] and span[0] < end for start, end in others)


def _widened(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The edit's range grown to whole words: diff edits may start inside a hyphenated word."""
    start, end = span
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’-") and start < end:
        start -= 1
    while end < len(text) and text[end].isalnum() and start < end:
        end += 1
    return start, end


def _same(a: str, b: str) -> bool:
    """True for the same word up to case or quote style."""
    return fold_chars(a) == fold_chars(b)


def _same_places(a_content: list[str], b_content: list[str]) -> bool:
    """True when both phrases name the same places in other forms (China's, the Chinese)."""
    a_pool, b_pool = stem_set(a_content), stem_set(b_content)
    return all(related(w, b_pool) for w in a_content) and all(related(w, a_pool) for w in b_content)


def check_cosmetic(view: GroupView) -> list[Finding]:
    """One `cosmetic` finding per group differing only in quote style, dashes, case or spacing."""
    cosmetic = [block for block in view.blocks if block.cosmetic]
    if view.edits:
        return []
    if not cosmetic:
        return _spacing_only(view)
    kinds = []
    for block in cosmetic:
        a_text, b_text = view.a.text[slice(*block.a)], view.b.text[slice(*block.b)]
        kinds.extend(_cosmetic_kinds(a_text, b_text))
    start, end = min(b.a[0] for b in cosmetic), max(b.a[1] for b in cosmetic)
    b_start, b_end = min(b.b[0] for b in cosmetic), max(b.b[1] for b in cosmetic)
    message = f"cosmetic only: {', '.join(dict.fromkeys(kinds))}"
    return [view.finding("cosmetic", message, a=(start, end), b=(b_start, b_end))]


def _spacing_only(view: GroupView) -> list[Finding]:
    """A `cosmetic` finding for a group whose sentences differ only in spaces or line breaks."""
    a_sentences = [view.a.doc.sentences[i].text for i in view.a.sentences]
    b_sentences = [view.b.doc.sentences[j].text for j in view.b.sentences]
    if a_sentences == b_sentences:
        return []
    whole_a, whole_b = (0, len(view.a.text)), (0, len(view.b.text))
    return [view.finding("cosmetic", "cosmetic only: spacing", a=whole_a, b=whole_b)]


def _cosmetic_kinds(a_text: str, b_text: str) -> list[str]:
    """What differs between two cosmetically equal stretches: quote style, dashes, case."""
    kinds = []
    if _marks(a_text, _QUOTE_MARKS) != _marks(b_text, _QUOTE_MARKS):
        kinds.append("quote style")
    if _marks(a_text, _DASH_MARKS) != _marks(b_text, _DASH_MARKS):
        kinds.append("dashes")
    a_rest, b_rest = _without_marks(a_text), _without_marks(b_text)
    if a_rest != b_rest:
        kinds.append("capitalisation" if a_rest.lower() == b_rest.lower() else "character forms")
    return kinds


def _marks(text: str, marks: str) -> str:
    """The text's characters that are among `marks`, in order."""
    return "".join(char for char in text if char in marks)


def _without_marks(text: str) -> str:
    """The text without quotation marks and dashes."""
    return "".join(char for char in text if char not in _QUOTE_MARKS + _DASH_MARKS)
