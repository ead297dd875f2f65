"""bench/fit_align.py's objectives: mean F1, and the charge for not leading each set's baselines."""

from __future__ import annotations

import pytest

from bench.fit_align import MARGIN, logistic, objective, with_model
from driftcheck.align.decide import FEATURES
from driftcheck.align.params import AlignParams

RESULTS = {
    "gold": {"link_f1": 0.95, "unpaired_f1": 0.90},
    "argrewrite": {"link_f1": 0.96, "unpaired_f1": 0.80},
}
BESTS = {
    "gold": {"link_f1": 0.85, "unpaired_f1": 0.74},
    "argrewrite": {"link_f1": 0.95, "unpaired_f1": 0.82},
}


def test_the_mean_goal_averages_both_f1s_over_sets() -> None:
    assert objective(RESULTS) == pytest.approx(((0.95 + 0.90) / 2 + (0.96 + 0.80) / 2) / 2)


def test_the_margin_goal_charges_a_set_for_its_worse_f1_short_of_a_clear_lead() -> None:
    # gold leads by 0.10 and 0.16: no charge; argrewrite loses unpaired F1 by 0.02
    charge = (0.80 - 0.82) - MARGIN
    assert objective(RESULTS, BESTS) == pytest.approx(objective(RESULTS) + charge / 2)


def test_text_berg_is_judged_on_link_and_bead_strict_f1() -> None:
    results = {"textberg": {"link_f1": 0.94, "unpaired_f1": 0.1, "bead_strict_f1": 0.83}}
    bests = {"textberg": {"link_f1": 0.92, "bead_strict_f1": 0.936}}
    assert objective(results) == pytest.approx((0.94 + 0.83) / 2)
    assert objective(results, bests) == pytest.approx((0.94 + 0.83) / 2 + 0.83 - 0.936 - MARGIN)


def test_logistic_separates_linked_from_unlinked_candidates() -> None:
    rows = [([0.9, 0.3], True), ([0.8, 0.2], True), ([0.3, -0.1], False), ([0.2, 0.0], False)]
    rows = rows * 5
    w = logistic(rows)
    z = [w[-1] + w[0] * x[0] + w[1] * x[1] for x, _ in rows[:4]]
    assert min(z[:2]) > 0
    assert max(z[2:]) < 0


def test_with_model_names_each_weight_after_its_feature() -> None:
    params = with_model(AlignParams(), [float(n) for n in range(len(FEATURES) + 1)], 0.4)
    assert params.calibrated == 0.4
    assert [getattr(params, f"w_{name}") for name in FEATURES] == list(range(len(FEATURES)))
    assert params.w_bias == len(FEATURES)
