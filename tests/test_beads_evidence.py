"""Evidence for a translation's beads beside the cosine (evidence.py, beads.py), fake embedder."""

from __future__ import annotations

from dataclasses import replace

from driftcheck.align.beads import align_beads, joined_runs
from driftcheck.align.evidence import shared_vocabulary, surviving_tokens, token_score
from driftcheck.align.order import Gap
from driftcheck.align.vectors import Vectors, words
from driftcheck.testing import FakeEmbedder
from tests.test_align_beads import BEADS, SYNONYMS

# Two sentences the fake embedder reads as equally alike: their times decide which is which.
TRAINS_DE = ["Der Zug fährt um 6.02 Uhr.", "Der Zug fährt um 9.15 Uhr."]
TRAINS_FR = ["Le train part à 9 h 15.", "Le train part à 6 h 02."]
TRAIN = {"le": "der", "train": "zug", "part": "fährt", "à": "um"}


def beads_of(a: list[str], b: list[str], **params: float) -> list[tuple[tuple[int, ...], ...]]:
    vectors = Vectors(
        dict(enumerate(a)),
        dict(enumerate(b)),
        (a, b),
        FakeEmbedder(synonyms={**SYNONYMS, **TRAIN}),
        8,
    )
    gap = Gap(tuple(range(len(a))), tuple(range(len(b))), ends_story=True)
    vectors.prepare(joined_runs(gap))
    links = align_beads(vectors, gap, replace(BEADS, **params))
    return [(link.a, link.b) for link in links]


def tokens_of(texts: dict[str, dict[int, str]]) -> dict[str, dict[int, frozenset[str]]]:
    by_side = {
        side: {i: frozenset(words(t)) for i, t in sents.items()} for side, sents in texts.items()
    }
    shared = shared_vocabulary(by_side)
    return {
        side: {i: surviving_tokens(t, by_side[side][i], shared) for i, t in sents.items()}
        for side, sents in texts.items()
    }


def test_numbers_agree_however_they_are_written() -> None:
    tokens = tokens_of(
        {"a": {0: "Abfahrt 4.45 Uhr am 9. September"}, "b": {0: "départ à 4 h 45 le 9 septembre"}}
    )
    assert tokens["a"][0] == tokens["b"][0] == {"#4", "#45", "#9"}


def test_only_words_both_versions_use_are_tokens() -> None:
    texts = {
        "a": {0: "Daniel wartet am Bahnhof", 1: "Der Zug kommt"},
        "b": {0: "Daniel attend à la gare", 1: "Le train arrive"},
    }
    tokens = tokens_of(texts)
    assert tokens["a"] == {0: {"daniel"}, 1: frozenset()}
    assert tokens["b"] == {0: {"daniel"}, 1: frozenset()}


def test_token_score_ranges_from_none_shared_to_all_shared() -> None:
    assert token_score(frozenset({"#7", "#10"}), frozenset({"#7", "#10"})) == 1.0
    assert token_score(frozenset({"#7"}), frozenset({"#10"})) == -1.0
    assert token_score(frozenset({"#7", "#10"}), frozenset({"#7"})) == 0.0
    assert token_score(frozenset(), frozenset()) == 0.0


def test_without_token_evidence_reading_order_pairs_the_wrong_times() -> None:
    assert beads_of(TRAINS_DE, TRAINS_FR, tokens=0.0) == [((0,), (0,)), ((1,), (1,))]


def test_token_evidence_keeps_crossed_sentences_whose_numbers_agree_in_one_bead() -> None:
    assert beads_of(TRAINS_DE, TRAINS_FR, tokens=1.0) == [((0, 1), (0, 1))]


def test_a_one_to_one_bead_pays_no_revision_cost_for_words_a_translation_cannot_share() -> None:
    a = ["Der Bergführer erreichte den Gipfel.", "Zermatt liegt im Tal."]
    b = ["Le guide atteignit le sommet.", "Zermatt se trouve dans la vallée."]
    assert beads_of(a, b, lexical=0.0) == beads_of(a, b, lexical=5.0)
