"""Each findings rule on its own, with news sentences that should and should not raise it.

Most tests align every sentence of A with every sentence of B in one changed group, so
they test the rule and not the aligner.
"""

from __future__ import annotations

import pytest

from driftcheck.diff import word_diff
from driftcheck.findings import detect
from driftcheck.findings.boilerplate import is_boilerplate
from driftcheck.findings.context import make_side
from driftcheck.findings.figures import figures
from driftcheck.findings.quote_marks import find_quotes
from driftcheck.normalize import tidy
from driftcheck.pipeline import Comparer
from driftcheck.segment import segment
from driftcheck.testing import FakeEmbedder
from driftcheck.types import AlignmentGroup, Confidence, Finding, Kind


def pair(
    a_text: str, b_text: str, *, locale: str = "en", confidence: Confidence | None = None
) -> list[Finding]:
    """Findings when all of A is aligned with all of B as one changed group (with the
    aligner's `confidence` in that pairing, none by default)."""
    a, b = segment(a_text), segment(b_text)
    joined_a = " ".join(tidy(s.text) for s in a.sentences)
    joined_b = " ".join(tidy(s.text) for s in b.sentences)
    group = AlignmentGroup(
        tuple(range(len(a.sentences))),
        tuple(range(len(b.sentences))),
        Kind.CHANGED,
        0.9,
        diff=word_diff(joined_a, joined_b),
        confidence=confidence,
    )
    return list(detect(a, b, [group], locale=locale))


def rules(a_text: str, b_text: str, *, locale: str = "en") -> list[str]:
    return [f.rule for f in pair(a_text, b_text, locale=locale)]


def quoted(text: str) -> list[str]:
    doc = segment(text)
    return [doc.text[q.start : q.end] for q in find_quotes(doc)]


# Quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will win" today.', ["we will win"]),
        ("He said “we will win” today.", ["we will win"]),
        ("Er sagte „wir werden siegen“ heute.", ["wir werden siegen"]),
        ("Il a dit « nous vaincrons » hier.", [" nous vaincrons "]),
        ("Xi touts 'enduring' friendship, Xi's aides say.", ["enduring"]),
        ("Beijing’s use of ‘economic coercion’ in the countries’ ties.", ["economic coercion"]),
        ("Xi's aides and the countries' envoys met; we're told it's over.", []),
        ("In the ’90s rock 'n' roll was king.", []),
        (
            '"We will rebuild.\n\n"We will not rest," he said.',
            ["We will rebuild.", "We will not rest,"],
        ),
    ],
)
def test_quotes_of_every_style_and_not_apostrophes(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_quote_word_changed_is_altered() -> None:
    found = pair('The deal builds "enduring friendship".', "The deal builds “lasting friendship”.")
    altered = [f for f in found if f.rule == "quote.altered"]
    assert [f.message for f in altered] == [
        'quote altered: "enduring friendship" -> "lasting friendship"'
    ]
    assert (altered[0].a_text, altered[0].b_text) == ("enduring friendship", "lasting friendship")


def test_quote_style_only_is_not_altered() -> None:
    assert rules('Xi will give an "important" speech.', "Xi will give an ‘important’ speech.") == [
        "cosmetic"
    ]


def test_quote_punctuation_only() -> None:
    found = rules('"A common goal - to act," he said.', '"A common goal: to act," he said.')
    assert found == ["quote.punctuation"]
    assert rules("“We won!” he shouted.", "“We won,” he shouted.") == ["quote.punctuation"]
    assert rules("“Who pays?” she asked.", "“Who pays,” she asked.") == ["quote.punctuation"]
    assert rules("“We won,” he said.", "He said: “We won.”") == []


def test_quote_marked_edits_are_not_altered() -> None:
    a = '"We will defend our land and our people," he said.'
    assert rules(a, '"We will defend [their homes] and our people," he said.') == [
        "quote.marked_edit",
        "wording.substitution",
    ]
    assert rules(a, '"We will defend our land ... our people," he said.') == ["quote.marked_edit"]
    assert "quote.altered" in rules(a, '"We will defend [their homes] and all people," he said.')


def test_quote_across_sentences_in_a_split_group() -> None:
    a = '"We will fight. We will win," he said.'
    b = '"We will fight. We will prevail," he said.'
    found = [f for f in pair(a, b) if f.rule.startswith("quote.")]
    assert [f.a_text for f in found] == ["We will fight. We will win"]


def test_quote_kept_verbatim_but_unclosed_in_b() -> None:
    """The words are kept, so nothing is altered; the lost closing mark is still worth a note."""
    a = '"We are united by the desire to strengthen security." The two sides agreed.'
    b = "“We are united by the desire to strengthen security.\n\nThe two sides agreed."
    assert rules(a, b) == ["quote.punctuation"]


# Figures


@pytest.mark.parametrize(
    ("a", "b", "locale"),
    [
        ("$70 billion", "$70bn", "en"),
        ("$70 billion", "70 billion dollars", "en"),
        ("$70 billion", "US$70 billion", "en"),
        ("12 percent", "12%", "en"),
        ("12 per cent", "12%", "en"),
        ("six leaders", "6 leaders", "en"),
        ("twenty-five people", "25 people", "en"),
        ("1,234.5 tonnes", "1.234,5 tonnes", "de"),
        ("3,5 percent", "3.5 percent", "fr"),
        ("May 18", "18 May 2023", "en"),
        ("Rs 5 crore", "50 million rupees", "en"),
        ("a 70-year-old", "aged seventy", "en"),
        ("the No. 2 economy", "the second economy", "en"),
        ("at 3 p.m.", "at 15:00", "en"),
        ("2,000 people", "2000 people", "en"),
        ("40 kilometres", "40 km", "en"),
    ],
)
def test_same_value_in_other_spellings(a: str, b: str, locale: str) -> None:
    a_fig = figures(make_side(segment(a), [0]), locale)
    b_fig = figures(make_side(segment(b), [0]), locale)
    assert len(a_fig) == len(b_fig) == 1
    assert a_fig[0].same(b_fig[0])


@pytest.mark.parametrize(
    "text",
    [
        "The Group of Seven met in Japan.",
        "One of the leaders spoke at one-on-one talks.",
        "The two sides signed two-way trade deals.",
        "G7 ministers discussed COVID-19 and 5G.",
        "XIAN, May 18 (Reuters) - Leaders met.",
    ],
)
def test_names_and_idioms_are_not_figures(text: str) -> None:
    assert figures(make_side(segment(text), [0])) == []


def test_number_changed_removed_added() -> None:
    a = "The quake killed 41 people in two towns, officials said on Friday."
    b = "The quake killed 14 people in towns, officials said on Friday, with 300 hurt."
    found = pair(a, b)
    assert [(f.rule, f.message) for f in found if f.rule.startswith("number.")] == [
        ("number.changed", "number changed: 41 people -> 14 people"),
        ("number.removed", "number removed: two towns"),
        ("number.added", "number added: 300 hurt"),
    ]


def test_same_count_of_another_unit_is_a_change() -> None:
    found = pair("The fire burned 12,000 hectares.", "The fire burned 12,000 acres.")
    assert [f.message for f in found] == ["number changed: 12,000 hectares -> 12,000 acres"]


def test_locale_decides_ambiguous_separators() -> None:
    assert rules("Exports were 1.234 tonnes.", "Exports were 1,234 tonnes.") == ["number.changed"]
    assert rules("Exports were 1.234 tonnes.", "Exports were 1234 tonnes.", locale="de") == []


# Names and titles


def test_entity_changed_and_dropped() -> None:
    found = pair(
        "President Xi Jinping met Albert Park of the Asian Development Bank.",
        "President Vladimir Putin met Albert Park.",
    )
    assert [(f.rule, f.a_text, f.b_text) for f in found] == [
        ("entity.changed", "Xi Jinping", "Vladimir Putin"),
        ("entity.dropped", "Asian Development Bank", None),
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kyrgyzstan's President Sadyr Japarov spoke.", "Kyrgyz President Sadyr Japarov spoke."),
        ("Tokayev of Kazakhstan spoke.", "Kazakh leader Tokayev spoke."),
        ("China's foreign ministry said so.", "The Chinese Foreign Ministry said so."),
        ("The U.S. envoy spoke.", "The United States envoy spoke."),
        ("Chinese leader Xi Jinping spoke.", "Chinese leader Xi spoke."),
        ("The premier spoke.", "The prime minister spoke."),
        ("The U.S. Senate passed it.", "The Senate passed it."),
        ("The Treasury Department warned.", "The Treasury warned."),
        ("Gold worth 15 million rupees.", "Gold worth Rs 1.5 crore."),
        ("He landed in Xian to meet Tokayev.", "He landed in Xi'an to meet Tokaev."),
        ("Xi hosted the leaders.", "Xi Jinping hosted the leaders."),
        ("The World Health Organization said so.", "The WHO said so."),
    ],
)
def test_other_forms_of_the_same_entity_are_kept(a: str, b: str) -> None:
    assert not [r for r in rules(a, b) if r.startswith("entity.")]


def test_a_place_replaced_in_an_organisation_name() -> None:
    found = pair("The Chinese Foreign Ministry said so.", "The Russian Foreign Ministry said so.")
    assert [(f.rule, f.a_text, f.b_text) for f in found] == [
        ("entity.changed", "Chinese Foreign Ministry", "Russian Foreign Ministry")
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Minister Lena Kovac presented it.", "Minister Lena Horvat presented it."),
        ("It went to Nordvik Shipping.", "It went to Nordhavn Shipping."),
        ("The World Health Organization published it.", "The World Bank published it."),
    ],
)
def test_a_person_or_organisation_replaced(a: str, b: str) -> None:
    assert "entity.changed" in rules(a, b)


def test_title_dropped() -> None:
    found = pair("Albert Park, chief economist at the bank, spoke.", "Albert Park spoke.")
    assert [(f.rule, f.a_text) for f in found if f.rule.startswith("entity")] == [
        ("entity.dropped", "chief economist")
    ]


# Attribution, hedges, negation


def test_attribution_dropped_added_changed() -> None:
    assert rules("Prices rose, the ministry said.", "Prices rose sharply.") == [
        "attribution.dropped",
        "wording.substitution",
    ]
    assert rules("Prices rose sharply.", "Prices rose sharply, Reuters reported.") == [
        "entity.added",
        "attribution.added",
    ]
    assert "attribution.changed" in rules(
        "Prices rose, according to the Tass news agency.",
        "Prices rose, according to the RIA news agency.",
    )


def test_attribution_to_the_same_source_reworded() -> None:
    assert rules("Prices rose, the ministry said.", "Prices rose, according to the ministry.") == []


def test_hedges() -> None:
    assert rules("He allegedly took bribes.", "He took bribes.") == ["hedge.dropped"]
    assert rules("He took bribes.", "He reportedly took bribes.") == ["hedge.added"]
    assert rules("Talks may resume.", "Talks could resume.") == ["wording.substitution"]
    assert rules("Theresa May spoke.", "Theresa May spoke out.") == []
    assert "hedge.dropped" not in rules(
        "Men suspected of theft.", "Men held on suspicion of theft."
    )
    assert rules("250 homes were destroyed.", "About 250 homes were destroyed.") == ["hedge.added"]
    assert rules("At least 12 died.", "Twelve died.") == ["hedge.dropped"]
    assert rules("He allegedly fired.", "He is accused of firing.") == ["wording.substitution"]


def test_negation() -> None:
    assert rules("He did not resign.", "He resigned.") == [
        "wording.substitution",
        "negation.flipped",
    ]
    assert rules("He resigned.", "He never resigned.") == ["negation.flipped"]
    assert "negation.flipped" not in rules("He did not resign.", "He never resigned.")
    assert "negation.flipped" not in rules(
        "It may not be able to pay.", "It might be unable to pay."
    )
    assert rules("The firm denied paying him.", "The firm admitted paying him.") == [
        "negation.flipped",
        "wording.substitution",
    ]
    assert "negation.flipped" not in rules("It no longer makes steel.", "It stopped making steel.")
    assert "negation.flipped" not in rules("Floods are not unusual.", "Floods are common.")
    assert "negation.flipped" not in rules("Not only A but B.", "A and B.")
    assert "negation.flipped" not in rules("Neither A nor B came.", "Neither B nor A came.")


# Wording


def test_substitution_trims_shared_words() -> None:
    found = pair("China's largest trading partner.", "China’s biggest trading partner.")
    assert [(f.a_text, f.b_text) for f in found] == [("largest", "biggest")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("It linked civilisations.", "It linked civilizations."),
        ("The court did not agree.", "The court didn't agree."),
        ("They deepened co-operation.", "They deepened cooperation."),
        ("The city centre flooded.", "The city center flooded."),
    ],
)
def test_spelling_variants_are_not_substitutions(a: str, b: str) -> None:
    assert "wording.substitution" not in rules(a, b)


def test_no_substitution_for_figures_function_words_or_demonyms() -> None:
    assert rules("It has six staff.", "It has seven staff.") == ["number.changed"]
    assert rules("Russia channels what resources it has.", "Russia channels its resources.") == []
    assert rules("according to China's ministry.", "according to the Chinese ministry.") == []


def test_spacing_only_group() -> None:
    a, b = (
        "The storm cut power to  thousands\nof homes.",
        "The storm cut power to thousands of homes.",
    )
    assert [f.message for f in pair(a, b)] == ["cosmetic only: spacing"]


def test_cosmetic_only_group() -> None:
    found = pair('An "important" deal - signed.', "An “Important” deal – signed.")
    assert [(f.rule, f.message) for f in found] == [
        ("cosmetic", "cosmetic only: quote style, capitalisation, dashes")
    ]


# Boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "By Andrew Hayley",
        "XIAN, China (Reuters) –",
        "Chinese President Xi Jinping (Photo Credit: Chinese Foreign Ministry) Image Credit: ANI",
        "date 2023-05-18 Left Menu",
        "Home | World | Business",
        "Advertisement",
        "LIVE UPDATES: Summit in Xian",
        "(Reporting by Andrew Hayley; Editing by Raju Gopalakrishnan)",
        "(This story has been reclassified to remove a foreign word in paragraph 11)",
        "Email our newsroom at newsroom@example.com",
        "Read more: Xi meets Tokayev",
        "© 2023 Reuters. All rights reserved.",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Follow us on Facebook and X for the latest news.",
        "Subscribe to our morning newsletter for the day's top stories.",
        "By Northwire staff",  # a byline without a person's name
        "By our correspondent",
        "CLOSER TO CHINA",  # a subhead in capitals: page furniture, not a sentence of reporting
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Central Asia leaders converge in China as Xi touts 'enduring' friendship",
        "By Friday, the leaders had agreed on a joint statement.",
        "Related talks were held in Beijing on Monday.",
        "Photographs of the summit were shared widely.",
        "By staff count, the union is the largest in the port.",
        "NATO",  # one word in capitals is not a subhead
        "WHO says cases rise.",
    ],
)
def test_headlines_and_story_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    ("a", "b", "attributed"),
    [
        (
            "Residents were told to stay indoors on Sunday night as a precaution.",
            "Residents were asked to stay indoors on Sunday night as a precaution.",
            False,
        ),
        (
            "Police told all residents to leave their homes in the lower town.",
            "Police ordered all residents to leave their homes in the lower town.",
            False,
        ),
        (
            "The Westgate Bridge will reopen to traffic on Monday, the mayor told Reuters.",
            "The Westgate Bridge will reopen to traffic on Monday.",
            True,
        ),
    ],
)
def test_an_instruction_is_not_an_attribution(a: str, b: str, attributed: bool) -> None:
    report = Comparer(embedder=FakeEmbedder()).compare(a, b)
    rules = {f.rule for f in detect(report.a, report.b, report.alignments)}
    assert ("attribution.dropped" in rules) is attributed
    assert "attribution.added" not in rules


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (  # the closing mark is gone; the words are the same
            "Xi and Tokayev agreed to share “weal and woe”.",
            "Xi and Tokayev agreed to share “weal and woe.",
            [("quote.punctuation", 'closing quotation mark dropped: "weal and woe"')],
        ),
        (  # the quote now runs on over words nobody said: altered, reported once
            "The mayor called the plan “a disgrace” and vowed to fight it in court.",
            "The mayor called the plan “a disgrace and vowed to fight it in court.",
            [
                (
                    "quote.altered",
                    'quote altered: "a disgrace" -> "a disgrace and vowed to fight it in court"',
                )
            ],
        ),
        ("He said “we will win.", "He said “we will win.", []),  # open in A already
    ],
)
def test_a_dropped_closing_quotation_mark(a: str, b: str, expected: list[tuple[str, str]]) -> None:
    report = Comparer(embedder=FakeEmbedder()).compare(a, b)
    found = detect(report.a, report.b, report.alignments)
    assert [(f.rule, f.message) for f in found if f.rule.startswith("quote.")] == expected


MOVED_A = (
    "The port of Rottervik reopened on Monday after the strike.\n\nSetting the tone for the "
    "talks - where Norway will seek deeper cooperation with the Baltic states in its quest "
    "for energy security - the minister said trade would grow.\n\nShips sailed at dawn from "
    "the northern harbour."
)
MOVED_B = (
    "The port of Rottervik reopened on Monday after the strike.\n\nSetting the tone for the "
    "talks, the minister said trade would grow.\n\nShips sailed at dawn from the northern "
    "harbour, as Norway seeks deeper cooperation with the Baltic states in its quest for "
    "energy security."
)
CUT_B = MOVED_B.split(", as Norway", maxsplit=1)[0] + "."


@pytest.mark.parametrize(
    ("b", "reported"),
    [
        (MOVED_B, []),  # the clause moved to another sentence: no name was lost or added
        (CUT_B, [("entity.dropped", "Norway"), ("entity.dropped", "Baltic")]),
    ],
)
def test_names_in_a_clause_moved_to_another_sentence_are_not_dropped(
    b: str, reported: list[tuple[str, str]]
) -> None:
    report = Comparer(embedder=FakeEmbedder()).compare(MOVED_A, b)
    found = detect(report.a, report.b, report.alignments)
    entity = [(f.rule, f.a_text or f.b_text) for f in found if f.rule.startswith("entity.")]
    assert entity == reported
