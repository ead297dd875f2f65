"""Cross-language findings, rule by rule, on small pairs (FakeEmbedder: words, not meaning)."""

from __future__ import annotations

from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Report, Severity

EN = (
    "BRENHOLM, June 3 (Wire) - Governor Elena Vasko said on Monday the bank had raised its rate "
    "by 75 basis points to 9.25 per cent.\n\n"
    "The minister, Marta Keller, reportedly plans to resign in March.\n\n"
    '"We will not hesitate to act again," Vasko said.\n'
)
DE = (
    "BRENHOLM, 3. Juni (Wire) - Notenbankchefin Elena Vasko sagte am Montag, die Bank habe ihren "
    "Leitzins um 75 Basispunkte auf 9,25 Prozent angehoben.\n\n"
    "Die Ministerin, Marta Keller, will Berichten zufolge im März zurücktreten.\n\n"
    "„Wir werden nicht zögern, erneut zu handeln“, sagte Vasko.\n"
)


def _compare(a: str, b: str, b_language: str = "de") -> Report:
    comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    return comparer.compare(a, b, a_language="en", b_language=b_language)


def _severe(report: Report) -> list[str]:
    """Warning and error rules, less sentence.* and boilerplate.*: a bag-of-words fake cannot
    align a translation, so which sentences pair is not what these tests check."""
    return [
        f.rule
        for f in report.findings
        if f.severity.rank >= Severity.WARNING.rank
        and not f.rule.startswith(("sentence.", "boilerplate."))
    ]


def _messages(report: Report) -> str:
    return "\n".join(f"{f.rule}: {f.message}" for f in report.findings)


def test_a_faithful_translation_has_no_warning_or_error() -> None:
    report = _compare(EN, DE)
    assert _severe(report) == [], _messages(report)
    assert report.to_dict()["cross_language"] is True
    assert report.to_dict()["profiles"] == {"a": "en", "b": "de"}
    assert report.glossary == ()


def test_a_changed_figure_is_reported_by_value_in_each_locale() -> None:
    report = _compare(EN, DE.replace("9,25 Prozent", "9,5 Prozent"))
    changed = [f for f in report.findings if f.rule == "number.changed"]
    assert [f.message for f in changed] == ["number changed: 9.25 -> 9,5"], _messages(report)


def test_a_changed_weekday_is_a_changed_date() -> None:
    report = _compare(EN, DE.replace("am Montag", "am Dienstag"))
    assert "weekday changed: Monday -> Dienstag" in _messages(report)


def test_a_dropped_negation_is_flipped() -> None:
    # the embedder reads the German as English, so B reads as A without its "not"
    said = {"wir": "we", "werden": "will", "zögern": "hesitate", "handeln": "act"}
    comparer = Comparer(embedder=FakeEmbedder(synonyms=said), use_cache=False)
    drifted = DE.replace("werden nicht zögern", "werden zögern")
    report = comparer.compare(EN, drifted, a_language="en", b_language="de")
    assert "negation.flipped" in _severe(report), _messages(report)


def test_a_dropped_hedge_is_reported() -> None:
    report = _compare(EN, DE.replace(" Berichten zufolge", ""))
    assert "hedge.dropped" in _severe(report), _messages(report)


def test_a_dropped_name_is_reported_and_a_transliterated_one_is_not() -> None:
    report = _compare(EN, DE.replace("sagte Vasko", "sagte sie"))
    assert "name dropped: Vasko" in _messages(report)
    russian = _compare(
        "Marta Keller said the plan is sound.", "Марта Келлер сказала, что план надёжен.", "ru"
    )
    assert not [r for r in _severe(russian) if r.startswith("entity")], _messages(russian)


def test_a_quote_whose_marks_are_removed_is_unquoted() -> None:
    report = _compare(
        EN,
        DE.replace(
            "„Wir werden nicht zögern, erneut zu handeln“",
            "Man werde nicht zögern, erneut zu handeln",
        ),
    )
    assert "quote.unquoted" in _severe(report), _messages(report)


def test_a_quote_cut_short_is_reported() -> None:
    report = _compare(
        EN, DE.replace("„Wir werden nicht zögern, erneut zu handeln“", "„Wir handeln“")
    )
    assert "quote.shortened" in _severe(report), _messages(report)


def test_a_language_without_profile_is_compared_by_figures_and_says_what_it_skipped() -> None:
    report = _compare(
        "The mayor said 40 people came.", "Il sindaco ha detto che 30 persone sono venute.", "it"
    )
    assert "number.changed" in _severe(report)
    assert report.profiles == ("en", None)
    assert "negation.flipped" in dict(report.skipped_rules)


def test_english_pairs_keep_the_english_rules() -> None:
    report = Comparer(embedder=FakeEmbedder(), use_cache=False).compare(
        '"We will act," she said.', '"We will act now," she said.', a_language="en", b_language="en"
    )
    assert "quote.altered" in [f.rule for f in report.findings]
    assert report.to_dict()["cross_language"] is False


def test_a_quote_much_further_from_its_original_than_the_sentence_is_altered() -> None:
    # the fake embedder reads shared words: B's frame keeps A's words, its quote does not
    a = 'Mayor Marta Keller told reporters in Port Arlen on Monday: "We will never sign it."\n'
    b = "Mayor Marta Keller told reporters in Port Arlen on Monday: „Perhaps a deal is near.“\n"
    report = _compare(a, b)
    altered = [f for f in report.findings if f.rule == "quote.altered"]
    assert altered, _messages(report)
    assert "similarity" in altered[0].message
    assert altered[0].b_text == "Perhaps a deal is near."


def test_a_negation_the_other_side_says_in_its_own_words_is_not_flipped() -> None:
    # the embedder reads "pas contents" as A's "unhappy": B is closer to A with its negation
    a = "The pilots were unhappy with the offer, Elena Vasko said.\n"
    b = "Les pilotes n'étaient pas contents de l'offre, a déclaré Elena Vasko.\n"
    said = {"pilotes": "pilots", "offre": "offer", "pas": "unhappy", "étaient": "were"}
    comparer = Comparer(embedder=FakeEmbedder(synonyms=said), use_cache=False)
    report = comparer.compare(a, b, a_language="en", b_language="fr")
    assert "negation.flipped" not in _severe(report), _messages(report)


def test_a_negation_the_other_side_does_not_say_is_flipped_with_the_evidence() -> None:
    # B without its negation reads as A: the translation added it
    a = "The pilots were happy with the offer, Elena Vasko said.\n"
    b = "Les pilotes n'étaient pas contents de l'offre, a déclaré Elena Vasko.\n"
    said = {"pilotes": "pilots", "offre": "offer", "contents": "happy", "étaient": "were"}
    comparer = Comparer(embedder=FakeEmbedder(synonyms=said), use_cache=False)
    report = comparer.compare(a, b, a_language="en", b_language="fr")
    flipped = [f for f in report.findings if f.rule == "negation.flipped"]
    assert flipped, _messages(report)
    assert "A reads closer to the clause without it" in flipped[0].message


def test_a_time_in_the_evening_is_the_same_on_a_12_and_a_24_hour_clock() -> None:
    report = _compare(
        "The game ended at 11:40 p.m. on Monday.\n", "Die Partie endete am Montag um 23.40 Uhr.\n"
    )
    assert not [f for f in report.findings if f.rule.startswith("number.")], _messages(report)
    changed = _compare(
        "The game ended at 11:40 p.m. on Monday.\n", "Die Partie endete am Montag um 22.40 Uhr.\n"
    )
    assert "number changed: 11:40 -> 22.40" in _messages(changed)


def test_a_whole_hour_on_a_12_hour_clock_is_the_same_hour_on_a_24_hour_clock() -> None:
    a = "The search was suspended at 5 p.m. and water is cut from 10 p.m. to 6 a.m.\n"
    for b in (
        "Die Suche wurde um 17 Uhr eingestellt, das Wasser fließt von 22.00 bis 6.00 Uhr nicht.\n",
        "Les recherches ont été suspendues à 17 h ; l'eau est coupée de 22 h à 6 h.\n",
    ):
        report = _compare(a, b, "fr" if "Les" in b else "de")
        assert not [f for f in report.findings if f.rule.startswith("number.")], _messages(report)
    changed = _compare(
        a,
        "Die Suche wurde um 15 Uhr eingestellt, das Wasser fließt von 22.00 bis 6.00 Uhr nicht.\n",
    )
    assert "number changed: 5 -> 15" in _messages(changed)


def test_a_name_is_matched_by_sound_across_scripts_and_by_letter_in_one() -> None:
    a = "Professor Alain Desroches said the results were strong.\n"
    russian = _compare(a, "Профессор Ален Дерош заявил, что результаты убедительны.\n", "ru")
    assert not [r for r in _severe(russian) if r.startswith("entity")], _messages(russian)
    french = _compare(a, "Le professeur Alain Deroche a dit que les résultats sont bons.\n", "fr")
    entities = [f for f in french.findings if f.rule.startswith("entity.")]
    assert [f.a_text for f in entities] == ["Desroches"], _messages(french)


def test_a_hedge_is_kept_only_by_the_sentence_that_translates_it() -> None:
    # "würde" in the next sentence does not keep the hedge of the first
    a = "The talks could resume on Friday.\nThe union wants more money.\n"
    b = "Die Gespräche beginnen am Freitag wieder.\nDie Gewerkschaft würde gern mehr Geld.\n"
    said = {"gespräche": "talks", "freitag": "friday", "gewerkschaft": "union", "geld": "money"}
    comparer = Comparer(embedder=FakeEmbedder(synonyms=said), use_cache=False)
    report = comparer.compare(a, b, a_language="en", b_language="de")
    dropped = [f for f in report.findings if f.rule == "hedge.dropped"]
    assert [f.a_text for f in dropped] == ["could"], _messages(report)
    kept = comparer.compare(
        a,
        b.replace("beginnen am Freitag wieder", "könnten am Freitag wieder beginnen"),
        a_language="en",
        b_language="de",
    )
    assert "hedge.dropped" not in [f.rule for f in kept.findings], _messages(kept)


def test_a_fragment_the_segmenter_cut_off_is_not_an_added_sentence() -> None:
    a = "The count starts on Monday.\n\nJ. Montaner said he was sure of the result.\n"
    b = "Le décompte commence lundi.\n\nJ. Montaner s'est dit sûr du résultat.\n"
    report = _compare(a, b, "fr")
    fragment = [f for f in report.findings if f.message.startswith("sentence added: B#2: J.")]
    assert [f.severity for f in fragment] == [Severity.INFO], _messages(report)


def test_an_added_sentence_whose_weekday_the_paragraph_gives_is_a_translators_split() -> None:
    a = "Quillon will buy Brightwater for 46 euros a share, the companies said on Monday.\n"
    b = "Quillon kauft Brightwater für 46 Euro je Aktie. Darauf einigten sich beide am Montag.\n"
    report = _compare(a, b)
    added = [f for f in report.findings if f.b_text and f.b_text.startswith("Darauf")]
    assert [(f.rule, f.severity) for f in added] == [("sentence.added", Severity.INFO)], _messages(
        report
    )
    assert "Monday" in added[0].message


def test_a_hedge_added_inside_a_quote_is_the_quote_softened() -> None:
    softened = DE.replace("„Wir werden nicht zögern", "„Wir werden vielleicht nicht zögern")
    report = _compare(EN, softened)
    altered = [f for f in report.findings if f.rule == "quote.altered"]
    assert [(f.severity, f.b_text) for f in altered] == [(Severity.WARNING, "vielleicht")], (
        _messages(report)
    )
    assert "hedge.added" not in _severe(report)
    outside = _compare(EN, DE.replace("die Bank habe", "die Bank habe vermutlich"))
    assert "hedge.added" in _severe(outside), _messages(outside)


def test_a_short_quote_translated_shorter_by_idiom_is_not_cut_short() -> None:
    a = 'Vasko spoke on Monday. "The money is simply not there," Vasko said.\n'
    short = _compare(a, "Васко выступил в понедельник. «Денег просто нет», — сказал Васко.\n", "ru")
    assert "quote.shortened" not in [f.rule for f in short.findings], _messages(short)
    a_long = a.replace("simply not there,", "simply not there, and nobody in this city has it,")
    cut = _compare(a_long, "Васко выступил в понедельник. «Денег нет», — сказал Васко.\n", "ru")
    assert "quote.shortened" in [f.rule for f in cut.findings], _messages(cut)


def test_a_hedge_dropped_beside_an_approximation_the_translation_keeps_is_dropped() -> None:
    a = "Rival bidder Orlen Halvard had reportedly offered about 7.1 billion euros in August.\n"
    dropped = "Der Rivale Orlen Halvard hatte im August rund 7,1 Milliarden Euro geboten.\n"
    kept = dropped.replace("hatte im", "hatte Berichten zufolge im")
    assert "hedge.dropped" not in [f.rule for f in _compare(a, kept).findings]
    report = _compare(a, dropped)
    assert [f.a_text for f in report.findings if f.rule == "hedge.dropped"] == ["reportedly"], (
        _messages(report)
    )
