"""Where the speaker of reported speech is, by the grammar of each language (constructed
sentences, not from the bench): a reporting verb that ends its sentence has its speaker
after it, also where those words name a part of a body that speaks for it (the management,
"в руководстве больницы"), not the clauses before it, which are what is reported."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling.speaker_words import speakers
from tests.helpers import language_profile


def _speakers(text: str, code: str) -> list[str]:
    return [text[slice(*s.span)] for s in speakers(text, language_profile(code))]


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        (
            "ru",
            "Анализы ожидаются в пятницу, и врачи полагают, что вспышка, вероятно, вызвана "
            "сальмонеллой, сообщили в руководстве больницы.",
            ["в руководстве больницы"],
        ),
        (
            "ru",
            "Вспышка, вероятно, вызвана сальмонеллой, сообщили в руководстве больницы.",
            ["в руководстве больницы"],
        ),
        ("ru", "Результаты ожидаются в пятницу, сообщили в министерстве.", ["в министерстве"]),
        (
            "fr",
            "Le site, d'ici la fin de l'année, fermera ses portes, a annoncé la direction.",
            ["la direction"],
        ),
    ],
)
def test_a_verb_that_ends_its_sentence_has_its_speaker_after_it(
    code: str, text: str, speaker: list[str]
) -> None:
    assert _speakers(text, code) == speaker
