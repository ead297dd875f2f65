"""How long the translation of a quote should be: in characters and in content words, each
scaled by the pair's own ratio (how much longer B is than A over the whole story).

Characters alone call a faithful quote cut short where the language says it in fewer
words: German and Russian drop the copula and the article, and leave out a verb a
sentence repeats ("Without bees there is no harvest, and without a harvest there are no
farms." -> "Ohne Bienen keine Ernte, und ohne Ernte keine Höfe.": 59% of the characters,
every content word kept). A quote cut short has also lost content words: it names fewer
of the things its original names. Content words are the words that are neither stop words
nor function words of their language's profile (auxiliaries, modals, pronoun forms), each
counted once in a quote (a word the speaker repeats is one a translator may say once:
"they are leaving because of the job, they are leaving because of the wages" -> "не
из-за работы, а из-за зарплат").

A quote of fewer sentences than its original that is also shorter is cut short on weaker
evidence of length (see xling.quotes): translators keep a quote's sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sentencex

from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts

_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_LETTER = re.compile(r"[^\W\d_]")
_ELIDED = re.compile(r"^(?:[^\W\d_]{1,2}|[^\W\d_]*qu)['’]")
"""An elided word before an apostrophe (l', d', n', qu', lorsqu'), not "don't"."""
_ROOT = 3
"""The fewest letters the rest of an elided word has to be a content word ("eau", not "a")."""


@dataclass(frozen=True, slots=True)
class Lengths:
    """How much longer B is than A over the whole pair: per character and per content word."""

    chars: float
    words: float


def pair_lengths(a_text: str, b_text: str, profiles: tuple[Profile, Profile]) -> Lengths:
    """The pair's ratios, B to A, of characters and of content words (every occurrence)."""
    a_words = len(content_words(a_text, profiles[0]))
    b_words = len(content_words(b_text, profiles[1]))
    return Lengths(len(b_text) / max(len(a_text), 1), b_words / max(a_words, 1))


def content_words(text: str, profile: Profile) -> list[str]:
    """The words of a text that are not function words (the profile's stop words and
    function words), lower case, an elided word left out ("l'eau" is "eau"; "n'a", "it's"
    are function words), and its figures: the words first, in reading order."""
    words = [_unelided(w.text.lower()) for w in facts.words(text)]
    return [
        w for w in words if w and w not in profile.stopwords and w not in profile.function_words
    ] + _FIGURE.findall(text)


def _unelided(word: str) -> str:
    """The word without an elided article or pronoun before it; "" for a contraction whose
    rest is a function word's ending ("n'a", "it's", "we're")."""
    rest = _ELIDED.sub("", word)
    return rest if rest == word or len(rest) >= _ROOT else ""


def word_share(
    a_quote: str, b_quote: str, lengths: Lengths, profiles: tuple[Profile, Profile]
) -> float:
    """B's quote's distinct content words, as a share of those a translation of A's quote
    would have (A's distinct content words at the pair's ratio); 1.0 when A's has none."""
    expected = len(set(content_words(a_quote, profiles[0]))) * lengths.words
    if expected <= 0:
        return 1.0
    return len(set(content_words(b_quote, profiles[1]))) / expected


def sentences(quote: str, profile: Profile) -> int:
    """How many sentences a quote says, by the segmenter's rules for its language
    (abbreviations and numbers do not end one)."""
    return sum(1 for piece in sentencex.segment(profile.code, quote) if _LETTER.search(piece))
