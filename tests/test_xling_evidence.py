"""Evidence that does not depend on a story's words (constructed stories, not from the bench):
a month said once for a range, a month abbreviated beside its day, an organisation spelt
out before an acronym the translation keeps."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from driftcheck.findings.xling import facts, meaning, people
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Report, Severity
from tests.helpers import language_profile as _profile


def _compare(a: str, b: str, b_language: str, synonyms: dict[str, str] | None = None) -> Report:
    comparer = Comparer(embedder=FakeEmbedder(synonyms=synonyms), use_cache=False)
    return comparer.compare(a, b, a_language="en", b_language=b_language)


def _rules(report: Report, prefix: str) -> list[str]:
    return [
        f"{f.rule}: {f.message}"
        for f in report.findings
        if f.rule.startswith(prefix) and f.severity.rank >= Severity.WARNING.rank
    ]


RANGE_EN = "The inspection ran from March 3 to March 9 at the plant in Velden.\n"
RANGE = {
    "de": "Die Inspektion lief vom 3. bis 9. März im Werk in Velden.\n",
    "fr": "L'inspection s'est déroulée du 3 au 9 mars dans l'usine de Velden.\n",
    "es": "La inspección se llevó a cabo entre el 3 y el 9 de marzo en la planta de Velden.\n",
    "ru": "Проверка проходила с 3 по 9 марта на заводе в Вельдене.\n",
}
RANGE_CHANGED = {
    "de": "Die Inspektion lief vom 3. bis 9. April im Werk in Velden.\n",
    "fr": "L'inspection s'est déroulée du 3 au 9 avril dans l'usine de Velden.\n",
    "es": "La inspección se llevó a cabo entre el 3 y el 9 de abril en la planta de Velden.\n",
    "ru": "Проверка проходила с 3 по 9 апреля на заводе в Вельдене.\n",
}


@pytest.mark.parametrize("lang", sorted(RANGE))
def test_a_month_said_once_for_a_range_is_the_same_month(lang: str) -> None:
    assert _rules(_compare(RANGE_EN, RANGE[lang], lang), "number.") == []


@pytest.mark.parametrize("lang", sorted(RANGE_CHANGED))
def test_a_range_given_another_month_is_still_a_changed_month(lang: str) -> None:
    found = _rules(_compare(RANGE_EN, RANGE_CHANGED[lang], lang), "number.")
    assert found
    assert all("month" in f for f in found), found


def test_a_month_repeated_on_one_side_beside_another_month_is_reported() -> None:
    a = "The talks ran from March 3 to March 9 in Velden.\n"
    b = "Die Gespräche liefen vom 3. März bis 9. April in Velden.\n"
    assert _rules(_compare(a, b, "de"), "number.") == [
        "number.changed: month changed: March -> April"
    ]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("el 8 oct en Lanmouth", 9),
        ("le 8 févr à Lanmouth", 1),
        ("am 8. Okt in Lanmouth", 9),
        ("el 15 sep en Arventa", 8),  # not CLDR's "sept.": the start of one month's name
    ],
)
def test_a_month_abbreviated_without_its_stop_beside_a_day_is_a_month(
    text: str, month: int
) -> None:
    code = {"el": "es", "le": "fr", "am": "de"}[text.split(maxsplit=1)[0]]
    assert [value for value, _ in facts.dates(text, _profile(code))] == [("month", month)]


def test_an_abbreviation_with_no_day_beside_it_is_still_no_month() -> None:
    assert facts.dates("el barco salió al mar con 8 personas", _profile("es")) == []
    assert facts.dates("la sep de Arventa y el 15 ma", _profile("es")) == []  # ma: mayo? marzo?


ACRONYM_EN = (
    "The Confederation of Marovian Workers (CMW) called the strike, its leader "
    "Dario Venk said on Monday.\n"
)
ACRONYM = {
    "de": "Der Gewerkschaftsbund Marowiens (CMW) rief den Streik aus, sagte sein "
    "Vorsitzender Dario Venk am Montag.\n",
    "fr": "La Confédération des travailleurs de Marovie (CMW) a appelé à la grève, a déclaré "
    "lundi son dirigeant Dario Venk.\n",
    "ru": "Конфедерация трудящихся Маровии (CMW) объявила забастовку, заявил в понедельник "
    "её лидер Дарио Венк.\n",
}


@pytest.mark.parametrize("lang", sorted(ACRONYM))
def test_a_name_spelt_out_before_an_acronym_the_translation_keeps_is_translated(
    lang: str,
) -> None:
    assert _rules(_compare(ACRONYM_EN, ACRONYM[lang], lang), "entity.") == []


def test_a_name_spelt_out_before_an_acronym_the_translation_drops_is_still_checked() -> None:
    # a run read as a person's name: one after "Confederation of" ends a body's name, which
    # is translated (people.person_starts), checked or not
    a = "Dario Venk said on Monday that Marovian Workers (MW) had called the strike.\n"
    b = "Dario Venk a dit lundi que les Travailleurs de Marovie (MW) avaient appelé à la grève.\n"
    assert _rules(_compare(a, b, "fr"), "entity.") == []
    dropped = _rules(_compare(a, b.replace(" (MW)", ""), "fr"), "entity.")
    assert any("Workers" in f for f in dropped)


def test_an_acronym_is_spelt_out_by_the_initials_before_it() -> None:
    text = "the Corvane Financial Conduct Board (FCB) and Lorna Petrakis (FCB chair)"
    assert [(a, [w.text for w in spelt]) for a, spelt in people.acronym_names(text)] == [
        ("FCB", ["Financial", "Conduct", "Board"])
    ]
    assert people.acronym_names("said Lorna Petrakis (CMW)") == []


NEGATION_EN = "The minister did not sign the deal.\n"
NEGATION_DE = "Der Minister unterzeichnete das Abkommen.\n"
READ_AS_ENGLISH = {"der": "the", "das": "the", "unterzeichnete": "sign", "abkommen": "deal"}


def _flips(report: Report) -> list[tuple[str, str]]:
    return [(f.severity.value, f.message) for f in report.findings if f.rule == "negation.flipped"]


def test_a_flip_the_probe_sees_clearly_is_an_error() -> None:
    # B reads as A without "not": the probe's gain is far below FLIP_MARGIN
    comparer = Comparer(embedder=FakeEmbedder(synonyms=READ_AS_ENGLISH), use_cache=False)
    report = comparer.compare(NEGATION_EN, NEGATION_DE, a_language="en", b_language="de")
    assert [severity for severity, _ in _flips(report)] == ["error"], _flips(report)


def test_a_flip_the_probe_barely_sees_is_info_with_its_evidence() -> None:
    # without the synonyms B shares no word with A: the probe cannot tell, gain 0
    report = _compare(NEGATION_EN, NEGATION_DE, "de")
    flips = _flips(report)
    assert [severity for severity, _ in flips] == ["info"], flips
    assert "too little to call it a flip" in flips[0][1]


PORTFOLIO_EN = "On Monday, Marine Resources Minister Petra Nyland said she would appeal.\n"
PORTFOLIO = {
    "de": "Am Montag sagte die Ministerin für Meeresressourcen, Petra Nyland, sie werde "
    "Berufung einlegen.\n",
    "es": "El lunes, la ministra de Recursos Marinos, Petra Nyland, dijo que recurrirá.\n",
}


@pytest.mark.parametrize("lang", sorted(PORTFOLIO))
def test_capitalised_words_before_a_title_are_a_portfolio_not_a_person(lang: str) -> None:
    assert _rules(_compare(PORTFOLIO_EN, PORTFOLIO[lang], lang), "entity.") == []


def test_the_person_after_the_title_is_still_checked() -> None:
    b = PORTFOLIO["de"].replace(", Petra Nyland,", "")
    found = _rules(_compare(PORTFOLIO_EN, b, "de"), "entity.")
    assert any("Petra Nyland" in f for f in found), found


SPEAKER_EN = (
    "Its leader, Dario Venk, said the unions would strike. "
    '"Nobody asked us. Not once," he said.\n\n'
    "Opposition leader Hana Drobic said the plan had no mandate.\n"
)
SPEAKER_FR = (
    "Son dirigeant, Dario Venk, a annoncé que les syndicats feraient grève. "
    "« Personne ne nous a consultés. Pas une seule fois », a lancé {who}.\n\n"
    "La cheffe de l'opposition, Hana Drobic, a déclaré que le plan n'avait aucun mandat.\n"
)
FRENCH_READ = {  # the fake embedder reads the French as a model would: it aligns the pair
    "dirigeant": "leader", "syndicats": "unions", "grève": "strike", "personne": "nobody",
    "consultés": "asked", "nous": "us", "pas": "not", "fois": "once", "cheffe": "leader",
    "mandat": "mandate", "aucun": "no",
}  # fmt: skip


def _speaker(who: str) -> list[str]:
    report = _compare(SPEAKER_EN, SPEAKER_FR.format(who=who), "fr", FRENCH_READ)
    return _rules(report, "attribution.")


def test_a_quote_given_to_another_person_after_its_closing_mark_is_attribution_changed() -> None:
    found = _speaker("Hana Drobic")
    assert any("Hana Drobic" in f for f in found), found


def test_a_quote_kept_with_its_speaker_after_the_closing_mark_is_no_change() -> None:
    assert _speaker("Dario Venk") == []
    assert _speaker("le syndicaliste") == []


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("de", "Das Unternehmen rechnet damit, den Rest bis Mai zu regeln."),
        ("de", "Mit einer Wiederaufnahme ist erst Ende Mai zu rechnen."),
        ("ru", "Компания рассчитывает закрыть остальные дела к маю."),
        ("ru", "Срок его работы должен составить семь лет."),
        ("ru", "Часть дефицита можно будет покрыть за счёт импорта."),
    ],
)
def test_an_expectation_in_its_usual_words_may_hedge(code: str, text: str) -> None:
    # "is expected to": a translation that says so in these words keeps the hedge
    assert facts.softly_hedged(text, _profile(code)) != []


def test_a_plain_statement_in_those_languages_does_not_hedge() -> None:
    assert facts.softly_hedged("Das Unternehmen regelt den Rest bis Mai.", _profile("de")) == []
    assert facts.softly_hedged("Компания закроет остальные дела к маю.", _profile("ru")) == []


SOURCE_EN = "The Velden Port Authority (VPA) said the shipping company would pay the fine.\n"


def test_a_source_spelt_out_before_its_acronym_is_the_one_that_speaks() -> None:
    b = "Selon l'Autorité portuaire de Velden (VPA), l'armateur paiera l'amende.\n"
    assert _rules(_compare(SOURCE_EN, b, "fr"), "attribution.") == []


def test_a_statement_given_to_another_source_is_still_attribution_changed() -> None:
    b = "Selon la police de Velden, l'armateur paiera l'amende.\n"
    found = _rules(_compare(SOURCE_EN, b, "fr"), "attribution.")
    assert any("police" in f for f in found), found


def _probe(clause: float, sentence: float) -> Callable[..., float]:
    """A probe that gives the clause one gain and its whole sentence (which ends with its
    stop, where the clause does not) another."""

    def gain(*args: object) -> float:
        marked = args[2]
        return sentence if isinstance(marked, str) and marked.endswith(".") else clause

    return gain


@pytest.mark.parametrize(("sentence", "severity"), [(-0.05, "error"), (0.0, "info")])
def test_a_weak_flip_is_an_error_only_where_the_whole_sentence_agrees(
    monkeypatch: pytest.MonkeyPatch, sentence: float, severity: str
) -> None:
    monkeypatch.setattr(meaning, "marker_gain", _probe(-0.01, sentence))
    flips = _flips(_compare(NEGATION_EN, NEGATION_DE, "de"))
    assert [s for s, _ in flips] == [severity], flips
