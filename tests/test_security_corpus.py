"""Corpora are untrusted: no reads outside the corpus, no file name that stops a run.

Issue 11, items 2 (paths outside the corpus), 4 (non-UTF-8 file names) and 9 (binary
detection, manifest and story.toml validation, duplicates, CSV fields, finding text).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from driftcheck.cli import app
from driftcheck.corpus import discover
from driftcheck.errors import InputError
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.textio import decode

runner = CliRunner()

WIRE = "The minister said talks would resume on Monday. Prices rose 4% in March.\n"
EDITED = "The minister said talks could resume on Tuesday. Prices rose 5% in March.\n"
OUTSIDE_TEXT = "SECRET_TOKEN=not-a-real-one, a line from outside the corpus.\n"


def check(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["check", *args, "--model", "lexical", "--no-cache"])
    return result.exit_code, result.stdout, result.stderr


def _story(folder: Path, versions: dict[str, str], toml: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in versions.items():
        (folder / name).write_text(text, encoding="utf-8")
    if toml is not None:
        (folder / "story.toml").write_text(toml, encoding="utf-8")
    return folder


# --- 2. reads outside the corpus ------------------------------------------------------


@pytest.fixture
def escaping_corpus(tmp_path: Path) -> Path:
    """A corpus with one good story and four ways of pointing outside it."""
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text(OUTSIDE_TEXT, encoding="utf-8")
    corpus = tmp_path / "corpus"
    _story(corpus / "good", {"a.txt": WIRE, "b.txt": EDITED})
    _story(corpus / "by-toml", {"b.txt": EDITED}, toml=f'source = "{secret}"\n')
    linked = _story(corpus / "linked", {"a.txt": WIRE})
    (linked / "b.txt").symlink_to(secret)
    manifest = corpus / "listed"
    _story(manifest, {"a.txt": WIRE})
    (manifest / "manifest.csv").write_text(
        f"source,target\na.txt,{secret}\na.txt,../../outside/secret.txt\n", encoding="utf-8"
    )
    return corpus


def test_paths_outside_the_corpus_are_error_rows(escaping_corpus: Path) -> None:
    for output_format in ("json", "sarif", "markdown", "github"):
        code, out, err = check(str(escaping_corpus), "-f", output_format, "--fail-on", "never")
        assert code == 2, err
        assert "SECRET_TOKEN" not in out, output_format
    code, out, _ = check(str(escaping_corpus), "-f", "json", "--fail-on", "never")
    pairs = json.loads(out)["pairs"]
    errors = [p for p in pairs if p["error"] is not None]
    assert len(errors) == 4
    assert all("is outside the corpus" in p["error"] for p in errors)
    assert [p["story"] for p in pairs if p["error"] is None] == ["good"]


def test_outside_paths_are_read_when_the_user_allows_it(
    escaping_corpus: Path, tmp_path: Path
) -> None:
    code, out, _ = check(str(escaping_corpus), "-f", "json", "--allow-outside-paths")
    assert code == 1
    assert [p["error"] for p in json.loads(out)["pairs"]] == [None] * 5
    settings = tmp_path / "driftcheck.toml"
    settings.write_text("allow-outside-paths = true\n", encoding="utf-8")
    code, out, _ = check(str(escaping_corpus), "-f", "json", "--config", str(settings))
    assert code == 1
    assert "SECRET_TOKEN" in out


def test_a_manifest_given_directly_is_its_own_root(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text(OUTSIDE_TEXT, encoding="utf-8")
    corpus = _story(tmp_path / "corpus", {"a.txt": WIRE, "b.txt": EDITED})
    manifest = corpus / "manifest.jsonl"
    rows = [{"source": "a.txt", "target": "b.txt"}, {"source": "a.txt", "target": "../secret.txt"}]
    manifest.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    specs, errors = discover(manifest)
    assert [s.target.name for s in specs] == ["b.txt"]
    assert [e.spec.target.name for e in errors] == ["secret.txt"]


def test_settings_reject_a_non_boolean_allow_outside_paths(tmp_path: Path) -> None:
    settings = tmp_path / "driftcheck.toml"
    settings.write_text('allow-outside-paths = "yes"\n', encoding="utf-8")
    corpus = _story(tmp_path / "corpus", {"a.txt": WIRE, "b.txt": EDITED})
    code, _, err = check(str(corpus), "--config", str(settings))
    assert code == 2
    assert err.endswith("allow-outside-paths: must be true or false\n")
    assert err.count("\n") == 1


# --- 4. non-UTF-8 file names ----------------------------------------------------------

NAME = os.fsdecode(b"caf\xe9.txt")


@pytest.fixture
def latin1_named(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    _story(corpus / "story", {"a.txt": WIRE, NAME: EDITED})
    return corpus


@pytest.mark.parametrize(
    "output_format", ["terminal", "json", "jsonl", "markdown", "junit", "github", "sarif"]
)
def test_non_utf8_file_names_complete_in_every_format(
    latin1_named: Path, tmp_path: Path, output_format: str
) -> None:
    code, out, err = check(str(latin1_named), "-f", output_format)
    assert (code, err) == (1, "")
    shown = "caf%E9.txt" if output_format == "sarif" else "caf\ufffd.txt"
    assert shown in out
    output = tmp_path / f"out.{output_format}"
    code, _, err = check(str(latin1_named), "-f", output_format, "-o", str(output))
    assert (code, err) == (1, "")
    assert shown in output.read_text(encoding="utf-8")


def test_non_utf8_file_names_in_a_baseline(latin1_named: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    code, _, err = check(str(latin1_named), "--write-baseline", str(baseline))
    assert (code, err) == (1, "")
    targets = {entry["target"] for entry in json.loads(baseline.read_text("utf-8"))["findings"]}
    assert targets == {"caf\ufffd.txt"}
    code, _, err = check(str(latin1_named), "--baseline", str(baseline))
    assert (code, err) == (0, "")  # every finding is known: the names match again


# --- 9. the smaller ones --------------------------------------------------------------


def test_nul_bytes_anywhere_mean_binary() -> None:
    with pytest.raises(InputError, match="looks binary"):
        decode(b"Plain text. " * 1000 + b"\x00 more text.", "late-nul.txt")


def test_unknown_key_in_a_version_entry_is_one_line(tmp_path: Path) -> None:
    toml = '[versions."b.txt"]\nrolee = "edited"\n'
    corpus = tmp_path / "corpus"
    _story(corpus / "story", {"a.txt": WIRE, "b.txt": EDITED}, toml=toml)
    code, out, _ = check(str(corpus), "-f", "json")
    assert code == 2
    [pair] = json.loads(out)["pairs"]
    assert pair["error"].endswith(
        "story.toml: versions.b.txt: unknown key 'rolee' (known: role, language, expect)"
    )


@pytest.mark.parametrize("suffix", ["csv", "jsonl"])
def test_unknown_manifest_column_is_one_line(tmp_path: Path, suffix: str) -> None:
    corpus = _story(tmp_path / "corpus", {"a.txt": WIRE, "b.txt": EDITED})
    manifest = corpus / f"manifest.{suffix}"
    if suffix == "csv":
        manifest.write_text("source,target,expct\na.txt,b.txt,fail\n", encoding="utf-8")
    else:
        manifest.write_text('{"source": "a.txt", "target": "b.txt", "expct": "fail"}\n', "utf-8")
    code, _, err = check(str(manifest))
    assert code == 2
    line = 2 if suffix == "csv" else 1
    assert err == (
        f"driftcheck: error: {manifest}:{line}: unknown column 'expct' "
        "(known: source, target, story, language, source_language, role, expect, overlap)\n"
    )


def test_manifest_headers_ignore_case(tmp_path: Path) -> None:
    corpus = _story(tmp_path / "corpus", {"a.txt": WIRE, "b.txt": EDITED})
    manifest = corpus / "manifest.csv"
    manifest.write_text("Source,TARGET,Expect\na.txt,b.txt,fail\n", encoding="utf-8")
    [spec], errors = discover(manifest)
    assert (spec.target.name, spec.expect, errors) == ("b.txt", "fail", [])


def test_duplicate_rows_and_linked_folders_list_a_story_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    story = _story(corpus / "story", {"a.txt": WIRE, "b.txt": EDITED})
    (corpus / "alias").symlink_to(story, target_is_directory=True)
    listed = _story(corpus / "listed", {"a.txt": WIRE, "b.txt": EDITED})
    (listed / "manifest.csv").write_text(
        "source,target\na.txt,b.txt\na.txt,b.txt\n", encoding="utf-8"
    )
    specs, errors = discover(corpus)
    assert errors == []
    assert sorted(spec.story for spec in specs) == ["b", "story"]


def test_a_quoted_csv_field_keeps_its_newline(tmp_path: Path) -> None:
    corpus = _story(tmp_path / "corpus", {"a.txt": WIRE, "b.txt": EDITED})
    manifest = corpus / "manifest.csv"
    manifest.write_text('source,target,story\na.txt,b.txt,"Harbour\ntolls"\n', encoding="utf-8")
    [spec], _ = discover(manifest)
    assert spec.story == "Harbour\ntolls"


def test_finding_text_is_the_decoded_span_across_line_breaks() -> None:
    a = 'The minister said the talks were "a\nproductive step" and would\nresume on Monday.\n'
    b = 'The minister said the talks were "a\nfruitful step" and would\nresume on Tuesday.\n'
    report = Comparer(embedder=FakeEmbedder()).compare(a, b)
    spans = [
        (text, side[start:end])
        for finding in report.to_dict()["findings"]
        for key, side in (("a", a), ("b", b))
        if finding[key] is not None
        for start, end, text in [(finding[key]["start"], finding[key]["end"], finding[key]["text"])]
    ]
    assert any("\n" in text for text, _ in spans)
    assert all(text == decoded for text, decoded in spans)


def test_invisible_edits_show_their_code_points() -> None:
    a = "The minister said the long-delayed talks would resume soon."
    for hidden, shown in (("\u200b", "<U+200B>"), ("\u00ad", "<U+00AD>")):
        report = Comparer(embedder=FakeEmbedder()).compare(
            a, a.replace("resume", f"re{hidden}sume")
        )
        messages = [f.message for f in report.findings]
        assert f'wording: "resume" -> "re{shown}sume"' in messages
        assert any(m.startswith("hidden characters: added " + shown[:-1]) for m in messages)
