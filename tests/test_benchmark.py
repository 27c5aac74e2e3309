"""The benchmark (tests/benchmarks/) keeps working: a small run of it is part of the test run.

It prints figures and asserts nothing about them (no timed tests); these tests check only that
it runs to the end at 1x (and at 10x, `-m bench10x`) and says why when a build fails.
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ROOT

BENCH = ROOT / "tests" / "benchmarks"
sys.path.insert(0, str(BENCH))


def _run(scales: str) -> str:
    result = subprocess.run(
        [sys.executable, str(BENCH / "scale.py"), "--scales", scales, "--runs", "1", "--no-lighthouse", "--edits", "1", "--no-write"],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=1200,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def _assert_tables(out: str, scales: list[str]) -> None:
    headings = ["## Build cost", "## Page weight at 1x", "## Targets"] + [f"## Edit to view under `mkdocs serve` at {s}" for s in scales]
    for heading in headings:
        assert heading in out, f"{heading!r} missing from the benchmark's output"
    rows = [line for line in out.splitlines() if line.startswith(tuple(f"| {s} |" for s in scales))]
    assert len(rows) == len(scales) and "pages differ" not in out
    for target in ("hooks build ≤ 2 × plain CPU at 1x", "Home ≤ 90 KB gzipped", "edit to view ≤ 1 s at 1x"):
        assert target in out


@pytest.mark.browser  # its page weights are what Chromium transfers
def test_smoke_run_at_1x_prints_every_table():
    _assert_tables(_run("1"), ["1x"])


@pytest.mark.bench10x
@pytest.mark.browser
def test_run_at_1x_and_10x_prints_every_table():
    out = _run("1,10")
    _assert_tables(out, ["1x", "10x"])
    assert "edit to view ≤ 2 s at 10x" in out


def test_a_failed_build_shows_what_mkdocs_said(small_project):
    import scale

    page = small_project / "docs" / "index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nSee [nowhere](no-such-page.md).\n", encoding="utf-8")
    with pytest.raises(SystemExit) as failed:
        scale.child_build(small_project / "mkdocs.yml", small_project / "site")
    message = str(failed.value)
    assert "MkDocs said" in message
    assert "contains a link 'no-such-page.md', but the target is not found among documentation files" in message
