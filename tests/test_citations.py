"""Cite this: every figure and violation carries ready-to-paste citation text with a copy button."""
from __future__ import annotations

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
    boxes = [e for e in section_of(heading) if "citation" in e.attrs.get("class", "").split()]
    if not boxes:
        # A violation's box sits under its last sub-heading ("The evidence").
        boxes = [e for e in section_of(article(site, address).by_id(f"{record_id}-evidence")) if e.attrs.get("class") == "citation"]
    assert len(boxes) == 1, f"{address}#{record_id}: expected one citation box, found {len(boxes)}"
    return boxes[0].find("code").text()


ACCESSED = "(accessed [date])."


def test_an_undated_figure_from_a_source_known_through_another_cites_both_honestly(small_site):
    assert citation_under(small_site, "figures", "fixture-convictions") == (
        "Fixture Summary Publisher: Fixture convictions in those cases: 45 fixture convictions, date not stated by the source. "
        "In [untitled] (Fixture Summary Publisher), known through "
        "“Fixture article – the fixture summary’s “quoted” words” (Fixture Article Publisher). "
        f"Cited from Fixture record, {FIXTURE_URL}figures/#fixture-convictions {ACCESSED}"
    )


def test_a_figure_with_a_dated_web_source_gives_who_what_when_and_where(small_site):
    assert citation_under(small_site, "figures", "fixture-cases") == (
        "Fixture Publisher: Fixture cases counted for testing: 120 fixture cases, as of May 2023. "
        "In “Fixture Report on Invented Counts” (Fixture Publisher, 12 May 2023), https://fixture.example.org/report. "
        f"Cited from Fixture record, {FIXTURE_URL}figures/#fixture-cases {ACCESSED}"
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
        f"Cited from Fixture record, {FIXTURE_URL}violations/#fixture-practice {ACCESSED}"
    )


def test_provision_and_source_citations(small_site):
    assert citation_under(small_site, "legal", "fixture-art-1") == (
        "Fixture Convention, Article 1. Official text: “Fixture Convention” (Fixture Treaty Office, 1901), "
        "https://fixture.example.org/convention; this provision: https://fixture.example.org/convention#article-1. "
        f"Quoted in Fixture record, {FIXTURE_URL}legal/#fixture-art-1 {ACCESSED}"
    )
    assert citation_under(small_site, "sources", "fixture-report") == (
        "“Fixture Report on Invented Counts” (Fixture Publisher, 12 May 2023), https://fixture.example.org/report. "
        f"Listed in Fixture record, {FIXTURE_URL}sources/#fixture-report {ACCESSED}"
    )


def test_citation_text_from_data_cannot_become_markup(small_site):
    box = citation_block('Label <img src=x onerror=alert(1)> & "quoted"', "figure")
    assert '<pre class="citation__text"><code>Label &lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;</code></pre>' in box
    code = [e for e in section_of(article(small_site, "figures").by_id("fixture-pupils")) if e.attrs.get("class") == "citation"][0].find("code")
    assert all(isinstance(c, str) for c in code.children)
    assert "Fixture pupils in “Fixture Club” programmes: 250 fixture pupils" in code.text()


def test_copy_button_works_from_the_keyboard(browser, small_base_url):
    base_url = small_base_url
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    page = context.new_page()
    page.goto(base_url + "figures/#fixture-cases")
    box = page.locator("#fixture-cases ~ .citation").first
    expected = box.locator("code").text_content()
    page.locator("#fixture-cases a.headerlink").focus()
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
    assert expected.startswith("Fixture Publisher: Fixture cases counted for testing: 120 fixture cases") and expected.endswith("figures/#fixture-cases (accessed [date]).")
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
