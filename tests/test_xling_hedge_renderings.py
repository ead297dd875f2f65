"""Constructed stories (not from the bench) for how a translation renders a hedge: a hedge
set off by commas qualifies its sentence, a hedge that introduces a source renders the
original's attribution, an approximator neither needs nor renders a hedge, and the words
of each language that render a possibility or a suspicion."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import facts
from driftcheck.pipeline import Comparer
from driftcheck.testing import FakeEmbedder
from driftcheck.types import Severity
from tests.helpers import language_profile as _profile


def _severe(a: str, b: str, code: str, rule: str, words: dict[str, str]) -> list[str]:
    """The warning and error messages of one rule; `words` are the fake embedder's
    synonyms, so that a translation aligns with its original."""
    comparer = Comparer(embedder=FakeEmbedder(synonyms=words), use_cache=False)
    report = comparer.compare(a, b, a_language="en", b_language=code)
    return [
        f.message
        for f in report.findings
        if f.rule == rule and f.severity.rank >= Severity.WARNING.rank
    ]


CONTRACTOR = (
    "The agency cut the budget of the lunar lander by 30 percent on Monday. "
    "The contractor reportedly warned the government that it might lay off 400 workers.\n"
)
CONTRACTOR_WORDS = {
    "агентство": "agency",
    "сократило": "cut",
    "бюджет": "budget",
    "лунного": "lunar",
    "модуля": "lander",
    "процентов": "percent",
    "понедельник": "monday",
    "подрядчик": "contractor",
    "предупредил": "warned",
    "правительство": "government",
    "сократить": "lay",
    "рабочих": "workers",
    "увольнениях": "layoffs",
}


def test_a_hedge_set_off_by_commas_qualifies_its_sentence() -> None:
    # "как сообщается" alone is no text to match: its sentence is
    kept = (
        "Агентство в понедельник сократило бюджет лунного модуля на 30 процентов. "
        "Подрядчик, как сообщается, предупредил правительство, что может сократить 400 рабочих.\n"
    )
    assert _severe(CONTRACTOR, kept, "ru", "hedge.added", CONTRACTOR_WORDS) == []


def test_a_hedge_set_off_by_commas_is_still_added_where_the_original_is_flat() -> None:
    a = (
        "The agency cut the budget of the lunar lander by 30 percent on Monday. "
        "The contractor warned the government of 400 layoffs.\n"
    )
    added = (
        "Агентство в понедельник сократило бюджет лунного модуля на 30 процентов. "
        "Подрядчик, как сообщается, предупредил правительство о 400 увольнениях.\n"
    )
    assert _severe(a, added, "ru", "hedge.added", CONTRACTOR_WORDS) != []


TRIAL_WORDS = {
    "мэр": "mayor",
    "получал": "received",
    "деньги": "money",
    "через": "through",
    "консалтинговую": "consulting",
    "фирму": "firm",
    "обвинения": "prosecutors",
    "заявил": "said",
    "прокурор": "prosecutor",
}


def test_a_hedge_that_names_a_source_renders_the_attribution() -> None:
    # "по версии обвинения" (in the prosecution's version) is how Russian says "prosecutors say"
    a = "Prosecutors say the mayor received the money through a consulting firm.\n"
    b = "По версии обвинения, мэр получал деньги через консалтинговую фирму.\n"
    assert _severe(a, b, "ru", "hedge.added", TRIAL_WORDS) == []


def test_a_hedge_that_names_a_source_is_added_where_the_original_attributes_nothing() -> None:
    a = "The mayor received the money through a consulting firm.\n"
    b = "По версии обвинения, мэр получал деньги через консалтинговую фирму.\n"
    assert _severe(a, b, "ru", "hedge.added", TRIAL_WORDS) != []


def test_a_hedge_beside_an_attribution_of_its_own_is_added() -> None:
    # the translation keeps the "say" as a verb of its own: its hedge is a hedge
    a = "The prosecutor said the mayor received the money through a consulting firm.\n"
    b = "Прокурор заявил, что мэр, по версии обвинения, получал деньги через консалтинговую фирму.\n"  # noqa: E501
    assert _severe(a, b, "ru", "hedge.added", TRIAL_WORDS) != []


PRECEDENT = (
    "Analysts said the ruling could set a precedent for some 40 pending requests. "
    "The minister is expected to rule on any appeal by February.\n"
)
PRECEDENT_WORDS = {
    "analystes": "analysts",
    "décision": "ruling",
    "jurisprudence": "precedent",
    "demandes": "requests",
    "attente": "pending",
    "ministre": "minister",
    "prononcer": "rule",
    "recours": "appeal",
    "février": "february",
}


def test_an_approximator_needs_no_hedge_word() -> None:
    # "une quarantaine" (about forty) renders "some 40" as a number word of its own
    # (a second hedged clause, kept by "doit", makes the clauses' counts differ)
    minister = "Le ministre doit se prononcer sur un éventuel recours d'ici février.\n"
    kept = f"Selon des analystes, la décision pourrait faire jurisprudence pour une quarantaine de demandes en attente. {minister}"  # noqa: E501
    assert _severe(PRECEDENT, kept, "fr", "hedge.dropped", PRECEDENT_WORDS) == []
    dropped = f"Selon des analystes, la décision fera jurisprudence pour une quarantaine de demandes en attente. {minister}"  # noqa: E501
    assert _severe(PRECEDENT, dropped, "fr", "hedge.dropped", PRECEDENT_WORDS) != []


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # "possibly linked to the heat"
        ("fr", "Trois décès font l'objet d'une enquête pour un lien éventuel avec la chaleur."),
        ("fr", "La réunion sera éventuellement reportée."),
        # "what they had long suspected"
        ("fr", "Le rapport a confirmé leurs soupçons."),
        ("ru", "Доклад подтвердил их давние подозрения."),
        # "said it expected to file", "expected to create 140 jobs"
        ("fr", "Corvane a dit compter déposer une demande."),
        ("fr", "Elle comptait créer 140 emplois."),
    ],
)
def test_a_possibility_or_a_suspicion_may_render_a_hedge(code: str, text: str) -> None:
    assert facts.hedge_words(text, _profile(code)) == 1


def test_a_risk_in_the_imperfect_is_a_hedge() -> None:
    # "some customers might move to rivals" -> "une partie de la clientèle risquait de partir"
    assert facts.hedged("Une partie de la clientèle risquait de partir.", _profile("fr")) != []
    assert facts.hedged("Elle a pris un risque de trop.", _profile("fr")) == []


def test_a_risk_in_the_participle_is_a_hedge() -> None:
    # "as patients may rush to buy" -> "les patients risquant de se précipiter pour acheter"
    fr = _profile("fr")
    assert facts.hedged("Les patients risquant de se précipiter pour acheter.", fr) != []
    assert facts.hedged("Les patients courant le risque de tout perdre.", fr) == []


LAW = "Her ministry is reportedly drafting a law that would oblige banks to give notice.\n"
LAW_WORDS = {
    "ministère": "ministry",
    "ministerio": "ministry",
    "министерство": "ministry",
    "loi": "law",
    "ley": "law",
    "закон": "law",
    "banques": "banks",
    "bancos": "banks",
    "банки": "banks",
    "préavis": "notice",
    "preaviso": "notice",
    "уведомлять": "notice",
}


def test_a_conditional_that_reports_renders_reportedly_and_would() -> None:
    # French and Spanish report hearsay with the conditional of the verb itself
    french = "Son ministère préparerait une loi obligeant les banques à donner un préavis.\n"
    assert _severe(LAW, french, "fr", "hedge.dropped", LAW_WORDS) == []
    spanish = "Su ministerio prepararía una ley que obligue a los bancos a dar preaviso.\n"
    assert _severe(LAW, spanish, "es", "hedge.dropped", LAW_WORDS) == []


def test_a_conditional_of_would_alone_drops_reportedly_where_it_does_not_report() -> None:
    # Russian "бы" renders the "would", not the "reportedly"
    russian = "Её министерство готовит закон, который обязывал бы банки уведомлять.\n"
    assert _severe(LAW, russian, "ru", "hedge.dropped", LAW_WORDS) != []


def test_a_conditional_of_a_relative_clause_renders_the_would_only() -> None:
    a = "The company has reportedly drawn up a timetable that would keep one train in five.\n"
    words = {"entreprise": "company", "horaire": "timetable", "train": "train", "cinq": "five"}
    dropped = "L'entreprise a élaboré un horaire qui permettrait de garder un train sur cinq.\n"
    assert _severe(a, dropped, "fr", "hedge.dropped", words) != []
    kept = "L'entreprise aurait élaboré un horaire qui permettrait de garder un train sur cinq.\n"
    assert _severe(a, kept, "fr", "hedge.dropped", words) == []


def test_a_hedge_inside_its_clause_names_no_source() -> None:
    # "dürften" (would be allowed, or probably) is in the clause, not before a source
    a = "Residents will return when the slope is stable, he said.\n"
    b = "Zurückkehren dürften die Bewohner erst, wenn der Hang stabil sei, so Horvan.\n"
    words = {"bewohner": "residents", "zurückkehren": "return", "hang": "slope"}
    assert _severe(a, b, "de", "hedge.added", words) != []


MOTIVE_WORDS = {"refusé": "declined", "mobile": "motive", "hommes": "men", "avancer": "say"}


def test_a_hedge_in_a_reported_question_qualifies_no_statement() -> None:
    a = "He declined to say what motive the men might have had.\n"
    b = "Il s'est refusé à avancer un mobile des hommes.\n"
    assert _severe(a, b, "fr", "hedge.dropped", MOTIVE_WORDS) == []
    # a free relative is a statement: "in what could be the worst loss"
    a = "The men set the fire in what might be the worst attack in years.\n"
    b = "Les hommes ont mis le feu lors de la pire attaque depuis des années.\n"
    assert _severe(a, b, "fr", "hedge.dropped", MOTIVE_WORDS) != []
