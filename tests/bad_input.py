"""What the bad-input tests share: sample stories and the CLI run as users run it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from driftcheck.cli import app
from tests.helpers import SEED_A, SEED_B

runner = CliRunner()

STORY = (
    "Harbour tolls to rise in May\n\n"
    "The port authority said on Tuesday that tolls for cargo ships would rise by 12 percent\n"
    "from the first of May, the first increase since 2015.\n"
    "“We have no choice,” chief executive Ana Ruiz told reporters in Calder Bay.\n"
    "Shipping lines said the increase would be passed on to customers.\n"
)
EDITED = STORY.replace("12 percent", "15 percent").replace("no choice", "little choice")
OTHER = (
    "Astronomers have found a comet beyond the orbit of Neptune.\n"
    "It circles the sun once every 400 years and will be visible in binoculars next spring.\n"
)
LATIN = "Le maire de Montréal a déclaré mardi que la façade du théâtre sera rénovée.\n"
VOCABULARY = sorted(
    {
        word
        for path in (SEED_A, SEED_B)
        for word in path.read_text("utf-8").split()
        if word.isalpha()
    }
)


def invoke(*args: str, stdin: str | bytes | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def assert_user_error(code: int, out: str, err: str, *fragments: str) -> None:
    """Exit 2, nothing on stdout, one line on stderr that says what is wrong."""
    assert code == 2, err
    assert out == ""
    assert err.startswith("driftcheck: error: ")
    assert err.count("\n") == 1
    assert err.endswith("\n")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def symlink(path: Path, target: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to(target)
    return path


def report(*args: str, stdin: str | bytes | None = None) -> tuple[int, dict[str, Any]]:
    """`compare ARGS -m lexical -f json`: the exit code and the JSON document."""
    code, out, err = invoke("compare", *args, "-m", "lexical", "-f", "json", stdin=stdin)
    assert code in (0, 1), err
    assert err == ""
    document: dict[str, Any] = json.loads(out)
    return code, document


def assert_sound(document: dict[str, Any], a_text: str, b_text: str) -> None:
    """Offsets slice the decoded texts, and every sentence is in exactly one group."""
    for side, text in (("a", a_text), ("b", b_text)):
        sentences = document[side]["sentences"]
        assert sentences
        for sentence in sentences:
            assert text[sentence["start"] : sentence["end"]] == sentence["text"]
        indices = sorted(i for group in document["alignments"] for i in group[side])
        assert indices == list(range(len(sentences)))
