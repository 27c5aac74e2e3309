"""`python -m crimea_record diff BASE`: what an edit changes on the site, as Markdown for the
pull request, from the fixture project committed to a throw-away git repository."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MKDOCS_ENV

GIT = ["git", "-c", "user.name=Fixture Editor", "-c", "user.email=editor@fixture.example.org", "-c", "init.defaultBranch=main"]
URL = "https://fixture.example.org/"


def git(repo: Path, *args: str) -> str:
    return subprocess.run([*GIT, "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout.strip()


def diff(repo: Path, base: str) -> subprocess.CompletedProcess:
    env = {**MKDOCS_ENV, "PYTHONPATH": str(repo / "hooks")}
    return subprocess.run([sys.executable, "-m", "crimea_record", "diff", base], capture_output=True, text=True, env=env, cwd=repo, timeout=120)


def replace(repo: Path, rel: str, old: str, new: str) -> None:
    path = repo / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {rel}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def repo(small_project) -> Path:
    """The fixture project as the main branch of a new repository, with a branch `edit` checked out."""
    git(small_project, "init", "-q")
    git(small_project, "add", "-A")
    git(small_project, "commit", "-q", "-m", "fixture")
    git(small_project, "checkout", "-q", "-b", "edit")
    return small_project


def test_a_changed_figure_with_its_old_and_new_value_and_every_page_showing_it(repo):
    replace(repo, "data/figures.yml", "  value: 120\n", "  value: 135\n")
    replace(repo, "data/figures.yml", "  as_of: 2023-05\n", "  as_of: 2023-06\n")
    result = diff(repo, "main")
    assert result.returncode == 0, result.stderr
    commit = git(repo, "rev-parse", "--short=7", "main")
    assert result.stdout == f"""<!-- crimea-record-diff -->
## What this change does to the site

Compared with `main` (commit `{commit}`): 1 figure changed.

Links lead to the published site, which shows the values from before this change until it is merged.

### Figures

- **[Fixture cases counted for testing]({URL}figures/#fixture-cases)** `fixture-cases` · data/figures.yml, line 4
  - value: 120 → 135
  - as of: May 2023 → June 2023
  - shown on: [Figures]({URL}figures/#fixture-cases), [Fixture home]({URL}), [Fixture prosecutions]({URL}prosecutions/), [Violations of international humanitarian law]({URL}violations/), [Sources]({URL}sources/), [Full report]({URL}report/)
"""


def test_a_qualifier_changed_to_more_than_is_said_in_the_pages_words(repo):
    """`diff` reads the one qualifier table (render/language.py); it once knew no 'more-than'."""
    replace(repo, "data/figures.yml", "  value: 120\n  qualifier: exact\n", "  value: 120\n  qualifier: more-than\n")
    replace(repo, "data/figures.yml", "    - value: 90\n      qualifier: at-least\n", "    - value: 90\n      qualifier: more-than\n")
    result = diff(repo, "main")
    assert result.returncode == 0, result.stderr
    assert "  - qualifier: exact → more than\n" in result.stdout
    assert "more than 90" in result.stdout, result.stdout  # the earlier value, in the history


def test_new_and_removed_records_and_changed_pages(repo):
    replace(repo, "data/events.yml", "- id: fixture-event-month\n  date: 2020-03\n  title: Fixture event in a month\n  description: An invented event.\n  sources: [fixture-earlier]\n  uk:\n    translated_from: 3a94d67e1902ad75\n    title: \"Вигадана подія певного місяця\"\n    description: \"Вигадана подія.\"\n\n", "")
    events = repo / "data" / "events.yml"
    events.write_text(events.read_text(encoding="utf-8") + "\n- id: fixture-event-new\n  date: 2022-01\n  title: A new fixture event\n  sources: [fixture-report]\n", encoding="utf-8")
    replace(repo, "docs/jurisdiction.md", "dates from", "was adopted in")
    result = diff(repo, "main")
    assert result.returncode == 0, result.stderr
    assert "1 event added, 1 event removed, 1 page with new text." in result.stdout
    body = result.stdout.split("### Events\n\n", 1)[1]
    assert body == f"""- new: **[A new fixture event]({URL}timeline/#fixture-event-new)** `fixture-event-new` · data/events.yml, line 21
  - shown on: [Timeline]({URL}timeline/#fixture-event-new), [Sources]({URL}sources/), [Full report]({URL}report/)
- removed: **Fixture event in a month** `fixture-event-month`
  - was shown on: [Timeline]({URL}timeline/#fixture-event-month), [Sources]({URL}sources/), [Full report]({URL}report/). Its permanent link stops working unless `data/redirects.yml` forwards it.

### Pages

- text changed: [Fixture jurisdiction]({URL}jurisdiction/) `docs/jurisdiction.md`
"""


def test_data_text_cannot_become_markup_in_the_comment(repo):
    replace(repo, "data/figures.yml", 'label: Fixture pupils in "Fixture Club" programmes', 'label: "<img src=x onerror=alert(1)> *Fixture* | [club](https://bad.example.org)"')
    result = diff(repo, "main")
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("  - label:"))
    # Escaped for GitHub's Markdown: shown as written, with no tag, emphasis, table cell, link or autolink.
    assert line == (
        '  - label: “Fixture pupils in "Fixture Club" programmes” → '
        "“\\<img src=x onerror=alert(1)\\> \\*Fixture\\* \\| \\[club\\](https\\://bad.example.org)”"
    )


def test_an_unchanged_tree_says_so(repo):
    result = diff(repo, "main")
    assert result.returncode == 0, result.stderr
    assert "nothing readers see: no figure, source, provision, violation, event or page changed." in result.stdout
    assert "###" not in result.stdout


def test_a_broken_edit_lists_its_mistakes_instead(repo):
    replace(repo, "data/figures.yml", "  source: fixture-report\n", "  source: fixture-repot\n")
    result = diff(repo, "main")
    assert result.returncode == 1
    assert result.stdout.splitlines()[-1] == (
        "- `data/figures.yml` line 10, column 11: figure 'fixture-cases'\\: source 'fixture-repot' is not defined (did you mean 'fixture-report'?)"
    )
    assert "data/figures.yml:10:11: figure 'fixture-cases': source 'fixture-repot' is not defined" in result.stderr


def test_an_unknown_base_is_named(repo):
    result = diff(repo, "no-such-branch")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip() == "diff: 'no-such-branch' is not a branch, tag or commit of this repository"


def test_base_found_on_origin_in_a_fresh_clone(repo, tmp_path):
    clone = tmp_path / "clone"
    subprocess.run([*GIT, "clone", "-q", "--branch", "edit", str(repo), str(clone)], check=True)
    replace(clone, "data/figures.yml", "  value: 120\n", "  value: 135\n")
    result = diff(clone, "main")  # only origin/main exists here
    assert result.returncode == 0, result.stderr
    assert "  - value: 120 → 135\n" in result.stdout


def _normal(markdown: str) -> str:
    """The parts of a sample that change with every commit and every new entry in the data."""
    return re.sub(r"line \d+", "line N", re.sub(r"\(commit `[0-9a-f]{7}`\)", "(commit `abc1234`)", markdown))


def test_the_editors_guide_shows_what_diff_prints(tmp_path):
    """The sample on the For editors page: the guide's own examples committed on main, then its
    "Update a figure" change on a branch (real project, so the pages are the real ones)."""
    from conftest import copy_project
    from test_editors_guide import EXAMPLES, GUIDE, apply

    project = copy_project(tmp_path / "project")
    update = [example for example in EXAMPLES if example[0] == "data/figures.yml"][1]
    apply(project, [example for example in EXAMPLES if example is not update])
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "the guide's examples")
    git(project, "checkout", "-q", "-b", "update")
    apply(project, [update])
    result = diff(project, "main")
    assert result.returncode == 0, result.stderr
    samples = re.findall(r"^``` \{ \.markdown \.diff-sample \}\n(.*?)^```$", GUIDE, re.M | re.S)
    assert len(samples) == 1
    assert _normal(samples[0]) == _normal(result.stdout), "docs/editors.md shows an outdated sample; what diff prints now:\n" + result.stdout


def test_a_base_the_new_code_cannot_read_is_said_not_failed(repo):
    """A change to the code that makes the old data invalid (here: the base had a mistake)."""
    git(repo, "checkout", "-q", "main")
    replace(repo, "data/figures.yml", "  value: 120\n", "  value: 120 cases\n")
    git(repo, "commit", "-q", "--no-verify", "-am", "a broken base")
    git(repo, "checkout", "-q", "edit")
    git(repo, "checkout", "main", "--", ".")  # the edit branch's tree as on main...
    replace(repo, "data/figures.yml", "  value: 120 cases\n", "  value: 135\n")  # ...then corrected
    result = diff(repo, "main")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[3] == (
        "No comparison: this change's code finds 1 mistake in the data at `main` (for example, a field it now requires), "
        "so what it changes on the site cannot be listed. The first: `data/figures.yml:6:10` figure 'fixture-cases'\\: "
        "field 'value'\\: '120 cases' is not a whole number\\: write just 120; words such as 'cases' belong in unit"
    )


def test_a_changed_quote_shows_the_sources_words(repo):
    replace(repo, "data/figures.yml", "  value: 250\n", "  value: 260\n")
    replace(repo, "data/figures.yml", "клубі 250 учнів.", "клубі 260 учнів.")
    replace(repo, "data/figures.yml", "has 250 pupils.", "has 260 pupils.")
    result = diff(repo, "main")
    assert result.returncode == 0, result.stderr
    assert "  - value: 250 → 260\n  - quote: “У вигаданому клубі 250 учнів.” → “У вигаданому клубі 260 учнів.”\n" in result.stdout
