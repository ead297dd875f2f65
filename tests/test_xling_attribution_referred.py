"""A speaker that refers back to a party of the story, compared by where each side first
named it (constructed pairs, not from the bench): the same body named by its kind word alone
is one party; a kind word that points back to another party the story introduced is a
statement given to someone else; a speaker A introduces in the pair itself refers to no one."""

from __future__ import annotations

from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Finding, Severity

WORDS = {
    "bundeskrankenkasse": "fund",
    "zuschuss": "subsidy",
    "hörgeräte": "hearing",
    "kürzen": "cut",
    "innung": "guild",
    "hörakustiker": "audiologists",
    "wartelisten": "waiting",
    "umfrage": "survey",
    "behandlung": "treatment",
    "verband": "association",
    "schwerhörigen": "deaf",
}
EN = (
    "The Federal Health Fund will cut its subsidy for hearing aids, the fund said on Tuesday.\n\n"
    "The Guild of Audiologists warned that waiting lists for fittings could grow.\n\n"
    "According to a survey by the guild, one in six people over 65 needs treatment.\n"
)
DE = (
    "Die Bundeskrankenkasse wird ihren Zuschuss für Hörgeräte kürzen, teilte die Kasse am "
    "Dienstag mit.\n\n"
    "Die Innung der Hörakustiker warnte, die Wartelisten für Anpassungen könnten länger "
    "werden.\n\n"
    "Einer Umfrage der Innung zufolge braucht jeder sechste Mensch über 65 eine Behandlung.\n"
)


def _changed(en: str, b: str) -> list[Finding]:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=WORDS), use_cache=False)
    report = comparer.compare(en, b, a_language="en", b_language="de")
    assert sum(1 for g in report.alignments if g.a and g.b) >= 3
    return [
        f
        for f in report.findings
        if f.rule == "attribution.changed" and f.severity is not Severity.INFO
    ]


def test_the_party_named_by_its_kind_word_alone_is_the_one_introduced() -> None:
    assert _changed(EN, DE) == []


def test_a_kind_word_pointing_back_to_another_party_gives_the_statement_to_it() -> None:
    drifted = DE.replace("Umfrage der Innung", "Umfrage der Krankenkasse")
    found = _changed(EN, drifted)
    assert [f.b_text for f in found] == ["Einer Umfrage der Krankenkasse"]


def test_a_speaker_a_introduces_in_the_pair_refers_back_to_no_one() -> None:
    # "the Association of the Deaf" is new in A's sentence: B's words for it may happen to
    # have been written before, in another party's sentence
    en = EN.replace("a survey by the guild", "a survey by the Association of the Deaf")
    de = DE.replace("Umfrage der Innung", "Umfrage des Verbands der Schwerhörigen, der Kasse")
    assert _changed(en, de) == []


def test_a_name_both_keep_is_one_party() -> None:
    # B names the party the guild's spokesman speaks for by his name: a name both keep
    en = EN.replace(
        "According to a survey by the guild,", "According to a survey by Dieter Rimsky,"
    ).replace("Audiologists warned", "Audiologists and its spokesman Dieter Rimsky warned")
    de = DE.replace("Umfrage der Innung", "Umfrage von Dieter Rimsky").replace(
        "Hörakustiker warnte", "Hörakustiker und ihr Sprecher Dieter Rimsky warnten"
    )
    assert _changed(en, de) == []
