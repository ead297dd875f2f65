"""Cross-language findings with the real multilingual model on two bench stories (dev split)."""

from __future__ import annotations

import pytest

from bench.matching import at_least
from bench.xling import DATA, load_story, score_drifted
from driftcheck.pipeline import Comparer
from driftcheck.types import Severity

STORY = DATA / "dev" / "airline-strike"


@pytest.fixture(scope="module")
def comparer() -> Comparer:
    return Comparer("use-multilingual", use_cache=False)


@pytest.mark.model
@pytest.mark.parametrize("lang", ["de", "fr"])
def test_a_faithful_translation_is_clean_and_its_drifts_are_caught(
    comparer: Comparer, lang: str
) -> None:
    story = load_story(STORY, [lang])
    faithful = comparer.compare(story.en, story.faithful[lang])
    assert at_least(faithful.findings, Severity.WARNING) == []
    assert faithful.to_dict()["cross_language"] is True
    drifted = comparer.compare(story.en, story.drifted[lang])
    outcome = score_drifted(story.name, lang, story.drifts[lang], drifted, faithful)
    for family in ("figure", "date"):
        score = outcome.scores.get(family)
        if score is not None:
            assert score.found == score.labels, (family, [d.description for d in outcome.missed])
