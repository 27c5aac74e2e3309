"""Edit links: every figure, source, provision, violation and event links to its own first
line in the repository's web editor, from repo_url and edit_uri in mkdocs.yml; with no
repository set, there are none. Built from the fixture project, with a repository added."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import assert_clean_build, mkdocs_build
from fixture_project import fixture_project
from htmltree import parse as parse_html

from crimea_record.model.addresses import SiteInfo, edit_base
from crimea_record.model.kinds import KINDS

REPO = "https://github.com/fixture-owner/fixture-record"
EDIT = REPO + "/edit/main/"
KINDS_WITH_PAGES = [kind for kind in KINDS.values() if kind.page]


@pytest.fixture(scope="module")
def repo_project(tmp_path_factory) -> Path:
    project = fixture_project(tmp_path_factory.mktemp("repo") / "project")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + f"\nrepo_url: {REPO}\nedit_uri: edit/main/docs/\n", encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def repo_site(repo_project) -> Path:
    site = repo_project / "site"
    assert_clean_build(mkdocs_build(repo_project, site), "strict build of the fixture project with a repository")
    return site


def _first_lines(data_file: Path) -> dict[str, int]:
    """Each entry's id and the line of its '- id:'."""
    return {m[1]: n for n, line in enumerate(data_file.read_text(encoding="utf-8").splitlines(), 1) if (m := re.match(r"^- id: (\S+)$", line))}


def _edit_links(site: Path, page: str) -> list[str]:
    html = parse_html((site / page.removesuffix(".md") / "index.html").read_text(encoding="utf-8"))
    return [a.attrs["href"] for a in html.find_all("a", cls="record-edit")]


@pytest.mark.parametrize("kind", KINDS_WITH_PAGES, ids=lambda k: k.name)
def test_every_entry_links_to_its_line_in_the_web_editor(repo_project, repo_site, kind):
    lines = _first_lines(repo_project / "data" / kind.data_file)
    assert lines, f"the fixture has no {kind.plural}"
    expected = sorted(f"{EDIT}data/{kind.data_file}#L{line}" for line in lines.values())
    assert sorted(_edit_links(repo_site, kind.page)) == expected


def test_edit_link_follows_its_entry_and_says_where(repo_site):
    html = (repo_site / "figures" / "index.html").read_text(encoding="utf-8")
    # The link comes after its own figure's heading and before the next figure's.
    entry = html[html.index('id="fixture-cases"'):html.index('id="fixture-convictions"')]
    assert f'href="{EDIT}data/figures.yml#L4"' in entry
    link = parse_html(entry).find_all("a", cls="record-edit")[0]
    assert link.words() == "Edit"
    assert link.attrs["title"] == "Edit in data/figures.yml, line 4"
    assert link.attrs["rel"] == "noopener noreferrer"


def test_repository_link_fetches_nothing_from_the_host(repo_site):
    """Material's script fetches stars and forks for a header link marked data-md-component="source"."""
    html = parse_html((repo_site / "index.html").read_text(encoding="utf-8"))
    sources = html.find_all("a", cls="md-source")
    assert sources and all(a.attrs["href"] == REPO for a in sources)
    assert all("data-md-component" not in a.attrs for a in sources)


def test_no_edit_links_without_a_repository(small_site):
    for kind in KINDS_WITH_PAGES:
        assert _edit_links(small_site, kind.page) == [], kind.page
    assert 'class="md-source"' not in (small_site / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("repo_url", "edit_uri", "expected"),
    [
        (REPO, "edit/main/docs/", EDIT),
        (REPO + "/", "edit/main/docs", EDIT),
        (REPO, "/fixture-owner/fixture-record/edit/trunk/docs/", REPO + "/edit/trunk/"),
        (REPO, "https://editor.example.org/record/edit/main/docs/", "https://editor.example.org/record/edit/main/"),
        (REPO, "edit/main/site-src/", ""),  # the data's folder cannot be told: no links rather than wrong ones
        (REPO, "", ""),
        (None, "edit/main/docs/", ""),
    ],
)
def test_edit_base_from_the_config(repo_url, edit_uri, expected):
    assert edit_base(repo_url, edit_uri, "docs") == expected


def test_command_line_reads_the_repository_like_mkdocs(tmp_path):
    """Without edit_uri, MkDocs assumes edit/master/docs/ for github.com; the command line too."""
    (tmp_path / "mkdocs.yml").write_text(f"site_name: X\nrepo_url: {REPO}\n", encoding="utf-8")
    assert SiteInfo.from_config(tmp_path).edit_base == REPO + "/edit/master/"
    (tmp_path / "mkdocs.yml").write_text(f"site_name: X\nrepo_url: {REPO}\nedit_uri: edit/main/docs/\n", encoding="utf-8")
    assert SiteInfo.from_config(tmp_path).edit_base == EDIT
    (tmp_path / "mkdocs.yml").write_text("site_name: X\n", encoding="utf-8")
    assert SiteInfo.from_config(tmp_path).edit_base == ""


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_pages_with_edit_links_stay_local_and_accessible(browser, repo_site, scheme):
    """With a repository set: no request to the host (Material's repository facts), and axe
    (WCAG 2.1 A and AA) finds nothing on the pages that carry Edit links."""
    from urllib.parse import urlsplit

    from axe_playwright_python.sync_playwright import Axe
    from site_server import DESKTOP, serve

    pages = ["", *(kind.page.removesuffix(".md") + "/" for kind in KINDS_WITH_PAGES)]
    with serve(repo_site) as base:
        context = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
        page = context.new_page()
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        found = []
        for path in pages:
            page.goto(base + path, wait_until="networkidle")
            results = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}, "resultTypes": ["violations"]})
            found += [f"{path or 'Home'}: {v['id']} {v['help']}" for v in results.response["violations"]]
        context.close()
    assert len(requests) >= len(pages)
    assert [u for u in requests if urlsplit(u).scheme in ("http", "https") and urlsplit(u).netloc != urlsplit(base).netloc] == []
    assert found == []
