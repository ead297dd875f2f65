"""Which language each version is in: given by the user, detected, or assumed.

Detection uses py3langid (BSD-3-Clause; a maintained fork of langid.py): its naive Bayes
model over byte n-grams ships inside the wheel as an xz-compressed `.npz` read with
`allow_pickle=False`, needs only numpy and never downloads anything. It is restricted to
the languages that have an ISO 639-1 code, which keeps short texts from being read as a
dialect or a pidgin. A text too short or too mixed to tell (a headline-only file, a
name, a number) is not guessed: it takes the other version's language when that one is
known, else the run's default, and is recorded as `assumed`. Answers are kept in the
embedding cache (`LanguageScorer` is shaped like an embedder), so a warm run never loads
the model.

Plain English prose is recognised before the model is loaded (decompressing its 68 MB of
tables takes about a second, most of a cold English compare's time outside the embedder):
a text of at least `FAST_MIN_WORDS` words of which at least `FAST_ENGLISH_SHARE` are
English function words that no other language writes as common words ("the", "which",
"said"; not "is", "to", "for", "was", which are Dutch, Slavic, Scandinavian, German words
too), and at most `FAST_FOREIGN_SHARE` other languages' function words or words in
another script (so a German story quoting an English sentence is not English), is
English. On the project's data (`python bench/language.py`; bench/RESULTS.md, "Language
detection without the model") English texts have an English share of 0.071-0.360 (5th
percentile 0.158) and a foreign share of at most 0.031; German, French, Spanish and Russian
texts an English share of at most 0.004 and a foreign share of at least 0.169. The fast
answer agreed with the model on every text it gave one for. Anything else goes to the model.
"""

from __future__ import annotations

import importlib.metadata
import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from driftcheck.errors import UsageError
from driftcheck.types import Language, LanguageSource

if TYPE_CHECKING:
    from driftcheck.embed.base import Embedder, Matrix

DEFAULT_LANGUAGE = "en"
"""The language assumed when neither version says or shows which one it is in."""

MIN_CONFIDENCE = 0.5
"""Least probability py3langid must give its best language for the detection to count."""

MIN_LETTERS = 8
"""Fewer letters than this and a text is not detected at all (a number, an initialism)."""

SAMPLE_CHARS = 4000
"""Detection reads this much of a text: more changes nothing but the time it takes."""

FAST_MIN_WORDS = 20
"""Fewer words than this and the function-word test is not trusted: the model decides."""

FAST_ENGLISH_SHARE = 0.10
"""Least share of `_ENGLISH_ONLY` words for a text to be English without the model."""

_ENGLISH_ONLY = frozenset(
    "the and of that with from which said this they their been were would has his who it "  # noqa: SIM905
    "by are be not have had she into about after but there what when".split()
)
"""Frequent English words that are not frequent words of another language."""

FAST_FOREIGN_SHARE = 0.02
"""Most share of `_OTHERS_ONLY` words and non-ASCII words for a text to be plainly English."""

_OTHERS_ONLY = frozenset(
    "der das und nicht ist ein eine zu sich auf für von le les des et une du au aux pour pas "  # noqa: SIM905
    "qui sur y del que por para una es lo het een niet zijn och att är det som inte för il di "
    "che della sono não uma os da na nie się jest że".split()
)
"""Frequent words of German, French, Spanish, Dutch, Swedish, Italian, Portuguese and
Polish that English does not write (not "die", "la", "los", "mit", "est": Las Vegas, MIT)."""

_TAG = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*")
"""A BCP 47 tag as far as driftcheck reads it: a language, then subtags it ignores (pt-BR)."""
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")
_lock = threading.Lock()
_identifier: Any = None


def checked_code(value: str, where: str) -> str:
    """A language code as the user wrote it, lower-cased; a UsageError naming `where` if bad."""
    tag = value.strip().lower().replace("_", "-")
    code = tag.split("-")[0]
    if not _TAG.fullmatch(tag):
        raise UsageError(
            f"{where}: {value!r} is not a language code (use ISO 639-1, e.g. en, de, fr)"
        )
    return code


class LanguageScorer:
    """py3langid's answer for each text as a row (code's two letters as numbers, probability).

    Shaped like an Embedder so that CachedEmbedder can keep the answers on disk.
    """

    @property
    def model_id(self) -> str:
        """The detector and its version: a new release never reuses old answers."""
        return f"language@py3langid-{importlib.metadata.version('py3langid')}"

    def embed(self, texts: Sequence[str]) -> Matrix:
        """One row per text: [ord(first letter), ord(second letter), probability]."""
        import numpy as np

        model = _model()
        rows = np.zeros((len(texts), 3), dtype=np.float32)
        for row, text in enumerate(texts):
            code, probability = model.classify(text)
            rows[row] = (ord(code[0]), ord(code[1]), probability)
        return rows


def language_scorer(cache_dir: str | Path | None = None, *, use_cache: bool = True) -> Embedder:
    """The scorer, its answers kept in the embedding cache unless `use_cache` is False."""
    if not use_cache:
        return LanguageScorer()
    from driftcheck.embed.cache import CachedEmbedder, EmbeddingCache

    return CachedEmbedder(LanguageScorer(), EmbeddingCache(cache_dir))


def detect_language(text: str, scorer: Embedder | None = None) -> tuple[str, float] | None:
    """The most likely language of `text` and its probability, or None when it cannot tell."""
    sample = text[:SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    if plainly_english(sample):
        return "en", 1.0
    first, second, probability = (scorer or LanguageScorer()).embed([sample])[0].tolist()
    if probability < MIN_CONFIDENCE:
        return None
    return chr(int(first)) + chr(int(second)), float(probability)


def plainly_english(text: str) -> bool:
    """True when `text` is English prose by its function words alone (see the module doc)."""
    if len(_WORD.findall(text)) < FAST_MIN_WORDS:
        return False
    english, others = shares(text)
    return english >= FAST_ENGLISH_SHARE and others <= FAST_FOREIGN_SHARE


def shares(text: str) -> tuple[float, float]:
    """The shares of `text`'s words that are English-only and that are other languages' words."""
    words = [word.lower() for word in _WORD.findall(text)]
    if not words:
        return 0.0, 0.0
    english = sum(word in _ENGLISH_ONLY for word in words)
    others = sum(word in _OTHERS_ONLY or not word.isascii() for word in words)
    return english / len(words), others / len(words)


def resolve_languages(
    a_text: str,
    b_text: str,
    a_given: str | None = None,
    b_given: str | None = None,
    *,
    default: str = DEFAULT_LANGUAGE,
    scorer: Embedder | None = None,
) -> tuple[Language, Language]:
    """Each version's language: the one given, else the detected one, else an assumption.

    A version that cannot be detected takes the other version's language (two versions
    of one story are most often in one language), or `default` when neither is known.
    """
    a = _given_or_detected(a_text, a_given, scorer)
    b = _given_or_detected(b_text, b_given, scorer)
    if a is None and b is None:
        return Language(default, LanguageSource.ASSUMED), Language(default, LanguageSource.ASSUMED)
    if a is None:
        assert b is not None  # noqa: S101 - narrowed by the branch above
        a = Language(b.code, LanguageSource.ASSUMED)
    if b is None:
        b = Language(a.code, LanguageSource.ASSUMED)
    return a, b


def _given_or_detected(text: str, given: str | None, scorer: Embedder | None) -> Language | None:
    if given is not None:
        return Language(checked_code(given, "language"), LanguageSource.GIVEN)
    found = detect_language(text, scorer)
    return None if found is None else Language(found[0], LanguageSource.DETECTED)


def _model() -> Any:
    """py3langid's identifier, loaded once per process (about 0.7 s) on first use."""
    global _identifier  # noqa: PLW0603 - one model per process, loaded lazily
    with _lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            identifier.set_languages([code for code in identifier.labels if len(code) == 2])
            _identifier = identifier
        return _identifier


def wants_multilingual(a: Language, b: Language) -> bool:
    """True unless both versions are English: the bundled default model reads English only."""
    return not (a.code == b.code == "en")


def reads_many_languages(model_id: str) -> bool:
    """True for the multilingual backend and models whose name says they are multilingual.

    A name is all there is to go on for an arbitrary sentence-transformers model, so this
    recognises the usual spellings: use-multilingual, *multilingual*, LaBSE, XLM-R, bge-m3.
    """
    name = model_id.lower()
    return any(mark in name for mark in ("multilingual", "labse", "xlm", "bge-m3"))


def model_warning(a: Language, b: Language, model_id: str) -> str | None:
    """A one-line warning when a model that reads one language aligns a pair in two."""
    if a.code == b.code or reads_many_languages(model_id):
        return None
    from driftcheck.embed.multilingual import MULTILINGUAL_MODEL  # numpy: not at import time

    return (
        f"A is in {a.code} and B in {b.code}, but {model_id} reads one language: sentences "
        f"will pair poorly (drop --model, or use --model {MULTILINGUAL_MODEL})"
    )
