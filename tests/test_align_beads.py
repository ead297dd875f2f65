"""Bertalign's second step (beads.py) on small constructed translations, fake embedder."""

from __future__ import annotations

from dataclasses import replace

from driftcheck.align import AlignOptions, AlignParams, align
from driftcheck.align.beads import align_beads, char_ratio, joined_runs
from driftcheck.align.order import Gap
from driftcheck.align.vectors import Vectors
from driftcheck.segment import segment
from driftcheck.testing import FakeEmbedder
from tests.helpers import describe

# A "German" source and a "French" translation: no word in common, synonyms make the fake
# embedder read them as the same words (a multilingual model's job).
GERMAN = [
    "Zermatt liegt tief im Tal unter dem Berg.",
    "Der Bergführer erreichte den Gipfel am frühen Morgen nach einem langen Aufstieg "
    "durch Schnee und Eis.",
    "Abends kehrten alle Gäste müde zur Hütte zurück.",
]
FRENCH = [
    "Zermatt se trouve profondément dans la vallée sous la montagne.",
    "Le guide atteignit le sommet tôt le matin.",
    "La montée fut longue.",
    "Elle traversa neige et glace.",
    "Le soir, tous les hôtes rentrèrent fatigués au refuge.",
]
SYNONYMS = {
    "se": "liegt", "trouve": "liegt", "profondément": "tief", "dans": "im", "vallée": "tal",
    "sous": "unter", "montagne": "berg", "guide": "bergführer", "atteignit": "erreichte",
    "sommet": "gipfel", "tôt": "frühen", "matin": "morgen", "montée": "aufstieg",
    "longue": "langen", "traversa": "durch", "neige": "schnee", "glace": "eis",
    "soir": "abends", "tous": "alle", "hôtes": "gäste", "rentrèrent": "kehrten",
    "fatigués": "müde", "refuge": "hütte", "au": "zur",
}  # fmt: skip
BEADS = AlignParams(anchor=0.9, link=0.3, join=0.4, move=0.9, part=0.3, beads=0.5, skip=-0.05,
                    margin=0.0, rest=1.01, absorb=-1.0)  # fmt: skip


def run(a: list[str], b: list[str], params: AlignParams) -> list[str]:
    embedder = FakeEmbedder(synonyms=SYNONYMS)
    groups = align(
        segment(" ".join(a)).sentences,
        segment(" ".join(b)).sentences,
        embedder,
        AlignOptions(params=params),
    )
    return [describe(g) for g in groups]


def vectors_of(a: list[str], b: list[str]) -> Vectors:
    return Vectors(
        dict(enumerate(a)), dict(enumerate(b)), (a, b), FakeEmbedder(synonyms=SYNONYMS), 8
    )


def test_a_sentence_translated_as_three_is_one_bead() -> None:
    groups = run(GERMAN, FRENCH, BEADS)
    assert groups == ["changed 1>1", "split 2>2,3,4", "changed 3>5"]


def test_the_programme_of_order_py_has_no_one_to_three_step() -> None:
    groups = run(GERMAN, FRENCH, replace(BEADS, beads=0.0))
    assert "split 2>2,3,4" not in groups


def test_revisions_sharing_words_keep_the_programme_of_order_py() -> None:
    a = ["The council approved the budget on Monday.", "Taxes will rise next year."]
    b = ["The council approved the new budget on Monday.", "Taxes will rise next spring."]
    assert run(a, b, BEADS) == run(a, b, replace(BEADS, beads=0.0))


def test_skip_decides_whether_an_unrelated_sentence_is_linked() -> None:
    a = ["Der Bergführer erreichte den Gipfel.", "Zermatt liegt im Tal."]
    b = ["Le guide atteignit le sommet.", "Quelque chose de complètement différent ici."]
    vectors = vectors_of(a, b)
    gap = Gap((0, 1), (0, 1), ends_story=True)
    vectors.prepare(joined_runs(gap))
    costly = align_beads(vectors, gap, replace(BEADS, skip=-1.0))
    cheap = align_beads(vectors, gap, replace(BEADS, skip=0.05))
    assert [(link.a, link.b) for link in costly] == [((0,), (0,)), ((1,), (1,))]
    assert [(link.a, link.b) for link in cheap] == [((0,), (0,))]


def test_joined_runs_are_the_pairs_and_triples_of_a_gap() -> None:
    runs = joined_runs(Gap((0, 1, 2), (4, 5), ends_story=True))
    assert runs == [("a", (0, 1)), ("a", (1, 2)), ("a", (0, 1, 2)), ("b", (4, 5))]


def test_char_ratio_scales_the_longer_language() -> None:
    vectors = vectors_of(["abcd", "ef"], ["abcdefgh", "ijkl"])
    assert char_ratio(vectors) == 0.5
