"""Word-level diff of an aligned group, with cosmetic differences told apart from drift.

diff-match-patch diffs characters; each distinct token (a word, a number, a punctuation
mark or a run of whitespace) is mapped to one private character first, so edits never
cut a word in two. Tokens are compared in folded form (see normalize.fold), so a change
of quote style, dash or case is reported as cosmetic rather than as an edit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import groupby

from diff_match_patch import diff_match_patch

from driftcheck.normalize import fold
from driftcheck.types import DiffToken, Op

_TOKEN = re.compile(
    r"""
    [$€£¥]?\d[\d.,]*\d%?       # numbers with separators: $15.5, 1,234.5, 70%
    | [$€£¥]?\d%?
    | \w+(?:['’\-]\w+)*        # words, with inner apostrophes and hyphens: Xi's, Kassym-Jomart
    | \s+
    | .                        # any other single character: punctuation, symbols, emoji
    """,
    re.VERBOSE | re.UNICODE,
)
_WORDS = re.compile(r"\w+")
_PRIVATE_USE = 0xF0000  # supplementary private use area: never in the texts we map


def tokenize(text: str) -> list[str]:
    """Split text into word, number, whitespace and punctuation tokens that join back to it."""
    return _TOKEN.findall(text)


def word_diff(a_text: str, b_text: str, *, strict: bool = False) -> tuple[DiffToken, ...]:
    """Diff two texts word by word; with `strict`, cosmetic differences count as edits."""
    a_tokens, b_tokens = tokenize(a_text), tokenize(b_text)
    key: Callable[[str], str] = _strict_key if strict else _folded_key
    codes: dict[str, str] = {}
    a_chars = _encode(a_tokens, key, codes)
    b_chars = _encode(b_tokens, key, codes)
    engine = diff_match_patch()
    engine.Diff_Timeout = 0  # no time limit: the same input always gives the same diff
    diffs = engine.diff_main(a_chars, b_chars, False)
    engine.diff_cleanupSemantic(diffs)
    return tuple(_absorb_small_equalities(_merge_runs(_tokens(diffs, a_tokens, b_tokens))))


def _strict_key(token: str) -> str:
    return token


def _folded_key(token: str) -> str:
    return " " if token.isspace() else fold(token)


def _encode(tokens: list[str], key: Callable[[str], str], codes: dict[str, str]) -> str:
    chars = []
    for token in tokens:
        folded = key(token)
        if folded not in codes:
            codes[folded] = chr(_PRIVATE_USE + len(codes))
        chars.append(codes[folded])
    return "".join(chars)


def _tokens(
    diffs: Iterable[tuple[int, str]], a_tokens: list[str], b_tokens: list[str]
) -> Iterable[DiffToken]:
    """Turn character diffs back into tokens; equal runs keep B's spelling."""
    a_pos = b_pos = 0
    for op, chars in diffs:
        count = len(chars)
        if op == diff_match_patch.DIFF_DELETE:
            yield from (DiffToken(Op.DELETE, t) for t in a_tokens[a_pos : a_pos + count])
            a_pos += count
        elif op == diff_match_patch.DIFF_INSERT:
            yield from (DiffToken(Op.INSERT, t) for t in b_tokens[b_pos : b_pos + count])
            b_pos += count
        else:
            for a_token, b_token in zip(
                a_tokens[a_pos : a_pos + count], b_tokens[b_pos : b_pos + count], strict=True
            ):
                if a_token == b_token or b_token.isspace():
                    yield DiffToken(Op.EQUAL, b_token)
                else:
                    yield DiffToken(Op.COSMETIC, b_token, a_token)
            a_pos += count
            b_pos += count


def _absorb_small_equalities(runs: list[DiffToken]) -> list[DiffToken]:
    """Read "weal and woe" -> "happiness and misfortune" as one phrase, not three edits.

    An unchanged stretch of at most one word between two edits joins both edits.
    """
    result: list[DiffToken] = []
    deleted, inserted = "", ""
    for n, run in enumerate(runs):
        if run.op is Op.DELETE:
            deleted += run.text
        elif run.op is Op.INSERT:
            inserted += run.text
        elif (deleted or inserted) and _bridges(runs, n):
            deleted += run.text
            inserted += run.text
        else:
            result += _edits(deleted, inserted)
            deleted, inserted = "", ""
            result.append(run)
    return result + _edits(deleted, inserted)


def _bridges(runs: list[DiffToken], n: int) -> bool:
    """An equal run of at most one word with edits on both sides."""
    run = runs[n]
    return (
        run.op is Op.EQUAL
        and n + 1 < len(runs)
        and runs[n + 1].op in (Op.DELETE, Op.INSERT)
        and len(_WORDS.findall(run.text)) <= 1
    )


def _edits(deleted: str, inserted: str) -> list[DiffToken]:
    return [
        DiffToken(op, text) for op, text in ((Op.DELETE, deleted), (Op.INSERT, inserted)) if text
    ]


def _merge_runs(tokens: Iterable[DiffToken]) -> list[DiffToken]:
    """Join neighbouring tokens with the same op into one run (joined once: linear time)."""
    runs: list[DiffToken] = []
    for op, group in groupby(tokens, key=lambda token: token.op):
        run = list(group)
        text = "".join(token.text for token in run)
        a_text = None if run[0].a_text is None else "".join(t.a_text or "" for t in run)
        runs.append(DiffToken(op, text, a_text))
    return runs
