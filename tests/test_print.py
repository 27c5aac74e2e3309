"""Print: the full report page, and every page printed to PDF by headless Chromium."""
from __future__ import annotations

import io
import re
from pathlib import Path

import permalinks
import pytest
from conftest import ROOT
from fixture_project import load_dataset
from htmltree import article, page
from pypdf import PdfReader

# The topic pages in reading order, then the Figures appendix.
REPORT_PAGES = ["", "conscription", "prosecutions", "children", "violations", "jurisdiction", "figures"]
# The same for the fixture project (tests/fixtures/project/), which has fewer topic pages,
# and its figures as the site states them.
FIXTURE_REPORT_PAGES = ["", "prosecutions", "violations", "jurisdiction", "figures"]
FIXTURE_FIGURES = ["120 fixture cases", "45 fixture convictions", "at least 30 fixture cases", "about 5,000 fixture people", "250 fixture pupils"]


def pdf_text(browser, url: str) -> str:
    page = browser.new_page()
    page.goto(url)
    page.emulate_media(media="print")
    data = page.pdf(format="A4", print_background=False)
    page.close()
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _h(el) -> str:
    return " ".join(el.text().replace("¶", "").split())


def test_report_has_one_h1_and_every_topic_page_in_order(built_site):
    report = article(built_site, "report")
    headings = [e for e in report.iter() if re.fullmatch(r"h[1-6]", e.tag)]
    assert [h.tag for h in headings].count("h1") == 1 and headings[0].tag == "h1"
    levels = [int(h.tag[1]) for h in headings]
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:])), "a heading level is skipped"
    h2 = [_h(h) for h in headings if h.tag == "h2"]
    assert h2 == page_titles(built_site)


def test_report_anchors_are_unique_and_do_not_repeat_permanent_links(built_site):
    report = page(built_site, "report")
    ids = [e.attrs["id"] for e in report.find("article").iter() if "id" in e.attrs]
    assert len(ids) == len(set(ids)), "duplicate anchors in the report"
    listed = {a.split("#")[1] for a in permalinks.read_fixture(ROOT / permalinks.FIXTURE) if "#" in a}
    data = load_dataset(ROOT / "data")
    assert {f"figures-{i}" for i in data.figures} | {f"violations-{i}" for i in data.violations} <= set(ids)
    clashes = set(ids) & listed - {e.attrs["id"] for e in report.find("article").find_all("h1")}
    assert not clashes, f"report anchors equal to permanent anchors of other pages: {sorted(clashes)[:10]}"


def test_report_links_between_included_pages_stay_in_the_report(small_site):
    report = article(small_site, "report")
    ids = {e.attrs["id"] for e in report.iter() if "id" in e.attrs}
    hrefs = [a.attrs.get("href", "") for a in report.find_all("a")]
    # Pages in the report are linked within it; a figure's own page (figures/ID/) is not in it.
    assert not [h for h in hrefs if re.match(r"\.\./(figures|conscription|prosecutions|children|violations|jurisdiction)/(#|$)", h)]
    internal = [h[1:] for h in hrefs if h.startswith("#")]
    assert "figures-fixture-cases" in internal
    assert not [h for h in internal if h not in ids]


def page_titles(site, pages: list[str] = REPORT_PAGES) -> list[str]:
    return [_h(article(site, p).find("h1")) for p in pages]


def test_fixture_report_has_every_topic_page_in_order(small_site):
    report = article(small_site, "report")
    h2 = [_h(h) for h in report.iter() if h.tag == "h2"]
    assert h2 == page_titles(small_site, FIXTURE_REPORT_PAGES) == [
        "Fixture home", "Fixture prosecutions", "Violations of international humanitarian law", "Fixture jurisdiction", "Figures"
    ]


def test_full_report_pdf_holds_the_figures(browser, small_base_url, small_site):
    text = pdf_text(browser, small_base_url + "report/")
    flat = " ".join(text.split())
    for figure in FIXTURE_FIGURES:
        assert figure in flat, f"{figure} is missing from the printed report"
    titles = page_titles(small_site, FIXTURE_REPORT_PAGES)
    for heading in titles:
        assert heading in flat
    # The page titles follow one another in reading order (each found after the one before).
    at = flat.find("Full report")
    for heading in titles:
        at = flat.find(heading, at + 1)
        assert at >= 0, f"{heading!r} does not follow the page before it in the PDF"
    # Figures print with their sources, and the citations with their permanent links.
    assert "In “Fixture Report on Invented Counts” (Fixture Publisher, 12 May 2023)" in flat
    assert "fixture.example.org/figures/#fixture-cases" in squeeze(text)
    # No navigation chrome.
    for chrome in ("Skip to content", "Table of contents", "For advocates", "Copy to clipboard"):
        assert chrome not in flat, f"navigation text {chrome!r} printed"


def test_printed_pages_show_link_addresses_and_no_chrome(browser, small_base_url):
    text = pdf_text(browser, small_base_url + "legal/")
    assert "https://fixture.example.org/convention#article-1" in squeeze(text), "an outside link's address is not printed"
    assert "Skip to content" not in text and "Table of contents" not in text
    figures = " ".join(pdf_text(browser, small_base_url + "figures/").split())
    assert "120 fixture cases" in figures and "Source Fixture Report on Invented Counts" in figures
    assert "Cite this figure" in figures


def test_missing_browser_skips_locally_and_fails_in_ci(monkeypatch):
    from site_server import require_chromium

    nowhere = Path("/nowhere/chromium")
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="install Debian's chromium"):
        require_chromium(nowhere)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true and /nowhere/chromium is missing"):
        require_chromium(nowhere)
