"""Bad settings, corpora, models and caches: one line and exit 2, an error row, or a rebuild."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import numpy as np
import pytest

from driftcheck.embed.cache import FILENAME
from tests.bad_input import (
    EDITED,
    STORY,
    assert_user_error,
    invoke,
    write,
)
from tests.helpers import ROOT, SEED_A, SEED_B

# Settings and corpora that cannot be used

BAD_SETTINGS = [
    ("driftcheck.toml", 'colour = "red"\n', "colour: unknown key"),
    ("driftcheck.toml", '[rules]\n"quote.altered" = "fatal"\n', "bad severity 'fatal'"),
    ("driftcheck.toml", '[rules]\n"quote.alterd" = "error"\n', "unknown rule 'quote.alterd'"),
    ("driftcheck.toml", 'fail-on = "sometimes"\n', "fail-on: 'sometimes' is not error"),
    ("driftcheck.toml", "strict = 1\n", "strict: must be true or false"),
    ("driftcheck.toml", "model = [\n", "is not valid TOML"),
    ("pyproject.toml", "[tool]\ndriftcheck = 5\n", "[tool.driftcheck] must be a table"),
]


@pytest.mark.parametrize("command", ["compare", "check"])
@pytest.mark.parametrize(("name", "text", "message"), BAD_SETTINGS)
def test_bad_settings_stop_the_run_with_one_line(
    tmp_path: Path, command: str, name: str, text: str, message: str
) -> None:
    config = write(tmp_path / "settings" / name, text)
    a = write(tmp_path / "story" / "a.txt", STORY)
    b = write(tmp_path / "story" / "b.txt", EDITED)
    paths = [str(a), str(b)] if command == "compare" else [str(a.parent)]
    code, out, err = invoke(command, *paths, "-m", "lexical", "--config", str(config))
    assert_user_error(code, out, err, str(config), message)


@pytest.mark.parametrize(
    "layout",
    [{}, {"one/a.txt": STORY}, {"notes/readme.md": "# Notes"}, {"manifest.csv": "source,target\n"}],
    ids=["empty", "one-version", "no-text-files", "empty-manifest"],
)
def test_a_corpus_with_nothing_to_compare_is_an_error_not_a_pass(
    tmp_path: Path, layout: dict[str, str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in layout.items():
        write(corpus / name, text)
    target = corpus / "manifest.csv" if "manifest.csv" in layout else corpus
    code, out, err = invoke("check", str(target), "-m", "lexical")
    assert_user_error(code, out, err, str(target), "no version pairs found")


def test_a_manifest_row_naming_a_missing_file_is_an_error_row(tmp_path: Path) -> None:
    manifest = tmp_path / "pairs" / "manifest.csv"
    write(manifest.parent / "a.txt", STORY)
    write(manifest.parent / "b.txt", EDITED)
    (manifest.parent / "folder").mkdir()
    write(
        manifest, "source,target,story\na.txt,b.txt,tolls\na.txt,gone.txt,lost\na.txt,folder,dir\n"
    )
    code, out, err = invoke("check", str(manifest), "-m", "lexical", "-f", "json")
    assert code == 2, err
    pairs = {pair["story"]: pair for pair in json.loads(out)["pairs"]}
    assert pairs["tolls"]["outcome"] == "fail"
    assert pairs["tolls"]["findings"]
    assert pairs["lost"]["error"] == f"{manifest}:3: {manifest.parent / 'gone.txt'}: no such file"
    assert pairs["dir"]["error"].endswith("folder: is a directory, expected a file")
    code, out, _ = invoke("check", str(manifest), "-m", "lexical")
    assert code == 2
    assert "Could not compare" in out
    assert "3 pairs: 0 passed, 1 failed, 2 errors" in out


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("manifest.jsonl", '{"source": "a.txt", "target": "b.txt", "story": 5}\n', "story must"),
        ("manifest.jsonl", '{"source": "a.txt", "target": "b.txt", "language": 5}\n', "language"),
        ("manifest.jsonl", '["a.txt", "b.txt"]\n', "each line must be a JSON object"),
        ("story.toml", 'versions = {"b.txt" = 5}\n', "versions must be a table"),
        ("story.toml", '[versions."b.txt"]\nlanguage = 5\n', "language must be a string"),
        ("story.toml", 'source = "gone.txt"\n', "gone.txt: no such file"),
    ],
)
def test_a_malformed_story_is_an_error_row_and_the_rest_still_report(
    tmp_path: Path, name: str, text: str, message: str
) -> None:
    corpus = tmp_path / "corpus"
    for story in ("bad", "good"):
        write(corpus / story / "a.txt", STORY)
        write(corpus / story / "b.txt", EDITED)
    write(corpus / "bad" / name, text)
    code, out, err = invoke("check", str(corpus), "-m", "lexical", "-f", "json")
    assert code == 2, err
    pairs = json.loads(out)["pairs"]
    assert [p["outcome"] for p in pairs if p["story"] == "good"] == ["fail"]
    errors = [p["error"] for p in pairs if p["outcome"] == "error"]
    assert errors
    assert all(message in error for error in errors)


# Models that cannot be had


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "no-such-model", "does not exist"),
        (lambda d: write(d / "model.bin", b"\x00"), "is a file, not a model directory"),
        (lambda d: write(d / "empty-model" / "README", "x").parent, "has no modules.json"),
    ],
    ids=["missing", "file", "not-a-model"],
)
@pytest.mark.parametrize("command", ["compare", "check"])
def test_a_model_path_that_is_not_a_model_is_one_line(
    tmp_path: Path, command: str, make: Callable[[Path], Path], message: str
) -> None:
    model = make(tmp_path / "models")
    a = write(tmp_path / "story" / "a.txt", STORY)
    b = write(tmp_path / "story" / "b.txt", EDITED)
    paths = [str(a), str(b)] if command == "compare" else [str(a.parent)]
    code, out, err = invoke(command, *paths, "--model", str(model), "--no-cache")
    assert_user_error(code, out, err, message)


def run_offline(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The CLI in a fresh process with an empty Hugging Face cache; a hang fails the test."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "SENTENCE"))}
    environment.pop("DRIFTCHECK_ALLOW_DOWNLOAD", None)
    environment.update(HF_HOME=str(tmp_path / "hf"), **env)
    return subprocess.run(
        [sys.executable, "-m", "driftcheck", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_a_hub_model_that_needs_a_download_is_refused_at_once(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", STORY)
    b = write(tmp_path / "b.txt", EDITED)
    result = run_offline(
        tmp_path, "compare", str(a), str(b), "-m", "driftcheck-tests/no-such-model", "--no-cache"
    )
    assert_user_error(
        result.returncode,
        result.stdout,
        result.stderr,
        "'driftcheck-tests/no-such-model' is neither a local directory nor in the Hugging Face",
        "DRIFTCHECK_ALLOW_DOWNLOAD=1",
    )


def test_an_allowed_download_while_offline_fails_with_one_line(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", STORY)
    b = write(tmp_path / "b.txt", EDITED)
    result = run_offline(
        tmp_path,
        "compare",
        str(a),
        str(b),
        "-m",
        "driftcheck-tests/no-such-model",
        "--no-cache",
        DRIFTCHECK_ALLOW_DOWNLOAD="1",
        HF_HUB_OFFLINE="1",
    )
    assert_user_error(
        result.returncode,
        result.stdout,
        result.stderr,
        "cannot load model 'driftcheck-tests/no-such-model'",
    )


# The embedding cache: damaged files and runs sharing it


def garbage(path: Path) -> None:
    path.write_bytes(np.random.default_rng(0).bytes(path.stat().st_size))


def truncated(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 3)


def emptied(path: Path) -> None:
    path.write_bytes(b"")


@pytest.mark.model
def test_a_corrupt_or_truncated_cache_is_rebuilt(tmp_path: Path) -> None:
    args = ("compare", str(SEED_A), str(SEED_B), "-f", "json", "--cache-dir", str(tmp_path))
    code, expected, err = invoke(*args)
    assert code == 1, err
    for damage in (garbage, truncated, emptied):
        damage(tmp_path / FILENAME)
        code, out, err = invoke(*args)
        assert (code, out) == (1, expected), damage.__name__
        assert "Traceback" not in err
        with closing(sqlite3.connect(tmp_path / FILENAME)) as db:
            assert db.execute("SELECT count(*) FROM embeddings").fetchone()[0] > 0


@pytest.mark.model
def test_two_runs_can_share_one_cache_at_the_same_time(tmp_path: Path) -> None:
    args = [str(SEED_A), str(SEED_B), "-f", "json", "--cache-dir", str(tmp_path / "cache")]
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "driftcheck", "compare", *args],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [1, 1], [err for _, err in outputs]
    assert [err for _, err in outputs] == ["", ""]
    code, warm, _ = invoke("compare", *args)
    code_cold, cold, _ = invoke("compare", *args[:-2], "--no-cache")
    assert (code, code_cold) == (1, 1)
    assert outputs[0][0] == outputs[1][0] == warm == cold
