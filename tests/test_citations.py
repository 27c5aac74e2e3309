"""Cite this: every figure and violation carries ready-to-paste citation text with a copy button."""
from __future__ import annotations

import pytest
from conftest import ROOT
from fixture_project import FIXTURE, load_dataset
from htmltree import article, section_of

from crimea_record.render.citations import citation_block
from crimea_record.render.markdown_text import typographic

SITE_URL = "https://crimea-conscription.example.org/"
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


def test_an_undated_figure_from_a_source_known_through_another_cites_both_honestly(small_site):
    text = citation_under(small_site, "figures", "fixture-convictions")
    assert text.splitlines() == [
        "Fixture convictions in those cases: 45 fixture convictions.",
        "As of: date not stated by the source.",
        "Source: Fixture summary known only through the fixture article. Fixture Summary Publisher, date not "
        "stated. No address known. Known through: “Fixture article – the fixture summary’s “quoted” words”. "
        "Fixture Article Publisher, date not stated. No address known.",
        f"Cited from: Fixture record, {FIXTURE_URL}figures/#fixture-convictions",
    ]


def test_a_figure_with_a_dated_web_source_gives_date_and_address(small_site):
    text = citation_under(small_site, "figures", "fixture-cases")
    assert text.splitlines() == [
        "Fixture cases counted for testing: 120 fixture cases.",
        "As of: May 2023.",
        "Source: “Fixture Report on Invented Counts”. Fixture Publisher, 12 May 2023. https://fixture.example.org/report.",
        f"Cited from: Fixture record, {FIXTURE_URL}figures/#fixture-cases",
    ]


def test_qualified_and_period_figures_are_cited_as_the_source_words_them(small_site):
    assert citation_under(small_site, "figures", "fixture-recent-cases").splitlines()[:2] == [
        "Fixture cases that began in the fixture period: at least 30 fixture cases.",
        "As of: May 2023.",
    ]
    assert citation_under(small_site, "figures", "fixture-people").splitlines()[:2] == [
        "Fixture people counted for testing: about 5,000 fixture people.",
        "As of: 2023.",
    ]


def _every_citation_has_its_permalink(site, dataset, site_url: str) -> None:
    for figure in dataset.figures.values():
        text = citation_under(site, "figures", figure.id)
        source = dataset.sources[figure.source]
        assert text.endswith(f"{site_url}figures/#{figure.id}")
        assert typographic(source.publisher) in text and (source.url or "No address known") in text
        assert ("As of: " + (figure.as_of.human() if figure.as_of else "date not stated by the source")) in text
    for violation in dataset.violations.values():
        text = citation_under(site, "violations", violation.id)
        assert text.endswith(f"{site_url}violations/#{violation.id}")
        for article_id in violation.articles:
            assert dataset.articles[article_id].name in text


def test_every_figure_and_violation_has_a_citation_with_its_permalink(built_site, dataset):
    _every_citation_has_its_permalink(built_site, dataset, SITE_URL)


def test_every_fixture_figure_and_violation_has_a_citation_with_its_permalink(small_site, small_dataset):
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
        assert typographic(f"Known through: {shown}. {known_through.publisher}") in text
        if source.date is None:
            assert "date not stated" in text
        if source.url is None:
            assert "No address known" in text


def test_violation_citation_names_law_evidence_and_sources(small_site):
    text = citation_under(small_site, "violations", "fixture-practice")
    assert text.splitlines() == [
        "Fixture practice used in tests.",
        "Law: Fixture Convention, Article 1; Fixture Code, Article 2.",
        "Evidence: 120 fixture cases (Fixture cases counted for testing; as of: May 2023).",
        "Evidence: 45 fixture convictions (Fixture convictions in those cases; as of: date not stated by the source).",
        "Source: “Fixture Report on Invented Counts”. Fixture Publisher, 12 May 2023. https://fixture.example.org/report.",
        "Source: Fixture summary known only through the fixture article. Fixture Summary Publisher, date not "
        "stated. No address known. Known through: “Fixture article – the fixture summary’s “quoted” words”. "
        "Fixture Article Publisher, date not stated. No address known.",
        f"Cited from: Fixture record, {FIXTURE_URL}violations/#fixture-practice",
    ]


def test_citation_text_from_data_cannot_become_markup(small_site):
    box = citation_block('Label <img src=x onerror=alert(1)> & "quoted"', "figure")
    assert '<pre class="citation__text"><code>Label &lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;</code></pre>' in box
    code = [e for e in section_of(article(small_site, "figures").by_id("fixture-pupils")) if e.attrs.get("class") == "citation"][0].find("code")
    assert all(isinstance(c, str) for c in code.children)
    assert "Fixture pupils in “Fixture Club” programmes: 250 fixture pupils." in code.text()


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
    assert expected.startswith("Fixture cases counted for testing: 120 fixture cases.") and expected.endswith("figures/#fixture-cases")
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
    assert "Cited from: Fixture record" in code.inner_text()
    context.close()
