"""Figures on real copy (#14): one value restated in another form is one fact.

Each test shows the rule both ways: the restatement is not reported, and a real change
next to it still is.
"""

from __future__ import annotations

from driftcheck.findings import detect
from driftcheck.findings.context import make_side
from driftcheck.findings.figures import figures
from driftcheck.findings.once import first_mentions
from driftcheck.findings.rules import finding
from driftcheck.segment import segment
from driftcheck.types import AlignmentGroup, Kind
from tests.test_findings_rules import pair


def kinds(text: str) -> list[tuple[str, str]]:
    doc = segment(text)
    return [(f.text, f.kind) for f in figures(make_side(doc, range(len(doc.sentences))))]


def numbers(a: str, b: str) -> list[str]:
    return [f.message for f in pair(a, b) if f.rule.startswith("number.")]


def test_a_distance_restated_in_other_units_is_one_figure() -> None:
    a = "Asylum-seekers in Cardiff, 155 miles (240 kilometers) west of London, were moved."
    b = "Asylum-seekers in Cardiff were moved, the Home Office said."
    assert numbers(a, b) == ["number removed: 155 miles"]
    c = "Officials said the quake was shallow."
    d = "Officials said the quake was 23 kilometers (14 miles) deep."
    assert numbers(c, d) == ["number added: 23 kilometers"]


def test_a_conversion_into_another_currency_or_a_new_distance_is_still_reported() -> None:
    a = "The fine was paid, officials said."
    b = "The fine of 100 euros ($110) was paid, officials said."
    assert numbers(a, b) == ["number added: 100 euros", "number added: $110"]
    c = "The 30cm waves reached the coast."
    d = "The 30cm (1ft) waves reached the coast 5km inland."
    assert numbers(c, d) == ["number added: 5km inland"]


def test_a_time_on_the_24_hour_clock_is_read_as_a_time() -> None:
    assert kinds("Troops will stop at 0600 on 26 October.") == [
        ("0600", "time"),
        ("26 October", "date"),
    ]
    assert kinds("Polls close at 2200 GMT, and at 1830 BST in the north.") == [
        ("2200", "time"),
        ("1830", "time"),
    ]
    assert kinds("The castle was built in 1830 by the duke.") == [("1830", "year")]


def test_a_time_restated_in_another_zone_is_not_a_change() -> None:
    a = "Operations will cease as of 0600 on 26 October, the army said."
    b = "Operations will cease as of 06:00 (03:00GMT) on 26 October, the army said."
    assert numbers(a, b) == []
    c = "Operations will cease as of 07:00 (04:00GMT) on 26 October, the army said."
    assert numbers(a, c) == ["number changed: 0600 -> 07:00"]


def test_a_year_is_still_there_in_a_month_of_it() -> None:
    a = "France is under a state of emergency after deadly attacks in 2015 and 2016."
    b = "Attacks have killed at least 235 people in France since January 2015."
    assert "number removed: 2015" not in numbers(a, b)
    assert "number removed: 2016" in numbers(a, b)
    c = "Banks have closed 1,000 branches since January 2015, Which? said."
    d = "Banks have closed 1,000 branches since the start of 2015, Which? said."
    assert numbers(c, d) == []


def test_a_year_beside_a_day_of_it_may_date_another_event() -> None:
    a = "The referendum is held on 18 September 2014."
    b = "A convention is due by the end of 2014. The referendum is held on 18 September 2014."
    assert "number added: 2014" in numbers(a, b)


def test_a_figure_paired_with_another_count_while_its_value_stays_is_no_change() -> None:
    a = "John Allen, 73, was convicted. Allen, 73, ran the homes."
    b = "John Allen, 73, was convicted. Allen had denied 40 charges while he ran the homes."
    assert numbers(a, b) == ["number added: 40 charges"]
    c = "Allen, 73, ran the homes."
    d = "Allen, 74, ran the homes."
    assert numbers(c, d) == ["number changed: 73 -> 74"]


def test_a_toll_changed_is_a_change_though_another_event_had_the_old_toll() -> None:
    a = "At least 17 people died in 2003. The crash killed 17 people."
    b = "At least 17 people died in 2003. The crash killed 18 people."
    assert numbers(a, b) == ["number changed: 17 people -> 18 people"]


def test_a_figure_removed_and_omitted_again_is_lost_once() -> None:
    removed = finding("number.removed", "number removed: five", 0, a_text="five")
    other = finding("number.omitted", "number omitted: two", 1, a_text="two")
    again = finding("number.omitted", "number omitted: five cars", 1, a_text="five")
    assert first_mentions([removed, other, again]) == [removed, other]
    added = finding("number.added", "number added: five", 2, b_text="five")
    assert first_mentions([removed, added]) == [removed, added]


def rewritten(kept: str, cut: str, new: str, gap: str = " ") -> list[str]:
    """Number findings when A's second sentence is omitted and B's second one added."""
    a, b = segment(f"{kept}{gap}{cut}"), segment(f"{kept}{gap}{new}")
    groups = [
        AlignmentGroup((0,), (0,), Kind.UNCHANGED, 1.0),
        AlignmentGroup((1,), (), Kind.OMITTED, None),
        AlignmentGroup((), (1,), Kind.ADDED, None),
    ]
    return [f.message for f in detect(a, b, groups) if f.rule.startswith("number.")]


def test_a_toll_updated_in_a_rewritten_sentence_is_one_change() -> None:
    kept = "The strike hit the town on Friday."
    cut = "The attack killed 87 people, officials said."
    new = "Rouhani condemned the attack which killed at least 70 people."
    assert rewritten(kept, cut, new) == ["number changed: 87 people -> 70 people"]
    spaced = "Rouhani  condemned the attack\nwhich killed at least 70 people."
    assert rewritten(kept, cut, spaced, gap="\n\n") == ["number changed: 87 people -> 70 people"]


def test_counts_of_other_things_or_orders_apart_stay_apart() -> None:
    kept = "The train derailed on Sunday."
    cut = "Officials said 126 people were injured."
    new = "In 2011, six people were killed in another crash."
    assert rewritten(kept, cut, new) == [
        "number omitted: 126 people",
        "number added: 2011",
        "number added: six people",
    ]
    other = "Officials said 120 passengers were injured."
    assert rewritten(kept, cut, other) == [
        "number omitted: 126 people",
        "number added: 120 passengers",
    ]


def test_a_toll_counted_by_its_fate_is_one_change_however_it_is_written() -> None:
    kept = "A suicide bomber struck a wedding hall in Kabul on Tuesday."
    cut = "A ministry spokesman said another 60 people were wounded in the attack."
    new = "The initial figures were 43 dead and 82 wounded, the ministry said."
    assert rewritten(kept, cut, new) == [
        "number changed: 60 people -> 82",
        "number added: 43 dead",
    ]
    grown = "At least 40 people were killed, officials said."
    assert rewritten(kept, "At least four people had been killed.", grown) == [
        "number changed: four people -> 40 people"
    ]


def test_a_toll_of_another_group_does_not_hide_the_story_toll() -> None:
    kept = "Five media workers were killed in the blast in Kabul on Tuesday."
    cut = "Officials said at least four people had been killed."
    new = "At least 40 people were killed, officials said."
    assert rewritten(kept, cut, new) == ["number changed: four people -> 40 people"]


def test_a_toll_of_another_group_or_another_order_stays_apart() -> None:
    kept = "A train derailed in Taiwan on Sunday."
    cut = "A spokesman said 126 people were injured."
    new = "In 2011, more than 50 others were injured after a tree fell on a train."
    assert rewritten(kept, cut, new) == [
        "number omitted: 126 people",
        "number added: 2011",
        "number added: 50 others",
    ]
    far = rewritten(kept, "At least four people were killed.", "In all, 400 were killed.")
    assert far == ["number omitted: four people", "number added: 400"]


def test_a_toll_told_twice_in_a_version_stays_apart() -> None:
    kept = "A bomb hit a market in Kabul on Tuesday."
    cut = "Officials said 60 people were wounded."
    new = "The initial figures were 82 wounded, and later 90 wounded."
    assert rewritten(kept, cut, new) == [
        "number omitted: 60 people",
        "number added: 82",
        "number added: 90",
    ]


def test_a_date_told_as_the_day_named_for_it_is_kept() -> None:
    kept = "The gunman was caught on Monday, police said."
    cut = "The attack came just after midnight on Jan 1."
    new = "The attack came early on New Year's Day, killing 39 people."
    assert rewritten(kept, cut, new) == ["number added: 39 people"]
    eve = "The parade was held on December 24 in the old town."
    assert numbers(eve, "The parade was held on Christmas Eve in the old town.") == []


def test_another_date_than_the_day_named_is_still_reported() -> None:
    kept = "The gunman was caught on Monday, police said."
    cut = "The attack came just after midnight on Jan 2."
    new = "The attack came a day after New Year's Day, killing 39 people."
    assert rewritten(kept, cut, new) == ["number omitted: Jan 2", "number added: 39 people"]


def test_twin_before_a_plural_noun_states_two() -> None:
    a = "The speaker said the twin blasts targeted a gas station, Reuters reported."
    b = "The speaker described the attack as two car bomb blasts targeting a gas station."
    assert numbers(a, b) == []
    c = "The speaker said his twin brother saw the blast at a gas station."
    d = "The speaker said his two brothers saw the blast at a gas station."
    assert numbers(c, d) == ["number added: two brothers saw"]
