"""The pipeline in one place: segment, align, diff, summarise."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from driftcheck.align import AlignOptions, align
from driftcheck.config import Config
from driftcheck.diff import word_diff
from driftcheck.embed.base import Embedder
from driftcheck.errors import InputError
from driftcheck.findings import detect, drift_score
from driftcheck.language import (
    DEFAULT_LANGUAGE,
    language_scorer,
    model_warning,
    resolve_languages,
    wants_multilingual,
)
from driftcheck.normalize import group_text
from driftcheck.segment import segment
from driftcheck.types import (
    AlignmentGroup,
    DiffToken,
    Document,
    Finding,
    Kind,
    Language,
    Pairing,
    Report,
    Summary,
)

AUTO = "auto"
"""The model setting that lets each pair's languages choose the backend (as no setting does)."""


class Comparer:
    """Compares many pairs of versions, loading each model once.

    `config` holds the settings (model, language, strict, locale, max_size, the policy);
    `model`, `language` and `options.strict`, when given, override it. With no model
    (or `auto`) and no `embedder` the backend follows each pair's languages: the bundled
    default model when both versions are English, the multilingual one otherwise. A None
    language detects each version's (see driftcheck.language).
    `device` (auto, cpu, cuda) is where a sentence-transformers model runs.
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        embedder: Embedder | None = None,
        cache_dir: str | Path | None = None,
        use_cache: bool = True,
        options: AlignOptions | None = None,
        language: str | None = None,
        config: Config | None = None,
        device: str = "auto",
    ) -> None:
        self.config = (config or Config()).updated(
            model=model, language=language, strict=None if options is None else options.strict
        )
        self.model = self.config.model
        self.cache_dir = cache_dir
        self.use_cache = use_cache
        self.device = device
        self.options = replace(options or AlignOptions(), strict=self.config.strict)
        self.language = self.config.language
        self._embedder = embedder
        self._chosen = self.model is not None or embedder is not None
        self._multilingual: Embedder | None = None
        self._scorer: Embedder | None = None

    @property
    def embedder(self) -> Embedder:
        """The embedder chosen (or the default one), created on first use.

        The model itself loads only when a sentence is not in the cache.
        """
        if self._embedder is None:
            from driftcheck.embed import load_embedder

            self._embedder = load_embedder(
                self.model, cache_dir=self.cache_dir, use_cache=self.use_cache, device=self.device
            )
        return self._embedder

    @property
    def model_chosen(self) -> bool:
        """True when the caller named a model or passed an embedder: languages do not choose."""
        return self._chosen

    def embedder_for(self, a: Language, b: Language) -> Embedder:
        """The embedder for a pair in these languages (see the class docstring)."""
        if self.model_chosen or not wants_multilingual(a, b):
            return self.embedder
        if self._multilingual is None:
            from driftcheck.embed import MULTILINGUAL_MODEL, load_embedder

            self._multilingual = load_embedder(
                MULTILINGUAL_MODEL, cache_dir=self.cache_dir, use_cache=self.use_cache
            )
        return self._multilingual

    def languages(
        self,
        a_text: str,
        b_text: str,
        a_language: str | Language | None = None,
        b_language: str | Language | None = None,
    ) -> tuple[Language, Language]:
        """Each version's language: the one given here, else the Comparer's, else detected.

        A `Language` (one resolved before, as a corpus run does) is kept as it is.
        """
        if isinstance(a_language, Language) and isinstance(b_language, Language):
            return a_language, b_language
        a_given = a_language.code if isinstance(a_language, Language) else a_language
        b_given = b_language.code if isinstance(b_language, Language) else b_language
        if self._scorer is None:
            self._scorer = language_scorer(self.cache_dir, use_cache=self.use_cache)
        a, b = resolve_languages(
            a_text,
            b_text,
            a_given or self.language,
            b_given or self.language,
            default=DEFAULT_LANGUAGE,
            scorer=self._scorer,
        )
        return (
            a_language if isinstance(a_language, Language) else a,
            b_language if isinstance(b_language, Language) else b,
        )

    def warning(self, report: Report) -> str | None:
        """A one-line warning when the model chosen reads one language and the pair has two."""
        if not self.model_chosen or report.a.language is None or report.b.language is None:
            return None
        return model_warning(report.a.language, report.b.language, report.model)

    def compare(
        self,
        a_text: str,
        b_text: str,
        *,
        a_path: str | None = None,
        b_path: str | None = None,
        a_language: str | Language | None = None,
        b_language: str | Language | None = None,
    ) -> Report:
        """Compare version A with version B and report what drifted, judged by the policy.

        `a_language`/`b_language` give a version's language (an ISO 639-1 code); a
        version without one has its language detected.
        """
        for text, path, side in ((a_text, a_path, "A"), (b_text, b_path, "B")):
            _check_size(text, path or f"version {side}", self.config.max_size)
        lang_a, lang_b = self.languages(a_text, b_text, a_language, b_language)
        lines = self.options.lines
        a = replace(segment(a_text, a_path, language=lang_a.code, lines=lines), language=lang_a)
        b = replace(segment(b_text, b_path, language=lang_b.code, lines=lines), language=lang_b)
        embedder = self.embedder_for(lang_a, lang_b)
        pairings = align(a.sentences, b.sentences, embedder, self.options)
        groups = tuple(
            AlignmentGroup.of(p, _group_diff(p, a, b, self.options.strict)) for p in pairings
        )
        findings = self._findings(a, b, groups, lang_a, lang_b, embedder)
        summary = summarise(groups, len(a.sentences), len(b.sentences))
        report = Report(
            a=a,
            b=b,
            alignments=groups,
            summary=summary,
            model=embedder.model_id,
            settings={**self.options.settings(embedder.model_id), **self._settings()},
            findings=findings,
            drift_score=drift_score(findings, summary),
            **_profiles(lang_a.code, lang_b.code),
        )
        return replace(report, failures=self.config.policy.failures(report))

    def _settings(self) -> dict[str, object]:
        """The settings besides the alignment options that shaped the report."""
        config = self.config
        return {
            "language": self.language or AUTO,
            "locale": config.locale,
            "fail_on": config.fail_on.value,
            "max_omitted": config.max_omitted,
            "max_drift": config.max_drift,
        }

    def _findings(  # noqa: PLR0917 (private; the pipeline's stages in order)
        self,
        a: Document,
        b: Document,
        groups: tuple[AlignmentGroup, ...],
        lang_a: Language,
        lang_b: Language,
        embedder: Embedder | None = None,
    ) -> tuple[Finding, ...]:
        """Editorial findings at the severities the settings give their rules; 'off' drops them.

        Across languages only what does not depend on wording is compared (see detect).
        """
        # Two versions in one language keep the word-level rules: their quote check works
        # letter by letter in any script. Two languages run the profile-driven rules.
        across = None if lang_a.code == lang_b.code else (lang_a.code, lang_b.code)
        found = []
        detected = detect(a, b, groups, locale=self.config.locale, across=across, embedder=embedder)
        for finding in detected:
            severity = self.config.severity_of(finding.rule, finding.severity)
            if severity is not None:
                found.append(replace(finding, severity=severity))
        return tuple(found)


def compare(
    a_text: str,
    b_text: str,
    *,
    a_path: str | None = None,
    b_path: str | None = None,
    model: str | None = None,
    embedder: Embedder | None = None,
    cache_dir: str | Path | None = None,
    use_cache: bool = True,
    options: AlignOptions | None = None,
    language: str | None = None,
    config: Config | None = None,
    a_language: str | None = None,
    b_language: str | None = None,
) -> Report:
    """Compare two versions of a story; for many pairs, keep one `Comparer` instead.

    `config` (a `driftcheck.Config`) carries every setting; `model`, `language` and
    `options` override it. `report.failed` says whether the policy fails the comparison.
    """
    comparer = Comparer(
        model,
        embedder=embedder,
        cache_dir=cache_dir,
        use_cache=use_cache,
        options=options,
        language=language,
        config=config,
    )
    return comparer.compare(
        a_text, b_text, a_path=a_path, b_path=b_path, a_language=a_language, b_language=b_language
    )


def _check_size(text: str, name: str, max_mb: float) -> None:
    """Refuse a version over the size limit, as the command line does for files (0: none)."""
    limit = int(max_mb * 1_000_000)
    if max_mb and len(text) * 4 > limit and len(text.encode("utf-8")) > limit:
        size = len(text.encode("utf-8")) / 1_000_000
        raise InputError(
            f"{name}: is {size:.1f} MB, over the {max_mb:g} MB limit for one version "
            "(raise it with Config(max_size=...), 0 for no limit)"
        )


def _profiles(a: str, b: str) -> dict[str, Any]:
    """The Report fields saying which language profile each side used and what was skipped."""
    if a == b:
        return {}
    from driftcheck.findings.profiles import profile_for, skipped_rules

    used = tuple(code if profile_for(code) is not None else None for code in (a, b))
    return {"profiles": used, "skipped_rules": skipped_rules(a, b)}


def _group_diff(pairing: Pairing, a: Document, b: Document, strict: bool) -> tuple[DiffToken, ...]:
    return word_diff(group_text(a, pairing.a), group_text(b, pairing.b), strict=strict)


def summarise(groups: tuple[AlignmentGroup, ...], a_count: int, b_count: int) -> Summary:
    """Count sentences per outcome."""

    def a_sentences(*kinds: Kind) -> int:
        return sum(len(g.a) for g in groups if g.kind in kinds)

    return Summary(
        a_sentences=a_count,
        b_sentences=b_count,
        unchanged=a_sentences(Kind.UNCHANGED),
        reworded=a_sentences(Kind.CHANGED),
        split_or_merged=a_sentences(Kind.SPLIT, Kind.MERGE),
        moved=sum(len(g.a) for g in groups if g.moved),
        omitted=a_sentences(Kind.OMITTED),
        added=sum(len(g.b) for g in groups if g.kind is Kind.ADDED),
    )
