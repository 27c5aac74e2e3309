"""Print: the full report page, and every page printed to PDF by headless Chromium."""
from __future__ import annotations

import io
import json
import re
from collections import Counter
from pathlib import Path

import permalinks
import pytest
from conftest import ROOT
from fixture_project import load_dataset
from htmltree import article, page
from pypdf import PdfReader

# The topic pages in reading order, then the appendices: figures, sources, legal texts.
REPORT_PAGES = ["", "conscription", "prosecutions", "children", "violations", "jurisdiction", "figures", "sources", "legal"]
# The same for the fixture project (tests/fixtures/project/), which has fewer topic pages,
# and its figures as the site states them.
FIXTURE_REPORT_PAGES = ["", "prosecutions", "violations", "jurisdiction", "figures", "sources", "legal"]
FIXTURE_FIGURES = ["120 fixture cases", "45 fixture convictions", "at least 30 fixture cases", "about 5,000 fixture people", "250 fixture pupils"]


def pdf_text(browser, url: str) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(printed(browser, url))).pages)


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
    # The Ukrainian report (uk/report/) is the same document: it keeps the same anchors on purpose.
    listed = {a.split("#")[1] for a in permalinks.read_fixture(ROOT / permalinks.FIXTURE) if "#" in a and not a.startswith("/uk/report/")}
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
        "Fixture home", "Fixture prosecutions", "Violations of international humanitarian law", "Fixture jurisdiction", "Figures",
        "Sources", "Legal texts",
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
    # Figures print compactly with their sources and permanent links; the sources with their addresses.
    assert "Source: Fixture Report on Invented Counts" in flat
    assert "figures/#fixture-cases" in squeeze(text)
    assert "https://fixture.example.org/report" in squeeze(text)
    assert "Cite this figure" not in flat
    # No navigation chrome.
    for chrome in ("Skip to content", "Table of contents", "For advocates", "Copy to clipboard"):
        assert chrome not in flat, f"navigation text {chrome!r} printed"


def printed(browser, url: str) -> bytes:
    """The page at `url` as the reader's browser prints it to PDF, on A4."""
    page = browser.new_page()
    page.goto(url)
    page.emulate_media(media="print")
    data = page.pdf(format="A4", print_background=False)
    page.close()
    return data


def page_texts(data: bytes) -> list[str]:
    """Each printed page's words, on one line, without its page number ("3 / 12")."""
    pages = PdfReader(io.BytesIO(data)).pages
    return [" ".join(re.sub(rf"(?<!\d){n} / {len(pages)}(?!\d)", " ", p.extract_text(), count=1).split()) for n, p in enumerate(pages, 1)]


def test_printed_report_is_a_document_without_near_empty_pages(browser, small_base_url):
    pages = page_texts(printed(browser, small_base_url + "report/"))
    # A title page: what the document is, who publishes it, the date of the data and where it is online.
    assert pages[0].startswith("Full report Fixture record Published by Fixture Publishing House Compiled on ")
    assert "Online at https://fixture.example.org/" in pages[0] and "Contents" not in pages[0]
    # Nothing on paper tells the reader how to print (the screen does).
    assert "Print command" not in pages[0] and "browser" not in pages[0]
    # Then the contents, alone on their page; the topic pages start on the next.
    assert pages[1].startswith("Contents 1. Fixture home")
    assert "7. Legal texts (appendix)" in pages[1]
    assert pages[2].startswith("Fixture home")
    words = [len(p.split()) for p in pages[2:-1]]
    assert min(words) >= 40, f"a page before the last is nearly empty: words per page {words}"


def test_report_cover_names_the_publisher_only_when_one_is_set():
    import datetime as dt

    from crimea_record.model.addresses import SiteInfo
    from crimea_record.render.pages.report import Part, render

    parts = {"index.md": Part(10, "home")}
    day = dt.date(2026, 12, 5)
    unset = render(SiteInfo("Fixture record", ""), {"index.md": "Home"}, day, parts)
    assert "ublish" not in unset and "Online at" not in unset, "without a publisher or an address the cover names none"
    assert "Compiled on 5 December 2026\n{ .report-cover__date }" in unset
    named = render(SiteInfo("Fixture record", "https://fixture.example.org/", publisher="Fixture *Publishing* House"), {"index.md": "Home"}, day, parts)
    assert "Published by Fixture \\*Publishing\\* House\n{ .report-cover__publisher }" in named  # the name as text, not Markdown
    assert "{ .report-cover__address }" in named  # the printed title page shows it: test_printed_report_is_a_document...
    # The instruction is for the screen only (site.css hides .screen-only on paper).
    assert "use your browser's Print command; links in the printed text show their web address.\n{ .screen-only }" in named


@pytest.mark.browser
def test_report_cover_says_how_to_print_on_screen_only(browser, small_base_url):
    page = browser.new_page()
    page.goto(small_base_url + "report/")
    cover = page.locator(".report-cover")
    assert re.search(r"use your browser[’']s Print command", cover.inner_text())
    page.emulate_media(media="print")
    assert "Print command" not in cover.inner_text()
    page.close()


@pytest.mark.browser
@pytest.mark.parametrize("language", ["", "uk/"])
def test_every_printed_page_of_the_report_has_its_number(browser, small_base_url, language):
    pages = PdfReader(io.BytesIO(printed(browser, small_base_url + language + "report/"))).pages
    assert len(pages) >= 5
    unnumbered = [n for n, p in enumerate(pages, 1) if not re.search(rf"(?<!\d){n} / {len(pages)}(?!\d)", p.extract_text())]
    assert not unnumbered, f"printed pages without their number ('N / {len(pages)}'): {unnumbered}"


def text_sizes(data: bytes) -> Counter[float]:
    """The printed size of the text (points, scaling included) -> how many characters are printed at it."""
    sizes: Counter[float] = Counter()

    def count(text, cm, tm, font, size):
        if text.strip():
            sizes[round(size * tm[0] * cm[0], 1)] += len(text.strip())

    for pdf_page in PdfReader(io.BytesIO(data)).pages:
        pdf_page.extract_text(visitor_text=count)
    return sizes


# The theme prints text at 0.68rem of its 20px root: 13.6 CSS pixels, 10.2 points. When something on a
# page is wider than the paper, Chromium shrinks every page to fit it, and this size shrinks with it.
PRINTED_TEXT_SIZE = 10.2


@pytest.mark.browser
def test_both_reports_print_at_full_scale(browser, base_url):
    # The real site: its Ukrainian words are long enough to widen a table of five columns past the paper.
    for language in ("", "uk/"):
        size, _ = text_sizes(printed(browser, base_url + language + "report/")).most_common(1)[0]
        assert size == PRINTED_TEXT_SIZE, f"{language}report/ prints its text at {size}pt, not {PRINTED_TEXT_SIZE}pt: a page is shrunk to fit something wider than the paper"


@pytest.mark.browser
def test_printed_report_gives_each_address_once(browser, small_base_url):
    text = "\n".join(page_texts(printed(browser, small_base_url + "report/")))
    flat = squeeze(text)
    # The sources appendix shows the source's address as its link's text: not followed by it again.
    assert flat.count("https://fixture.example.org/report") == 1, "a source's address is printed more than once"
    assert "Address:https://fixture.example.org/report" in flat
    # Links within the report print no address; an outside link prints its own once.
    assert "<#" not in flat
    assert flat.count("<https://fixture.example.org/convention#article-1>") == 1
    # A figure's permanent link is printed in full when the site has a public address.
    assert "Permanentlink:https://fixture.example.org/figures/#fixture-cases" in flat


def test_report_is_rendered_from_the_pages_html_and_left_out_of_search(small_project, small_site):
    from crimea_record.pipeline import prepare

    # The report's own Markdown holds its title page and contents, nothing of the pages it shows:
    # MkDocs renders each figure once, on the Figures page, and the report reuses that HTML.
    markdown = prepare(small_project).pages["report.md"].markdown
    assert "fixture-cases" not in markdown and "{{" not in markdown
    report = article(small_site, "report")
    ids = {e.attrs["id"] for e in report.iter() if "id" in e.attrs}
    assert {"figures-fixture-cases", "sources-fixture-report", "report-legal"} <= ids
    index = json.loads((small_site / "search" / "search_index.json").read_text())
    locations = [doc["location"] for doc in index["docs"]]
    assert not [loc for loc in locations if loc.startswith("report/")], "the Full report is in the search index"
    assert "figures/#fixture-cases" in locations


def test_report_links_are_absolute_or_inside_the_report(small_site):
    report = article(small_site, "report")
    ids = {e.attrs["id"] for e in report.iter() if "id" in e.attrs}
    hrefs = [a.attrs["href"] for a in report.find_all("a") if "href" in a.attrs]
    assert [h for h in hrefs if not h.startswith(("#", "https://", "http://"))] == []
    assert "https://fixture.example.org/timeline/#fixture-event-day" in hrefs  # a page the report does not hold
    absolute = [a for a in report.find_all("a") if a.attrs.get("href", "").startswith("https://")]
    assert absolute and all(set(a.attrs.get("rel", "").split()) == {"noopener", "noreferrer"} for a in absolute)
    contents = [a.attrs["href"] for a in report.find("nav").find_all("a")]
    assert contents == [f"#report-{p}" for p in ("home", "prosecutions", "violations", "jurisdiction", "figures", "sources", "legal")]
    assert set(h[1:] for h in contents) <= ids


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


def test_each_address_is_marked_shown_after_its_first_showing():
    from crimea_record.render.print_addresses import mark

    html = (
        '<p><a href="https://a.example/x?p=1&amp;q=2" rel="noopener noreferrer">A report</a> '
        '<a href="#sources-a">inside</a> <a class="figure-ref" href="https://a.example/x?p=1&amp;q=2">again</a> '
        '<a href="https://b.example/">https://b.example</a> <abbr title="x">B</abbr> '
        '<a href="https://c.example/c">the <em>c</em> text</a></p>'
    )
    marked = mark(html)
    # First showing: its address prints after it. Repeated: marked, keeping its own class.
    assert '<a href="https://a.example/x?p=1&amp;q=2" rel="noopener noreferrer">A report</a>' in marked
    assert '<a class="figure-ref address-shown" href="https://a.example/x?p=1&amp;q=2">again</a>' in marked
    # A link whose text is its address; links inside the page and other tags are left as they are.
    assert '<a href="https://b.example/" class="address-shown">https://b.example</a>' in marked
    assert '<a href="#sources-a">inside</a>' in marked and '<abbr title="x">B</abbr>' in marked
    assert '<a href="https://c.example/c">the <em>c</em> text</a>' in marked
    assert mark(marked) == marked
