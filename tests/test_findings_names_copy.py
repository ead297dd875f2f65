"""Names on real copy (#14): what is no name, and a name reported once in any of its forms."""

from __future__ import annotations

from driftcheck.findings.context import make_side
from driftcheck.findings.names import capitals, names
from driftcheck.findings.once import first_mentions
from driftcheck.segment import segment
from driftcheck.types import Finding, Severity
from tests.test_findings_rules import pair


def entities(found: list[Finding], rule: str) -> list[str]:
    """The texts of the findings of one entity rule, at warning or above."""
    return [
        (f.a_text or f.b_text or "")
        for f in found
        if f.rule == rule and f.severity is not Severity.INFO
    ]


def named(text: str) -> list[str]:
    """The names one version's text holds."""
    doc = segment(text)
    return [e.text for e in names(make_side(doc, range(len(doc.sentences))), capitals(doc))]


# Capitals that open a clause, not a name


def test_a_word_opening_a_line_after_dashes_is_no_name() -> None:
    text = "Police searched the house.\n\n--- Information from: Star Tribune, online."
    assert "Information" not in named(text)
    assert "Star Tribune" in named(text)


def test_a_word_opening_a_clause_after_a_colon_is_no_name() -> None:
    text = "The short-term pain: lose an hour. The long-term gain: Enjoy more evening light."
    assert "Enjoy" not in named(text)


def test_a_name_after_a_colon_seen_elsewhere_mid_sentence_is_still_a_name() -> None:
    text = "The winner: Okafor took the title. Fans cheered for Okafor on Sunday."
    assert "Okafor" in named(text)


def test_a_word_after_a_full_stop_the_segmenter_left_joined_is_no_name() -> None:
    assert named("The council met. __ Corrects that the vote was on Wednesday.") == []
    text = '"We cannot count the dead. Soldiers also died," the mayor of Mogadishu said.'
    assert named(text) == ["Mogadishu"]


def test_a_name_after_another_and_a_slash_is_still_a_name() -> None:
    assert named("The attack was condemned.\n\nAP/Reuters") == ["AP", "Reuters"]


def test_a_name_after_an_abbreviation_is_still_a_name() -> None:
    assert "Lyons" in " ".join(named("Harvard awarded the Louis M. Lyons Award to Yang."))
    assert "Okafor" in named("The coach said Mr. Okafor would play. Okafor agreed on Sunday.")


def test_a_sharing_widget_line_names_nothing() -> None:
    text = "The report was published. Share on Facebook Share via Email View more options."
    assert named(text) == []


def test_names_before_a_sharing_widget_in_the_same_line_are_still_names() -> None:
    text = "Attacks in Barcelona and Cambrils condemned Share on Facebook Share via Email View."
    assert named(text) == ["Barcelona", "Cambrils"]


def test_one_share_button_does_not_hide_the_names_of_a_sentence() -> None:
    text = "Residents of Leyton said the Share scheme failed, Maria Lopez said."
    assert "Maria Lopez" in named(text)


# A name is the same with or without a courtesy title or post-nominal


def test_a_post_nominal_b_leaves_out_drops_no_name() -> None:
    a = "Justice minister Lucy Frazer QC told the Telegraph she would act."
    b = "Justice minister Lucy Frazer told the Telegraph she would act."
    assert entities(pair(a, b), "entity.dropped") == []


def test_a_name_b_really_drops_is_still_dropped_with_its_post_nominal() -> None:
    a = "Justice minister Lucy Frazer QC told the Telegraph she would act."
    b = "The justice minister told the Telegraph she would act."
    assert entities(pair(a, b), "entity.dropped") == ["Lucy Frazer QC"]


def test_people_of_a_place_are_no_name() -> None:
    assert named("Muscovites placed flowers outside the station in Moscow.") == ["Moscow"]


def test_an_organisation_with_and_in_its_name_is_one_name() -> None:
    text = "The Post and Courier reported it. The Water and Sewer Authority apologised."
    assert named(text) == ["Post and Courier", "Water and Sewer Authority"]


def test_two_places_or_people_joined_by_and_are_two_names() -> None:
    assert named("Leaders of France and Germany met Smith and Jones.") == [
        "France",
        "Germany",
        "Smith",
        "Jones",
    ]


# A university's short form keeps it


def test_the_short_form_of_a_university_keeps_it() -> None:
    a = "Lawsuits against Michigan State University were filed on Monday."
    b = "Lawsuits against Michigan State were filed on Monday."
    assert entities(pair(a, b), "entity.dropped") == []


def test_another_university_is_still_a_change() -> None:
    a = "Lawsuits against Michigan State University were filed on Monday."
    b = "Lawsuits against Ohio State were filed on Monday."
    assert entities(pair(a, b), "entity.dropped") + entities(pair(a, b), "entity.changed")


# Initials of a name joined by "and"


def test_initials_of_a_name_with_and_keep_the_acronym() -> None:
    a = "The Pittsburgh Water and Sewer Authority issued an advisory. Residents complained."
    b = "The Pittsburgh Water and Sewer Authority issued an advisory. The PWSA apologised."
    assert entities(pair(a, b), "entity.added") == []


def test_an_acronym_of_other_initials_is_still_new() -> None:
    a = "The Pittsburgh Water and Sewer Authority issued an advisory on Tuesday."
    b = "The DEP issued an advisory on Tuesday."
    found = pair(a, b)
    assert "DEP" in [f.b_text for f in found if f.rule in ("entity.added", "entity.changed")]


def test_an_acronym_spelled_out_in_the_other_version_keeps_the_name() -> None:
    a = "Nine members of Emanuel AME church were killed."
    b = "Nine members of Emanuel African Methodist Episcopal church were killed."
    assert entities(pair(a, b), "entity.dropped") == []
    b = "Nine members of the church were killed."
    assert entities(pair(a, b), "entity.dropped") == ["Emanuel AME"]


def test_a_place_in_the_name_of_a_union_keeps_the_place() -> None:
    a = "The European Union budget was vetoed. Leaders met."
    b = "The European Union budget was vetoed. Leaders in Europe met."
    assert entities(pair(a, b), "entity.added") == []
    b = "The European Union budget was vetoed. Leaders in Asia met."
    assert entities(pair(a, b), "entity.added") == ["Asia"]


def test_international_is_a_word_a_short_reference_leaves_out() -> None:
    a = "The plane landed at Sabiha Gokcen airport in Istanbul."
    b = "The plane landed at Sabiha Gokcen International Airport in Istanbul."
    assert entities(pair(a, b), "entity.added") == []


# A role is no name


def test_a_role_dropped_alone_is_information_only() -> None:
    a = "A spokesman for the council told reporters the road would reopen."
    b = "The council told reporters the road would reopen."
    found = pair(a, b)
    assert entities(found, "entity.dropped") == []
    assert any(f.rule == "entity.dropped" and f.a_text == "spokesman" for f in found)


# One report per name, in whatever form it comes again


def _finding(rule: str, text: str, index: int) -> Finding:
    added = rule == "entity.added"
    a_text, b_text = (None, text) if added else (text, None)
    return Finding(rule, Severity.WARNING, f'{rule}: "{text}"', index, a_text=a_text, b_text=b_text)


def test_a_later_short_form_of_a_reported_name_is_not_reported_again() -> None:
    found = [
        _finding("entity.added", "Salim Hussein Alwan", 0),
        _finding("entity.added", "Mr Alwan", 2),
        _finding("entity.dropped", "Congressional Budget Office", 3),
        _finding("entity.dropped", "CBO", 4),
    ]
    assert [f.a_text or f.b_text for f in first_mentions(found)] == [
        "Salim Hussein Alwan",
        "Congressional Budget Office",
    ]


def test_another_name_or_another_direction_is_still_reported() -> None:
    found = [
        _finding("entity.added", "Salim Hussein Alwan", 0),
        _finding("entity.added", "Mr Hussein", 1),
        _finding("entity.dropped", "Mr Alwan", 2),
        _finding("entity.dropped", "CNN", 3),
    ]
    assert len(first_mentions(found)) == 4


# Attribution: the pronoun before the verb is the source; "added to" reports no words


def test_a_pronoun_source_named_in_b_is_no_change_of_speaker() -> None:
    a = 'Speaking to the Treasury Select Committee he said: "There is an emerging view."'
    b = 'Mr Hammond said: "There is an emerging view."'
    assert not [f for f in pair(a, b) if f.rule.startswith("attribution.")]


def test_another_named_speaker_is_still_a_change() -> None:
    a = 'The Treasury Select Committee chair said: "There is an emerging view."'
    b = 'Mr Hammond said: "There is an emerging view."'
    assert "attribution.changed" in [f.rule for f in pair(a, b)]


def test_added_to_is_no_reporting_verb() -> None:
    a = "Ander Herrera has added to the injury woes of the club after a fall."
    b = "The injury woes of the club grew after Ander Herrera had a fall."
    assert not [f for f in pair(a, b) if f.rule.startswith("attribution.")]
    a = "The club has added that the injury woes will pass after a rest."
    b = "The injury woes will pass after a rest."
    assert "attribution.dropped" in [f.rule for f in pair(a, b)]


# Figures: a count and an ordinal of the same value


def test_a_count_given_again_as_an_ordinal_is_not_lost() -> None:
    a = "The injury took the number of injured players to 11. Fans were worried."
    b = "Fans were worried. Wilson became an 11th injured player."
    found = [f.rule for f in pair(a, b)]
    assert "number.removed" not in found
    assert "number.added" not in found


def test_a_count_changed_to_another_ordinal_is_still_reported() -> None:
    a = "The injury took the number of injured players to 11. Fans were worried."
    b = "Fans were worried. Wilson became a 12th injured player."
    assert {"number.removed", "number.added"} & {f.rule for f in pair(a, b)}


def test_an_ordinal_in_words_is_not_a_count_of_the_same_value() -> None:
    a = "The launches come after the leader met for the second time with Trump."
    b = "The launches come about two months after the leader met for the second time with Trump."
    assert "hedge.added" not in [f.rule for f in pair(a, b)]


# A name made a verb


def test_a_name_made_a_verb_is_the_same_name() -> None:
    found = pair("Officers used a Taser on the man.", "The man was Tasered by officers.")
    assert entities(found, "entity.dropped") == []
    assert entities(found, "entity.added") == []


def test_a_name_gone_without_its_verb_is_still_dropped() -> None:
    found = pair("Officers used a Taser on the man.", "The man was restrained by officers.")
    assert entities(found, "entity.dropped") == ["Taser"]


# Ranks, courtesy titles and letters (h-prec4)


def test_a_later_mention_by_rank_and_surname_is_the_same_person() -> None:
    found = [
        _finding("entity.added", "Chief Newsham", 0),
        _finding("entity.added", "Peter Newsham", 1),
        _finding("entity.added", "Chester", 2),
        _finding("entity.added", "Darren Chester", 3),
    ]
    assert [f.b_text for f in first_mentions(found)] == ["Peter Newsham", "Darren Chester"]


def test_a_rank_before_another_surname_is_still_reported() -> None:
    found = [
        _finding("entity.added", "Chief Brown", 0),
        _finding("entity.added", "Peter Newsham", 1),
        _finding("entity.dropped", "MP Bernie Ripoll", 2),
    ]
    assert len(first_mentions(found)) == 3


def test_a_rank_is_no_part_of_the_name() -> None:
    assert named("The shooting was isolated, Chief Newsham said on Sunday.") == ["Newsham"]
    assert named("The shooting was isolated, Peter Newsham said on Sunday.") == ["Peter Newsham"]


def test_a_courtesy_title_opens_a_new_name() -> None:
    text = "More stories from across Yorkshire Mr Scott has been remanded in custody."
    assert named(text) == ["Yorkshire", "Mr Scott"]
    assert named("The court heard that Owen Scott was remanded.") == ["Owen Scott"]


def test_one_letter_is_no_name() -> None:
    a = "Iranian Foreign Minister Javad Zarif and U.S . Secretary of State John Kerry met."
    b = "Iranian Foreign Minister Javad Zarif met in Vienna."
    dropped = entities(pair(a, b), "entity.dropped")
    assert "S" not in dropped
    assert "N" not in dropped
    assert "John Kerry" in dropped


def test_one_capitalised_word_joins_the_name_after_of() -> None:
    text = "The Duchess of Cambridge saw the Shrine of Sukayna near the Horn of Africa."
    assert named(text) == ["Duchess of Cambridge", "Shrine of Sukayna", "Horn of Africa"]


def test_a_full_name_before_of_stays_apart_from_its_place() -> None:
    text = "The visitors included the landscaper Michael Bristow of Philadelphia."
    assert named(text) == ["Michael Bristow", "Philadelphia"]


def test_a_word_opening_the_sentence_does_not_join_after_of() -> None:
    assert named("Residents of Elmwood complained about potholes.") == ["Elmwood"]


def test_a_word_after_a_dateline_dash_or_a_question_opens_a_clause() -> None:
    assert "Tens" not in named("TEHRAN, Iran (AP) -- Tens of thousands attended the funeral.")
    assert "Doesn't" not in named("The slogan read: Islam? Doesn't fit with our cuisine.")
    assert "Defending" not in named("Smoke rose over Raqqa (AP) Defending the decision, he spoke.")


def test_a_name_after_a_dateline_dash_is_still_a_name() -> None:
    text = "WASHINGTON (AP) -- Senator John McCain spoke. Later, McCain left."
    assert "John McCain" in named(text)
    assert "Tesco" in named("LONDON (AP) -- Tesco fell. Shares in Tesco rose later.")


# Arabic names with and without their article (al-Kasasbeh, Kasasbeh)


def test_a_name_behind_an_arabic_article_is_part_of_the_name() -> None:
    text = "The group demanded the release of Sajida al-Rishawi, held in Jordan."
    assert named(text) == ["Sajida al-Rishawi", "Jordan"]


def test_a_name_written_without_its_article_is_the_same_name() -> None:
    a = "A convoy of buses left the besieged town of al-Zabadani on Wednesday."
    b = "A convoy of buses left the besieged town of Zabadani on Wednesday."
    assert not [f for f in pair(a, b) if f.rule.startswith("entity.")]
    b = "A convoy of buses left the besieged town of Madaya on Wednesday."
    assert [f.rule for f in pair(a, b) if f.rule.startswith("entity.")] == ["entity.changed"]


def test_an_initialism_of_a_thing_is_no_name() -> None:
    a = "Police are examining the torso found on Monday."
    b = "Police are examining the torso found on Monday, and DNA from it is being tested."
    assert "DNA" not in entities(pair(a, b), "entity.added")
    b = "Police are examining the torso found on Monday, and the FBI is testing it."
    assert "FBI" in entities(pair(a, b), "entity.added")


def test_a_possessive_before_a_place_or_day_word_is_one_name() -> None:
    text = "He shot her on Valentine's Day and was taken to St Mary's Hospital later."
    # (Valentine's Day is one day of the calendar, a date: no name, and no "Valentine")
    assert named(text) == ["St Mary's Hospital"]


def test_a_possessive_before_another_name_is_its_owner() -> None:
    text = "Mr Trump's White House was cool, as was China's Foreign Ministry."
    assert named(text) == ["Mr Trump", "White House", "China", "Foreign Ministry"]


def test_a_name_joined_by_of_is_not_kept_by_its_place_alone() -> None:
    a = "Sen. McCain of Arizona proposed a new strategy on Thursday."
    b = "Senators from Arizona proposed a new strategy on Thursday."
    assert entities(pair(a, b), "entity.dropped") == ["McCain of Arizona"]
    assert entities(pair(a, a.replace("Thursday", "Friday")), "entity.dropped") == []


def test_an_institution_joined_by_of_is_kept_by_its_short_form() -> None:
    a = "Over in the House of Lords, peers will debate the bill today."
    b = "Peers in the Lords will debate the bill today."
    assert entities(pair(a, b), "entity.dropped") == []
