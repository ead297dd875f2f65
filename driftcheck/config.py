"""Project settings: `driftcheck.toml`, or `[tool.driftcheck]` in pyproject.toml.

The nearest file walking up from the current directory wins (`driftcheck.toml` before
`pyproject.toml` in the same directory); `--config FILE` names one. Keys:

    fail-on = "error"              # error | warning | info | never
    model = "default"              # default | lexical | a model name or path
    language = "auto"              # both versions' language (ISO 639-1), or auto: detect each
    locale = "en"                  # number formats: "de" reads 1.234,5 as 1234.5
    strict = false                 # quote style, dashes and case count as drift
    max-size = 25                  # MB one version may have; 0 means no limit
    [rules]                        # ([tool.driftcheck.rules] in pyproject.toml)
    "quote.altered" = "error"      # error | warning | info | off
    "number.*" = "warning"         # a trailing .* sets every rule of that family
    cosmetic = "off"

Command-line options override the file.
"""

from __future__ import annotations

import fnmatch
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from driftcheck.errors import DriftcheckError
from driftcheck.language import checked_code
from driftcheck.textio import MAX_MB
from driftcheck.types import Severity

CONFIG_FILE = "driftcheck.toml"
OFF = "off"
NEVER = "never"
_KEYS = {"fail-on", "model", "language", "locale", "strict", "max-size", "rules"}


class ConfigError(DriftcheckError):
    """The settings file names an unknown key or rule, or a value that makes no sense."""


@dataclass(frozen=True, slots=True)
class Config:
    """Settings from a file, with their defaults; `source` is the file they came from."""

    severities: Mapping[str, str] = field(default_factory=dict)
    fail_on: str = Severity.ERROR.value
    model: str | None = None
    language: str | None = None
    locale: str = "en"
    strict: bool = False
    max_size: float = MAX_MB
    source: Path | None = None

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
    fail_on = data.get("fail-on", Severity.ERROR.value)
    if fail_on not in {s.value for s in Severity} | {NEVER}:
        raise ConfigError(f"{where('fail-on')}: {fail_on!r} is not error, warning, info or never")
    strict = data.get("strict", False)
    if not isinstance(strict, bool):
        raise ConfigError(f"{where('strict')}: must be true or false")
    max_size = data.get("max-size", MAX_MB)
    if isinstance(max_size, bool) or not isinstance(max_size, int | float) or max_size < 0:
        raise ConfigError(f"{where('max-size')}: must be a number of MB, 0 for no limit")
    text = {key: data.get(key) for key in ("model", "language", "locale")}
    for key, value in text.items():
        if value is not None and not isinstance(value, str):
            raise ConfigError(f"{where(key)}: must be a string")
    return Config(
        severities=dict(rules),
        fail_on=fail_on,
        model=text["model"],
        language=_language(text["language"], where("language")),
        locale=text["locale"] or "en",
        strict=strict,
        max_size=float(max_size),
        source=path,
    )


def _language(value: str | None, where: str) -> str | None:
    """A language code for both versions, or None for "auto" (detect each one)."""
    if value is None or value.strip().lower() == "auto":
        return None
    try:
        return checked_code(value, where)
    except DriftcheckError as exc:
        raise ConfigError(str(exc)) from None


def _names_rules(key: str, known: frozenset[str]) -> bool:
    """An exact rule id, or a family pattern such as 'number.*' that matches one."""
    if "*" in key:
        return any(fnmatch.fnmatch(rule, key) for rule in known)
    return key in known
