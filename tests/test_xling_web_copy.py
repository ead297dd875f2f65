"""Constructed lines (not from the bench) of translations as news websites publish them:
quotes closed with another mark than they opened with, quotes set as dialogue with dashes
and no marks (facts.quotes), and bylines, photo labels and credit lines of German, French,
Spanish and Russian desks, which are page furniture, not story (boilerplate)."""

from __future__ import annotations

import pytest

from driftcheck.findings.boilerplate import is_boilerplate
from driftcheck.findings.xling import facts
from driftcheck.segment import segment
from tests.helpers import language_profile as _profile
from tests.helpers import severe_messages


def _quoted(text: str, code: str) -> list[str]:
    return [text[start:end] for start, end in facts.quotes(text, _profile(code))]


@pytest.mark.parametrize(
    ("code", "text", "quoted"),
    [
        # a straight opening mark closed by German's own closing mark
        ("de", '"Wir bleiben hier“, sagte die Sprecherin.', ["Wir bleiben hier"]),
        # a guillemet closed by a straight mark, where no closing guillemet follows
        ("es", '«No vamos a ceder", dijo la ministra.', ["No vamos a ceder"]),
        ("fr", "«Nous ne céderons pas”, a dit la ministre.", ["Nous ne céderons pas"]),
        # a guillemet quote holding a straight quote of its own is not cut at it
        ("fr", '«Il a dit "jamais" hier», a ajouté la ministre.', ['Il a dit "jamais" hier']),
        # dialogue: a dash opens the quote, the reporter's dash closes it
        (
            "ru",
            "— Мы не закроем завод, — сказал директор.",
            ["Мы не закроем завод,"],
        ),
        (
            "ru",
            "Завод работает. — Мы не закроем его, — сказал директор.",
            ["Мы не закроем его,"],
        ),
        # a dash inside a sentence opens nothing, and a dash with no reporter's dash after it
        ("ru", "Завод — крупнейший в городе, сказал директор.", []),
        ("ru", "— Мы не закроем завод.", []),
        # typed copy's dash is a hyphen between spaces: the reporter's words after it are no
        # part of the quote, in a sentence that opens the quote and in one it interrupts
        (
            "ru",
            "«Мы не закроем завод, - сказал директор на собрании.",
            ["Мы не закроем завод,"],
        ),
        (
            "ru",
            "«Мы не закроем завод, - сказал директор. - Рабочие останутся».",
            ["Мы не закроем завод,", "Рабочие останутся"],
        ),
        # ... but "X - это Y" (X is Y) inside a quote is the quote's own dash
        (
            "ru",
            "«Завод, который работает сто лет, - это не просто предприятие.",
            ["Завод, который работает сто лет, - это не просто предприятие."],
        ),
    ],
)
def test_web_quote_marks(code: str, text: str, quoted: list[str]) -> None:
    assert _quoted(text, code) == quoted


def test_dialogue_quote_is_compared_as_a_quote() -> None:
    """A quote set as dialogue is the English quote, not a quote gone unquoted."""
    a = '"We will not close the plant," the director said.'
    b = "— Мы не закроем завод, — сказал директор."
    words = {"мы": "we", "не": "not", "закроем": "close", "завод": "plant", "директор": "director"}
    assert not [m for m in severe_messages(a, b, "ru", "quote.", words) if "unquoted" in m]


@pytest.mark.parametrize(
    "line",
    [
        "Foto: Ein Zug im Hauptbahnhof (Archivbild)",
        "Bild: Demonstranten vor dem Rathaus.",
        "Photo\u00a0: des manifestants devant la mairie.",
        "Фото: здание суда в Самаре.",
        "Imagen: el alcalde, en una foto de archivo.",
        "Von Jana Roth",
        "Par Louis Martin et Claire Petit",
        "Por Ana Gil",
        "Автор: Ирина Белова; редактор: Олег Ким",
        "Información de Ana Gil; edición de Luis Mora",
        "(Avec Louis Martin, édité par Claire Petit)",
        "Mitarbeit: Jana Roth; redigiert von Max Ott",
    ],
)
def test_foreign_furniture_is_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Por la tarde llovió en la capital.",
        "Von Montag an gilt die neue Regel.",
        "Par ailleurs, le port reste ouvert.",
        "Texto de la ley aprobado por el Congreso.",
        "Información de la policía.",
        "Avec Emmanuel Macron à ses côtés, le ministre a visité le port.",
        "Información de Salud Pública muestra que los casos bajaron.",
    ],
)
def test_story_lines_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    ("code", "text", "second"),
    [
        (
            "es",
            'Hallaron grietas. «El puente aguanta, pero no podemos esperar", dijo el alcalde.',
            '«El puente aguanta, pero no podemos esperar", dijo el alcalde.',
        ),
        (
            "fr",
            'Il a été élu. « Je ne partirai pas", a-t-il dit.',
            '« Je ne partirai pas", a-t-il dit.',
        ),
    ],
)
def test_opening_mark_goes_with_its_sentence(code: str, text: str, second: str) -> None:
    """A quote closed with another mark than its own still opens the sentence it starts."""
    sentences = [s.text for s in segment(text, language=code).sentences]
    assert sentences[-1] == second
    assert not sentences[0].endswith(("«", "« "))
