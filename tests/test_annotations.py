"""In GitHub Actions (GITHUB_ACTIONS=true) the check and the build also print each mistake as a
workflow command, so that the pull request shows it on its line; the plain report stays as it is."""
from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import MKDOCS_ENV
from test_editor_surfaces import break_three_ways, reported, run

from crimea_record.errors import DataError, DataErrors, Loc

EXPECTED_COMMANDS = [
    "::error file=data/events.yml,line=5,col=9::event 'fixture-event-day': date 2099-06-15 is in the future; the timeline records what has happened",
    "::error file=data/figures.yml,line=10,col=11::figure 'fixture-cases': source 'fixture-repot' is not defined (did you mean 'fixture-report'?)",
    "::error file=docs/prosecutions.md,line=3,col=89::{{ fig fixture-conviction }}: figure 'fixture-conviction' is not defined (did you mean 'fixture-convictions'?)",
]


def _in_actions(project, *args) -> subprocess.CompletedProcess:
    env = {**MKDOCS_ENV, "PYTHONPATH": str(project / "hooks"), "GITHUB_ACTIONS": "true"}
    return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, env=env, cwd=project, timeout=120)


def _commands(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("::")]


@pytest.mark.parametrize("command", [("crimea_record", "check"), ("mkdocs", "build", "--strict")], ids=["check", "build"])
def test_each_mistake_is_a_workflow_command_on_its_line(small_project, command):
    expected = break_three_ways(small_project)
    result = _in_actions(small_project, *command)
    assert result.returncode == 1
    assert _commands(result.stdout) == EXPECTED_COMMANDS
    # The editor's report is unchanged, on standard error as before.
    assert reported(result.stderr) == expected
    assert _commands(result.stderr) == []


def test_outside_actions_nothing_but_the_report(small_project):
    break_three_ways(small_project)
    result = run(small_project, "crimea_record", "check")
    assert result.returncode == 1
    assert _commands(result.stdout + result.stderr) == []


def test_a_clean_check_prints_no_command(small_project):
    result = _in_actions(small_project, "crimea_record", "check")
    assert result.returncode == 0, result.stderr
    assert _commands(result.stdout + result.stderr) == []


def test_text_from_the_data_cannot_end_or_forge_a_command():
    """A line break ends a workflow command, and ',' and ':' end a property: all are encoded."""
    error = DataError(Loc("data/odd,name:x.yml", 3, 7), "value '100%'\n::error file=x::forged\r")
    assert error.annotation() == "::error file=data/odd%2Cname%3Ax.yml,line=3,col=7::value '100%25'%0A::error file=x::forged%0D"
    assert "\n" not in DataErrors([error]).annotations()
