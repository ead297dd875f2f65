"""Figures on real copy (#14, h-prec12): ranges with "between ... and", phone numbers, list
numbers, slashes, "a million" and dates in two spellings read as news copy writes them.

Each test shows the rule both ways: what the rule reads (or leaves out), and a figure
beside it that is still read or reported.
"""

from __future__ import annotations

from driftcheck.findings.once import first_mentions
from driftcheck.findings.rules import finding
from tests.test_findings_figures_copy import added
from tests.test_findings_figures_forms import kinds, numbers, rewritten


def test_between_and_joins_the_two_ends_of_a_range() -> None:
    a = "She was jailed, officials said."
    b = "She was jailed for between four and seven years, officials said."
    assert added(a, b) == ["four"]
    c = "Police say he is 43 and from Runcorn."
    d = "Police say he is 43 and was jailed in 2011 and 2014."
    assert added(c, d) == ["2011", "2014"]  # "and" without "between" joins no range


def test_a_range_cut_and_a_count_of_the_same_thing_added_is_one_change() -> None:
    kept = "A body was found in the water on Saturday."
    cut = "Police say he is aged between 45 and 50 years old."
    new = "Police said the man was a 43-year-old from Runcorn."
    assert rewritten(kept, cut, new) == ["number changed: 45 -> 43"]
    other = "Police said the man had been missing for 43 days."
    assert rewritten(kept, cut, other) == ["number omitted: 45", "number added: 43 days"]


def test_a_phone_number_is_no_quantity() -> None:
    assert kinds("Text them to 61124 (UK) or +44 7624 800 100 (International).") == []
    assert kinds("Anyone with information is asked to contact 029 20527303.") == []
    assert kinds("Anyone with information should call police on 101.") == []
    assert kinds("Call 0800 555 for help.") == []
    assert kinds("He called police on 12 occasions, and 44 officers came.") == [
        ("12", "count"),
        ("44", "count"),
    ]
    assert kinds("The score was 0.5 points higher.") == [("0.5", "count")]


def test_a_phone_number_changed_is_no_figure_changed() -> None:
    a = "Anyone with information is asked to contact 029 20527303."
    b = "Anyone with information is asked to contact 02920 527303."
    assert numbers(a, b) == []
    c = "Anyone with information is asked to contact 029 20527303 about the 12 cars."
    d = "Anyone with information is asked to contact 029 20527303 about the 15 cars."
    assert numbers(c, d) == ["number changed: 12 cars -> 15 cars"]


def test_a_million_is_one_million() -> None:
    assert kinds("Floods forced nearly a million people from their homes.") == [
        ("a million", "count")
    ]
    assert kinds("He became a millionaire in a year.") == []
    a = "Floods forced nearly a million people to leave their homes, officials said."
    b = "Floods forced nearly one million people to leave their homes, officials said."
    assert numbers(a, b) == []
    c = "Floods forced nearly two million people to leave their homes, officials said."
    assert numbers(a, c) == ["number changed: a million people -> two million people"]


def test_a_number_opening_a_list_item_is_no_figure() -> None:
    text = "The winners are: 6. Adrian Wade: the cuts bit. 5. Bob Hammersley: 12 people came."
    assert kinds(text) == [("12", "count")]
    assert kinds("The toll rose to 5. Police said 3 people were hurt.") == [
        ("5", "count"),
        ("3", "count"),
    ]
    a = "The best entries follow."
    b = "The best entries follow. 5. Bob Hammersley: the cuts bit."
    assert numbers(a, b) == []


def test_digits_joined_by_a_slash_are_no_figure_but_a_mixed_fraction_is_one() -> None:
    assert kinds("He joined the Taliban after the 9/11 attacks, open 24/7.") == []
    assert kinds("They sought 2 1/2 years for him and 2 years for her.") == [
        ("2 1/2", "count"),
        ("2", "count"),
    ]
    a = "Prosecutors sought 2 years for him."
    b = "Prosecutors sought 2 1/2 years for him."
    assert numbers(a, b) == ["number changed: 2 years -> 2 1/2 years"]


def test_a_new_date_in_another_spelling_is_added_once() -> None:
    first = finding("number.added", "number added: 8 Sept 1995", 0, b_text="8 Sept 1995")
    again = finding("number.added", "number added: 8 September 1995", 1, b_text="8 September 1995")
    other = finding("number.added", "number added: 9 September 1995", 2, b_text="9 September 1995")
    assert first_mentions([first, again, other]) == [first, other]
    sum_ = finding("number.added", "number added: $5m", 0, b_text="$5m")
    same_sum = finding("number.added", "number added: $5 million", 1, b_text="$5 million")
    assert first_mentions([sum_, same_sum]) == [sum_]


def test_a_count_in_another_spelling_may_count_another_thing() -> None:
    four = finding("number.added", "number added: four", 0, b_text="four")
    age = finding("number.added", "number added: 4-year-old son", 1, b_text="4")
    assert first_mentions([four, age]) == [four, age]


def test_a_number_after_a_capitalised_word_is_part_of_its_name() -> None:
    assert kinds("Britain will trigger Article 50 in March.") == [("March", "date")]
    assert kinds("Banks will move before the end of the Article 50 process.") == []
    assert kinds("Van Dyke shot Laquan 16 times.") == [("16", "count")]
    assert kinds("Van Dyke shot Laquan 16 times in 2014.") == [("16", "count"), ("2014", "year")]


def test_a_measure_restated_after_or_is_kept_in_either_unit() -> None:
    a = "The square is about 200 meters, or 660 feet, from the train station."
    b = "The square is a major tourist destination about 660 feet away from the station."
    assert numbers(a, b) == []
    c = "The square is a major tourist destination about 700 feet away from the station."
    assert numbers(a, c) == ["number changed: 200 meters -> 700 feet away"]
    d = "The painting sold for $107 million, or $119,922,500 including commission."
    e = "The painting sold for $107 million at the auction, officials said."
    assert numbers(d, e) == ["number removed: $119,922,500"]  # a sum and a sum: two facts


def test_a_measure_restated_in_brackets_is_kept_in_either_unit() -> None:
    kept = "Asylum-seekers were moved, the Home Office said."
    cut = "Cardiff is 155 miles (240 kilometers) west of London."
    new = "Cardiff lies 240 kilometers west of London, officials said."
    assert rewritten(kept, cut, new) == []


def test_a_number_word_opening_a_clause_after_a_spaced_dash_is_a_figure() -> None:
    assert kinds("17 Sept 2015 - Three men in their 50s are arrested.") == [
        ("17 Sept 2015", "date"),
        ("Three", "count"),
        ("50s", "decade"),
    ]
    assert kinds("Police said: Two people were hurt.") == [("Two", "count")]
    assert kinds("The Group of Seven met in Rome.") == []  # a capital inside a name


def test_several_dozen_is_no_number_but_a_dozen_is_twelve() -> None:
    assert kinds("Several dozen soldiers have been killed.") == []
    assert kinds("A few dozen people came.") == []
    assert kinds("He saw a dozen people.") == [("dozen", "count")]


def test_a_style_sheet_rule_left_in_scraped_copy_holds_no_figure() -> None:
    a = "Two workers were rescued from the tower on Wednesday, officials said."
    b = a + " Buy Photo wp-gallery-video{width:100%; height:100%} Close"
    assert numbers(a, b) == []
    c = "Two workers were rescued from the tower on Wednesday, officials said, 100% safe."
    assert numbers(a, c) == ["number added: 100%"]


def test_a_reporting_period_and_the_date_it_ends_on_are_one_figure() -> None:
    a = "Samsung lowered its profit estimate, the company said."
    b = "Samsung lowered its profit estimate for the three months to 30 September."
    assert numbers(a, b) == ["number added: three months"]
    c = "Samsung lowered its profit estimate for the three months to 30 June."
    assert numbers(c, b) == ["number changed: 30 June -> 30 September"]
    d = "Samsung lowered its estimate for three months, to 30 September."
    assert numbers(a, d) == ["number added: three months", "number added: 30 September"]


def test_an_age_or_a_year_after_mid_early_or_late_is_read() -> None:
    assert kinds("The man, in his mid-twenties, was seen by mid-2015.") == [
        ("twenties", "decade"),
        ("2015", "year"),
    ]
    assert kinds("A one-on-one meeting on COVID-19.") == []
    a = "Police say the man is in his 20s or 30s, and was found on 11 September."
    b = "Police say the man is in his mid-twenties to mid-thirties, and was found on 11 September."
    assert numbers(a, b) == []
    c = "Police say the man is in his 20s, and was found on 11 September."
    d = "Police say the man is in his late-forties, and was found on 11 September."
    assert numbers(c, d) == ["number changed: 20s -> forties"]
