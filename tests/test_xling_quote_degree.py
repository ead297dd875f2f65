"""A quote that lost a word at the top of its scale ("cooperate fully" -> "cooperate"),
or gained one from the bottom ("mistakes" -> "a few mistakes"), decided by the probe of
meaning, on constructed sentences (not from the bench stories). The fake embedder reads
the translation's words as the English words its synonyms name, as a model would."""

from __future__ import annotations

from tests.helpers import severe_messages

EN = (
    'The operator said the rink would stay closed. "We cooperate fully with the '
    'investigation and report the mistakes," director Ana Velt said.\n'
)
ES = (
    "El operador dijo que la pista seguirá cerrada. «Cooperamos plenamente con la "
    "investigación y comunicaremos los errores», dijo la directora Ana Velt.\n"
)
WORDS = {
    "el": "the",
    "la": "the",
    "los": "the",
    "operador": "operator",
    "dijo": "said",
    "que": "would",
    "pista": "rink",
    "seguirá": "stay",
    "cerrada": "closed",
    "cooperamos": "cooperate",
    "plenamente": "fully",
    "con": "with",
    "investigación": "investigation",
    "y": "and",
    "comunicaremos": "report",
    "errores": "mistakes",
    "directora": "director",
    "unos": "a",
    "pocos": "few",
}


def _softened(b: str) -> list[str]:
    return [
        m
        for m in severe_messages(EN, b, "es", "quote.", WORDS)
        if "reads closer to it without" in m
    ]


def test_a_word_of_degree_the_translation_renders_is_kept() -> None:
    # "plenamente" is in no word list: the probe finds that B says it
    assert not _softened(ES)


def test_a_word_at_the_top_of_its_scale_the_translation_lost_softens_the_quote() -> None:
    found = _softened(ES.replace("Cooperamos plenamente", "Cooperamos"))
    assert found
    assert '"fully"' in found[0]


def test_a_word_from_the_bottom_of_a_scale_the_translation_gained_softens_the_quote() -> None:
    found = _softened(ES.replace("los errores", "unos pocos errores"))
    assert found
    assert "pocos" in found[0]
