"""ProperDocs, the maintained fork of MkDocs 1.x, builds the same mkdocs.yml, hooks and theme.

If MkDocs 1.x stops installing, ProperDocs is the drop-in replacement: these tests build the
site with both, strictly, and compare the output page by page.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT, assert_clean_build, mkdocs_build
from site_summary import differences, html_pages, read_site

# Every way the two builds may differ, and why that does no harm. Each must still occur:
# a stale entry fails test_every_allowed_difference_still_occurs, so the list stays true.
HARMLESS = {
    "generator tag": (
        re.compile(r'<meta name="generator" content="[^"]*">'),
        "names the program that built the page (mkdocs-1.6.1 or mkdocs-ProperDocs 1.6.7); readers never see it",
    ),
}


@pytest.fixture(scope="session")
def properdocs_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("properdocs-site")
    # Built as built_site is (and the deploy workflow builds): with the offline copy.
    assert_clean_build(mkdocs_build(ROOT, site, generator="properdocs", env={"CRIMEA_RECORD_OFFLINE_COPY": "1"}), "ProperDocs strict build")
    return site


def _generator(site: Path) -> str:
    return re.search(r'<meta name="generator" content="([^"]*)">', (site / "index.html").read_text()).group(1)


def test_each_build_was_made_by_its_own_generator(built_site, properdocs_site):
    assert _generator(built_site).startswith("mkdocs-1.")
    assert "ProperDocs" in _generator(properdocs_site)


def _files(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())


def test_properdocs_builds_the_same_files(built_site, properdocs_site):
    assert _files(properdocs_site) == _files(built_site)


def test_same_pages_anchors_figures_and_text(built_site, properdocs_site):
    mkdocs, properdocs = read_site(built_site), read_site(properdocs_site)
    assert len(mkdocs) > 10
    assert sum(len(p.figures) for p in mkdocs.values()) > 20, "the comparison must see the figures"
    assert differences(mkdocs, properdocs, ("ids", "figures", "links", "text")) == []


def _normalised(text: str) -> str:
    for pattern, _why in HARMLESS.values():
        text = pattern.sub("", text)
    return text


def test_every_file_is_identical_but_for_the_harmless_differences(built_site, properdocs_site):
    different = []
    for path in _files(built_site):
        a, b = (built_site / path).read_bytes(), (properdocs_site / path).read_bytes()
        if a != b and _normalised(a.decode("utf-8", "replace")) != _normalised(b.decode("utf-8", "replace")):
            different.append(path)
    assert different == [], "these files differ in ways HARMLESS does not explain: find why, then fix or explain"


@pytest.mark.parametrize("name", sorted(HARMLESS))
def test_every_allowed_difference_still_occurs(built_site, properdocs_site, name):
    pattern, _why = HARMLESS[name]
    pages = html_pages(built_site)
    assert any(
        pattern.findall((built_site / p).read_text()) != pattern.findall((properdocs_site / p).read_text()) for p in pages
    ), f"{name!r} no longer differs between MkDocs and ProperDocs: remove it from HARMLESS"
