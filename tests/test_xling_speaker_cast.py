"""Who speaks, read from the story's cast (constructed sentences, not from the bench): a
subject read back to the noun its complements depend on, a party of a kind A's speaker
shares, a mayor's office as a town's administration, and a name traded with a reference
between neighbouring sentences."""

from __future__ import annotations

import pytest

from driftcheck.findings.xling.speaker_words import speakers
from tests.helpers import language_profile

RULE = "attribution.changed"


def _speakers(text: str, code: str) -> list[str]:
    return [text[slice(*s.span)] for s in speakers(text, language_profile(code))]


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        # the last words before the verb are the complements of the noun that names who speaks
        (
            "es",
            "El sindicato de la plantilla del museo afirmó que había avisado.",
            "sindicato de la plantilla del museo",
        ),
        (
            "fr",
            "Le syndicat du personnel de la galerie a affirmé avoir prévenu.",
            "syndicat du personnel de la galerie",
        ),
    ],
)
def test_a_subject_is_read_back_to_the_noun_its_complements_depend_on(
    code: str, text: str, speaker: str
) -> None:
    assert speaker in _speakers(text, code)


def test_a_subject_is_not_read_back_past_a_conjunction() -> None:
    # the words before "y" are another clause's; five words that open with a noun stay five
    found = _speakers("Llovió y de la plantilla del museo dijeron que no.", "es")
    assert found == ["de la plantilla del museo"]
    found = _speakers("Ayer la directora general del museo dijo que no.", "es")
    assert found == ["la directora general del museo"]
