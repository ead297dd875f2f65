"""Word diff: whole-word edits, cosmetic differences told apart, deterministic."""

from __future__ import annotations

from driftcheck.diff import tokenize, word_diff
from driftcheck.types import DiffToken, Op


def ops(tokens: tuple[DiffToken, ...]) -> list[tuple[str, str]]:
    return [(t.op.value, t.text) for t in tokens]


def test_tokens_join_back_to_the_text() -> None:
    text = "Kazakhstan leading with $31 billion, Xi's 1,234.5 one-on-one — “quote”"
    assert "".join(tokenize(text)) == text
    assert "$31" in tokenize(text)
    assert "1,234.5" in tokenize(text)
    assert "one-on-one" in tokenize(text)


def test_substitution_is_whole_words() -> None:
    diff = word_diff("share weal and woe together", "share happiness and misfortune together")
    assert ops(diff) == [
        ("equal", "share "),
        ("delete", "weal and woe"),
        ("insert", "happiness and misfortune"),
        ("equal", " together"),
    ]


def test_no_partial_word_edits() -> None:
    assert ops(word_diff("the text", "the test")) == [
        ("equal", "the "),
        ("delete", "text"),
        ("insert", "test"),
    ]


def test_quote_dash_and_case_are_cosmetic() -> None:
    diff = word_diff('An "important" deal - signed', "An “Important” deal – signed")
    assert [t.op for t in diff] == [Op.EQUAL, Op.COSMETIC, Op.EQUAL, Op.COSMETIC, Op.EQUAL]
    assert diff[1].text == "“Important”"
    assert diff[1].a_text == '"important"'
    assert diff[1].to_json() == ["cosmetic", "“Important”", '"important"']


def test_strict_counts_cosmetic_changes_as_edits() -> None:
    diff = word_diff('a "b" c', "a “b” c", strict=True)
    assert {t.op for t in diff} >= {Op.DELETE, Op.INSERT}
    assert Op.COSMETIC not in {t.op for t in diff}


def test_whitespace_differences_are_not_drift() -> None:
    assert ops(word_diff("two  spaces\nhere", "two spaces here")) == [("equal", "two spaces here")]


def test_number_change_is_an_edit() -> None:
    diff = word_diff("trade hit $70 billion", "trade hit $75 billion")
    assert ("delete", "$70") in ops(diff)
    assert ("insert", "$75") in ops(diff)


def test_deterministic() -> None:
    a = "Central Asian heads of state converged in China's historic city " * 20
    b = "Central Asian heads of state gathered in the historic city " * 20
    assert word_diff(a, b) == word_diff(a, b)
