"""A statement given to another party the story quotes, judged by what the speakers' words
mean (constructed sentences, not from the bench; the fake embedder's synonyms play the
model's knowledge of the two languages)."""

from __future__ import annotations

from driftcheck.findings.xling.speaker_meaning import story_quoted
from driftcheck.findings.xling.speaker_words import speakers
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from tests.helpers import language_profile

EN = (
    "Ruth Adongo won the race in 2 hours and 21 minutes, the federation said.\n\n"
    "The course will be measured again in May, race organisers said.\n"
)
ES = (
    "Ruth Adongo ganó la carrera en 2 horas y 21 minutos, dijo la federación.\n\n"
    "El recorrido se volverá a medir en mayo, dijeron los organizadores de la carrera.\n"
)
WORDS = {
    "ganó": "won", "la": "the", "los": "the", "el": "the", "carrera": "race", "horas": "hours",
    "minutos": "minutes", "federación": "federation", "organizadores": "organisers",
    "recorrido": "course", "medir": "measured", "mayo": "may", "de": "of", "dijo": "said",
    "dijeron": "said",
}  # fmt: skip
RULE = "attribution.changed"


def _changed(b: str, *, embedder: bool = True) -> list[str]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=WORDS), use_cache=False)
    if not embedder:
        comparer = Comparer(embedder=FakeEmbedder(), use_cache=False)
    report = comparer.compare(EN, b, a_language="en", b_language="es")
    return [f.message for f in report.findings if f.rule == RULE]


def test_a_speaker_in_its_own_words_is_no_change() -> None:
    assert _changed(ES) == []


def test_a_statement_given_to_a_party_quoted_elsewhere_is_an_attribution_changed() -> None:
    drifted = ES.replace("dijeron los organizadores de la carrera", "dijo la federación")
    changed = _changed(drifted)
    assert len(changed) == 1, changed
    assert "race organisers" in changed[0]
    assert "the federation" in changed[0]


def test_a_party_a_s_sentence_names_too_is_a_speaker_moved_not_changed() -> None:
    en = (
        "The race will be run on Sunday, Tessaro Sports said.\n\n"
        "Tessaro Sports will measure the course in May, its managers said.\n"
    )
    es = (
        "La carrera se correrá el domingo, dijo Tessaro Sports.\n\n"
        "Tessaro Sports medirá el recorrido en mayo, según Tessaro Sports.\n"
    )
    comparer = Comparer(embedder=FakeEmbedder(synonyms=WORDS), use_cache=False)
    report = comparer.compare(en, es, a_language="en", b_language="es")
    assert [f.message for f in report.findings if f.rule == RULE] == []


def test_the_speakers_of_a_story_are_read_in_order() -> None:
    from driftcheck.findings.context import GroupView
    from driftcheck.segment import segment
    from driftcheck.types import AlignmentGroup, Kind

    doc = segment(EN)
    views = [
        GroupView(n, AlignmentGroup((n,), (n,), Kind.UNCHANGED, 1.0), doc, doc)
        for n in range(len(doc.sentences))
    ]
    quoted = story_quoted(views, language_profile("en"))
    assert [q.phrase for q in quoted] == ["the federation", "race organisers"]
    assert [q.group for q in quoted] == [0, 1]
    assert speakers(doc.sentences[1].text, language_profile("en"))


def test_the_subject_of_a_reported_clause_is_inside_the_statement() -> None:
    from driftcheck.findings.xling.speaker_meaning import _reported

    assert _reported("что доклад", language_profile("ru"))
    assert _reported("que el informe", language_profile("es"))
    assert not _reported("представитель треста", language_profile("ru"))


def test_b_naming_a_s_speaker_elsewhere_in_its_sentence_is_no_change() -> None:
    en = EN.replace("race organisers said", "Tessaro said")
    es = ES.replace(
        "El recorrido se volverá a medir en mayo, dijeron los organizadores de la carrera.",
        "Según la federación, Tessaro volverá a medir el recorrido en mayo.",
    )
    comparer = Comparer(embedder=FakeEmbedder(synonyms=WORDS), use_cache=False)
    report = comparer.compare(en, es, a_language="en", b_language="es")
    assert [f.message for f in report.findings if "reads as" in f.message] == []


def test_a_party_of_the_same_kind_may_be_the_speaker_in_other_words() -> None:
    en = (
        "The plant will close in May, the company said.\n\n"
        "Sales fell 4 percent, carmaker Aurion Motors said.\n"
    )
    es = (
        "La planta cerrará en mayo, dijo la empresa.\n\n"
        "Las ventas cayeron un 4 %, dijo la empresa.\n"
    )
    words = {"empresa": "company", "la": "the", "ventas": "sales", "cayeron": "fell"}
    comparer = Comparer(embedder=FakeEmbedder(synonyms=words), use_cache=False)
    report = comparer.compare(en, es, a_language="en", b_language="es")
    assert [f.message for f in report.findings if "reads as" in f.message] == []


PRONOUN_EN = (
    "Tidewell will bid, chief executive Pieter Garrow said. "
    "The firm could build turbines by 2029, he said.\n\n"
    "Two firms bid, according to the energy ministry.\n"
)
PRONOUN_ES = (
    "Tidewell pujará, dijo el consejero delegado Pieter Garrow. "
    "La firma podría construir turbinas en 2029, dijo.\n\n"
    "Pujaron dos empresas, según el ministerio de energía.\n"
)
PRONOUN_WORDS = {
    "pujará": "bid", "pujaron": "bid", "firma": "firm", "podría": "could",
    "construir": "build", "turbinas": "turbines", "dos": "two", "empresas": "firms",
    "ministerio": "ministry", "energía": "energy", "el": "the", "la": "the", "según": "according",
}  # fmt: skip


def test_a_pronoun_s_statement_given_to_another_party_is_changed() -> None:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=PRONOUN_WORDS), use_cache=False)
    kept = comparer.compare(PRONOUN_EN, PRONOUN_ES, a_language="en", b_language="es")
    assert [f.message for f in kept.findings if f.rule == RULE] == []
    drifted = PRONOUN_ES.replace(
        "turbinas en 2029, dijo.", "turbinas en 2029, según el ministerio."
    )
    changed = comparer.compare(PRONOUN_EN, drifted, a_language="en", b_language="es")
    messages = [f.message for f in changed.findings if f.rule == RULE]
    assert len(messages) == 1, messages
    assert "Garrow" in messages[0]


def test_a_person_named_by_their_title_is_no_change() -> None:
    en = "Subsidies will end in May, the ministry said.\n\nPrices will rise, Ankersmit said.\n"
    es = (
        "Las ayudas terminarán en mayo, dijo el ministerio.\n\n"
        "Los precios subirán, dijo la ministra.\n"
    )
    words = {
        "ministerio": "ministry", "ministra": "ministry", "el": "the", "la": "the",
        "las": "the", "los": "the", "ayudas": "subsidies", "terminarán": "end", "en": "in",
        "mayo": "may", "precios": "prices", "subirán": "rise", "dijo": "said",
    }  # fmt: skip
    comparer = Comparer(embedder=FakeEmbedder(synonyms=words), use_cache=False)
    report = comparer.compare(en, es, a_language="en", b_language="es")
    assert [f.message for f in report.findings if "reads as" in f.message] == []
