"""Find the versions of each source story in a pile of articles, and write them as a manifest.

`pair(archive, sources)` reads every article (the per-article work runs on an executor),
finds candidates with MinHash LSH over word shingles (datasketch), so the work grows with
the number of articles rather than with sources x articles, and keeps a candidate when
enough of the article's shingles are in the source: most of a version comes from its
story (a shortened copy all of it), while an article that quotes a story's background
paragraphs is mostly something else. Each article goes to the one source it shares most
with. The result becomes a manifest that `driftcheck check` reads.

Translations share no shingles with their source: the articles left unmatched whose
language differs from a source's are compared with it by meaning (the multilingual
backend; see `driftcheck.pairing.translations`), unless `translations=False`.
Back-translations are found by their shingles when enough of their wording survived.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from driftcheck.errors import UsageError
from driftcheck.pairing.fingerprint import (
    FINGERPRINT,
    NUM_PERM,
    ArticleRef,
    Fingerprint,
    Skipped,
    from_signature,
)
from driftcheck.pairing.manifest import write_manifest
from driftcheck.pairing.translations import MIN_COVERAGE, MIN_SIMILARITY

if TYPE_CHECKING:
    from driftcheck.embed.base import Embedder

__all__ = [
    "BANDS",
    "MIN_COVERAGE",
    "MIN_OVERLAP",
    "MIN_SHARED",
    "MIN_SIMILARITY",
    "ArticleRef",
    "Fingerprint",
    "Match",
    "PairingResult",
    "Skipped",
    "TaskRunner",
    "pair",
    "write_manifest",
]

BANDS = (42, 3)
"""LSH bands x rows of the signature: a pair whose shingle sets have a Jaccard similarity
of 0.5 becomes a candidate with probability 0.996, of 0.05 with 0.005. A shortened copy
has a low similarity with its whole source but a high one with the source's first half,
which is signed and searched too."""
MIN_OVERLAP = 0.45
"""Share of an article's shingles found in a source for it to count as a version of it
(fitted on the generator's development seed, see bench/pair.py)."""
MIN_SHARED = 12
"""Shingles two texts must share at least, so a one-line article quoting one sentence of a
story is not taken for a version of it."""

T = TypeVar("T")
R = TypeVar("R")


class TaskRunner(Protocol):
    """Runs one plain function over many frozen values, results in the values' order."""

    def map(self, task: Callable[[T], R], items: Sequence[T]) -> list[R]:
        """`[task(item) for item in items]`, wherever the executor runs them."""
        ...


@dataclass(frozen=True, slots=True)
class Match:
    """An article found to be a version of a source story, and how much of it they share.

    `overlap` is the share of the article's word triples found in the source or, for a
    translation (`language` set), the share of its sentences the source covers in meaning.
    """

    story: str
    source: str
    target: str
    overlap: float
    language: str | None = None
    """A translation's language (detected); None for a match by shared wording."""
    source_language: str | None = None
    """The source's language (detected), for a translation."""


@dataclass(frozen=True, slots=True)
class PairingResult:
    """Every match (by story, then target), the files left out, and what the search did."""

    matches: tuple[Match, ...]
    skipped: tuple[Skipped, ...]
    sources: int
    articles: int
    candidates: int


def pair(
    archive: str | Path,
    sources: str | Path,
    *,
    min_overlap: float = MIN_OVERLAP,
    min_shared: int = MIN_SHARED,
    bands: tuple[int, int] = BANDS,
    max_mb: float | None = None,
    encoding: str | None = None,
    jobs: int = 1,
    executor: TaskRunner | None = None,
    translations: bool = True,
    min_similarity: float = MIN_SIMILARITY,
    min_coverage: float = MIN_COVERAGE,
    embedder: Embedder | None = None,
) -> PairingResult:
    """Find, for each source story (a .txt under `sources`), its versions under `archive`.

    `executor` runs the per-article reading and fingerprinting (default: this machine
    with `jobs` processes; `RayExecutor` on a cluster); unreadable files, and articles
    whose task fails, are skipped with their reason. With `translations`, articles left
    unmatched in another language than a source are compared by meaning with `embedder`
    (default: use-multilingual through the embedding cache, loaded only when needed).
    """
    from driftcheck.textio import MAX_MB

    limit = MAX_MB if max_mb is None else max_mb
    source_root, archive_root = Path(sources), Path(archive)
    source_paths = _articles(source_root, "--sources")
    known = {p.resolve() for p in source_paths if not p.is_symlink()}
    article_paths = [
        p for p in _articles(archive_root, "ARCHIVE") if p.is_symlink() or p.resolve() not in known
    ]
    refs = [ArticleRef(str(p), str(source_root), limit, encoding, lead=True) for p in source_paths]
    refs += [ArticleRef(str(p), str(archive_root), limit, encoding) for p in article_paths]
    if executor is None:
        from driftcheck.runner import LocalExecutor

        executor = LocalExecutor(jobs)
    done = executor.map(FINGERPRINT, refs)
    skipped = tuple(sorted((d for d in done if isinstance(d, Skipped)), key=lambda s: s.path))
    found = [d if isinstance(d, Fingerprint) else None for d in done]
    stories = [
        (_story_id(Path(ref.path), source_root), signed)
        for ref, signed in zip(refs[: len(source_paths)], found[: len(source_paths)], strict=True)
        if signed is not None
    ]
    articles = [f for f in found[len(source_paths) :] if f is not None]
    candidates = _candidates([f for _, f in stories], articles, bands)
    matches = _verified(stories, articles, candidates, min_overlap, min_shared)
    if translations:
        matches += _translated(
            stories,
            articles,
            matches,
            max_mb=limit,
            encoding=encoding,
            embedder=embedder,
            min_similarity=min_similarity,
            min_coverage=min_coverage,
        )
    return PairingResult(
        matches=tuple(sorted(matches, key=lambda m: (m.story, m.target))),
        skipped=skipped,
        sources=len(stories),
        articles=len(articles),
        candidates=len(candidates),
    )


def _verified(
    stories: Sequence[tuple[str, Fingerprint]],
    articles: Sequence[Fingerprint],
    candidates: Sequence[tuple[int, int]],
    min_overlap: float,
    min_shared: int,
) -> list[Match]:
    """Each article's best story among its candidates, when enough of the article is in it."""
    best: dict[int, tuple[float, str, Fingerprint]] = {}
    for s, a in candidates:
        story, source = stories[s]
        shared = len(source.shingles & articles[a].shingles)
        overlap = shared / len(articles[a].shingles)
        if shared < min_shared or overlap < min_overlap:
            continue
        if a not in best or (-overlap, story) < (-best[a][0], best[a][1]):
            best[a] = (overlap, story, source)
    return [
        Match(story, source.path, articles[a].path, round(overlap, 4))
        for a, (overlap, story, source) in best.items()
    ]


def _translated(
    stories: Sequence[tuple[str, Fingerprint]],
    articles: Sequence[Fingerprint],
    matches: Sequence[Match],
    *,
    max_mb: float,
    encoding: str | None,
    embedder: Embedder | None,
    min_similarity: float,
    min_coverage: float,
) -> list[Match]:
    """The unmatched articles found to translate a story (see `translations`)."""
    from driftcheck.pairing.translations import find_translations
    from driftcheck.textio import read_version

    matched = {m.target for m in matches}
    left = [a for a in articles if a.path not in matched]

    def read(path: str) -> str:
        return read_version(path, encoding=encoding, max_mb=max_mb)

    def model() -> Embedder:
        if embedder is not None:
            return embedder
        from driftcheck.embed import MULTILINGUAL_MODEL, load_embedder

        return load_embedder(MULTILINGUAL_MODEL)

    found = find_translations(
        [source for _, source in stories],
        left,
        read=read,
        embedder=model,
        min_similarity=min_similarity,
        min_coverage=min_coverage,
    )
    return [
        Match(
            stories[t.story][0],
            stories[t.story][1].path,
            left[t.article].path,
            t.coverage,
            t.language,
            t.source_language,
        )
        for t in found
    ]


def _articles(root: Path, name: str) -> list[Path]:
    """The .txt files below `root` (links included, hidden folders not), sorted."""
    if not root.is_dir():
        problem = "is not a directory" if root.exists() else "no such directory"
        raise UsageError(f"{name}: {root}: {problem} (expected a folder of .txt articles)")
    found = sorted(
        p
        for p in root.rglob("*.txt")
        if not any(part.startswith(".") for part in p.relative_to(root).parts)
        and (p.is_symlink() or not p.is_dir())
    )
    if not found:
        raise UsageError(f"{name}: {root}: has no .txt articles")
    return found


def _story_id(path: Path, root: Path) -> str:
    """A source's story name: its path below the sources folder, without `.txt`."""
    return path.relative_to(root).with_suffix("").as_posix()


def _candidates(
    sources: Sequence[Fingerprint], articles: Sequence[Fingerprint], bands: tuple[int, int]
) -> list[tuple[int, int]]:
    """(source, article) index pairs LSH puts in a shared bucket (whole source or its lead)."""
    from datasketch import MinHashLSH

    index = MinHashLSH(num_perm=NUM_PERM, params=bands)
    with index.insertion_session() as session:
        for number, article in enumerate(articles):
            session.insert(number, from_signature(article.signature), check_duplication=False)
    found: set[tuple[int, int]] = set()
    for number, source in enumerate(sources):
        for signed in (source.signature, source.lead_signature):
            if signed is not None:
                found.update((number, a) for a in index.query(from_signature(signed)))
    return sorted(found)
