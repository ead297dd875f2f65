"""Quotes on real copy (#14): two apostrophes as quotation marks, run-on quotes, titles."""

from __future__ import annotations

from driftcheck import Comparer
from driftcheck.findings.context import make_side
from driftcheck.findings.once import first_mentions
from driftcheck.findings.quote_marks import Quote, find_quotes
from driftcheck.findings.quotes import in_group, title_like
from driftcheck.findings.rules import finding
from driftcheck.segment import segment
from driftcheck.testing import FakeEmbedder
from tests.test_findings_rules import quoted


def test_two_apostrophes_are_one_double_quotation_mark() -> None:
    text = "He would veto the budget ''if necessary''. It was ''a bad deal'', he said."
    assert quoted(text) == ["if necessary", "a bad deal"]


def test_a_quote_nested_in_two_apostrophes_does_not_unpair_them() -> None:
    text = "He said: ''I told them, 'This is not in our interest.' We left.'' Talks ended."
    assert quoted(text) == ["I told them, 'This is not in our interest.' We left."]


def test_a_quote_reopened_without_a_close_starts_a_new_quote() -> None:
    # wire copy leaves a quote open when it runs into the next paragraph; flattened
    # into one paragraph, the next opening mark is a new quote, not a close
    text = "He said: ''I sat at that table. ''They know I can say no. '' He then left."
    assert [q.strip() for q in quoted(text)] == ["I sat at that table.", "They know I can say no."]
    straight = 'He said: "I sat at that table. "They know I can say no. " He then left.'
    assert [q.strip() for q in quoted(straight)] == [
        "I sat at that table.",
        "They know I can say no.",
    ]


def test_a_closing_mark_after_text_still_closes() -> None:
    assert quoted('"Yes," he said, "we will go."') == ["Yes,", "we will go."]
    assert quoted("''Yes,'' he said, ''we will go.''") == ["Yes,", "we will go."]


def test_a_title_may_open_with_a_numeral() -> None:
    assert title_like("20th Century Women")
    assert not title_like("20 people were killed")
    assert not title_like("we will not go")


def test_a_quotation_over_several_groups_is_added_once() -> None:
    # one quotation whose sentences the aligner put in two added groups
    quotes = ((), (Quote(10, 80), Quote(90, 120)))
    found = [
        finding("quote.added", "quote added: first part", 1, b_span=(10, 40), b_text="first"),
        finding("quote.added", "quote added: second part", 2, b_span=(42, 79), b_text="second"),
        finding("quote.added", "quote added: another quote", 3, b_span=(90, 119), b_text="other"),
    ]
    kept = first_mentions(found, quotes)
    assert [f.message for f in kept] == ["quote added: first part", "quote added: another quote"]
    assert len(first_mentions(found)) == 3  # without the quotations, three quotes


def test_two_quotations_added_are_both_reported() -> None:
    a = "The minister spoke in Leeds on Monday about the new budget plans."
    b = (
        "The minister spoke in Leeds on Monday about the new budget plans. "
        '"Nobody wanted this outcome at all." '
        '"Farmers deserve a fair settlement," she said.'
    )
    report = Comparer(embedder=FakeEmbedder(), use_cache=False).compare(a, b)
    added = [f.b_text for f in report.findings if f.rule == "quote.added"]
    assert added == ["Nobody wanted this outcome at all", "Farmers deserve a fair settlement"]


def test_a_group_reads_only_the_quotes_over_its_own_sentences() -> None:
    text = (
        '"We will rebuild," the mayor said. The council met. '
        'She called it "a long night." Then "nothing more" was said.'
    )
    doc = segment(text)
    quotes = find_quotes(doc)

    def inside(*sentences: int) -> list[str]:
        side = make_side(doc, sentences)
        return [side.text[start:end] for start, end in in_group(side, quotes)]

    assert inside(1) == []
    assert inside(0) == ["We will rebuild"]
    assert inside(2) == ["a long night"]
    assert inside(1, 2, 3) == ["a long night", "nothing more"]
    assert inside(0, 3) == ["We will rebuild", "nothing more"]  # not the quote between


def test_single_marks_beside_double_quoted_speech_set_off_a_term_not_a_quote() -> None:
    text = "He wore trainers with a 'Nike swoosh'. ''We are worried,'' police said."
    assert quoted(text) == ["We are worried,"]
    crosshead = "'Serious questions' The sheriff said: ''The evidence is clear.''"
    assert quoted(crosshead) == ["The evidence is clear."]


def test_single_marks_quote_speech_where_the_copy_has_no_double_marks() -> None:
    text = "'We are worried,' police said. He wore trainers with a 'Nike swoosh'."
    assert quoted(text) == ["We are worried,", "Nike swoosh"]
