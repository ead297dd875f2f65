"""Golden cases: small story pairs with the alignment an editor expects (real model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from driftcheck.pipeline import Comparer
from tests.helpers import CASES, assert_partition, describe, load_case

pytestmark = pytest.mark.model


@pytest.mark.parametrize("path", sorted(CASES.glob("*.case")), ids=lambda p: p.stem)
def test_golden_case(path: Path, real_comparer: Comparer) -> None:
    case = load_case(path)
    report = real_comparer.compare(case.a, case.b)
    assert_partition(report)
    assert [describe(g) for g in report.alignments] == case.expect, case.description


def test_cases_exist() -> None:
    assert len(list(CASES.glob("*.case"))) >= 8
