"""Segmentation: news-aware sentence spans that slice the original text."""

from __future__ import annotations

from pathlib import Path

import pytest

from driftcheck.segment import segment

SEEDS = Path(__file__).parent.parent / "corpus" / "xian-summit"


def texts(raw: str) -> list[str]:
    return [s.text for s in segment(raw).sentences]


@pytest.mark.parametrize("name", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_seed_spans_slice_the_original(name: str) -> None:
    raw = (SEEDS / name).read_text(encoding="utf-8")
    doc = segment(raw)
    assert doc.sentences
    for n, sentence in enumerate(doc.sentences):
        assert sentence.index == n
        assert raw[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
    starts = [s.start for s in doc.sentences]
    assert starts == sorted(starts)


def test_reuters_seed_has_no_garbage_sentences() -> None:
    raw = (SEEDS / "002_51cd509281dfdc71.txt").read_text(encoding="utf-8")
    found = texts(raw)
    assert all(any(ch.isalpha() for ch in text) for text in found)
    assert not any(text[0] in ".,“”" and len(text) < 40 for text in found)
    park = [t for t in found if "Park told Reuters in Beijing" in t]
    assert len(park) == 1
    assert park[0].startswith("“As part of that")


def test_dateline_headline_and_subhead_are_segments_of_their_own() -> None:
    raw = (SEEDS / "002_51cd509281dfdc71.txt").read_text(encoding="utf-8")
    found = texts(raw)
    assert found[:2] == ["By Andrew Hayley", "XIAN, China (Reuters) –"]
    assert found[2].startswith("Central Asian heads of state gathered")
    assert "CLOSER TO CHINA" in found


def test_abbreviations_and_amounts_do_not_end_sentences() -> None:
    raw = "U.S. Gen. Mark Smith met Mr. Jones at 3 p.m. on Friday. Trade hit $15.5 billion. Done."
    assert texts(raw) == [
        "U.S. Gen. Mark Smith met Mr. Jones at 3 p.m. on Friday.",
        "Trade hit $15.5 billion.",
        "Done.",
    ]


def test_quote_with_several_sentences_splits_at_its_sentence_ends() -> None:
    raw = "He said: “Go now. Then stop.” She agreed."
    assert texts(raw) == ["He said: “Go now.", "Then stop.”", "She agreed."]


def test_quoted_sentences_keep_attribution_and_marks_on_their_side() -> None:
    raw = (
        "“But stop,” said the Bat; “I am not a mouse. Don’t you see my wings?” "
        '"We will act. We are ready," officials said. "Go." It ended.'
    )
    assert texts(raw) == [
        "“But stop,” said the Bat; “I am not a mouse.",
        "Don’t you see my wings?”",
        '"We will act. We are ready," officials said.',
        '"Go."',
        "It ended.",
    ]


def test_quote_split_keeps_abbreviations_apostrophes_and_attributions() -> None:
    raw = (
        "“The U.S. will act,” Mr. Smith said. “Spare me!” begged the Mouse. "
        "At this point you're thinking, 'sign me up!' , right? « Oui. Non » dit-il."
    )
    assert texts(raw) == [
        "“The U.S. will act,” Mr. Smith said.",
        "“Spare me!” begged the Mouse.",
        "At this point you're thinking, 'sign me up!' , right?",
        "« Oui.",
        "Non » dit-il.",
    ]


def test_a_quotation_whose_marks_do_not_pair_stays_whole_before_its_attribution() -> None:
    raw = (
        '„Wir sind nicht gegen das Werk. Wir sind dagegen", sagte Brill. '
        '«No. Nunca. Jamás", dijo. „Eins. Zwei. Drei. Vier. Fünf", sagte er. „Ja." Gut.'
    )
    sentences = [s.text for s in segment(raw, language="de").sentences]
    assert sentences[:2] == [
        '„Wir sind nicht gegen das Werk. Wir sind dagegen", sagte Brill.',
        '«No. Nunca. Jamás", dijo.',
    ]
    assert sentences[2:4] == ["„Eins.", "Zwei."]  # five sentences: not one quotation
    assert sentences[-2:] == ['„Ja."', "Gut."]


def test_headline_line_without_period_ends_a_paragraph() -> None:
    doc = segment("Leaders meet in Xian\nThe leaders met on Thursday. They talked.")
    assert [s.text for s in doc.sentences] == [
        "Leaders meet in Xian",
        "The leaders met on Thursday.",
        "They talked.",
    ]
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1]


def test_hard_wrapped_lines_are_joined() -> None:
    raw = (
        "The minister met with President\n"
        "Biden on Tuesday to discuss the\n"
        "Trade pact that was signed in May\n"
        "by both countries.\n"
    )
    assert len(segment(raw).sentences) == 1


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_endings_keep_offsets_exact(newline: str) -> None:
    raw = newline.join(["First para here.", "", "Second para. Third one.", ""])
    doc = segment(raw)
    assert [s.text for s in doc.sentences] == ["First para here.", "Second para.", "Third one."]
    assert all(raw[s.start : s.end] == s.text for s in doc.sentences)
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1]


def test_long_line_without_punctuation_is_one_sentence() -> None:
    raw = "word " * 200_000
    doc = segment(raw)
    assert len(doc.sentences) == 1
    assert doc.sentences[0].end == len(raw.rstrip())


@pytest.mark.parametrize(
    ("language", "raw", "count"),
    [
        ("zh", "我们今天去北京。他说：“很好！”然后离开了。", 3),
        ("ar", "مرحبا بكم. هذا نص عربي!", 2),
        ("en", "Fans cheered 🎉. The team won 😀!", 2),
    ],
)
def test_other_scripts(language: str, raw: str, count: int) -> None:
    doc = segment(raw, language=language)
    assert len(doc.sentences) == count
    assert all(raw[s.start : s.end] == s.text for s in doc.sentences)


def test_whitespace_only_gives_no_sentences() -> None:
    assert segment(" \n\n\t ").sentences == ()


@pytest.mark.parametrize(
    ("language", "raw"),
    [
        ("de", "VARNO, 3. Okt. (Wire) - Ein Mann kam. Er ging."),
        ("fr", "VARNO, 3 oct. (Wire) - Un homme est venu. Il est parti."),
        ("ru", "ВАРНО, 3 окт. (Wire) - Пришёл человек. Он ушёл."),
    ],
)
def test_a_dateline_with_an_abbreviated_month_is_one_segment(language: str, raw: str) -> None:
    texts = [s.text for s in segment(raw, language=language).sentences]
    assert len(texts) == 3
    assert texts[0].endswith("(Wire) -")


def test_a_sentence_is_not_joined_to_a_paragraph_without_a_dateline() -> None:
    texts = [s.text for s in segment("Er kam am 3. Mai. Dann ging er.", language="de").sentences]
    assert texts[-1] == "Dann ging er."


@pytest.mark.parametrize(
    ("language", "raw"),
    [
        ("fr", "Le parti de M. Salenko a gagné. Il est content."),
        ("fr", "Selon le Dr. Martin, tout va bien. Fin."),
        ("en", "It was not clear, Ms. Dark said. She left."),
        ("en", "The motion passed, Cllr. Jones said. She left."),
    ],
)
def test_a_title_abbreviated_before_a_name_ends_no_sentence(language: str, raw: str) -> None:
    assert len(segment(raw, language=language).sentences) == 2


@pytest.mark.parametrize(
    ("language", "raw", "first"),
    [
        ("es", "El Hospital St. Walburg probará el programa. Fin.", "El Hospital St. Walburg"),
        ("fr", "Le vote de l'hôpital St. Wendeline a eu lieu. Fin.", "Le vote de l'hôpital St."),
        ("ru", "Больница Св. Венделины закрылась. Конец.", "Больница Св. Венделины"),
        ("ru", "Школа им. Пушкина на ул. Ленина закрылась. Конец.", "Школа им. Пушкина на ул."),
    ],
)
def test_a_names_abbreviated_first_word_ends_no_sentence(
    language: str, raw: str, first: str
) -> None:
    texts = [s.text for s in segment(raw, language=language).sentences]
    assert len(texts) == 2
    assert texts[0].startswith(first)


def test_a_short_capitalised_word_still_ends_a_sentence() -> None:
    texts = [s.text for s in segment("Er kam im Mai. Dann ging er.", language="de").sentences]
    assert texts == ["Er kam im Mai.", "Dann ging er."]


def test_an_english_title_sentencex_misses_ends_no_sentence() -> None:
    texts = [s.text for s in segment("It was not clear, Ms. Dark said. She left.").sentences]
    assert texts == ["It was not clear, Ms. Dark said.", "She left."]
