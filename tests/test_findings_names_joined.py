"""Names on real copy (#14), eighth pass: a sentence the segmenter left joined ends at a web
address or a full stop, and the word after it opens a sentence."""

from __future__ import annotations

from tests.test_findings_names_copy import named


def test_a_word_after_a_web_address_opens_a_line_and_is_no_name() -> None:
    found = named("Read Okafor on Twitter at www.twitter.com/mokafor Find her work on the site.")
    assert "Find" not in found
    assert "Twitter" in found
    assert "Link" not in named("Posted at https://apnews.com/3708830b Link copied to Okafor.")


def test_a_word_after_a_full_stop_left_inside_a_sentence_is_no_name() -> None:
    quoted = "He told her: ''There's a warrant out for your arrest from 2002. Apparently you rented"
    assert "Apparently" not in named(quoted + " a film.''")
    assert "We'll" not in named("The club tweeted: ''Okafor was hurt at West Ham. We'll see.''")


def test_a_name_after_an_abbreviation_or_seen_mid_sentence_is_still_a_name() -> None:
    assert "Rooney" in named("The club tweeted: ''Okafor left Acme Corp. Rooney will play.''")
    assert "Okafor" in named("The unit was led by Gen. Okafor on Monday.")
    seen = "The club tweeted: ''Okafor was hurt at West Ham. Rooney will play.''"
    assert "Rooney" in named(seen + " Fans cheered Rooney.")
