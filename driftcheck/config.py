"""Settings, resolved in one place: defaults < settings file < arguments.

The file is `driftcheck.toml`, or `[tool.driftcheck]` in pyproject.toml. The nearest file
walking up from the current directory wins (`driftcheck.toml` before `pyproject.toml` in
the same directory); `--config FILE` names one. Keys:

    fail-on = "error"              # error | warning | info | never
    max-omitted = 50               # fail when B leaves out over 50% of A's sentences
    max-drift = 60                 # fail when the drift score is over 60
    expect = false                 # check: a pair's outcome must equal its declared expect
    annotate = "warning"           # github format: the least severe finding annotated
    model = "default"              # default | lexical | a model name or path
    language = "en"                # sentence splitting
    locale = "en"                  # number formats: "de" reads 1.234,5 as 1234.5
    strict = false                 # quote style, dashes and case count as drift
    max-size = 25                  # MB one version may have; 0 means no limit
    allow-outside-paths = false    # corpus manifests may name files outside the corpus
    [rules]                        # ([tool.driftcheck.rules] in pyproject.toml)
    "quote.altered" = "error"      # error | warning | info | off
    "number.*" = "warning"         # a trailing .* sets every rule of that family
    cosmetic = "off"

Command-line options, and the arguments of `resolve()`, override the file; the CLI
and the library (`compare(config=...)`, `check(config=...)`) both read a `Config`.
"""

from __future__ import annotations

import fnmatch
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from driftcheck.errors import DriftcheckError
from driftcheck.policy import FailOn, Policy
from driftcheck.textio import MAX_MB
from driftcheck.types import FrozenMap, Severity

_E = TypeVar("_E", FailOn, Severity)

CONFIG_FILE = "driftcheck.toml"
OFF = "off"
_KEYS = {
    "fail-on",
    "model",
    "language",
    "locale",
    "strict",
    "max-size",
    "allow-outside-paths",
    "max-omitted",
    "max-drift",
    "expect",
    "annotate",
    "rules",
}


class ConfigError(DriftcheckError):
    """The settings file names an unknown key or rule, or a value that makes no sense."""


@dataclass(frozen=True, slots=True)
class Config:
    """Every setting of a run, with its default; `source` is the file they came from.

    `model` None is the bundled default model; `max_omitted` (percent of A) and
    `max_drift` (drift score) None leave those thresholds off. Values are checked on
    construction: a bad one raises ConfigError.
    """

    severities: Mapping[str, str] = field(default_factory=dict)
    fail_on: FailOn = FailOn.ERROR
    model: str | None = None
    language: str = "en"
    locale: str = "en"
    strict: bool = False
    max_size: float = MAX_MB
    allow_outside_paths: bool = False
    max_omitted: float | None = None
    max_drift: int | None = None
    expect: bool = False
    annotate: Severity = Severity.WARNING
    source: Path | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__  # normalising a frozen instance once, on construction
        set_(self, "severities", FrozenMap(self.severities))
        set_(self, "fail_on", _choice(FailOn, self.fail_on, "fail_on"))
        set_(self, "annotate", _choice(Severity, self.annotate, "annotate"))
        set_(self, "model", None if self.model == "default" else self.model)
        if self.max_size < 0:
            raise ConfigError(f"max_size: {self.max_size!r} must be 0 (no limit) or more")
        if self.max_omitted is not None and not 0 <= self.max_omitted <= 100:
            raise ConfigError(f"max_omitted: {self.max_omitted!r} is not a percentage (0-100)")
        if self.max_drift is not None and not 0 <= self.max_drift <= 100:
            raise ConfigError(f"max_drift: {self.max_drift!r} is not a drift score (0-100)")

    @property
    def policy(self) -> Policy:
        """How a comparison made with these settings is judged."""
        return Policy(
            fail_on=self.fail_on,
            max_omitted=self.max_omitted,
            max_drift=self.max_drift,
            expect=self.expect,
        )

    def updated(self, **changes: Any) -> Config:
        """These settings with `changes` on top; a None value keeps the setting as it is."""
        given = {key: value for key, value in changes.items() if value is not None}
        return replace(self, **given) if given else self

    def severity_of(self, rule: str, default: Severity) -> Severity | None:
        """The severity a rule runs at: an exact entry, else a family entry, else `default`.

        None means the rule is off.
        """
        setting = self.severities.get(rule)
        if setting is None:
            families = [key for key in self.severities if "*" in key and fnmatch.fnmatch(rule, key)]
            if families:
                setting = self.severities[max(families, key=len)]
        if setting is None:
            return default
        return None if setting == OFF else Severity(setting)


def resolve(path: Path | None = None, *, start: Path | None = None, **arguments: Any) -> Config:
    """The settings of a run: defaults, then the file (`path`, or the nearest above
    `start`), then `arguments` (Config field names; None means "not given")."""
    from driftcheck.findings import RULES

    return load_config(path, RULES, start=start).updated(**arguments)


def _choice(kind: type[_E], value: str, name: str) -> _E:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise ConfigError(f"{name}: {value!r} is not one of {allowed}") from None


def find_config(start: Path) -> Path | None:
    """The nearest driftcheck.toml, or pyproject.toml with [tool.driftcheck], above `start`."""
    for directory in (start.resolve(), *start.resolve().parents):
        candidate = directory / CONFIG_FILE
        if candidate.is_file():
            return candidate
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file():
            tool = _read(pyproject).get("tool")
            if isinstance(tool, dict) and "driftcheck" in tool:
                return pyproject
    return None


def load_config(
    path: Path | None, known_rules: Iterable[str], *, start: Path | None = None
) -> Config:
    """Read and check the settings in `path`, or in the nearest file above `start`."""
    if path is None:
        path = find_config(start or Path.cwd())
        if path is None:
            return Config()
    elif not path.is_file():
        raise ConfigError(f"{path}: no such config file")
    data = _read(path)
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("driftcheck", {}) if isinstance(tool, dict) else None
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.driftcheck] must be a table")
        data = table
        prefix = "[tool.driftcheck]"
    else:
        prefix = ""
    return _parse(data, path, prefix, frozenset(known_rules))


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read ({exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: is not valid TOML ({exc})") from exc


def _parse(data: Mapping[str, Any], path: Path, prefix: str, known: frozenset[str]) -> Config:
    def where(key: str) -> str:
        return f"{path}: {prefix + ' ' if prefix else ''}{key}"

    for key in data:
        if key not in _KEYS:
            raise ConfigError(f"{where(key)}: unknown key (known: {', '.join(sorted(_KEYS))})")
    rules = data.get("rules", {})
    if not isinstance(rules, Mapping):
        raise ConfigError(f"{where('rules')}: must be a table of rule = severity")
    levels = {s.value for s in Severity} | {OFF}
    for rule, setting in rules.items():
        if not _names_rules(rule, known):
            raise ConfigError(f"{where('rules')}: unknown rule {rule!r}")
        if setting not in levels:
            raise ConfigError(
                f"{where('rules.' + rule)}: bad severity {setting!r} "
                "(use error, warning, info or off)"
            )
    fail_on = data.get("fail-on", FailOn.ERROR.value)
    if fail_on not in set(FailOn):
        raise ConfigError(f"{where('fail-on')}: {fail_on!r} is not error, warning, info or never")
    annotate = data.get("annotate", Severity.WARNING.value)
    if annotate not in set(Severity):
        raise ConfigError(f"{where('annotate')}: {annotate!r} is not error, warning or info")
    for key in ("strict", "expect", "allow-outside-paths"):
        if not isinstance(data.get(key, False), bool):
            raise ConfigError(f"{where(key)}: must be true or false")
    max_size, max_omitted, max_drift = _limits(data, where)
    text = {key: data.get(key) for key in ("model", "language", "locale")}
    for key, value in text.items():
        if value is not None and not isinstance(value, str):
            raise ConfigError(f"{where(key)}: must be a string")
    return Config(
        severities=dict(rules),
        fail_on=FailOn(fail_on),
        model=text["model"],
        language=text["language"] or "en",
        locale=text["locale"] or "en",
        strict=data.get("strict", False),
        max_size=float(max_size),
        allow_outside_paths=data.get("allow-outside-paths", False),
        max_omitted=None if max_omitted is None else float(max_omitted),
        max_drift=max_drift,
        expect=data.get("expect", False),
        annotate=Severity(annotate),
        source=path,
    )


def _limits(data: Mapping[str, Any], where: Callable[[str], str]) -> tuple[Any, Any, Any]:
    """max-size, max-omitted and max-drift, each checked."""
    max_size = data.get("max-size", MAX_MB)
    if not _number(max_size) or max_size < 0:
        raise ConfigError(f"{where('max-size')}: must be a number of MB, 0 for no limit")
    max_omitted = data.get("max-omitted")
    if max_omitted is not None and (not _number(max_omitted) or not 0 <= max_omitted <= 100):
        raise ConfigError(f"{where('max-omitted')}: must be a percentage of A, 0 to 100")
    max_drift = data.get("max-drift")
    whole = _number(max_drift) and isinstance(max_drift, int)
    if max_drift is not None and (not whole or not 0 <= max_drift <= 100):
        raise ConfigError(f"{where('max-drift')}: must be a drift score, a whole number 0 to 100")
    return max_size, max_omitted, max_drift


def _number(value: object) -> bool:
    return not isinstance(value, bool) and isinstance(value, int | float)


def _names_rules(key: str, known: frozenset[str]) -> bool:
    """An exact rule id, or a family pattern such as 'number.*' that matches one."""
    if "*" in key:
        return any(fnmatch.fnmatch(rule, key) for rule in known)
    return key in known
