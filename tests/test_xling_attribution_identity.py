"""Who speaks, compared by identity before a change of source is called (constructed pairs,
not from the bench): one person under two titles; a name dropped for a role any party has;
a clause of what is said is no subject; a German compound is the body its last part names;
a body a translation glosses once and names by its own words after; a separable verb whose
particle is followed by a second clause; a title another person holds given for a name; a
cooperative as a body of members; a body's kind word going on with its place."""

from __future__ import annotations

from driftcheck.findings.xling import facts, glosses, spelling
from driftcheck.findings.xling.speaker_words import speakers
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Finding
from tests.helpers import language_profile, sentence_sides


def _found(en: str, b: str, code: str, words: dict[str, str]) -> list[Finding]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=words), use_cache=False)
    report = comparer.compare(en, b, a_language="en", b_language=code)
    assert any(g.a and g.b for g in report.alignments)
    return [f for f in report.findings if f.rule.startswith(("attribution.", "entity."))]


def _speakers(text: str, code: str) -> list[str]:
    return [text[slice(*s.span)] for s in speakers(text, language_profile(code))]


CHIEF_EN = (
    '"Nobody should walk free for want of a translator," chief executive Orla Stenbeck told '
    "a committee.\n"
)
CHIEF_DE = (
    "„Niemand sollte freikommen, weil ein Übersetzer fehlt“, sagte Behördenchefin Orla "
    "Stenbeck vor einem Ausschuss.\n"
)
CHIEF_WORDS = {"niemand": "nobody", "übersetzer": "translator", "ausschuss": "committee"}


def test_one_person_under_two_titles_is_no_other_source() -> None:
    # "chief executive" reads as a company's, "Behördenchefin" as an authority's: the name
    # both give says it is one speaker
    assert _found(CHIEF_EN, CHIEF_DE, "de", CHIEF_WORDS) == []
    other = CHIEF_DE.replace("Behördenchefin Orla Stenbeck", "die Polizei")
    assert any(f.rule == "attribution.changed" for f in _found(CHIEF_EN, other, "de", CHIEF_WORDS))


BRIGHT_EN = "Brightwater chairwoman Mia Toller said Brightwater Kessin would cut 4,000 jobs.\n"
BRIGHT_FR = (
    "Un porte-parole de Brightwater a dit que Brightwater Kessin supprimerait 4 000 emplois.\n"
)
BRIGHT_WORDS = {"emplois": "jobs", "supprimerait": "cut"}


def test_a_name_dropped_for_a_role_any_party_has_is_a_dropped_name_only() -> None:
    found = _found(BRIGHT_EN, BRIGHT_FR, "fr", BRIGHT_WORDS)
    assert [f.rule for f in found] == ["entity.dropped"]
    judge = BRIGHT_FR.replace("Un porte-parole de Brightwater", "Le juge")
    found = _found(BRIGHT_EN, judge, "fr", BRIGHT_WORDS)
    assert [f.rule for f in found] == ["entity.dropped", "attribution.changed"]


def test_a_clause_of_what_is_said_before_a_verb_that_comes_first_is_no_subject() -> None:
    text = (
        "Поставки сократились из-за того, что склады не смогли найти водителей, сообщила в "
        "пятницу Транспортная палата, сославшись на данные за май."
    )
    assert _speakers(text, "ru") == ["Транспортная палата"]
    # a relative clause between commas keeps its subject: "que" opens both in Spanish
    text = "La Autoridad de Puertos, que regula los muelles, afirmó haber recibido quejas."
    assert [s.split(",")[0] for s in _speakers(text, "es")] == ["La Autoridad de Puertos"]


def test_a_german_compound_is_the_body_its_last_part_names() -> None:
    de = language_profile("de")
    assert facts.sources("der Museumsverband", de) == {"organisation"}
    assert facts.sources("das Kulturministerium", de) == {"ministry"}
    assert facts.sources("die Umweltbehörde", de) == {"authority"}
    # a person of a body speaks for the body its first part names
    assert facts.sources("ein Polizeisprecher", de) == {"police"}
    assert facts.sources("die Polizei", de) == {"police"}
    # a group of people is no body a compound ends in: vehicles hold no witnesses
    assert facts.sources("mit 300 Fahrzeugen", de) == set()
    assert facts.sources("die Landkreise", de) == set()


BOARD_EN = (
    "The Harbour and Canals Board said on Monday it would dredge the old port.\n\n"
    "The Harbour and Canals Board expects the work to end in May and said it would publish "
    "the costs.\n"
)
BOARD_DE = (
    "Die Hafenverwaltung (Harbour and Canals Board) teilte am Montag mit, sie werde den alten "
    "Hafen ausbaggern.\n\n"
    "Die Hafenverwaltung erwartet, dass die Arbeiten im Mai enden, und will die Kosten "
    "veröffentlichen.\n"
)
BOARD_WORDS = {
    "hafen": "port", "ausbaggern": "dredge", "montag": "monday", "arbeiten": "work",
    "mai": "may", "kosten": "costs", "veröffentlichen": "publish", "erwartet": "expects",
}  # fmt: skip


def test_a_body_glossed_once_is_named_by_the_translation_s_own_words_after() -> None:
    renderings = glosses.renderings(sentence_sides(BOARD_DE))
    key = spelling.name_key("Canals")
    assert renderings[key] == frozenset({spelling.name_key("Hafenverwaltung")})
    assert _found(BOARD_EN, BOARD_DE, "de", BOARD_WORDS) == []
    canals = next(w for w in facts.words(BOARD_EN) if w.text == "Canals")
    here = {spelling.name_key(w.text) for w in facts.words("Die Hafenverwaltung erwartet")}
    assert glosses.glossed(canals, renderings, here)
    elsewhere = {spelling.name_key(w.text) for w in facts.words("Die Stadt erwartet")}
    assert not glosses.glossed(canals, renderings, elsewhere)


def test_a_separable_verb_s_particle_may_close_its_clause_before_a_second_one() -> None:
    verbs = language_profile("de").speaker_verbs_re
    assert verbs.search("Das gab der Betreiber am Montag bekannt und zog damit Kritik auf sich.")
    assert verbs.search("Das kündigte die Stadt am Freitag an, ohne Details zu nennen.")
    assert not verbs.search("Er gab dem Betreiber am Montag das Geld und ging.")


MAYOR_EN = (
    "Mayor Luzia Kammerlin said the council would meet on Monday.\n\n"
    "Its head, Reto Faldinger, said an evacuation was not planned.\n\n"
    '"Nobody should panic," Faldinger said.\n'
)
MAYOR_FR = (
    "La maire, Luzia Kammerlin, a indiqué que le conseil se réunirait lundi.\n\n"
    "Son directeur, Reto Faldinger, a dit qu'aucune évacuation n'était prévue.\n\n"
    "« Personne ne doit paniquer », a déclaré {who}.\n"
)
MAYOR_WORDS = {
    "conseil": "council", "lundi": "monday", "évacuation": "evacuation", "personne": "nobody",
    "paniquer": "panic", "prévue": "planned",
}  # fmt: skip


def test_a_title_another_person_holds_given_for_a_name_is_another_speaker() -> None:
    # "la maire" refers back to the one mayor A names, Kammerlin: not Faldinger
    changed = _found(MAYOR_EN, MAYOR_FR.format(who="la maire"), "fr", MAYOR_WORDS)
    assert [f.rule for f in changed if f.rule == "attribution.changed"] == ["attribution.changed"]
    # a title A gives him too, anywhere in the story, may be his
    his = MAYOR_EN.replace("Its head, Reto Faldinger,", "Reto Faldinger, a former mayor,")
    found = _found(his, MAYOR_FR.format(who="la maire"), "fr", MAYOR_WORDS)
    assert [f for f in found if f.rule == "attribution.changed"] == []
    # his own title, or a title any party has, is Faldinger unnamed
    for who in ("le directeur", "le porte-parole"):
        found = _found(MAYOR_EN, MAYOR_FR.format(who=who), "fr", MAYOR_WORDS)
        assert [f for f in found if f.rule == "attribution.changed"] == [], who


def test_a_cooperative_is_a_body_of_members() -> None:
    for code, text in (
        ("en", "the cooperative"),
        ("de", "die Genossenschaft"),
        ("fr", "la coopérative"),
        ("es", "la cooperativa"),
        ("ru", "кооператив"),
    ):
        assert "association" in facts.speaker_sources(text, language_profile(code)), code


def test_a_body_s_kind_word_goes_on_with_the_place_its_name_gives() -> None:
    text = (
        "About 2,600 trucks were in the queue on Wednesday, according to the National Road "
        "Hauliers' Union of Vestania."
    )
    assert _speakers(text, "en") == ["the National Road Hauliers' Union of Vestania"]
    # a link followed by no name is no part of the name
    text = "Prices rose, according to the National Road Hauliers' Union of workers and drivers."
    assert _speakers(text, "en") == ["the National Road Hauliers' Union"]


def test_a_chair_after_a_quote_is_the_speaker_and_analysts_are_analysts_in_german() -> None:
    # "the cooperative's chair, Aileen MacRory" names who speaks, as "chairwoman" does;
    # a verb "chair" in what is reported names no one
    text = '"We will not stop," said the cooperative\'s chair, Aileen MacRory.'
    assert _speakers(text, "en") == ["the cooperative's chair, Aileen MacRory"]
    assert _speakers("Ruiz said she would chair the inquiry.", "en") == ["Ruiz"]
    # "Analysten" are analysts, as "analysts", "analystes" and "аналитики" are
    de = language_profile("de")
    assert facts.sources("nach Einschätzung der Analysten", de) == {"analyst"}
    assert facts.sources("nach Einschätzung der Behörde", de) != {"analyst"}
