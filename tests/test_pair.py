"""`pair`: finding each story's versions in an archive, bad files, the manifest `check` reads."""

from __future__ import annotations

import csv
import json
import pickle
import shutil
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest
from typer.testing import CliRunner

from driftcheck.cli import app
from driftcheck.config import Config
from driftcheck.errors import UsageError
from driftcheck.pairing import MIN_OVERLAP, Match, pair
from driftcheck.pairing.fingerprint import ArticleRef, Fingerprint, Skipped, fingerprint
from driftcheck.pairing.manifest import manifest_text, write_manifest
from driftcheck.runner import LocalExecutor, check
from driftcheck.testing import FakeEmbedder
from tests.helpers import ROOT

CORPUS = ROOT / "corpus"
runner = CliRunner()
# The real corpus's wire copies are the sources; every other file of a story is a version.
WIRES = {
    "harbour-tolls": "00-wire.txt",
    "reservoir-restrictions": "1-wire.txt",
    "warehouse-fire": "00-wire.txt",
    "wire-pairs": ("ferry-00-wire.txt", "museum-00-wire.txt"),
    "translation-desk": "malaria-00-wire.txt",
}


def _story_of(story: str, name: str) -> str:
    prefix = name.split("-", maxsplit=1)[0] if story in ("wire-pairs", "translation-desk") else ""
    return f"{story}-{prefix}".rstrip("-")


@pytest.fixture
def archive(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    """sources/ (one wire copy per story), archive/ (all other versions); and the truth."""
    return corpus_archive(tmp_path)


def corpus_archive(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    """corpus/ as sources and an archive under `tmp_path`, and which story each article is."""
    sources, pile = tmp_path / "sources", tmp_path / "archive" / "partner"
    sources.mkdir(parents=True)
    pile.mkdir(parents=True)
    truth: dict[str, str] = {}
    for story, named in WIRES.items():
        wires = (named,) if isinstance(named, str) else named
        for wire in wires:
            shutil.copy(CORPUS / story / wire, sources / f"{_story_of(story, wire)}.txt")
        for version in sorted((CORPUS / story).glob("*.txt")):
            if version.name not in wires:
                target = f"{story}--{version.name}"
                shutil.copy(version, pile / target)
                truth[target] = _story_of(story, version.name)
    return sources, tmp_path / "archive", truth


def test_finds_every_version_of_the_corpus_and_nothing_else(
    archive: tuple[Path, Path, dict[str, str]],
) -> None:
    sources, pile, truth = archive
    result = pair(pile, sources)
    found = {Path(m.target).name: m.story for m in result.matches}
    assert found == truth  # syndicated, edited, shortened, reordered and back-translated
    assert result.sources == 6
    assert result.articles == len(truth)
    assert result.skipped == ()


def test_an_article_about_something_else_that_quotes_a_story_is_no_version(
    archive: tuple[Path, Path, dict[str, str]],
) -> None:
    sources, pile, _ = archive
    wire = (sources / "harbour-tolls.txt").read_text("utf-8")
    quoted = wire.split("\n\n")[1]
    other = (CORPUS / "warehouse-fire" / "00-wire.txt").read_text("utf-8")
    (pile / "follow-up.txt").write_text(other + "\n\n" + quoted + "\n", encoding="utf-8")
    matches = {Path(m.target).name: m.story for m in pair(pile, sources).matches}
    assert matches["follow-up.txt"] == "warehouse-fire"  # the story it mostly is, only


def test_an_unrelated_article_matches_nothing(tmp_path: Path) -> None:
    (tmp_path / "s").mkdir()
    (tmp_path / "a").mkdir()
    shutil.copy(CORPUS / "harbour-tolls" / "00-wire.txt", tmp_path / "s" / "tolls.txt")
    shutil.copy(CORPUS / "warehouse-fire" / "01-edited.txt", tmp_path / "a" / "fire.txt")
    result = pair(tmp_path / "a", tmp_path / "s")
    assert result.matches == ()
    assert result.articles == 1


def test_a_source_inside_the_archive_is_not_its_own_version(tmp_path: Path) -> None:
    pile = tmp_path / "archive"
    (pile / "wire").mkdir(parents=True)
    shutil.copy(CORPUS / "harbour-tolls" / "00-wire.txt", pile / "wire" / "tolls.txt")
    shutil.copy(CORPUS / "harbour-tolls" / "02-shortened.txt", pile / "short.txt")
    result = pair(pile, pile / "wire")
    assert [(m.story, Path(m.target).name) for m in result.matches] == [("tolls", "short.txt")]


def test_bad_files_are_skipped_with_their_reason_and_the_run_goes_on(
    archive: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    sources, pile, truth = archive
    bad = pile / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("   \n", encoding="utf-8")
    (bad / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (bad / "latin.txt").write_bytes("Caf\xe9 au lait, said the mayor.".encode("latin-1"))
    (bad / "page.txt").write_text("<html><body>Hi</body></html>", encoding="utf-8")
    (bad / "folder.txt").mkdir()
    secret = tmp_path / "outside.txt"
    shutil.copy(CORPUS / "harbour-tolls" / "01-partner-syndicated.txt", secret)
    (bad / "link-out.txt").symlink_to(secret)
    (bad / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (bad / "big.txt").write_text("word " * 300_000, encoding="utf-8")
    result = pair(pile, sources, max_mb=1)
    reasons = {Path(s.path).name: s.reason for s in result.skipped}
    assert reasons["empty.txt"] == "is empty, there is no text to compare"
    assert reasons["binary.txt"] == "is a PNG image, not text"
    assert reasons["latin.txt"].startswith("is not valid utf-8")
    assert reasons["page.txt"].startswith("looks like HTML")
    assert reasons["link-out.txt"] == (
        "is a symbolic link to a file outside the folder; not followed"
    )
    assert reasons["dangling.txt"] == "is a broken symbolic link"
    assert reasons["big.txt"].startswith("is 1.5 MB, over the 1 MB limit")
    assert "folder.txt" not in reasons  # a folder is not an article
    assert {Path(m.target).name for m in result.matches} == set(truth)


def test_a_link_inside_the_archive_is_followed(tmp_path: Path) -> None:
    (tmp_path / "s").mkdir()
    (tmp_path / "a" / "real").mkdir(parents=True)
    shutil.copy(CORPUS / "harbour-tolls" / "00-wire.txt", tmp_path / "s" / "tolls.txt")
    shutil.copy(CORPUS / "harbour-tolls" / "02-shortened.txt", tmp_path / "a" / "real" / "x.txt")
    (tmp_path / "a" / "alias.txt").symlink_to(tmp_path / "a" / "real" / "x.txt")
    result = pair(tmp_path / "a", tmp_path / "s")
    assert sorted(Path(m.target).name for m in result.matches) == ["alias.txt", "x.txt"]


def test_an_encoding_option_reads_legacy_files(tmp_path: Path) -> None:
    (tmp_path / "s").mkdir()
    (tmp_path / "a").mkdir()
    wire = (CORPUS / "harbour-tolls" / "00-wire.txt").read_text("utf-8")
    (tmp_path / "s" / "tolls.txt").write_text(wire, encoding="utf-8")
    legacy = wire.replace("–", "-").replace("“", '"').replace("”", '"').replace("’", "'")
    (tmp_path / "a" / "old.txt").write_bytes((legacy + " Café.").encode("latin-1", "replace"))
    assert pair(tmp_path / "a", tmp_path / "s").matches == ()
    found = pair(tmp_path / "a", tmp_path / "s", encoding="latin-1").matches
    assert [Path(m.target).name for m in found] == ["old.txt"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing", "no such directory"),
        (lambda p: p / "file.txt", "is not a directory"),
        (lambda p: p / "empty", "has no .txt articles"),
    ],
)
def test_a_wrong_archive_is_a_usage_error(tmp_path: Path, make: object, message: str) -> None:
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "a.txt").write_text("a story", encoding="utf-8")
    assert callable(make)
    with pytest.raises(UsageError, match=message):
        pair(make(tmp_path), tmp_path / "s")


def test_output_order_does_not_depend_on_file_order_or_jobs(
    archive: tuple[Path, Path, dict[str, str]],
) -> None:
    sources, pile, _ = archive
    first = pair(pile, sources)
    again = pair(pile, sources, executor=LocalExecutor(jobs=2))
    assert again == first
    keys = [(m.story, m.target) for m in first.matches]
    assert keys == sorted(keys)
    base = pile.parent
    assert manifest_text(first.matches, base) == manifest_text(again.matches, base)


@pytest.mark.parametrize("name", ["manifest.csv", "out/manifest.jsonl"])
def test_the_manifest_round_trips_through_check(
    archive: tuple[Path, Path, dict[str, str]], tmp_path: Path, name: str
) -> None:
    sources, pile, truth = archive
    odd = pile / "partner" / "Zürich, «Le Temps» 2.txt"  # commas, quotes, spaces, non-ASCII
    shutil.copy(CORPUS / "harbour-tolls" / "02-shortened.txt", odd)
    result = pair(pile, sources)
    manifest = tmp_path / "elsewhere" / name
    manifest.parent.mkdir(parents=True)
    write_manifest(result.matches, manifest)
    outside = check(manifest, embedder=FakeEmbedder(), use_cache=False)
    assert outside.errors
    assert all("outside" in (r.error or "") for r in outside.errors)
    allowed = Config(allow_outside_paths=True)  # the manifest is not above the files it names
    run = check(manifest, config=allowed, embedder=FakeEmbedder(), use_cache=False)
    assert run.errors == ()
    compared = {
        (r.spec.story, r.spec.source.resolve(), r.spec.target.resolve()) for r in run.results
    }
    expected = {
        (m.story, Path(m.source).resolve(), Path(m.target).resolve()) for m in result.matches
    }
    assert compared == expected
    assert len(compared) == len(truth) + 1


def test_manifest_paths_are_relative_to_the_manifest(tmp_path: Path) -> None:
    match = Match("s", str(tmp_path / "src" / "a.txt"), str(tmp_path / "arc" / "b.txt"), 0.9)
    text = manifest_text([match], tmp_path / "out")
    rows = list(csv.DictReader(text.splitlines()))
    assert rows == [
        {"story": "s", "source": "../src/a.txt", "target": "../arc/b.txt", "overlap": "0.9000"}
    ]


def _invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["pair", *args])
    return result.exit_code, result.stdout, result.stderr


def test_cli_writes_the_manifest_and_a_summary(
    archive: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    sources, pile, truth = archive
    (pile / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "m.csv"
    code, stdout, stderr = _invoke(str(pile), "--sources", str(sources), "-o", str(out))
    assert (code, stdout) == (0, "")
    assert stderr.splitlines() == [
        f"driftcheck: skipped {pile / 'empty.txt'}: is empty, there is no text to compare",
        f"driftcheck: {len(truth)} versions of 6 of 6 stories among {len(truth)} articles "
        "(1 files skipped)",
    ]
    rows = list(csv.DictReader(out.read_text("utf-8").splitlines()))
    assert {Path(r["target"]).name for r in rows} == set(truth)


def test_cli_shows_an_untrusted_file_name_escaped(
    archive: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    """A skipped file's name cannot send terminal escapes or bidi controls to stderr."""
    sources, pile, _ = archive
    (pile / "evil\x1b]0;pwned\x07\u202e.txt").write_text("", encoding="utf-8")
    code, _, stderr = _invoke(str(pile), "--sources", str(sources), "-o", str(tmp_path / "m.csv"))
    assert code == 0
    skipped = stderr.splitlines()[0]
    assert "\x1b" not in skipped
    assert "\u202e" not in skipped
    assert skipped == (
        f"driftcheck: skipped {pile}/evil\\x1b]0;pwned\\x07<U+202E>.txt: "
        "is empty, there is no text to compare"
    )


def test_cli_without_output_prints_the_manifest_relative_to_here(
    archive: tuple[Path, Path, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, pile, truth = archive
    monkeypatch.chdir(pile.parent)
    code, stdout, _ = _invoke("archive", "--sources", "sources")
    assert code == 0
    rows = list(csv.DictReader(stdout.splitlines()))
    assert len(rows) == len(truth)
    assert all(r["target"].startswith("archive/partner/") for r in rows)
    assert all(Path(r["source"]).is_file() for r in rows)


def test_cli_bad_archive_is_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "a.txt").write_text("a story", encoding="utf-8")
    code, stdout, stderr = _invoke(str(tmp_path / "nope"), "--sources", str(tmp_path / "s"))
    assert (code, stdout) == (2, "")
    assert stderr == f"driftcheck: error: ARCHIVE: {tmp_path / 'nope'}: no such directory " + (
        "(expected a folder of .txt articles)\n"
    )


def test_cli_help_says_what_it_finds() -> None:
    code, stdout, _ = _invoke("--help")
    assert code == 0
    assert stdout.splitlines()[0] == "Usage: driftcheck pair [OPTIONS] ARCHIVE"
    assert "--sources" in stdout
    assert "in another language, most of whose sentences translate" in " ".join(stdout.split())
    assert "--translations / --no-translations" in stdout
    assert f"[default: {MIN_OVERLAP};" in stdout  # the library's fitted threshold


@pytest.mark.model
def test_check_on_the_paired_manifest_judges_each_version_as_the_corpus_run_does(
    archive: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    sources, pile, truth = archive
    manifest = tmp_path / "manifest.jsonl"
    assert _invoke(str(pile), "--sources", str(sources), "-o", str(manifest))[0] == 0
    paired = runner.invoke(app, ["check", str(manifest), "--format", "json"])
    direct = runner.invoke(app, ["check", str(CORPUS), "--format", "json"])
    assert paired.exit_code == direct.exit_code == 1, paired.stderr
    by_version = {
        (p["story"], Path(p["target"]).name): (p["drift_score"], p["worst"])
        for p in json.loads(paired.stdout)["pairs"]
    }
    corpus_run = {
        (Path(p["source"]).parent.name, Path(p["target"]).name): (p["drift_score"], p["worst"])
        for p in json.loads(direct.stdout)["pairs"]
    }
    assert len(by_version) == len(truth)
    for (story, target), judged in by_version.items():
        folder, name = target.split("--", 1)
        assert truth[target] == story
        assert corpus_run[(folder, name)] == judged, target


def test_a_short_top_of_a_long_story_is_found(tmp_path: Path) -> None:
    long_story = "\n\n".join(
        (CORPUS / story / wire).read_text("utf-8").strip()
        for story, wire in [
            ("harbour-tolls", "00-wire.txt"),
            ("warehouse-fire", "00-wire.txt"),
            ("reservoir-restrictions", "1-wire.txt"),
            ("translation-desk", "malaria-00-wire.txt"),
        ]
    )
    paragraphs = long_story.split("\n\n")
    top = "\n\n".join(paragraphs[: len(paragraphs) // 5])
    (tmp_path / "s").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "s" / "long.txt").write_text(long_story, encoding="utf-8")
    (tmp_path / "a" / "top.txt").write_text(top, encoding="utf-8")
    result = pair(tmp_path / "a", tmp_path / "s")
    assert [(m.story, m.overlap) for m in result.matches] == [("long", 1.0)]


def test_an_unreadable_source_is_skipped_and_the_others_are_paired(
    archive: tuple[Path, Path, dict[str, str]],
) -> None:
    sources, pile, truth = archive
    (sources / "blank.txt").write_text("\n", encoding="utf-8")
    result = pair(pile, sources)
    assert [(Path(s.path).name, s.reason) for s in result.skipped] == [
        ("blank.txt", "is empty, there is no text to compare")
    ]
    assert result.sources == 6
    assert len(result.matches) == len(truth)


def test_work_units_are_plain_values_another_process_can_take() -> None:
    ref = ArticleRef(str(CORPUS / "harbour-tolls" / "00-wire.txt"), str(CORPUS), 25.0, lead=True)
    done = fingerprint(ref)
    assert isinstance(done, Fingerprint)
    assert done.lead_signature is not None
    assert pickle.loads(pickle.dumps(ref)) == ref  # noqa: S301 - our own bytes
    assert pickle.loads(pickle.dumps(done)) == done  # noqa: S301 - our own bytes
    with pytest.raises(FrozenInstanceError):
        done.path = "elsewhere"  # type: ignore[misc]


def test_an_article_that_hits_a_bug_is_skipped_and_the_run_goes_on(
    archive: tuple[Path, Path, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """FINGERPRINT, the task executors run, turns an exception into that file's reason."""
    import driftcheck.pairing.fingerprint as module

    sources, pile, truth = archive
    real = module.fingerprint
    broken = next(iter(sorted(truth)))

    def buggy(ref: ArticleRef) -> Fingerprint | Skipped:
        if ref.path.endswith(broken):
            raise KeyError("a bug\nover two lines")
        return real(ref)

    monkeypatch.setattr(module, "fingerprint", buggy)
    result = pair(pile, sources)
    assert [(Path(s.path).name, s.reason) for s in result.skipped] == [
        (broken, "internal error: KeyError: 'a bug\\nover two lines'")
    ]
    assert {Path(m.target).name for m in result.matches} == set(truth) - {broken}
