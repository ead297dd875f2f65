"""A speaker before its reporting verb, read back to the noun that names who speaks.

A language that puts a noun's complements after it ("El sindicato de la plantilla del museo
afirmó", "le syndicat du personnel du musée a déclaré", "профсоюз сотрудников музея
заявил") can fill the last words before the verb with the complements alone ("de la
plantilla del museo": the museum, not its staff's union). Where those words open with a
function word and the first word before them that is none names a kind of source or a title,
that is the noun they depend on, and is read with them.
"""

from __future__ import annotations

from collections.abc import Sequence

from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts


def tail(before: Sequence[facts.Word], profile: Profile, size: int) -> list[facts.Word]:
    """The last `size` words of a subject, and, where they open with a function word (or
    an elided one: "l'Office"), the words back to the first word before them that is none,
    where that one names a kind of source or a title (at most twice `size` words in all);
    never past a conjunction or a relative word, which opens another clause ("Ayer la
    directora" stays "la directora")."""
    chosen = list(before[-size:])
    rest = list(before[: len(before) - len(chosen)])
    back: list[facts.Word] = []
    while rest and len(chosen) + len(back) < 2 * size and not _opens_clause(rest[-1], profile):
        if not _function_word((back or chosen)[0], profile):
            break
        back.insert(0, rest.pop())
        if back[0].text.lower() not in profile.stopwords:
            return back + chosen if _names_a_kind(back[0], profile) else chosen
    return chosen


def _function_word(word: facts.Word, profile: Profile) -> bool:
    """True for a function word, or a word an elided one opens ("l'Office": "the Office")."""
    lowered = word.text.lower()
    return lowered in profile.stopwords or facts.unelided(lowered) != lowered


def _names_a_kind(word: facts.Word, profile: Profile) -> bool:
    """True for a word that names a kind of source or a title (a union, a spokesman)."""
    lowered = word.text.lower()
    return bool(
        facts.sources(lowered, profile)
        or facts.roles(lowered, profile)
        or any(
            lowered == key or (profile.stems and lowered.startswith(key))
            for key in profile.speaker_sources
            if " " not in key
        )
    )


def _opens_clause(word: facts.Word, profile: Profile) -> bool:
    """True for a conjunction or a relative word ("and", "que", "который")."""
    lowered = word.text.lower()
    return bool(
        (profile.conjunctions and profile.conjunctions_re.fullmatch(lowered))
        or (profile.relative and profile.relative_re.fullmatch(lowered))
    )
