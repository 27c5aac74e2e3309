"""Each hostile input of issue 12's attack run: a located message, never a traceback; or, where
the input is harmless text, a clean run. `check` and the build report the same, all at once."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest
from conftest import MKDOCS_ENV, mkdocs_build

from crimea_record.errors import DataErrors
from crimea_record.pipeline import prepare

from .cases import CASES, Case, append, write

LOCATED = re.compile(r"^  (data|docs|translations)/[\w./-]+:\d+:\d+: \S")


@pytest.mark.parametrize("case", CASES, ids=str)
def test_hostile_input_gets_its_located_message(case: Case, small_project):
    case.edit(small_project)
    try:
        prepare(small_project)
    except DataErrors as errors:
        found = [str(e) for e in errors.errors]
    else:
        found = []
    if case.name == "css-import-in-style-sheet":
        assert len(found) == 1 and re.match(r"docs/assets/site\.css:\d+:1: '@import \"https://evil\.example/x\.css\"' loads from another site", found[0]), found
        return
    assert sorted(found) == sorted(case.messages), "\n".join(found)


def test_every_item_of_the_issue_has_cases():
    items = {case.item for case in CASES}
    assert {1, 4, 5, 7, 8, 9, 10} <= items
    print(f"\n{len(CASES)} hostile input cases")


def test_labels_that_yaml_1_1_made_numbers_stay_text(small_project):
    text = (small_project / "data" / "figures.yml").read_text(encoding="utf-8")
    text = text.replace("label: Fixture cases counted for testing", "label: 12:30", 1)
    text = text.replace("label: Fixture convictions in those cases", "label: no", 1)
    text = text.replace("unit: fixture convictions", "unit: 010", 1)
    text = text.replace("unit: fixture people", "unit: 1.50", 1)
    (small_project / "data" / "figures.yml").write_text(text, encoding="utf-8")
    figures = prepare(small_project).dataset.figures
    assert figures["fixture-cases"].label == "12:30"
    assert figures["fixture-convictions"].label == "no"
    assert figures["fixture-convictions"].unit == "010"
    assert figures["fixture-people"].unit == "1.50"


def _run_check(project) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "crimea_record", "--root", str(project), "check"], capture_output=True, text=True, env=MKDOCS_ENV, timeout=300)


def test_check_and_build_list_the_same_mistakes_all_at_once(small_project, tmp_path):
    """Three mistakes only the build used to find, and three data mistakes: one run lists all."""
    for edit in (
        write("data/redirects.yml", "- old: gone/\n  new: nowhere/\n- old: a/\n  new: gone/\n"),
        append("docs/index.md", "\n<iframe src=\"https://evil.example/frame\"></iframe>\n"),
        append("docs/assets/site.css", "\n.x { background: url(https://evil.example/bg.png); }\n"),
    ):
        edit(small_project)
    check = _run_check(small_project)
    build = mkdocs_build(small_project, tmp_path / "out")
    assert check.returncode == 1 and build.returncode == 1
    assert "Traceback" not in check.stderr + build.stderr
    listed = [line.strip() for line in check.stderr.splitlines() if LOCATED.match(line)]
    assert len(listed) == 6, check.stderr
    assert "data/redirects.yml:2:8: redirect target 'nowhere/'" in check.stderr
    assert "data/redirects.yml:4:8: redirect target 'gone/' is redirected again on line 1" in check.stderr
    assert "docs/index.md:9:1: <iframe>" in check.stderr
    assert "docs/assets/site.css:" in check.stderr and "url(https://evil.example/bg.png)" in check.stderr
    for line in listed:
        assert line in build.stderr, f"the build does not list: {line}"


@pytest.mark.parametrize("case", [c for c in CASES if c.name in ("marker-and-img-in-label", "5000-digit-value", "alias-bomb-in-sources.yml", "non-utf8-redirects", "nesting-200000-deep")], ids=str)
def test_check_command_gives_the_message_without_a_traceback(case: Case, small_project):
    case.edit(small_project)
    result = _run_check(small_project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    for message in case.messages:
        assert message in result.stderr
