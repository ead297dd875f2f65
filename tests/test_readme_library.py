"""The README's Library section, run verbatim (twice in one process), and its pre-commit config."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import ROOT, run_python


def _library_snippet() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Library", 1)[1]
    found = re.search(r"```python\n(.*?)```", section, flags=re.DOTALL)
    assert found, "the README's Library section has no python block"
    return found.group(1)


@pytest.mark.model
def test_library_section_runs_twice_in_one_process(tmp_path: Path) -> None:
    snippet = _library_snippet()
    code = f"{snippet}\n{snippet}\nprint('ok', type(compare).__name__, report.summary.a_sentences)"
    result = run_python(code, env={"XDG_CACHE_HOME": str(tmp_path)})
    assert result.stdout.rstrip().endswith("ok function 2")
    assert result.stdout.count("Summary(") == 4


def test_compare_is_the_function_not_the_module() -> None:
    code = (
        "import driftcheck\n"
        "from driftcheck import compare\n"
        "from driftcheck.testing import FakeEmbedder\n"
        "comparer = driftcheck.Comparer(embedder=FakeEmbedder())\n"
        "for _ in range(2):\n"
        "    assert callable(driftcheck.compare), driftcheck.compare\n"
        "    assert callable(compare), compare\n"
        "    comparer.compare('A cat sat. It slept.', 'A cat sat. It woke.')\n"
        "print(driftcheck.compare is compare)\n"
    )
    assert run_python(code).stdout.strip() == "True"


def _hooks() -> dict[str, str]:
    """id -> the hook's block of .pre-commit-hooks.yaml."""
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    return {block.split("\n", 1)[0].strip(): block for block in text.split("\n- id: ")[1:]}


def test_the_recommended_pre_commit_hook_uses_the_installed_driftcheck() -> None:
    hooks = _hooks()
    assert next(iter(hooks)) == "driftcheck"  # the one a user picks first
    assert "language: system" in hooks["driftcheck"]
    assert "language: python" in hooks["driftcheck-isolated"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### pre-commit", 1)[1]
    found = re.search(r"```yaml\n(.*?)```", section, flags=re.DOTALL)
    assert found, "the README's pre-commit section has no config to copy"
    config = found.group(1)
    assert "language: system" in config
    assert re.search(r"entry: driftcheck check \S+", config)
    assert "5.9 GB" in section  # the isolated hook's cost is stated
