"""`pair` across languages: translations found by meaning, the model loaded only when needed."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from driftcheck.cli import app
from driftcheck.config import Config
from driftcheck.pairing import Match, pair
from driftcheck.pairing.manifest import manifest_text, write_manifest
from driftcheck.runner import check
from driftcheck.testing import FakeEmbedder
from tests.test_pair import CORPUS, corpus_archive

WIND = CORPUS / "offshore-wind"
TRANSLATED = {"01-translated.de.txt": "de", "02-translated.fr.txt": "fr"}


@pytest.fixture
def archive(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    """test_pair's archive, with offshore-wind's wire among the sources and its German and
    French translations among the articles."""
    sources, pile, truth = corpus_archive(tmp_path)
    shutil.copy(WIND / "00-wire.en.txt", sources / "offshore-wind.txt")
    for name in TRANSLATED:
        shutil.copy(WIND / name, pile / "partner" / name)
        truth[name] = "offshore-wind"
    return sources, pile, truth


@pytest.mark.model
def test_translations_are_found_by_meaning_and_marked(
    archive: tuple[Path, Path, dict[str, str]],
) -> None:
    sources, pile, truth = archive
    result = pair(pile, sources)
    found = {Path(m.target).name: m for m in result.matches}
    assert {name: m.story for name, m in found.items()} == truth
    for name, language in TRANSLATED.items():
        assert (found[name].language, found[name].source_language) == (language, "en")
        assert found[name].overlap >= 0.9  # nearly every sentence translates one of the wire's
    assert all(m.language is None for name, m in found.items() if name not in TRANSLATED)


@pytest.mark.model
def test_a_translation_of_a_story_not_among_the_sources_matches_nothing(
    archive: tuple[Path, Path, dict[str, str]],
) -> None:
    sources, pile, truth = archive
    (sources / "offshore-wind.txt").unlink()
    found = {Path(m.target).name: m.story for m in pair(pile, sources).matches}
    assert found == {name: story for name, story in truth.items() if name not in TRANSLATED}


@pytest.mark.model
def test_the_cli_manifest_gives_check_the_languages(
    archive: tuple[Path, Path, dict[str, str]],
) -> None:
    sources, pile, truth = archive
    out = pile.parent / "manifest.csv"
    result = CliRunner().invoke(app, ["pair", str(pile), "--sources", str(sources), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[-1].startswith(
        f"driftcheck: {len(truth)} versions (2 translated)"
    )
    rows = {Path(r["target"]).name: r for r in csv.DictReader(out.read_text("utf-8").splitlines())}
    assert {
        k: (r["role"], r["language"], r["source_language"]) for k, r in rows.items() if r["role"]
    } == {name: ("translated", language, "en") for name, language in TRANSLATED.items()}
    run = check(out, embedder=FakeEmbedder(), use_cache=False)
    specs = {r.spec.target.name: r.spec for r in run.results}
    assert run.errors == ()
    assert (specs["01-translated.de.txt"].role, specs["01-translated.de.txt"].language) == (
        "translated",
        "de",
    )
    assert specs["02-translated.fr.txt"].source_language == "en"


def test_no_article_in_another_language_loads_no_model(tmp_path: Path) -> None:
    sources, pile, truth = corpus_archive(tmp_path)
    (pile / "partner" / "unrelated.txt").write_text(
        "The council met on Tuesday to discuss the budget. It agreed to meet again in May.\n",
        encoding="utf-8",
    )
    asked: list[str] = []

    class Spy(FakeEmbedder):
        @property
        def model_id(self) -> str:
            asked.append("model")
            return super().model_id

    spy = Spy()
    result = pair(pile, sources, embedder=spy)
    assert len(result.matches) == len(truth)
    assert (spy.calls, asked) == ([], [])


def test_no_translations_leaves_the_pass_out(
    archive: tuple[Path, Path, dict[str, str]],
) -> None:
    sources, pile, truth = archive
    fake = FakeEmbedder()
    result = pair(pile, sources, translations=False, embedder=fake)
    assert fake.calls == []
    assert {Path(m.target).name for m in result.matches} == set(truth) - set(TRANSLATED)
    pair(pile, sources, embedder=fake)
    assert fake.calls  # with the pass on, the German and French articles were embedded


def test_a_bag_of_words_never_takes_a_translation_for_a_version(
    archive: tuple[Path, Path, dict[str, str]],
) -> None:
    """The pass keeps only what covers the article: names and figures shared across
    languages do not make a translation."""
    sources, pile, _ = archive
    result = pair(pile, sources, embedder=FakeEmbedder())
    assert all(m.language is None for m in result.matches)


@pytest.mark.parametrize("name", ["manifest.csv", "manifest.jsonl"])
def test_the_manifest_adds_the_translation_columns_only_when_needed(
    tmp_path: Path, name: str
) -> None:
    plain = Match("s", str(tmp_path / "s.txt"), str(tmp_path / "a.txt"), 0.9)
    translated = Match("s", str(tmp_path / "s.txt"), str(tmp_path / "b.txt"), 0.8, "de", "en")
    jsonl = name.endswith(".jsonl")
    assert "language" not in manifest_text([plain], tmp_path, jsonl=jsonl)
    text = manifest_text([plain, translated], tmp_path, jsonl=jsonl)
    if jsonl:
        assert text.splitlines() == [
            '{"story": "s", "source": "s.txt", "target": "a.txt", "overlap": "0.9000"}',
            '{"story": "s", "source": "s.txt", "target": "b.txt", "overlap": "0.8000", '
            '"role": "translated", "language": "de", "source_language": "en"}',
        ]
    else:
        assert text.splitlines() == [
            "story,source,target,overlap,role,language,source_language",
            "s,s.txt,a.txt,0.9000,,,",
            "s,s.txt,b.txt,0.8000,translated,de,en",
        ]
    for path in ("s.txt", "a.txt", "b.txt"):
        (tmp_path / path).write_text("The council met on Tuesday.\n", encoding="utf-8")
    write_manifest([plain, translated], tmp_path / name)
    run = check(tmp_path / name, config=Config(), embedder=FakeEmbedder(), use_cache=False)
    assert [(r.spec.role, r.spec.language, r.spec.source_language) for r in run.results] == [
        (None, None, None),
        ("translated", "de", "en"),
    ]
