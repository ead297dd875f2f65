"""The aligner's decision thresholds, fitted per embedding backend by bench/fit_align.py."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources
from typing import Any

FITTED_FILE = "fitted.json"
FALLBACK = "fallback"
"""Names the entry for a model the fit has not seen (matched by name, before "@")."""


@dataclass(frozen=True, slots=True)
class AlignParams:
    """Cosine thresholds; each is fitted on the development data for one backend.

    anchor: a mutual best pair at least this similar is settled before anything else.
    link: a 1-1 pair in reading order scores its cosine minus this (pairs below it stay apart).
    join: a 1-2, 2-1 or 2-2 step scores the cosine of the joined texts minus this; its
        parts must each be `part` similar alone...
    lift: ...unless the joined texts are at least this much more similar than the most
        similar part (1.0: never): the concatenation decides, as in Vecalign and Bertalign.
    move: a pair out of reading order needs at least this cosine...
    clear: ...and to be this much more similar than any other candidate of either sentence,
    kept: ...and keep at least this share of the words the versions share overall (a moved
        sentence keeps its words; in a translation the versions share almost none).
    part: a sentence joins a group as a split or merge part only this similar to it...
    grow: ...and when the joined texts change similarity by at least this much (a long
        sentence split in two may read slightly less alike joined, so this may be negative)...
    balance: ...and when the group's two sides come this much closer in length (the ratio
        of the shorter to the longer side; Gale and Church align on length alone);
    rest: ...or when it is this similar to the passage the group leaves unexplained...
    fill: ...and the group's sides then come this much closer in length;
    adjoin: ...or, next to one of the group's sentences, when it makes the group's joined
        texts at least this much more similar, however unlike it is alone (1.0: never).
    absorb: a leftover between groups joins its neighbour's group when that lowers the
        group's similarity by at most this much (negative: never; see absorb.py)...
    apart: ...in pairs whose versions share less than this share of their words.
    uneven: a 1-1 pair loses this much times (1 - shorter / longer length): a dateline or a
        caption is rarely the same sentence as a long one, however similar.
    lexical: a 1-1 pair loses this much times how far its word overlap falls short of the
        versions' (see vectors.pair_cost).
    doubt: a pair whose margin over the runner-up is below this is marked low-confidence.
    beads: in pairs whose versions share less than this share of their words (a
        translation), the gaps are aligned by Bertalign's second step (beads.py), not by
        the programme of order.py (0.0: never); there:
    skip: what leaving a sentence out scores (negative: a cost);
    margin: how much of a bead's similarity to its neighbours it loses;
    tokens: how much a bead gains for the numbers and names its sides share (evidence.py).
    calibrated: when above 0, the programme may also link a 1-1 pair whose cosine stays
        under `link` for its modelled probability of being one sentence above this; the
        model's weights are w_* (see decide.py)...
    veto: ...and leaves apart a pair the cosine links by less than `sure` when that
        probability is under this (0.0: never).
    retold: in pairs whose versions share less than this share of their words (two
        tellings of one story, not a revision of one text)...
    kin: ...and of which at least this share of the sentences have a counterpart `link`
        similar (unrelated stories share few words too), the calibrated decision links a
        1-1 pair above `loose` instead of `calibrated`: the F1-optimal probability
        threshold is half the F1 reachable, and retellings reach far less than revisions.
    """

    anchor: float = 0.80
    link: float = 0.50
    join: float = 0.65
    move: float = 0.60
    clear: float = -1.0
    kept: float = 0.0
    part: float = 0.40
    grow: float = -0.02
    balance: float = 0.1
    rest: float = 0.5
    fill: float = 0.1
    adjoin: float = 1.0
    lift: float = 1.0
    absorb: float = -1.0
    apart: float = 0.0
    uneven: float = 0.0
    lexical: float = 0.0
    doubt: float = 0.05
    beads: float = 0.0
    skip: float = -0.1
    margin: float = 1.0
    tokens: float = 0.0
    calibrated: float = 0.0
    veto: float = 0.0
    retold: float = 0.0
    kin: float = 0.0
    loose: float = 0.5
    sure: float = 0.1
    w_cosine: float = 0.0
    w_margin: float = 0.0
    w_length: float = 0.0
    w_position: float = 0.0
    w_neighbours: float = 0.0
    w_lexical: float = 0.0
    w_bias: float = 0.0

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> AlignParams:
        """Build from a fitted entry, ignoring keys that are not thresholds."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: float(v) for k, v in raw.items() if k in names})

    def to_dict(self) -> dict[str, float]:
        """The thresholds, rounded for the checked-in file."""
        return {f.name: round(float(getattr(self, f.name)), 4) for f in fields(self)}


@cache
def _fitted() -> dict[str, Any]:
    text = resources.files("driftcheck.align").joinpath(FITTED_FILE).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def params_for(model_id: str) -> AlignParams:
    """The fitted thresholds of a backend; an unknown model gets the default model's."""
    models: dict[str, Any] = _fitted()["models"]
    name = model_id.split("@", 1)[0]
    by_name = {key.split("@", 1)[0]: entry for key, entry in models.items()}
    entry = models.get(model_id) or by_name.get(name) or by_name[_fitted()[FALLBACK]]
    return AlignParams.from_dict(entry["params"])
