"""A softening word of B's quote that A's quote says in its own words (xling.quote_reworded):
the fake embedder reads each German word as the English one it is mapped to, so the test
decides whether A's quote carries the word; constructed sentences, no bench story."""

from __future__ import annotations

from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder

EN = 'The union spoke on Monday. "We will work to stop this plan," said Lena Morak.\n'
DE = (
    "Die Gewerkschaft sprach am Montag. „Wir werden versuchen, diesen Plan zu stoppen“, "
    "sagte Lena Morak.\n"
)
WORDS = {
    "die": "the",
    "gewerkschaft": "union",
    "sprach": "spoke",
    "am": "on",
    "montag": "monday",
    "wir": "we",
    "werden": "will",
    "diesen": "this",
    "stoppen": "stop",
    "zu": "to",
    "sagte": "said",
}


def _softened(synonyms: dict[str, str]) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=synonyms), use_cache=False)
    report = comparer.compare(EN, DE, a_language="en", b_language="de")
    return [
        f.message for f in report.findings if f.rule == "quote.altered" and "versuchen" in f.message
    ]


def test_a_word_the_original_says_in_its_own_words_is_no_softening() -> None:
    # "versuchen" (try) read as A's "work": the pair agrees on it, and the quote reads
    # as close as its sentence
    assert not _softened({**WORDS, "versuchen": "work"})


def test_a_word_the_original_does_not_say_softens_the_quote() -> None:
    # "versuchen" has no counterpart in A's quote: B's quote reads closer to A's without it
    assert _softened(WORDS)
