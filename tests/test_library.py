"""The public API: what `driftcheck` exports, compare(config=...), and the corpus run check()."""

from __future__ import annotations

import json
import pickle
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

import pytest

import driftcheck
from driftcheck import Config, ExitCode, FailOn, InputError, PairResult, PairSpec, check, compare
from driftcheck.pipeline import Comparer
from driftcheck.report.check_json import render_check_json
from driftcheck.report.junit import render_junit
from driftcheck.runner import LocalExecutor, OnDone, Reader
from driftcheck.testing import FakeEmbedder
from tests.helpers import run_python

WIRE = (
    "The council approved the budget on Tuesday.\n\n"
    'Spending on buses rises by 12 percent, the mayor said.\n\n"We are proud of it," she said.\n'
)
EDIT = WIRE.replace("12 percent", "15 percent")
CURLY = WIRE.replace('"We', "“We").replace('it,"', "it,”")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_dir_is_the_public_api_and_every_name_resolves() -> None:
    assert dir(driftcheck) == sorted(driftcheck.__all__)
    for name in driftcheck.__all__:
        assert getattr(driftcheck, name) is not None, name
    for name in ("Finding", "Severity", "Config", "FailOn", "ExitCode", "Policy", "check"):
        assert name in driftcheck.__all__


def test_import_stays_light() -> None:
    code = (
        "import sys, driftcheck\n"
        "heavy = [m for m in ('numpy', 'torch', 'sentence_transformers') if m in sys.modules]\n"
        "print(heavy)"
    )
    assert run_python(code).stdout.strip() == "[]"


def test_compare_honours_every_setting_of_its_config() -> None:
    fake = FakeEmbedder()
    loose = compare(WIRE, CURLY, embedder=fake)
    strict = compare(WIRE, CURLY, embedder=fake, config=Config(strict=True))
    loose_ops = {token.op.value for group in loose.alignments for token in group.diff}
    strict_ops = {token.op.value for group in strict.alignments for token in group.diff}
    assert loose_ops == {"equal", "cosmetic"}  # curly quotes are cosmetic by default
    assert strict_ops == {"equal", "delete", "insert"}
    assert strict.settings["strict"] is True
    lexical = compare(WIRE, EDIT, config=Config(model="lexical"))
    assert lexical.model.startswith("lexical")
    settings = compare(WIRE, EDIT, embedder=fake, config=Config(locale="de", language="de"))
    assert (settings.settings["locale"], settings.settings["language"]) == ("de", "de")
    assert compare(WIRE, EDIT, embedder=fake).failed  # a changed figure is an error
    assert not compare(WIRE, EDIT, embedder=fake, config=Config(fail_on=FailOn.NEVER)).failed
    with pytest.raises(InputError, match="over the 1e-05 MB limit"):
        compare(WIRE, EDIT, embedder=fake, config=Config(max_size=0.00001))


def test_arguments_override_the_config() -> None:
    comparer = Comparer(
        "lexical", embedder=FakeEmbedder(), language="fr", config=Config(language="de")
    )
    assert (comparer.model, comparer.language, comparer.config.language) == ("lexical", "fr", "fr")


def test_report_json_carries_the_verdict() -> None:
    report = compare(WIRE, EDIT, embedder=FakeEmbedder(), config=Config(max_omitted=0))
    document = report.to_dict()
    assert document["schema"] == "1.2"
    assert document["verdict"]["failed"] is True
    assert document["verdict"]["reasons"][0].endswith("at or above error")
    assert document["settings"]["fail_on"] == "error"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    write(root / "budget" / "00-wire.txt", WIRE)
    write(root / "budget" / "01-edit.txt", EDIT)
    write(root / "budget" / "02-syndicated.txt", CURLY)
    write(
        root / "budget" / "story.toml",
        'source = "00-wire.txt"\n[versions."01-edit.txt"]\nexpect = "fail"\n'
        '[versions."02-syndicated.txt"]\nexpect = "pass"\n',
    )
    return root


def test_check_is_the_corpus_run_the_cli_renders(corpus: Path) -> None:
    started: list[int] = []
    done: list[PairResult] = []
    result = check(corpus, embedder=FakeEmbedder(), on_start=started.append, on_done=done.append)
    assert started == [2]
    assert len(done) == 2
    assert [(r.spec.name, r.failed(result.fail_on)) for r in result.results] == [
        ("budget/01-edit.txt", True),
        ("budget/02-syndicated.txt", False),
    ]
    assert result.exit_code is ExitCode.DRIFT


def test_expect_mode_passes_known_drift_and_fails_when_it_goes(corpus: Path) -> None:
    expecting = Config(expect=True)
    assert check(corpus, embedder=FakeEmbedder(), config=expecting).exit_code is ExitCode.OK
    write(corpus / "budget" / "01-edit.txt", WIRE)  # the known drift is gone
    result = check(corpus, embedder=FakeEmbedder(), config=expecting)
    assert result.exit_code is ExitCode.DRIFT
    assert [r.spec.name for r in result.results if result.fails_run(r)] == ["budget/01-edit.txt"]


def test_thresholds_fail_a_pair_without_findings(corpus: Path) -> None:
    write(corpus / "budget" / "02-syndicated.txt", "The council approved the budget on Tuesday.")
    lenient = check(corpus, embedder=FakeEmbedder(), config=Config(fail_on=FailOn.NEVER))
    assert lenient.exit_code is ExitCode.OK
    strict = Config(fail_on=FailOn.NEVER, max_omitted=50)
    result = check(corpus, embedder=FakeEmbedder(), config=strict)
    short = next(r for r in result.results if r.spec.name == "budget/02-syndicated.txt")
    assert short.breaches == ("67% of A omitted (max-omitted 50%)",)
    assert result.exit_code is ExitCode.DRIFT


def test_baselined_findings_leave_the_drift_score(corpus: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    first = check(corpus, embedder=FakeEmbedder(), write_baseline=baseline)
    assert json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    again = check(corpus, embedder=FakeEmbedder(), baseline=baseline)
    for before, after in zip(first.results, again.results, strict=True):
        assert after.findings == ()
        assert after.report is not None
        assert before.report is not None
        assert after.report.drift_score <= before.report.drift_score
        assert not after.report.failed
    edit = next(r for r in first.results if r.spec.name == "budget/01-edit.txt")
    assert edit.report is not None
    assert edit.report.findings
    edit_again = next(r for r in again.results if r.spec.name == "budget/01-edit.txt")
    assert edit_again.report is not None
    assert edit_again.report.drift_score < edit.report.drift_score
    assert again.exit_code is ExitCode.OK


class _Recording:
    """An executor that runs pairs locally and records what it was asked to run."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def run(
        self, specs: Sequence[PairSpec], comparer: Comparer, read: Reader, on_done: OnDone | None
    ) -> list[PairResult]:
        self.asked += [spec.name for spec in specs]
        return LocalExecutor().run(specs, comparer, read, on_done)


def test_pairs_run_on_the_executor_given(corpus: Path) -> None:
    executor = _Recording()
    result = check(corpus, embedder=FakeEmbedder(), executor=executor)
    assert executor.asked == ["budget/01-edit.txt", "budget/02-syndicated.txt"]
    assert len(result.results) == 2


def test_check_of_an_empty_folder_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(driftcheck.UsageError, match="no version pairs found"):
        check(tmp_path)


def test_breaches_reach_the_check_documents(corpus: Path) -> None:
    write(corpus / "budget" / "02-syndicated.txt", "The council approved the budget on Tuesday.")
    config = Config(fail_on=FailOn.NEVER, max_omitted=50)
    result = check(corpus, embedder=FakeEmbedder(), config=config)
    document = json.loads(render_check_json(result))
    assert document["thresholds"] == {"max_omitted": 50.0, "max_drift": None}
    short = document["pairs"][1]
    assert (short["outcome"], short["breaches"]) == ("fail", ["67% of A omitted (max-omitted 50%)"])
    junit = ET.fromstring(render_junit(result))  # noqa: S314 - our own output
    [failure] = junit.iter("failure")
    assert failure.get("message") == "67% of A omitted (max-omitted 50%)"


def test_reports_are_immutable_and_cross_processes() -> None:
    report = compare(WIRE, EDIT, embedder=FakeEmbedder())
    with pytest.raises(TypeError):
        report.settings["strict"] = True  # type: ignore[index]
    assert pickle.loads(pickle.dumps(report)) == report  # noqa: S301 - our own object
