"""One article -> its fingerprint: word shingles and their MinHash signature.

This is the per-article work unit of `pair`: `fingerprint(ArticleRef)` is a plain function
of a frozen, picklable value, so any executor (this process, a pool, a cluster) can run it.
An article that cannot be read becomes a `Skipped` value with the one-line reason, never an
exception: one bad file must not stop a run over an archive. `FINGERPRINT` is the task
executors run: it also turns an article that hits a bug, or whose worker dies (on Ray),
into a `Skipped` one.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from driftcheck.errors import DriftcheckError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

SHINGLE_WORDS = 3
"""Words per shingle: short enough to survive a substituted word or a changed figure."""
NUM_PERM = 128
"""MinHash permutations: the signature's length (LSH bands x rows)."""
SEED = 1
"""The permutations' seed: fixed, so signatures agree across processes and machines."""

HEAD_CHARS = 400
"""Characters of an article kept to detect its language from, should it need it."""

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """An article to fingerprint: its path, the folder it must stay inside, how to read it."""

    path: str
    root: str
    max_mb: float | None = None
    encoding: str | None = None
    lead: bool = False
    """Also sign the first half of the text (sources: a shortened copy keeps the top)."""


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """An article's shingles (as 32-bit hashes) and their MinHash signature (uint32 bytes).

    `lead_signature` signs the shingles of the first half of the words, when asked for.
    """

    path: str
    shingles: frozenset[int]
    signature: bytes
    words: int
    lead_signature: bytes | None = None
    head: str = ""
    """The text's first `HEAD_CHARS` characters (its language is detected from them)."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """An article left out of the run, with the one-line reason."""

    path: str
    reason: str


def fingerprint(ref: ArticleRef) -> Fingerprint | Skipped:
    """Read one article and fingerprint it; a file that cannot be used is `Skipped`."""
    from driftcheck.textio import read_version

    path = Path(ref.path)
    outside = _outside(path, Path(ref.root))
    if outside is not None:
        return Skipped(ref.path, outside)
    try:
        text = read_version(ref.path, encoding=ref.encoding, max_mb=ref.max_mb)
    except DriftcheckError as exc:
        return Skipped(ref.path, str(exc).removeprefix(f"{ref.path}: "))
    tokens = words(text)
    hashes = shingles(tokens)
    if not hashes:
        return Skipped(ref.path, "has no words to compare")
    lead = signature(shingles(tokens[: (len(tokens) + 1) // 2])) if ref.lead else None
    return Fingerprint(ref.path, hashes, signature(hashes), len(tokens), lead, text[:HEAD_CHARS])


@dataclass(frozen=True, slots=True)
class Fingerprinter:
    """`fingerprint` as an executor's task: an article it fails on is skipped, not fatal."""

    def __call__(self, ref: ArticleRef, /) -> Fingerprint | Skipped:
        """The article's fingerprint, or why it was left out."""
        try:
            return fingerprint(ref)
        except Exception as exc:  # a bug on one article must not stop the run
            return self.lost(ref, f"internal error: {type(exc).__name__}: {exc}")

    def lost(self, ref: ArticleRef, reason: str, /) -> Fingerprint | Skipped:
        """The article left out with `reason` (its task raised, or its worker died)."""
        return Skipped(ref.path, " ".join(reason.split()))


FINGERPRINT = Fingerprinter()


def _outside(path: Path, root: Path) -> str | None:
    """Why `path` may not be read as part of `root` (a link out of it), or None."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):  # missing, a dangling link or a loop of links
        return "is a broken symbolic link" if path.is_symlink() else "no such file"
    if not target.is_relative_to(root.resolve()):
        return "is a symbolic link to a file outside the folder; not followed"
    return None


def words(text: str) -> list[str]:
    """The text's words, case-folded: what shingles are made of."""
    return _WORD.findall(text.casefold())


def shingles(tokens: list[str], size: int = SHINGLE_WORDS) -> frozenset[int]:
    """The runs of `size` consecutive words, hashed to 32 bits (CRC-32)."""
    if len(tokens) < size:
        return frozenset([_hash(" ".join(tokens))]) if tokens else frozenset()
    return frozenset(_hash(" ".join(tokens[i : i + size])) for i in range(len(tokens) - size + 1))


def _hash(shingle: str) -> int:
    return zlib.crc32(shingle.encode("utf-8"))


def signature(hashes: frozenset[int]) -> bytes:
    """The MinHash signature of a shingle set (datasketch's affine32 scheme), as bytes."""
    import numpy as np

    lsh_hash = minhash(hashes)
    return np.asarray(lsh_hash.hashvalues, dtype=np.uint32).tobytes()


def minhash(hashes: frozenset[int]) -> Any:  # datasketch ships no types
    """A datasketch MinHash of already-hashed shingles."""
    from datasketch import MinHash

    a, b = _permutations()
    sketch = MinHash(num_perm=NUM_PERM, hashfunc=_identity, permutations=(a, b), scheme="affine32")
    sketch.update_batch(sorted(hashes))
    return sketch


def from_signature(data: bytes) -> Any:  # datasketch ships no types
    """The datasketch MinHash a `Fingerprint.signature` stands for."""
    import numpy as np
    from datasketch import MinHash

    return MinHash(
        hashvalues=np.frombuffer(data, dtype=np.uint32),
        permutations=_permutations(),
        scheme="affine32",
    )


@cache
def _permutations() -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]]:
    """The permutation parameters, made once per process (datasketch draws them per sketch)."""
    from datasketch import MinHash

    a, b = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32").permutations
    return a, b


def _identity(value: int) -> int:
    """Shingles are hashed already; MinHash must use the hash as it is."""
    return value
