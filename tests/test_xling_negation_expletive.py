"""Constructed sentences (not from the bench) for negative words that negate no clause: an
expletive "ne" after "tant que", "sans que" or a comparison, a Spanish "nadie" after a
comparison or a negative verb above its infinitive, "until" written "пока не" or "hasta que
no", "nearly" written "едва не", a deadline ("no later than") and a source's request not to
be named, which other languages write with a noun (anonymity)."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling import negated_clauses
from tests.helpers import language_profile as _profile


@pytest.mark.parametrize(
    ("code", "text", "count"),
    [
        # "tant que ... ne ... pas" is "until", whether "que" is written whole or elided
        ("fr", "Elle ne paiera pas tant que le litige ne sera pas réglé.", 1),
        ("fr", "Elle ne paiera pas tant qu'il ne sera pas réglé.", 1),
        ("fr", "Le juge attendra avant que le conseil ne statue.", 0),
        # a comparison's "ne" is expletive: "more machines than the audit found"
        ("fr", "La panne a touché davantage d'appareils que ne l'a constaté l'audit.", 0),
        ("fr", "Les coûts sont plus élevés qu'on ne le pensait.", 0),
        # ... but not where a second negative word completes it, or one stands before it
        ("fr", "Elle a touché plus d'appareils que ne l'a jamais constaté l'audit.", 1),
        ("fr", "Il n'a pas touché plus d'appareils que prévu.", 1),
        ("fr", "L'audit n'a pas constaté la panne.", 1),
        # Spanish "than anyone" after a comparison
        ("es", "La licitación tardó más de lo que nadie quería.", 0),
        ("es", "Ella sabe más que nadie sobre el puerto.", 0),
        ("es", "El ministro dijo una vez más que nadie resultó herido.", 1),
        ("es", "El ministro dijo más tarde que nadie resultó herido.", 1),
        # a negative word after an infinitive a negative verb governs: "bars it from
        # accepting any ship"; with a "no" or a negative subject before it, it negates
        ("es", "La orden impide al astillero aceptar ningún buque.", 0),
        ("es", "El astillero no puede aceptar ningún buque.", 1),
        ("es", "Nadie quiere aceptar ningún buque.", 1),
        ("es", "Ningún buque podrá entrar en el puerto.", 1),
        ("es", "Se negó a firmar nada.", 1),  # the count takes the refusal itself
        ("es", "En el lugar nadie resultó herido.", 1),  # a noun in -ar, no infinitive
        # Russian "..., пока не убедимся" is "until we are sure"; "пока не" with a state,
        # "cannot" or "does not know" is "not yet"
        ("ru", "Мы не будем начинать работы, пока не убедимся в безопасности.", 1),
        ("ru", "Работы не начнутся, пока не будет готов проект.", 1),
        ("ru", "Причины аварии, как сообщается, пока не установлены.", 1),
        ("ru", "Полиция, по её словам, пока не знает, кто это сделал.", 1),
        ("ru", "Пока не ясно, когда откроют тоннель.", 1),
        # "sans que ... ne" is "without": "without anyone being told"
        ("fr", "Le chantier a repris sans que personne ne soit prévenu.", 0),
        ("fr", "Il ne partira pas sans que le contrat soit signé.", 1),
        # Spanish "hasta que no" with no negation before it is "until"
        ("es", "Seguiremos en huelga hasta que no se aclare la situación.", 0),
        ("es", "No seguiremos hasta que no se aclare la situación.", 1),
        # Russian "едва не", "чуть было не" is "nearly"
        ("ru", "Рабочий едва не погиб при обрушении.", 0),
        ("ru", "Рабочий чуть было не погиб.", 0),
        ("ru", "Рабочий не погиб при обрушении.", 1),
        # a deadline is no negation: "no later than" = "spätestens", "au plus tard"
        ("en", "The report is due no later than Friday.", 0),
        ("es", "El informe llegará no más tarde del viernes.", 0),
        ("en", "The report did not arrive later than Friday.", 1),
        # a source's anonymity negates nothing the story reports, in any language
        ("en", "One broker, who asked not to be named, said prices could rise.", 0),
        ("fr", "Un courtier, qui a demandé à ne pas être nommé, a dit que les prix montent.", 0),
        ("es", "Un corredor, que pidió no ser identificado, dijo que los precios suben.", 0),
        ("de", "Ein Händler, der nicht namentlich genannt werden wollte, sagte, sie steigen.", 0),
        ("ru", "Один брокер, попросивший не называть его имени, сказал, что цены растут.", 0),
        ("en", "One broker said prices would not rise.", 1),
        ("ru", "Один брокер сказал, что цены не вырастут.", 1),
    ],
)
def test_an_expletive_or_governed_negative_word_negates_no_clause(
    code: str, text: str, count: int
) -> None:
    assert len(negated_clauses.negated(text, _profile(code))) == count
