"""The pipeline in one place: segment, align, diff, summarise."""

from __future__ import annotations

from dataclasses import asdict, replace
from pathlib import Path

from driftcheck.align import AlignOptions, align
from driftcheck.config import Config
from driftcheck.diff import word_diff
from driftcheck.embed.base import Embedder
from driftcheck.errors import InputError
from driftcheck.findings import detect, drift_score
from driftcheck.normalize import group_text
from driftcheck.segment import segment
from driftcheck.types import AlignmentGroup, DiffToken, Document, Finding, Kind, Report, Summary


class Comparer:
    """Compares many pairs of versions with one embedder, so the model loads once.

    `config` holds the settings (model, language, strict, locale, max_size, the policy);
    `model`, `language` and `options.strict`, when given, override it; `device` (auto,
    cpu, cuda) is where a sentence-transformers model runs.
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

    @property
    def embedder(self) -> Embedder:
        """The embedder, created on first use; the model itself loads only when needed."""
        if self._embedder is None:
            from driftcheck.embed import load_embedder

            self._embedder = load_embedder(
                self.model, cache_dir=self.cache_dir, use_cache=self.use_cache, device=self.device
            )
        return self._embedder

    def compare(
        self, a_text: str, b_text: str, *, a_path: str | None = None, b_path: str | None = None
    ) -> Report:
        """Compare version A with version B and report what drifted, judged by the policy."""
        for text, path, side in ((a_text, a_path, "A"), (b_text, b_path, "B")):
            _check_size(text, path or f"version {side}", self.config.max_size)
        a = segment(a_text, a_path, language=self.language)
        b = segment(b_text, b_path, language=self.language)
        groups = align(a.sentences, b.sentences, self.embedder, self.options)
        groups = tuple(replace(g, diff=_group_diff(g, a, b, self.options.strict)) for g in groups)
        findings = self._findings(a, b, groups)
        summary = summarise(groups, len(a.sentences), len(b.sentences))
        report = Report(
            a=a,
            b=b,
            alignments=groups,
            summary=summary,
            model=self.embedder.model_id,
            settings={**asdict(self.options), **self._settings()},
            findings=findings,
            drift_score=drift_score(findings, summary),
        )
        return replace(report, failures=self.config.policy.failures(report))

    def _settings(self) -> dict[str, object]:
        """The settings besides the alignment options that shaped the report."""
        config = self.config
        return {
            "language": self.language,
            "locale": config.locale,
            "fail_on": config.fail_on.value,
            "max_omitted": config.max_omitted,
            "max_drift": config.max_drift,
        }

    def _findings(
        self, a: Document, b: Document, groups: tuple[AlignmentGroup, ...]
    ) -> tuple[Finding, ...]:
        """Editorial findings at the severities the settings give their rules; 'off' drops them."""
        found = []
        for finding in detect(a, b, groups, locale=self.config.locale):
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
    return comparer.compare(a_text, b_text, a_path=a_path, b_path=b_path)


def _check_size(text: str, name: str, max_mb: float) -> None:
    """Refuse a version over the size limit, as the command line does for files (0: none)."""
    limit = int(max_mb * 1_000_000)
    if max_mb and len(text) * 4 > limit and len(text.encode("utf-8")) > limit:
        size = len(text.encode("utf-8")) / 1_000_000
        raise InputError(
            f"{name}: is {size:.1f} MB, over the {max_mb:g} MB limit for one version "
            "(raise it with Config(max_size=...), 0 for no limit)"
        )


def _group_diff(
    group: AlignmentGroup, a: Document, b: Document, strict: bool
) -> tuple[DiffToken, ...]:
    return word_diff(group_text(a, group.a), group_text(b, group.b), strict=strict)


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
