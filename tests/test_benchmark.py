"""The benchmark (tests/benchmarks/) keeps working: a small run of it is part of the test run.

It prints figures and asserts nothing about them (no timed tests); these tests check only that
it runs to the end at 1x and 10x and says why when a build fails.
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ROOT

BENCH = ROOT / "tests" / "benchmarks"
sys.path.insert(0, str(BENCH))


def test_smoke_run_at_1x_and_10x_prints_every_table():
    result = subprocess.run(
        [sys.executable, str(BENCH / "scale.py"), "--scales", "1,10", "--runs", "1", "--no-lighthouse", "--edits", "1"],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    for heading in ("## Build cost", "## Edit to view under `mkdocs serve` at 1x", "## Edit to view under `mkdocs serve` at 10x", "## Page weight at 1x", "## Targets"):
        assert heading in out, f"{heading!r} missing from the benchmark's output"
    rows = [line for line in out.splitlines() if line.startswith(("| 1x |", "| 10x |"))]
    assert len(rows) == 2 and "pages differ" not in out
    for target in ("hooks build ≤ 1.05 × plain CPU at 10x", "Home ≤ 90 KB gzipped", "edit to view ≤ 1 s at 1x", "edit to view ≤ 2 s at 10x"):
        assert target in out


def test_a_failed_build_shows_what_mkdocs_said(small_project):
    import scale

    page = small_project / "docs" / "index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nSee [nowhere](no-such-page.md).\n", encoding="utf-8")
    with pytest.raises(SystemExit) as failed:
        scale.child_build(small_project / "mkdocs.yml", small_project / "site")
    message = str(failed.value)
    assert "MkDocs said" in message
    assert "contains a link 'no-such-page.md', but the target is not found among documentation files" in message
