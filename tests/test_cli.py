"""The command line: output and exit code checked together."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from driftcheck.cli import app
from tests.helpers import SEED_A, SEED_B

runner = CliRunner()

STORY = "The council approved the budget on Tuesday. Spending on buses rises by 12 percent.\n"


def invoke(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_help_lists_commands_and_options() -> None:
    code, out, _ = invoke("--help")
    assert code == 0
    assert "compare" in out
    code, out, _ = invoke("compare", "--help")
    assert code == 0
    for option in ("--model", "--format", "--output", "--side-by-side", "--no-cache", "--strict"):
        assert option in out


def test_version() -> None:
    code, out, _ = invoke("--version")
    assert code == 0
    assert out.startswith("driftcheck ")


def test_help_does_not_import_torch_or_the_pipeline_types() -> None:
    """--help parses with the levels alone: no model, no numpy, not even the value types."""
    code = (
        "import sys\n"
        "from driftcheck.cli import main\n"
        "sys.argv = ['driftcheck', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = {'torch', 'sentence_transformers', 'transformers', 'numpy',\n"
        "         'driftcheck.types', 'driftcheck.policy'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: _write(d / "empty.txt", b""), "is empty"),
        (lambda d: _write(d / "img.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00"), "PNG image"),
        (lambda d: _write(d / "latin.txt", "Caf\xe9 cr\xe8me.".encode("latin-1")), "--encoding"),
    ],
    ids=["missing", "directory", "empty", "binary", "latin1"],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, make: object, message: str) -> None:
    bad = make(tmp_path)  # type: ignore[operator]
    good = _write(tmp_path / "good.txt", STORY.encode())
    code, out, err = invoke("compare", str(bad), str(good))
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert message in err
    assert "Traceback" not in err


def test_both_stdin_is_a_usage_error() -> None:
    code, _, err = invoke("compare", "-", "-", stdin=STORY)
    assert code == 2
    assert "stdin" in err


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", STORY.encode())
    code, _, err = invoke("compare", str(path), str(path), "--format", "pdf")
    assert code == 2
    assert "pdf" in err


def test_identical_files_say_so_in_one_line(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.txt", STORY.encode())
    b = _write(tmp_path / "b.txt", STORY.encode())
    code, out, _ = invoke("compare", str(a), str(b))
    assert code == 0
    assert "are identical: 2 sentences, no drift." in " ".join(out.split())
    assert "Summary" not in out


@pytest.mark.model
def test_seed_pair_terminal_report_fails_on_altered_quotes() -> None:
    code, out, err = invoke("compare", str(SEED_A), str(SEED_B))
    assert code == 1, err
    assert out.index("What matters") < out.index("Summary") < out.index("Drift glossary")
    for text in ("quote.altered", "split", "lasting", "enduring", "omitted", "added", "Sinopec"):
        assert text in out


@pytest.mark.model
@pytest.mark.parametrize(
    ("fail_on", "code"), [("never", 0), ("error", 1), ("warning", 1), ("info", 1)]
)
def test_fail_on_sets_the_exit_code(fail_on: str, code: int) -> None:
    result = invoke("compare", str(SEED_A), str(SEED_B), "--fail-on", fail_on, "-f", "json")
    assert result[0] == code


@pytest.mark.model
def test_config_file_turns_rules_off_and_sets_fail_on(tmp_path: Path) -> None:
    config = _write(
        tmp_path / "driftcheck.toml",
        b'fail-on = "error"\n[rules]\n"quote.*" = "warning"\n"number.*" = "off"\n',
    )
    code, out, _ = invoke(
        "compare", str(SEED_A), str(SEED_B), "--config", str(config), "-f", "json"
    )
    assert code == 0
    severities = {
        f["severity"] for f in json.loads(out)["findings"] if f["rule"] == "quote.altered"
    }
    assert severities == {"warning"}
    code, _, _ = invoke(
        "compare", str(SEED_A), str(SEED_B), "--config", str(config), "--fail-on", "warning"
    )
    assert code == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (b'[rules]\n"quote.alterd" = "error"\n', "unknown rule 'quote.alterd'"),
        (b'[rules]\n"quote.altered" = "fatal"\n', "bad severity 'fatal'"),
        (b'colour = "red"\n', "unknown key"),
    ],
)
def test_bad_config_is_one_line_and_exit_2(tmp_path: Path, text: bytes, message: str) -> None:
    config = _write(tmp_path / "driftcheck.toml", text)
    story = _write(tmp_path / "a.txt", STORY.encode())
    code, out, err = invoke("compare", str(story), str(story), "--config", str(config))
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert message in err
    assert str(config) in err


@pytest.mark.model
@pytest.mark.parametrize(
    ("output_format", "marker"),
    [("markdown", "| Drift score |"), ("html", "<!DOCTYPE html>")],
)
def test_markdown_and_html_formats(tmp_path: Path, output_format: str, marker: str) -> None:
    target = tmp_path / f"report.{output_format}"
    code, out, _ = invoke(
        "compare",
        str(SEED_A),
        str(SEED_B),
        "-f",
        output_format,
        "-o",
        str(target),
        "--fail-on",
        "never",
    )
    assert code == 0
    assert out == ""
    text = target.read_text(encoding="utf-8")
    assert marker in text
    assert "happiness and misfortune" in text


@pytest.mark.model
def test_seed_pair_side_by_side_fits_the_width() -> None:
    code, out, _ = invoke("compare", str(SEED_A), str(SEED_B), "--side-by-side")
    assert code == 1
    assert all(len(line) <= 80 for line in out.splitlines())
    # the glossary row, whole: side by side must not cut the words it lists
    assert re.search(r"^  weal and woe +-> +happiness and misfortune *$", out, flags=re.MULTILINE)


@pytest.mark.model
def test_json_to_stdout_and_to_file(tmp_path: Path) -> None:
    code, out, _ = invoke("compare", str(SEED_A), str(SEED_B), "--format", "json")
    assert code == 1
    document = json.loads(out)
    assert document["schema"] == "1.2"
    assert document["b"]["path"] == str(SEED_B)
    target = tmp_path / "report.json"
    code, out, _ = invoke("compare", str(SEED_A), str(SEED_B), "-f", "json", "-o", str(target))
    assert code == 1
    assert out == ""
    assert json.loads(target.read_text(encoding="utf-8")) == document


@pytest.mark.model
def test_stdin_is_version_b() -> None:
    code, out, _ = invoke(
        "compare",
        str(SEED_A),
        "-",
        "-f",
        "json",
        "--fail-on",
        "never",
        stdin=SEED_B.read_text("utf-8"),
    )
    assert code == 0
    assert json.loads(out)["b"]["path"] is None


def test_lexical_model_needs_no_torch(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.txt", STORY.encode())
    b = _write(tmp_path / "b.txt", STORY.replace("12", "15").encode())
    code = (
        "import sys\n"
        "from driftcheck.cli import main\n"
        f"sys.argv = ['driftcheck', 'compare', {str(a)!r}, {str(b)!r}, "
        "'-m', 'lexical', '-f', 'json', '--fail-on', 'never']\n"
        "try:\n    main()\nexcept SystemExit as exit:\n    assert exit.code == 0, exit.code\n"
        "assert 'torch' not in sys.modules\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["model"].startswith("lexical")


def test_missing_model_path_is_one_line(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.txt", STORY.encode())
    b = _write(tmp_path / "b.txt", STORY.replace("12", "15").encode())
    code, _, err = invoke("compare", str(a), str(b), "--model", str(tmp_path / "no-model"))
    assert code == 2
    assert err.count("\n") == 1
    assert "does not exist" in err


def test_output_to_unwritable_place(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.txt", STORY.encode())
    code, _, err = invoke(
        "compare", str(a), str(a), "-o", str(tmp_path / "no" / "such" / "dir.txt")
    )
    assert code == 2
    assert "cannot write" in err


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
