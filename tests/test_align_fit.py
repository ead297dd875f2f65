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


def test_a_floor_refuses_a_setting_that_costs_one_set_more_than_keep() -> None:
    from dataclasses import replace

    from bench.fit_align import KEEP, DevSet, fit

    def run_gold(params: AlignParams) -> dict[str, float]:
        return {"link_f1": 0.3 + params.part, "unpaired_f1": 0.9}

    def run_argrewrite(params: AlignParams) -> dict[str, float]:  # part above 0.5 costs it
        return {"link_f1": 0.95 - max(0.0, params.part - 0.5) / 2, "unpaired_f1": 0.8}

    sets = [DevSet("gold", run_gold), DevSet("argrewrite", run_argrewrite)]
    start = replace(AlignParams(), part=0.4)
    floor = {s.name: s.run(start) for s in sets}
    free, _ = fit(sets, start, 1, lambda _: None, ["part"])
    kept, results = fit(sets, start, 1, lambda _: None, ["part"], floor=floor)
    assert free.part == 0.6  # the mean still rises past 0.5: gold gains twice what it costs
    assert kept.part == 0.5  # past 0.5, argrewrite would lose more than KEEP
    assert results["argrewrite"]["link_f1"] >= floor["argrewrite"]["link_f1"] - KEEP
