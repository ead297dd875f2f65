"""Attribution on real copy (#14): an attribution the other version gives in another group."""

from __future__ import annotations

from driftcheck.diff import word_diff
from driftcheck.findings import detect
from driftcheck.findings.context import make_side
from driftcheck.findings.reporting import Said
from driftcheck.normalize import tidy
from driftcheck.segment import segment
from driftcheck.types import AlignmentGroup, Kind

A_LEAD = (
    "Lawmakers will debate a motion to remove the mayor from office after the city's highest "
    "court said he broke the law. The vote is due on Tuesday."
)
B_LEAD = "Lawmakers will debate a motion to remove the mayor from office."


def attribution_rules(a_text: str, b_text: str) -> list[str]:
    """Attribution rules when A's sentence n is paired with B's sentence n, one group each."""
    a, b = segment(a_text), segment(b_text)
    groups = [
        AlignmentGroup(
            (n,),
            (n,),
            Kind.CHANGED,
            0.9,
            diff=word_diff(tidy(a.sentences[n].text), tidy(b.sentences[n].text)),
        )
        for n in range(len(a.sentences))
    ]
    return [f.rule for f in detect(a, b, groups) if f.rule.startswith("attribution.")]


def test_an_attribution_moved_to_another_sentence_is_not_dropped() -> None:
    b = (
        B_LEAD
        + " The vote is due on Tuesday, after the city's highest court said he broke the law."
    )
    assert attribution_rules(A_LEAD, b) == []


def test_an_attribution_left_out_of_every_sentence_is_dropped() -> None:
    b = B_LEAD + " The vote is due on Tuesday."
    assert attribution_rules(A_LEAD, b) == ["attribution.dropped"]


def test_the_statement_given_elsewhere_to_another_source_is_still_dropped() -> None:
    b = B_LEAD + " The vote is due on Tuesday, after the governor said he broke the law."
    assert "attribution.dropped" in attribution_rules(A_LEAD, b)


CAMPS = "Around 300 families live in the camps"


def test_an_attribution_the_other_version_gives_elsewhere_is_not_added() -> None:
    a = f"{CAMPS}. Local officials say more remain unaccounted."
    b = f"{CAMPS}, but officials say more remain unaccounted. The census began this week."
    assert attribution_rules(a, b) == []


def test_an_attribution_the_other_version_gives_nowhere_is_added() -> None:
    a = f"{CAMPS}. The census began on Monday."
    b = f"{CAMPS}, but officials say more remain unaccounted. The census began this week."
    assert attribution_rules(a, b) == ["attribution.added"]


def said_in(text: str) -> Said:
    """The attributions of a whole version, read once."""
    doc = segment(text)
    return Said(make_side(doc, range(len(doc.sentences))))


STORY = (
    "The storm closed the port on Monday. Chinese officials said 40 ships were stranded. "
    "Repairs will take a week, the harbour master said."
)


def test_a_version_gives_a_statement_to_a_source_in_any_of_its_forms() -> None:
    said = said_in(STORY)
    assert said.gives(("china",), {"ships", "stranded"})  # Chinese officials: China
    assert said.gives(("harbour",), {"repairs", "week"})  # the source before or after


def test_a_version_does_not_give_a_statement_to_another_source_or_across_sentences() -> None:
    said = said_in(STORY)
    assert not said.gives(("japan",), {"ships", "stranded"})  # another source
    assert not said.gives(("china",), {"ships", "port"})  # "port" is in another sentence
    assert not said.gives(("storm",), {"port", "closed"})  # that sentence attributes nothing


def test_a_version_gives_a_statement_when_one_sentence_keeps_most_of_its_words() -> None:
    said = said_in(STORY)
    assert said.gives(("china",), {"ships", "stranded", "alive"})  # two words of three
    assert not said.gives(("china",), {"ships", "alive", "tugs"})  # one of three


def test_a_statement_attributed_elsewhere_with_most_of_its_words_is_not_dropped() -> None:
    a = (
        "Divers searched the wreck until dusk. The coastguard said the crew had been "
        "rescued alive from the northern harbour."
    )
    b = (
        "The coastguard said the crew had been rescued from the northern harbour. The "
        "northern harbour, where the crew had been rescued alive, reopened on Friday."
    )
    assert attribution_rules(a, b) == []
