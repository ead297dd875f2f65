"""Settings files: discovery, validation with one clear line, severities per rule."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest

from driftcheck.config import Config, ConfigError, find_config, load_config, resolve
from driftcheck.policy import FailOn, Policy
from driftcheck.types import Severity

RULES = ["quote.altered", "number.changed", "number.added", "cosmetic", "sentence.omitted"]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_means_defaults(tmp_path: Path) -> None:
    config = load_config(None, RULES, start=tmp_path)
    assert config == Config()
    assert config.severity_of("quote.altered", Severity.ERROR) is Severity.ERROR


def test_driftcheck_toml_found_walking_up(tmp_path: Path) -> None:
    path = write(tmp_path / "driftcheck.toml", 'fail-on = "warning"\n[rules]\ncosmetic = "off"\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == path
    config = load_config(None, RULES, start=deep)
    assert config.fail_on == "warning"
    assert config.severity_of("cosmetic", Severity.INFO) is None
    assert config.source == path


def test_pyproject_tool_table(tmp_path: Path) -> None:
    write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "x"\n[tool.driftcheck]\nlocale = "de"\n'
        '[tool.driftcheck.rules]\n"quote.altered" = "warning"\n"number.*" = "info"\n',
    )
    config = load_config(None, RULES, start=tmp_path)
    assert config.locale == "de"
    assert config.severity_of("quote.altered", Severity.ERROR) is Severity.WARNING
    assert config.severity_of("number.added", Severity.ERROR) is Severity.INFO
    assert config.severity_of("sentence.omitted", Severity.WARNING) is Severity.WARNING


def test_pyproject_without_our_table_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    assert find_config(tmp_path) is None


def test_exact_rule_beats_family(tmp_path: Path) -> None:
    path = write(tmp_path / "c.toml", '[rules]\n"number.*" = "info"\n"number.changed" = "error"\n')
    config = load_config(path, RULES)
    assert config.severity_of("number.changed", Severity.WARNING) is Severity.ERROR
    assert config.severity_of("number.added", Severity.ERROR) is Severity.INFO


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[rules]\n"quote.alterd" = "error"\n', "unknown rule 'quote.alterd'"),
        ('[rules]\n"quote.altered" = "critical"\n', "bad severity 'critical'"),
        ('colour = "red"\n', "colour: unknown key"),
        ('fail-on = "sometimes"\n', "fail-on: 'sometimes'"),
        ("strict = 1\n", "strict: must be true or false"),
        ("rules = 3\n", "must be a table"),
        ("[rules\n", "not valid TOML"),
        ('[rules]\n"nothing.*" = "off"\n', "unknown rule 'nothing.*'"),
    ],
)
def test_bad_settings_name_the_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path / "driftcheck.toml", text)
    with pytest.raises(ConfigError, match=message) as caught:
        load_config(path, RULES)
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_missing_named_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(tmp_path / "nope.toml", RULES)


def test_resolve_layers_defaults_file_then_arguments(tmp_path: Path) -> None:
    write(
        tmp_path / "driftcheck.toml",
        'fail-on = "warning"\nstrict = true\nlocale = "de"\nmax-omitted = 40\nexpect = true\n',
    )
    from_file = resolve(start=tmp_path)
    assert (from_file.fail_on, from_file.strict, from_file.locale) == ("warning", True, "de")
    assert (from_file.max_omitted, from_file.max_drift, from_file.expect) == (40, None, True)
    assert from_file.language == "en"  # a default the file leaves alone
    # an argument beats the file; None means "not given" and keeps the file's value
    given = resolve(start=tmp_path, fail_on="info", strict=False, max_omitted=None, max_drift=70)
    assert (given.fail_on, given.strict, given.max_omitted, given.max_drift) == (
        FailOn.INFO,
        False,
        40,
        70,
    )
    assert given.policy == Policy(fail_on=FailOn.INFO, max_omitted=40, max_drift=70, expect=True)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"fail_on": "bogus"}, "fail_on: 'bogus' is not one of error, warning, info, never"),
        ({"annotate": "never"}, "annotate: 'never' is not one of error, warning, info"),
        ({"max_omitted": 101}, "max_omitted: 101 is not a percentage"),
        ({"max_drift": -1}, "max_drift: -1 is not a drift score"),
        ({"max_size": -1}, "max_size: -1"),
    ],
)
def test_config_checks_values_given_in_code(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        Config(**changes)  # type: ignore[arg-type]


def test_config_is_immutable_all_the_way_down() -> None:
    config = Config(severities={"cosmetic": "off"}, model="default")
    assert config.model is None  # 'default' is the bundled model
    with pytest.raises(TypeError):
        config.severities["cosmetic"] = "error"  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("max-omitted = 120\n", "max-omitted: must be a percentage of A, 0 to 100"),
        ("max-drift = 5.5\n", "max-drift: must be a drift score, a whole number 0 to 100"),
        ("expect = 1\n", "expect: must be true or false"),
        ('annotate = "loud"\n', "annotate: 'loud' is not error, warning or info"),
    ],
)
def test_bad_policy_settings_in_a_file(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path / "driftcheck.toml", text)
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_config(path, RULES)


def test_config_pickles_for_other_processes() -> None:
    """An executor may send the settings to worker processes or machines."""
    config = Config(severities={"cosmetic": "off"}, fail_on=FailOn.WARNING, max_drift=40)
    assert pickle.loads(pickle.dumps(config)) == config  # noqa: S301 - our own object
