"""Translated versions: the articles word shingles cannot find, matched by meaning.

A translation shares no word triples with its source, so `pair` runs this pass on the
articles its shingles left unmatched: each such article whose detected language differs
from a source's (both languages read by the multilingual backend, `use-multilingual`) is
compared with those sources by meaning.

1. Candidates: the mean vector of each text's first `LEDE` sentences (its lede); for each
   article, the `TOP_K` sources in another language whose lede is nearest (cosine).
2. Verification: the share of the article's sentences (its first `MAX_SENTENCES`) whose
   nearest sentence among the source's first `MAX_SENTENCES` is at least `min_similarity`
   (the article's coverage by the source). A candidate is kept when the coverage reaches
   `min_coverage` and `MIN_COVERED` sentences are covered; each article goes to the source
   that covers most of it.

Cost: detecting the language of every unmatched article and of every source (about a
millisecond each, on their first `HEAD_CHARS` characters). Only when some article is in
another language than a source: the model loads (once), every source in another language
has its lede embedded and every such article its sentences (both linear), the ledes are
compared in blocks of `BLOCK` articles (foreign articles x sources: a matrix product, so
quadratic, but about a second per 10k x 10k on two cores), and `TOP_K` sources per article
are embedded in full (linear in the foreign articles). Embedding is the bulk (about 75
sentences a second on two cores); it runs in this process, through the embedding cache.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from driftcheck.pairing.fingerprint import HEAD_CHARS

if TYPE_CHECKING:
    from driftcheck.embed.base import Embedder, Matrix
    from driftcheck.pairing.fingerprint import Fingerprint

__all__ = ["MIN_COVERAGE", "MIN_SIMILARITY", "Translation", "find_translations"]

LEDE = 4
"""Sentences of each text whose mean vector finds the candidates."""
TOP_K = 3
"""Sources per article verified sentence by sentence."""
MAX_SENTENCES = 30
"""Sentences of an article (and of a source) compared at most: bounds the cost per pair."""
MIN_SIMILARITY = 0.55
"""Cosine at which an article's sentence counts as covered by a source sentence."""
MIN_COVERAGE = 0.4
"""Share of an article's sentences a source must cover for a translated version (both
fitted on the generator's development seed: `python bench/pair.py --translations`)."""
MIN_COVERED = 2
"""Covered sentences at least, so a one-line article is not taken for a translation."""
BLOCK = 1024
"""Articles whose ledes are compared with every source at once (bounds the memory)."""


@dataclass(frozen=True, slots=True)
class Translation:
    """An article matched by meaning with a source in another language."""

    story: int
    """The source's index among the stories."""
    article: int
    """The article's index among the articles passed in."""
    coverage: float
    language: str
    source_language: str


def find_translations(
    sources: Sequence[Fingerprint],
    articles: Sequence[Fingerprint],
    *,
    read: Callable[[str], str],
    embedder: Callable[[], Embedder],
    min_similarity: float = MIN_SIMILARITY,
    min_coverage: float = MIN_COVERAGE,
) -> list[Translation]:
    """The articles that are translations of a source; the model loads only if needed.

    `read` gives a file's text; `embedder` is called once, when some article is in
    another language than a source.
    """
    from driftcheck.embed.multilingual import LANGUAGES

    article_languages = {i: _language(a) for i, a in enumerate(articles)}
    wanted = {i: code for i, code in article_languages.items() if code in LANGUAGES}
    if not wanted:
        return []
    source_languages = [_language(s) for s in sources]
    by_language: dict[str, list[int]] = {}
    for j, code in enumerate(source_languages):
        if code in LANGUAGES:
            by_language.setdefault(code, []).append(j)
    # By language, not article x source: an archive of one language costs nothing here.
    foreign = sorted(i for i, own in wanted.items() if any(c != own for c in by_language))
    if not foreign:
        return []
    article_codes = {wanted[i] for i in foreign}
    source_numbers = sorted(
        j
        for code, numbers in by_language.items()
        if article_codes - {code}  # some foreign article is in another language than these
        for j in numbers
    )
    model = embedder()
    texts = _Texts(read, model)
    candidates = _candidates(
        texts,
        [("a", i, wanted[i], articles[i].path) for i in foreign],
        source_numbers,
        sources,
        source_languages,
    )
    chosen = sorted({j for js in candidates.values() for j in js})
    texts.embed([_source_key(j, sources, source_languages) for j in chosen], lede=False)
    found: list[Translation] = []
    for i in foreign:
        mine = texts.sentences(("a", i, wanted[i], articles[i].path))
        best: tuple[float, int] | None = None
        for j in candidates[i]:
            theirs = texts.sentences(_source_key(j, sources, source_languages))
            covered = int(((mine @ theirs.T).max(axis=1) >= min_similarity).sum())
            coverage = covered / len(mine)
            enough = covered >= MIN_COVERED and coverage >= min_coverage
            if enough and (best is None or coverage > best[0]):
                best = (coverage, j)
        if best is not None:
            code = source_languages[best[1]] or ""
            found.append(Translation(best[1], i, round(best[0], 4), wanted[i], code))
    return found


Key = tuple[str, int, str, str]
"""A text: ("s" source or "a" article, its index, its language, its path)."""


class _Texts:
    """Each text's first sentences and their vectors, read and embedded once."""

    def __init__(self, read: Callable[[str], str], model: Embedder) -> None:
        self.read = read
        self.model = model
        self.split: dict[Key, list[str]] = {}
        self.vectors: dict[Key, Matrix] = {}

    def opening(self, key: Key) -> list[str]:
        """The text's first `MAX_SENTENCES` sentences (nothing when it cannot be read)."""
        if key not in self.split:
            from driftcheck.errors import DriftcheckError
            from driftcheck.segment import segment

            try:
                text = self.read(key[3])
            except DriftcheckError:
                text = ""
            sentences = [s.text for s in segment(text, language=key[2]).sentences]
            self.split[key] = sentences[:MAX_SENTENCES] or [text[:HEAD_CHARS]]
        return self.split[key]

    def embed(self, keys: Sequence[Key], *, lede: bool) -> None:
        """Embed the ledes (or all first sentences) of `keys` not embedded yet, in one call."""
        import numpy as np

        from driftcheck.embed.base import normalise

        todo: list[tuple[Key, int, int]] = []  # the text, sentences it has, sentences wanted
        for key in keys:
            wanted = min(LEDE, len(self.opening(key))) if lede else len(self.opening(key))
            have = len(self.vectors.get(key, ()))
            if have < wanted:
                todo.append((key, have, wanted))
        if not todo:
            return
        flat = [s for key, have, wanted in todo for s in self.opening(key)[have:wanted]]
        rows = normalise(self.model.embed(flat))
        at = 0
        for key, have, wanted in todo:
            new = rows[at : at + wanted - have]
            self.vectors[key] = np.vstack([self.vectors[key], new]) if have else new
            at += wanted - have

    def sentences(self, key: Key) -> Matrix:
        """Unit vectors of the text's first sentences, embedding what is still missing."""
        if len(self.vectors.get(key, ())) < len(self.opening(key)):
            self.embed([key], lede=False)
        return self.vectors[key]


def _source_key(j: int, sources: Sequence[Fingerprint], languages: Sequence[str | None]) -> Key:
    return ("s", j, languages[j] or "", sources[j].path)


def _language(article: Fingerprint) -> str | None:
    """The article's detected language, or None when its opening is too short to tell."""
    from driftcheck.language import detect_language

    found = detect_language(article.head)
    return None if found is None else found[0]


def _candidates(
    texts: _Texts,
    articles: list[Key],
    source_numbers: list[int],
    sources: Sequence[Fingerprint],
    languages: Sequence[str | None],
) -> dict[int, list[int]]:
    """For each article, the `TOP_K` sources in another language with the nearest lede."""
    import numpy as np

    from driftcheck.embed.base import normalise

    source_keys = [_source_key(j, sources, languages) for j in source_numbers]
    texts.embed(source_keys, lede=True)
    texts.embed(articles, lede=False)  # verification needs them all anyway
    ledes = normalise(np.stack([texts.vectors[k][:LEDE].mean(axis=0) for k in source_keys]))
    codes = np.asarray([k[2] for k in source_keys])
    found: dict[int, list[int]] = {}
    for start in range(0, len(articles), BLOCK):
        block = articles[start : start + BLOCK]
        mine = normalise(np.stack([texts.vectors[k][:LEDE].mean(axis=0) for k in block]))
        scores = mine @ ledes.T
        for row, key in enumerate(block):
            scores[row, codes == key[2]] = -np.inf  # the same language: shingles' business
            order = np.argsort(-scores[row], kind="stable")[:TOP_K]
            found[key[1]] = [source_numbers[n] for n in order if np.isfinite(scores[row, n])]
    return found
