"""Name words of A that a translator renders as words of B's language, not as a name.

- A name made of words of the language is translated word by word ("Families for Informed
  Consent" = "Familien für informierte Zustimmung" = "Consentimiento Informado"): one of
  its words is rendered by a B word in lower case that is the same word with B's own
  suffix (a cognate: informierte, информированное, consentement), or every one of them
  by a capitalised one. A name is not a word of B's language: a cognate keeps the whole
  name, less an inflection of A's (Informed = inform + ed), and adds a suffix of three
  letters or more (Meridor -> Meridian keeps "Merid" only: another name).
- A word of a body's or a work's name that B's language spells its own way keeps its
  consonants, spelt alike (Symphony = Sinfonie = симфония, Aviation = Aviación): it is
  the same word, translated; a person's name is copied, so one close to it is another.
- A title before a person's first name and surname is translated, the name kept as a
  pair ("Father Anselm Dorrit" = "le père Anselm Dorrit" = "Pater Anselm Dorrit").
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable

from anyascii import anyascii

from driftcheck.findings.context import Side
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts, spelling
from driftcheck.findings.xling.people import name_runs

MIN_STEM = 5
"""A cognate shares at least this many letters with the name word (shorter ones are chance)."""
MIN_SUFFIX = 3
"""... and adds at least this many: fewer are an ending a name takes (Abenows, Кессмуре)."""


def cognate(a_word: str, b_word: str, a_endings: tuple[str, ...]) -> bool:
    """True when `b_word` is `a_word` as a word of B's language: A's word, or its stem before
    one of `a_endings` (A's inflections), begins B's word, which goes on with a suffix of
    MIN_SUFFIX letters or more (inform-ed = inform-ierte, consent = consent-ement)."""
    a = _latin(a_word)
    b = _latin(b_word)
    stems = {a} | {a[: -len(e)] for e in a_endings if a.endswith(e)}
    return any(
        len(stem) >= MIN_STEM and b.startswith(stem) and len(b) - len(stem) >= MIN_SUFFIX
        for stem in stems
    )


def _latin(word: str) -> str:
    return anyascii(word).lower()


_SPELLINGS = (
    (r"[^a-z]", ""), (r"ph", "f"), (r"th", "t"), (r"mf", "nf"), (r"ti(?=[aeiou])", "si"),
    (r"ck|qu", "k"), (r"c(?=[eiy])", "s"), (r"c", "k"), (r"ts(?=[aeiou])|z", "s"), (r"x", "ks"),
    (r"w", "v"), (r"y", "i"), (r"h", ""), (r"b", "v"),
    (r"(?<=[aeiou])d(?=[aeiou])", "t"), (r"(.)\1+", r"\1"),
)  # fmt: skip
"""How languages spell one sound of a shared word (symphony = Sinfonie = sinfonía =
симфония, aviation = aviación, independent = indépendants): the letters a cognate's
spelling changes, made one (in another script, as anyascii spells it). A b and a v are one
sound in Spanish, which writes either in a word Latin gave others with a b, and a Latin t
between vowels is a d there (Mobility = Movilidad, Government = Gobierno; a final t or d
still tells names apart: Reinholt -> Reinhold)."""
MAX_ENDING = 2
"""Consonants an ending of B's language may add to a cognate (independ-ent-es, -ent-en)."""
MIN_CONSONANTS = 3
"""... and the fewest consonants of A's word (fewer begin too many words)."""


def _letters(word: str) -> str:
    """A word's consonants as it writes them (doubled ones once): what a misspelling by
    its vowels keeps."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]|[aeiouy]", "", _latin(word)))


def _respelt(a_word: str, b_word: str) -> bool:
    """True when B's word spells a consonant of A's otherwise, adds one, or changes only
    the vowels after A's last consonant (University = Universität, Agency = Agencia): not
    a name misspelt in its vowels (Fravel -> Farvel, Ardwell -> Ardwill)."""
    if _letters(a_word) != _letters(b_word):
        return True
    a, b = _latin(a_word), _latin(b_word)
    last = max((i for i, c in enumerate(a) if c.isalpha() and c not in "aeiouy"), default=0)
    return a[: last + 1] == b[: last + 1]


def _latin_script(word: str) -> bool:
    return word[:1].isalpha() and unicodedata.name(word[0], "").startswith("LATIN")


def _consonants(word: str) -> str:
    """The consonants of a word as _SPELLINGS spell it, in any script (via anyascii)."""
    latin = _latin(word)
    for pattern, sound in _SPELLINGS:
        latin = re.sub(pattern, sound, latin)
    return re.sub(r"[aeiou]", "", latin)


def same_word(a_word: str, b_word: str, a_endings: tuple[str, ...]) -> bool:
    """True when `b_word` is `a_word` as B's language spells it (Symphony = Sinfonie,
    Aviation = Aviación, Independent = Independientes): a word of MIN_STEM letters or more
    whose consonants (or its stem's, before one of `a_endings`), spelt alike, begin B's
    word, with an ending of MAX_ENDING consonants at most. A name keeps its consonant
    skeleton too, so another name of the same start (Meridor -> Meridian) is none; a
    capitalised B word must be respelt as a word is (see _respelt), not as a name is
    misspelt (Fravel -> Farvel), and in another script a capitalised word is a name
    transliterated (only "авиации" in lower case is a word)."""
    if not (b_word.islower() or (_latin_script(b_word) and _respelt(a_word, b_word))):
        return False
    b = _consonants(b_word)
    stems = {a_word} | {a_word[: -len(e)] for e in a_endings if a_word.lower().endswith(e)}
    return any(
        len(stem) >= MIN_STEM
        and _latin(stem)[:1] == _latin(b_word)[:1]
        and len(a := _consonants(stem)) >= MIN_CONSONANTS
        and b.startswith(a)
        and len(b) - len(a) <= MAX_ENDING
        for stem in stems
    )


def rendered(
    names: list[facts.Word],
    people: set[int],
    b_words: list[facts.Word],
    profile: Profile,
) -> set[int]:
    """Starts of A's name words, none of a person's name, that B writes as the same word of
    its own language (see same_word), in a name or not: "Civil Aviation Authority" =
    "Autoridad de Aviación Civil", "Fifth Symphony" = "Fünfte Sinfonie". A person's name
    is copied, never translated, so one close to it there is another name."""
    return {
        w.start
        for w in names
        if w.start not in people
        and any(same_word(w.text, b.text, profile.word_endings) for b in b_words)
    }


def translated_words(
    side: Side, names: list[facts.Word], b_words: list[facts.Word], profile: Profile
) -> set[int]:
    """Starts of A's name words in runs B renders word by word (see the module docstring):
    a run with one word B writes as a cognate in lower case, or with a capitalised cognate
    for each of its words."""
    found: set[int] = set()
    for run in name_runs(side, names):
        rendered = [
            {b.capitalised for b in b_words if cognate(w.text, b.text, profile.word_endings)}
            for w in run
        ]
        if any(False in kinds for kinds in rendered) or all(rendered):
            found.update(w.start for w in run)
    return found


def titles(
    side: Side,
    names: list[facts.Word],
    people: set[int],
    b_sides: list[Side],
    kept: Callable[[str, str], bool],
    *,
    loose: bool = False,
) -> set[int]:
    """Starts of the first words of A's three-word people whose other two words B keeps,
    one space apart: the first is a title, translated ("Father Anselm Dorrit" = "le père
    Anselm Dorrit"). In another script (`loose`) a pair written as heard is kept too
    ("Councillor Benedek Roan" = "депутат Бенедек Роан"): the name itself is checked word
    by word elsewhere, this only says the word before it was a title, translated."""

    def kept_here(a_key: str, b_key: str) -> bool:
        return kept(a_key, b_key) or (loose and spelling.same_name(a_key, b_key, loose=True))

    pairs = [
        (spelling.name_key(one.text), spelling.name_key(two.text))
        for b_side in b_sides
        for one, two in _adjacent(b_side)
    ]
    found: set[int] = set()
    for run in name_runs(side, names):
        if len(run) != 3 or not all(w.start in people for w in run):
            continue
        first, last = (spelling.name_key(w.text) for w in run[1:])
        if any(kept_here(first, one) and kept_here(last, two) for one, two in pairs):
            found.add(run[0].start)
    return found


def _adjacent(side: Side) -> list[tuple[facts.Word, facts.Word]]:
    """Capitalised words of a text one space apart, in pairs."""
    every = facts.words(side.text)
    return [
        (one, two)
        for one, two in itertools.pairwise(every)
        if one.capitalised and two.capitalised and side.text[one.end : two.start] == " "
    ]
