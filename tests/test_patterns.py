"""The news-copy shapes several stages share (driftcheck.patterns)."""

from __future__ import annotations

import pytest

from driftcheck.patterns import ENDS_SENTENCE, dateline
from driftcheck.segment import segment


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("XIAN, China (Reuters) – Leaders met.", "XIAN, China (Reuters) –"),
        ("NEW YORK, May 18 - Shares fell.", "NEW YORK, May 18 -"),
        ("XIAN, China, May 18 (Reuters) - Leaders met.", "XIAN, China, May 18 (Reuters) -"),
        ("BERLIN, 18. Juli (Wire) - Die Preise stiegen.", "BERLIN, 18. Juli (Wire) -"),
        ("МОСКВА, 18 мая (Рейтер) - Цены выросли.", "МОСКВА, 18 мая (Рейтер) -"),
        ("ПОРТ-АРЛЕН, 14 марта (Wire) - Цены выросли.", "ПОРТ-АРЛЕН, 14 марта (Wire) -"),
        ("WILKES-BARRE, Pa. - Prices rose.", "WILKES-BARRE, Pa. -"),
        ("Paris - the mayor said.", None),
        ("A - B testing works.", None),
        ("The council (in session) - met.", None),
    ],
)
def test_a_dateline_is_a_place_in_capitals_then_a_dash(text: str, found: str | None) -> None:
    match = dateline(text)
    assert (None if match is None else match.group()) == found


def test_the_segmenter_splits_the_same_datelines_the_findings_skip() -> None:
    text = "XIAN, China, May 18 (Reuters) - Leaders met on Thursday. They agreed."
    assert [s.text for s in segment(text).sentences] == [
        "XIAN, China, May 18 (Reuters) -",
        "Leaders met on Thursday.",
        "They agreed.",
    ]


@pytest.mark.parametrize(
    ("line", "ends"),
    [("He left.", True), ("She asked: ", True), ("“We won!”", True), ("CLOSER TO CHINA", False)],
)
def test_a_sentence_end(line: str, ends: bool) -> None:
    assert bool(ENDS_SENTENCE.search(line)) is ends
