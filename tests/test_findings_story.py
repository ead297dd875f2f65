"""Findings as an editor reads real copy (#14): over the whole story, on the same statement."""

from __future__ import annotations

import pytest

from driftcheck.diff import word_diff
from driftcheck.findings import detect
from driftcheck.findings.confidence import pair_confidence
from driftcheck.findings.context import make_side
from driftcheck.findings.figures import figures
from driftcheck.findings.names import capitals
from driftcheck.findings.quotes import title_like
from driftcheck.findings.story import Version
from driftcheck.pipeline import Comparer
from driftcheck.segment import segment
from driftcheck.testing import FakeEmbedder
from driftcheck.types import AlignmentGroup, Finding, Kind
from tests.test_findings_rules import pair, rules

COMPARER = Comparer(embedder=FakeEmbedder())


def compared(a_text: str, b_text: str) -> list[Finding]:
    """Findings of the whole pipeline (FakeEmbedder alignment)."""
    return list(COMPARER.compare(a_text, b_text).findings)


def of(found: list[Finding], prefix: str) -> list[tuple[str, str, str | None]]:
    """(rule, severity, the finding's text on its side) for the rules starting with `prefix`."""
    return [
        (f.rule, f.severity.value, f.b_text if f.a_text is None else f.a_text)
        for f in found
        if f.rule.startswith(prefix)
    ]


# Whole story: a claim the other version still makes elsewhere is not lost


def test_a_figure_cut_from_its_sentence_but_given_elsewhere_in_b_is_not_removed() -> None:
    a = "The fire destroyed 40 homes in the valley. Crews worked through the night."
    b = "The fire destroyed homes in the valley. Crews saved 40 homes through the night."
    assert "number.removed" not in rules(a, b)


def test_a_figure_new_to_its_sentence_that_a_gave_elsewhere_is_not_added() -> None:
    a = "The council met on Monday. It approved a budget of $12 million."
    b = "The council approved $12 million on Monday. It approved a budget."
    assert "number.added" not in rules(a, b)


def test_a_name_b_still_uses_in_another_form_is_not_dropped() -> None:
    a = "President Donald Trump spoke on Monday. Aides were present."
    b = "The president spoke on Monday. Aides to Trump were present."
    assert of(pair(a, b), "entity.dropped") == []


def test_a_name_gone_from_the_whole_story_is_still_dropped() -> None:
    a = "Mayor Bill Peduto spoke on Monday. Aides were present."
    b = "The mayor spoke on Monday. Aides were present."
    assert ("entity.dropped", "warning", "Bill Peduto") in of(pair(a, b), "entity.")


def test_a_quote_whose_words_b_still_has_elsewhere_is_not_dropped() -> None:
    a = 'She called it "a disgrace" on Monday. Critics agreed.'
    b = 'She spoke on Monday. Critics agreed that it was "a disgrace".'
    assert "quote.dropped" not in rules(a, b)


# Added and omitted sentences: the facts they bring or take


def test_an_added_sentence_reports_its_new_figure_name_and_quote() -> None:
    a = "The council approved the budget on Monday.\n\nResidents were angry."
    b = (
        "The council approved the budget on Monday.\n\n"
        'Mayor Ruth Aldane said on Thursday the 12 cuts were "painful but needed".\n\n'
        "Residents were angry."
    )
    found = compared(a, b)
    assert of(found, "number.") == [("number.added", "warning", "12")]
    assert ("entity.added", "warning", "Ruth Aldane") in of(found, "entity.")
    assert of(found, "quote.") == [("quote.added", "warning", "painful but needed")]


def test_an_omitted_sentence_reports_the_names_and_quotes_b_has_nowhere() -> None:
    a = (
        "The council approved the budget on Monday.\n\n"
        'Mayor Ruth Aldane called the cuts "painful but needed".\n\n'
        "Residents were angry."
    )
    b = "The council approved the budget on Monday.\n\nResidents were angry."
    found = compared(a, b)
    assert ("entity.dropped", "warning", "Ruth Aldane") in of(found, "entity.")
    assert of(found, "quote.") == [("quote.dropped", "warning", "painful but needed")]


def test_words_b_quotes_that_a_said_without_quotation_marks_are_a_quote_added() -> None:
    a = "The council approved the budget.\n\nCritics called it a serious error."
    b = 'The council approved the budget.\n\nThe minister said it was "a serious error".'
    found = compared(a, b)
    assert ("quote.added", "warning", "a serious error") in of(found, "quote.")


def test_an_added_sentence_that_repeats_a_fact_of_a_raises_nothing_about_it() -> None:
    a = "Mayor Ruth Aldane cut 12 posts.\n\nResidents were angry."
    b = "Mayor Ruth Aldane cut 12 posts.\n\nResidents were angry.\n\nAldane cut 12 posts."
    found = compared(a, b)
    assert of(found, "number.") == []
    assert of(found, "entity.") == []


@pytest.mark.parametrize(
    "text", ["", "   \n\n  ", "\u200b", "''", 'He said "', "12 12 12", "“”", "No. 5."]
)
def test_a_version_of_odd_text_reads_without_error(text: str) -> None:
    doc = segment(text)
    version = Version(doc, capitals(doc), "en")
    assert version.has_words("") is False
    assert version.has_quoted("") is False
    assert compared(text, "The council met.") is not None


# Negations and hedges: about the same statement


def test_a_new_clause_that_says_not_flips_nothing() -> None:
    a = "China moved the rig into the area where the shelves overlap."
    b = "China moved the rig into the area where the shelves overlap that have not been demarcated."
    assert "negation.flipped" not in rules(a, b)


def test_a_negation_said_another_way_is_no_flip() -> None:
    a = "She said a panel set up to investigate his case would not go ahead."
    b = "She said she had called off a panel set up to investigate his case."
    assert "negation.flipped" not in rules(a, b)


def test_a_negation_added_to_the_same_statement_still_flips() -> None:
    assert rules("The minister resigned on Monday.", "The minister never resigned on Monday.") == [
        "negation.flipped"
    ]


def test_a_rewritten_sentence_with_a_hedge_is_no_hedge_change() -> None:
    a = "Officials said the blast may have involved two separate suicide car bombers."
    b = "At the scene, rescuers found a crater and said nobody had survived it."
    assert [r for r in rules(a, b) if r.startswith("hedge.")] == []


def test_a_bound_on_a_figure_that_changed_is_not_a_hedge_change() -> None:
    a = "Seventeen people were killed and more than 120 others injured."
    b = "Seventeen people were killed and 148 others injured."
    assert "hedge.dropped" not in rules(a, b)
    assert "hedge.dropped" in rules(
        "Seventeen people were killed and more than 120 others injured.",
        "Seventeen people were killed and 120 others injured.",
    )


def test_an_equivalent_hedge_is_no_hedge_change() -> None:
    a = "McGuinness has indicated that the party would review its support."
    b = "The party would review its support, McGuinness has hinted."
    assert "hedge.dropped" not in rules(a, b)


# Attribution: who said the same statement


def test_an_attribution_cut_with_its_statement_is_no_attribution_change() -> None:
    a = "The bridge will close in March. Repairs will cost $5 million, the ministry said."
    b = "The bridge will close in March. Traffic will use the old ferry route instead."
    assert [r for r in rules(a, b) if r.startswith("attribution.")] == []


def test_the_same_source_named_another_way_is_no_attribution_change() -> None:
    a = "Search teams found five more bodies in the building, state TV reported."
    b = "Search teams found five more bodies in the building, state media reported."
    assert [r for r in rules(a, b) if r.startswith("attribution.")] == []
    a = "Father Federico added: the greetings were brief and occur on every visit."
    b = "He added: the greetings were brief and occur on every visit."
    assert [r for r in rules(a, b) if r.startswith("attribution.")] == []


def test_a_statement_kept_with_its_source_replaced_is_attribution_changed() -> None:
    a = "The bridge will close for repairs in March, the transport ministry said."
    b = "The bridge will close for repairs in March, the city council said."
    assert "attribution.changed" in rules(a, b)


def test_claims_as_a_noun_is_no_attribution() -> None:
    a = "The bank agreed to pay $2.6bn to settle the claims."
    b = "The bank agreed to pay $2.6bn to settle claims."
    assert [r for r in rules(a, b) if r.startswith("attribution.")] == []
    assert "attribution.added" in rules(
        "The bank lost the case.", "The bank lost the case, Smith claims."
    )


# Parsing that knows news copy


def shown(text: str) -> list[str]:
    """The figures read in a text."""
    doc = segment(text)
    return [f.text for f in figures(make_side(doc, range(len(doc.sentences))))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As the plane, Flight 192, took off at 10:09 p.m.", ["10:09 p.m."]),
        ("The Haiyang Shiyou 981 oil rig moved.", []),
        ("He joined NJ 11th For Change in 2015.", ["2015"]),
        ("The 6th Street shop is on the 11th floor.", ["11th"]),
        ("The officer shot Laquan 16 times.", ["16"]),
        ("Posted Wed 20 Sep 2017 10.38 BST Last modified on Mon 2 Oct 2017 12.21 BST", []),
        ("In 2015, 40 people died.", ["2015", "40"]),
    ],
)
def test_numbers_in_names_and_timestamps_are_not_figures(text: str, expected: list[str]) -> None:
    assert shown(text) == expected


def test_ordinals_in_words_and_weekdays_appearing_or_going_are_no_fact() -> None:
    a = "The attacker threw a grenade on Monday. Police arrived."
    b = "First the attacker threw a grenade. Police arrived on Tuesday for a second time."
    assert [r for r in rules(a, b) if r.startswith("number.")] == []
    assert "number.changed" in rules("She came third.", "She came second.")


# Names: what is a name in news copy, reported once


def test_demonyms_creeds_and_honorifics_are_not_names_added() -> None:
    a = "The council approved the budget.\n\nResidents were angry."
    b = (
        "The council approved the budget.\n\n"
        "British and West African Muslims and Americans joined the protest.\n\n"
        "Residents were angry."
    )
    assert of(compared(a, b), "entity.") == []


def test_a_demonym_replacing_a_name_is_still_entity_changed() -> None:
    found = pair("Modi met Chinese leader Xi Jinping.", "Modi met Russian leader Xi Jinping.")
    assert ("entity.changed", "warning", "Chinese") in of(found, "entity.")


def test_a_name_added_in_several_places_is_reported_once() -> None:
    a = "The council approved the budget.\n\nResidents were angry."
    b = (
        "The council approved the budget, Cathy Freeman said.\n\n"
        "Residents were angry, and Cathy Freeman agreed.\n\n"
        "Freeman left early."
    )
    names = [t for rule, _, t in of(compared(a, b), "entity.added")]
    assert names == ["Cathy Freeman"]


def test_common_words_opening_a_sentence_or_a_quote_and_widgets_are_not_names() -> None:
    a = "The council approved the budget.\n\nResidents were angry."
    b = (
        "The council approved the budget.\n\n"
        "Insisting on calm, residents met. Obviously they were angry.\n\n"
        "He said: ''Yes, we will appeal.'' Facebook Share Twitter Share\n\n"
        "Residents were angry."
    )
    assert of(compared(a, b), "entity.") == []


# Confidence: findings on a doubtful pairing, and versions that are not one story


def test_a_claim_on_a_low_confidence_pair_is_lowered_to_info_and_marked() -> None:
    a, b = segment("Bus fares rise by 12 percent."), segment("Bus fares rise by 15 percent.")
    tokens = word_diff("Bus fares rise by 12 percent.", "Bus fares rise by 15 percent.")
    for similarity, severity in ((0.3, "info"), (0.9, "error")):
        group = AlignmentGroup((0,), (0,), Kind.CHANGED, similarity, diff=tokens)
        found = [f for f in detect(a, b, [group]) if f.rule == "number.changed"]
        assert [f.severity.value for f in found] == [severity]
        assert ("low-confidence" in found[0].message) is (severity == "info")


@pytest.mark.parametrize("similarity", [None, -1.0, 2.0, float("nan")])
def test_pair_confidence_of_odd_similarities_stays_in_range(similarity: float | None) -> None:
    group = AlignmentGroup((0,), (0,), Kind.CHANGED, similarity)
    confidence = pair_confidence(group)
    if similarity is None:
        assert confidence is None
    else:
        assert confidence is not None
        assert 0.0 <= confidence <= 1.0
    assert pair_confidence(AlignmentGroup((0,), (), Kind.OMITTED, 0.9)) is None


def test_short_or_shared_versions_are_never_unrelated() -> None:
    found = compared("The council met. It voted.", "A fire broke out. Crews came.")
    assert "story.unrelated" not in [f.rule for f in found]
    a = "Mayor Ruth Aldane cut 12 posts.\n\nResidents were angry.\n\nThe vote was close."
    b = "Mayor Ruth Aldane cut 15 posts.\n\nResidents were furious.\n\nThe vote was close."
    assert "story.unrelated" not in [f.rule for f in compared(a, b)]


def test_pairs_too_doubtful_to_vouch_do_not_make_two_stories_one() -> None:
    a_text = (
        "An earthquake struck Velmora on Monday.\n\n"
        "Mayor Ilse Corvin said 40 homes fell.\n\n"
        "Rescuers from Tarsk arrived at night."
    )
    b_text = (
        "An earthquake hit Obrenna on Friday.\n\n"
        "Governor Pavel Drussek said 9 bridges cracked.\n\n"
        "Engineers from Lindquay came by boat."
    )
    a, b = segment(a_text), segment(b_text)
    for similarity, one_story in ((0.3, False), (0.9, True)):
        groups = [
            AlignmentGroup((i,), (i,), Kind.CHANGED, similarity, diff=word_diff(x.text, y.text))
            for i, (x, y) in enumerate(zip(a.sentences, b.sentences, strict=True))
        ]
        rules_raised = [f.rule for f in detect(a, b, groups)]
        assert ("story.unrelated" not in rules_raised) is one_story


def test_tokens_with_digits_lone_generic_words_and_titles_are_not_names_added() -> None:
    a = "The council approved the budget.\n\nResidents were angry."
    b = (
        "The council approved the budget.\n\n"
        "The Government said the PS3 and PS300 figures came from the minister.\n\n"
        "Residents were angry."
    )
    assert of(compared(a, b), "entity.") == []
    assert "entity.added" in rules("Prices rose sharply.", "Prices rose sharply, Reuters reported.")


@pytest.mark.parametrize(
    ("quoted", "is_title"),
    [
        ("All About Eve", True),
        ("Captain Fantastic", True),
        ("PA", True),
        ("groundless", False),
        ("We will appeal.", False),
        ("Trade Is Up, Prices Are Down", False),
        ("", False),
        ("One Two Three Four Five Six Seven", False),
    ],
)
def test_titles_in_quotation_marks_are_not_quotes(quoted: str, is_title: bool) -> None:
    assert title_like(quoted) is is_title


def test_a_film_title_in_an_added_sentence_is_no_quote_added() -> None:
    a = "The awards were held on Sunday.\n\nCritics were pleased."
    b = (
        "The awards were held on Sunday.\n\n"
        'The winner was "All About Eve".\n\n'
        "Critics were pleased."
    )
    assert of(compared(a, b), "quote.") == []


def test_a_month_alone_is_a_figure_except_opening_a_sentence_or_as_may() -> None:
    assert shown("He was charged in December, not in May.") == ["December"]
    assert shown("March on Washington began.") == []
    assert shown("The office said March exports fell 4.2%.") == ["March", "4.2%"]


def test_a_month_omitted_with_a_figure_b_keeps_is_no_fact_lost() -> None:
    a = (
        "The bank held its rate.\n\nInflation was 6.8% in March, the office said.\n\n"
        "Brel said inflation of 6.8% was too high."
    )
    b = "The bank held its rate.\n\nBrel said inflation of 6.8% was too high."
    assert of(compared(a, b), "number.") == []
    a = "The bank held its rate.\n\nHe was charged in December.\n\nBrel spoke."
    b = "The bank held its rate.\n\nBrel spoke."
    assert of(compared(a, b), "number.") == [("number.omitted", "warning", "December")]


def test_a_figure_added_in_two_places_is_reported_once() -> None:
    a = "The bank held its rate.\n\nBrel spoke."
    b = "The bank held its rate at 100%.\n\nBrel spoke of 100% effort."
    assert len([r for r in rules(a, b) if r == "number.added"]) == 1


def test_a_quote_reported_altered_is_not_also_dropped_and_hyphen_adjectives_are_no_names() -> None:
    a = (
        'Xi praised the "enduring" ties.\n\nThe talks ended.\n\n'
        'Tokayev also spoke of "enduring" trade.'
    )
    b = 'Xi praised the "lasting" ties.\n\nThe talks ended.'
    rules_found = [f.rule for f in compared(a, b)]
    assert "quote.altered" in rules_found
    assert "quote.dropped" not in rules_found
    a = "The town was calm.\n\nShops opened."
    b = "The town was calm.\n\nThe Russian-controlled and Isis-linked groups left.\n\nShops opened."
    assert of(compared(a, b), "entity.") == []
