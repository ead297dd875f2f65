"""The HTML report in a real browser: headless Chromium shows what a reader would see.

Without Chromium these tests fail when the CI environment variable is set (CI installs
it, so its absence is a broken setup) and are skipped elsewhere.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from driftcheck.report.html import render_html
from tests.test_report_html import SCRIPT, Page, desk_report
from tests.test_report_terminal import DESK_B

_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)  # fmt: skip


def _chromium() -> str:
    """The browser's path, or a failure (in CI) or skip (elsewhere) saying it is missing."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    message = "chromium not found: install it with `apt-get install -y chromium`"
    if os.environ.get("CI"):
        pytest.fail(f"{message} (CI is set, so the browser tests must run)")
    pytest.skip(message)


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The desk story's report, with a script tag in B's added sentence, written to disk."""
    added = f"The army has been deployed to the area. {SCRIPT}"
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(render_html(desk_report((*DESK_B[:6], added))), encoding="utf-8")
    return path


def _run(page: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [_chromium(), *_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args]
    return subprocess.run(
        [*command, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env={**os.environ, "HOME": str(tmp_path)},
    )


def test_browser_shows_findings_struck_deletions_and_escaped_script(
    page_file: Path, tmp_path: Path
) -> None:
    shown = _run(page_file, tmp_path, "--enable-logging=stderr", "--v=0", "--dump-dom")
    assert "Content Security Policy" not in shown.stderr, "the page's own script was blocked"
    dom = Page(shown.stdout)
    [panel] = dom.all("section", id="findings")
    assert "Number changed: 12 -> 21" in panel.text
    assert "Negation flipped: did not confirm -> confirmed" in panel.text
    assert "did not confirm" in [e.text for e in dom.by_id("g4").inner if e.tag == "del"]
    assert SCRIPT in dom.by_id("g7").text
    assert [e for e in dom.all("script") if "alert" in e.text] == []


def test_browser_screenshot_is_a_full_page(page_file: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    _run(page_file, tmp_path, f"--screenshot={shot}", "--window-size=1200,900")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1200, 900)
    assert len(data) > 30_000, "the screenshot is nearly blank"
