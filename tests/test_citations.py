"""Cite this: every figure and violation carries ready-to-paste citation text with a copy button."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import ROOT
from fixture_project import FIXTURE, load_dataset
from htmltree import article, section_of

from crimea_record.render.citations import citation_block
from crimea_record.render.markdown_text import typographic

FIXTURE_URL = "https://fixture.example.org/"


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(ROOT / "data")


@pytest.fixture(scope="module")
def small_dataset():
    return load_dataset(FIXTURE / "data")


def citation_under(site, address: str, record_id: str) -> str:
    heading = article(site, address).by_id(record_id)
    # On Figures the box is folded with the rest of the entry (details.figure-more).
    boxes = [box for e in section_of(heading) for box in [e, *e.find_all(cls="citation")] if "citation" in box.attrs.get("class", "").split()]
    if not boxes:
        # A violation's box sits under its last sub-heading ("The evidence").
        boxes = [e for e in section_of(article(site, address).by_id(f"{record_id}-evidence")) if e.attrs.get("class") == "citation"]
    assert len(boxes) == 1, f"{address}#{record_id}: expected one citation box, found {len(boxes)}"
    return boxes[0].find("code").text()


def day(date: dt.date) -> str:
    return f"{date.day} {date:%B} {date.year}"


ACCESSED = f"(accessed {day(dt.date.today())})."
"""The access date the build writes: the day of the build (a reader's page writes their today)."""
BY = "Fixture record (Fixture Publishing House),"


def test_an_undated_figure_from_a_source_known_through_another_cites_both_honestly(small_site):
    assert citation_under(small_site, "figures", "fixture-convictions") == (
        "Fixture Summary Publisher: Fixture convictions in those cases: 45 fixture convictions, date not stated by the source. "
        "In [untitled] (Fixture Summary Publisher), known through "
        "“Fixture article – the fixture summary’s “quoted” words” (Fixture Article Publisher). "
        f"Cited from {BY} {FIXTURE_URL}figures/#fixture-convictions {ACCESSED}"
    )


def test_a_figure_with_a_dated_web_source_gives_who_what_when_and_where(small_site):
    assert citation_under(small_site, "figures", "fixture-cases") == (
        "Fixture Publisher: Fixture cases counted for testing: 120 fixture cases, as of May 2023. "
        "In “Fixture Report on Invented Counts” (Fixture Publisher, 12 May 2023), https://fixture.example.org/report. "
        f"Cited from {BY} {FIXTURE_URL}figures/#fixture-cases {ACCESSED}"
    )


def test_qualified_and_period_figures_are_cited_as_the_source_words_them(small_site):
    assert citation_under(small_site, "figures", "fixture-recent-cases").startswith(
        "Fixture Publisher: Fixture cases that began in the fixture period: at least 30 fixture cases, as of May 2023. "
    )
    assert citation_under(small_site, "figures", "fixture-people").startswith(
        "Fixture Publisher: Fixture people counted for testing: about 5,000 fixture people, as of 2023. "
    )


def _where(site_url: str, page: str, name: str, record_id: str) -> str:
    return f"{site_url}{page}/#{record_id} {ACCESSED}" if site_url else f"{name}, entry “{record_id}” {ACCESSED}"


def _every_citation_has_its_permalink(site, dataset, site_url: str) -> None:
    for figure in dataset.figures.values():
        text = citation_under(site, "figures", figure.id)
        source = dataset.sources[figure.source]
        assert text.endswith(_where(site_url, "figures", "Figures", figure.id)), text
        assert text.startswith(f"{typographic(source.publisher)}: ")
        assert (source.url or "") in text and "No address known" not in text
        assert ("as of " + figure.as_of.human() if figure.as_of else "date not stated by the source") in text
    for violation in dataset.violations.values():
        text = citation_under(site, "violations", violation.id)
        assert text.endswith(_where(site_url, "violations", "Violations", violation.id)), text
        for article_id in violation.articles:
            assert dataset.articles[article_id].name in text
    for kind, page, name, records in (("legal", "legal", "Legal texts", dataset.articles), ("sources", "sources", "Sources", dataset.sources)):
        for record_id in records:
            assert citation_under(site, page, record_id).endswith(_where(site_url, page, name, record_id)), (kind, record_id)


def test_every_real_entry_has_a_citation_saying_where_it_is_without_a_made_up_address(built_site, dataset):
    """The real site has no public address yet: its citations name the page and entry instead."""
    _every_citation_has_its_permalink(built_site, dataset, "")


def test_every_fixture_entry_has_a_citation_with_its_permalink(small_site, small_dataset):
    _every_citation_has_its_permalink(small_site, small_dataset, FIXTURE_URL)


def test_real_figures_known_through_another_source_say_so_and_invent_no_date(built_site, dataset):
    """A claim about the real data: the site's main figures come from a report known only
    through an article; their citations say so and add no date or address of their own."""
    via = [f for f in dataset.figures.values() if dataset.sources[f.source].via]
    assert via, "the real data has figures from a source known through another"
    for figure in via:
        source = dataset.sources[figure.source]
        text = citation_under(built_site, "figures", figure.id)
        known_through = dataset.sources[source.via]
        shown = f"“{known_through.title}”" if known_through.title else known_through.description
        assert typographic(f"known through {shown} ({known_through.publisher}") in text
        if source.date is None:
            assert typographic(f"({source.publisher}),") in text


def test_violation_citation_names_law_and_who_documented_it(small_site):
    assert citation_under(small_site, "violations", "fixture-practice") == (
        "Fixture practice used in tests. Law: Fixture Convention, Article 1; Fixture Code, Article 2. "
        "Documented by Fixture Publisher; Fixture Summary Publisher. "
        f"Cited from {BY} {FIXTURE_URL}violations/#fixture-practice {ACCESSED}"
    )


def test_provision_and_source_citations(small_site):
    assert citation_under(small_site, "legal", "fixture-art-1") == (
        "Fixture Convention, Article 1. Official text: “Fixture Convention” (Fixture Treaty Office, 1901), "
        "https://fixture.example.org/convention; this provision: https://fixture.example.org/convention#article-1. "
        f"Quoted in {BY} {FIXTURE_URL}legal/#fixture-art-1 {ACCESSED}"
    )
    assert citation_under(small_site, "sources", "fixture-report") == (
        "“Fixture Report on Invented Counts” (Fixture Publisher, 12 May 2023), https://fixture.example.org/report. "
        f"Listed in {BY} {FIXTURE_URL}sources/#fixture-report {ACCESSED}"
    )


def test_citation_text_from_data_cannot_become_markup(small_site):
    box = citation_block('Label <img src=x onerror=alert(1)> & "quoted"', "figure")
    assert '<pre class="citation__text"><code>Label &lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;</code></pre>' in box
    code = [box for e in section_of(article(small_site, "figures").by_id("fixture-pupils")) for box in e.find_all(cls="citation")][0].find("code")
    marked = [c for c in code.children if not isinstance(c, str)]
    assert [(c.tag, c.attrs, c.text()) for c in marked] == [("time", {"class": "citation__accessed", "datetime": dt.date.today().isoformat(), "lang": "en"}, day(dt.date.today()))]
    assert "Fixture pupils in “Fixture Club” programmes: 250 fixture pupils" in code.text()


def test_copy_button_works_from_the_keyboard(browser, small_base_url):
    base_url = small_base_url
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    page = context.new_page()
    page.clock.set_fixed_time(dt.datetime(2031, 3, 5, 12))  # the reader's today, not the day of the build
    page.goto(base_url + "figures/#fixture-cases")
    box = page.locator("#fixture-cases ~ .figure-more .citation").first
    expected = box.locator("code").text_content()
    page.locator("#fixture-cases a.headerlink").focus()
    # On Figures the citation is folded with the rest of the entry: Enter on that summary opens it.
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.figure-more > summary')"):
            break
    page.keyboard.press("Enter")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('.citation') !== null"):
            break
    # The citation is folded: its summary is the first stop, Enter opens it.
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    active = page.evaluate("[document.activeElement.tagName, document.activeElement.title]")
    assert active == ["BUTTON", "Copy to clipboard"], f"Tab did not reach the copy button: {active}"
    page.keyboard.press("Enter")
    assert page.evaluate("navigator.clipboard.readText()") == expected
    assert expected.startswith("Fixture Publisher: Fixture cases counted for testing: 120 fixture cases") and expected.endswith("figures/#fixture-cases (accessed 5 March 2031).")
    context.close()


def test_citation_is_selectable_text_without_javascript(browser, small_base_url):
    base_url = small_base_url
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "violations/")
    page.locator(".citation summary").first.click()  # folded; opens without JavaScript too
    code = page.locator(".citation code").first
    assert code.is_visible()
    assert code.evaluate("e => getComputedStyle(e).userSelect") != "none"
    assert "Cited from Fixture record" in code.inner_text()
    context.close()


def test_cite_page_offers_the_whole_site_and_the_dataset_with_publisher_address_and_access_date(small_site):
    boxes = [b.find("code").text() for b in article(small_site, "cite").find_all("div", cls="citation")]
    today = day(dt.date.today())
    assert boxes == [
        f"Fixture Publishing House. Fixture record, last updated 2 January 2030. {FIXTURE_URL} (accessed {today}).",
        "Fixture Publishing House. Fixture record: figures, violations, legal provisions and sources (dataset), "
        f"version of 2 January 2030. Licence: CC BY 4.0. {FIXTURE_URL}data/ (accessed {today}).",
    ]
    links = [a.attrs["href"] for a in article(small_site, "cite").find_all("a") if "citations/" in a.attrs.get("href", "")]
    assert links == [f"../downloads/citations/{item}.{ext}" for item in ("site", "dataset") for ext in ("bib", "ris", "json")]
    for link in links:
        assert (small_site / "cite" / link).resolve().is_file(), link


def test_the_ukrainian_cite_page_dates_the_access_in_ukrainian(built_site):
    """The real site (the fixture has no Ukrainian How to cite), without a public address yet."""
    text = article(built_site, "uk/cite").find("div", cls="citation").find("code").text()
    months = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"]
    today = dt.date.today()
    assert text.endswith(f"(дата звернення: {today.day} {months[today.month - 1]} {today.year}\u00a0р.).") and "[дата]" not in text, text
    assert "останнє оновлення " in text and "\u00a0р. (дата звернення" in text and ".." not in text and "http" not in text


def test_every_citation_file_has_the_absolute_address_the_access_date_and_the_publisher(small_site):
    folder = small_site / "downloads" / "citations"
    today = dt.date.today()
    items = json.loads((folder / "crimea-record.json").read_text(encoding="utf-8"))
    assert [i["id"] for i in items[:2]] == ["site", "dataset"]
    for item in items:
        assert item["accessed"] == {"date-parts": [[today.year, today.month, today.day]]}, item["id"]
        # The site's absolute address in every note; a source without an address of its own has no URL.
        assert FIXTURE_URL in item["note"] and item.get("URL", "https://").startswith("https://"), item["id"]
    cited_from_site = [i for i in items if i["id"].split("-")[0] in ("site", "dataset", "figure", "violation")]
    assert all(i["publisher"] == "Fixture Publishing House" for i in cited_from_site)
    bib = (folder / "figures" / "fixture-cases.bib").read_text(encoding="utf-8")
    assert f"  urldate = {{{today.isoformat()}}},\n" in bib and "  url = {https://fixture.example.org/figures/#fixture-cases},\n" in bib
    assert "  publisher = {Fixture Publishing House},\n" in bib
    ris = (folder / "figures" / "fixture-cases.ris").read_bytes().decode("utf-8")
    assert f"Y2  - {today:%Y/%m/%d}\r\n" in ris and "UR  - https://fixture.example.org/figures/#fixture-cases\r\n" in ris
    whole = (folder / "crimea-record.bib").read_text(encoding="utf-8")
    assert whole.count("urldate = ") == whole.count("\n@") + 1 == len(items)


def test_no_page_or_file_asks_the_reader_to_fill_in_a_date(small_site):
    left = [p for p in small_site.rglob("*") if p.is_file() and p.suffix in (".html", ".bib", ".ris", ".json", ".csv", ".md")
            and ("[date]" in p.read_text(encoding="utf-8", errors="replace") or "[дата]" in p.read_text(encoding="utf-8", errors="replace"))]
    assert left == []


@pytest.mark.browser
def test_the_copy_button_copies_todays_date_in_the_citations_language(browser, small_base_url, base_url):
    """The reader's today, not the day of the build; in Ukrainian on a Ukrainian page, and in
    English in an English citation shown on a page not yet translated."""
    cases = ((small_base_url, "cite/", "(accessed 5 March 2031)."), (small_base_url, "uk/cite/", "(accessed 5 March 2031)."),
             (base_url, "uk/cite/", "(дата звернення: 5 березня 2031 р.)."))
    for site, address, ending in cases:
        context = browser.new_context()
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.rstrip("/"))
        page = context.new_page()
        page.clock.set_fixed_time(dt.datetime(2031, 3, 5, 12))
        page.goto(site + address)
        page.locator(".citation button[data-md-type='copy']").first.focus()
        page.keyboard.press("Enter")
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied.endswith(ending), (address, copied)
        context.close()
