"""Cite this: every figure and violation carries ready-to-paste citation text with a copy button."""
from __future__ import annotations

import pytest
from conftest import ROOT
from fixture_project import load_dataset
from htmltree import article, section_of

from crimea_record.render.citations import citation_block

SITE_URL = "https://crimea-conscription.example.org/"


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(ROOT / "data")


def citation_under(site, address: str, record_id: str) -> str:
    heading = article(site, address).by_id(record_id)
    boxes = [e for e in section_of(heading) if "citation" in e.attrs.get("class", "").split()]
    if not boxes:
        # A violation's box sits under its last sub-heading ("The evidence").
        boxes = [e for e in section_of(article(site, address).by_id(f"{record_id}-evidence")) if e.attrs.get("class") == "citation"]
    assert len(boxes) == 1, f"{address}#{record_id}: expected one citation box, found {len(boxes)}"
    return boxes[0].find("code").text()


def test_the_574_figure_cites_its_source_honestly(built_site):
    text = citation_under(built_site, "figures", "art328-cases")
    assert text.splitlines() == [
        "Criminal cases against Crimean residents for refusing Russian military service: 574 criminal cases.",
        "As of: date not stated by the source.",
        "Source: Report of the Crimean Human Rights Group on the forced conscription and mobilisation of Crimean "
        "residents. Crimean Human Rights Group, date not stated. No address known. Known through: “Illegal "
        "mobilisation sparks 574 criminal cases in occupied Crimea – Crimean Human Rights Group’s report”. Not "
        "stated in the copy held by the editors, date not stated. No address known.",
        f"Cited from: Forced conscription in occupied Crimea, {SITE_URL}figures/#art328-cases",
    ]


def test_a_figure_with_a_dated_web_source_gives_date_and_address(built_site):
    text = citation_under(built_site, "figures", "hrw-draft-evasion-cases")
    assert "71 criminal cases." in text
    assert "As of: 1 November 2019." in text
    assert "Human Rights Watch, 1 November 2019. https://www.hrw.org/news/2019/11/01/crimea-conscription-violates-international-law." in text
    assert f"{SITE_URL}figures/#hrw-draft-evasion-cases" in text


def test_every_figure_and_violation_has_a_citation_with_its_permalink(built_site, dataset):
    for figure in dataset.figures.values():
        text = citation_under(built_site, "figures", figure.id)
        source = dataset.sources[figure.source]
        assert text.endswith(f"{SITE_URL}figures/#{figure.id}")
        assert source.publisher in text and (source.url or "No address known") in text
        assert ("As of: " + (figure.as_of.human() if figure.as_of else "date not stated by the source")) in text
    for violation in dataset.violations.values():
        text = citation_under(built_site, "violations", violation.id)
        assert text.endswith(f"{SITE_URL}violations/#{violation.id}")
        for article_id in violation.articles:
            assert dataset.articles[article_id].name in text


def test_violation_citation_names_law_evidence_and_sources(built_site):
    text = citation_under(built_site, "violations", "prosecution-for-refusal")
    lines = text.splitlines()
    assert lines[0] == "Criminal prosecution of residents who refuse Russian military service."
    assert lines[1].startswith("Law: Rome Statute of the International Criminal Court, Article 8(2)(a)(v); ")
    assert any(line.startswith("Evidence: 574 criminal cases (") and "as of: date not stated by the source" in line for line in lines)
    assert any(line.startswith("Evidence: 497 convictions (") for line in lines)
    assert any(line.startswith("Source: Report of the Crimean Human Rights Group") for line in lines)


def test_citation_text_from_data_cannot_become_markup(built_site):
    box = citation_block('Label <img src=x onerror=alert(1)> & "quoted"', "figure")
    assert '<pre class="citation__text"><code>Label &lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;</code></pre>' in box
    code = [e for e in section_of(article(built_site, "figures").by_id("yunarmiya-sevastopol")) if e.attrs.get("class") == "citation"][0].find("code")
    assert all(isinstance(c, str) for c in code.children)
    assert 'Pupils in Sevastopol enrolled in "Yunarmiya" and similar military youth programmes: 25,000 pupils.' in code.text()


def test_copy_button_works_from_the_keyboard(browser, base_url):
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    page = context.new_page()
    page.goto(base_url + "figures/#art328-cases")
    box = page.locator("#art328-cases ~ .citation").first
    expected = box.locator("code").inner_text()
    page.locator("#art328-cases a.headerlink").focus()
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('.citation') !== null"):
            break
    active = page.evaluate("[document.activeElement.tagName, document.activeElement.title]")
    assert active == ["BUTTON", "Copy to clipboard"], f"Tab did not reach the copy button: {active}"
    page.keyboard.press("Enter")
    assert page.evaluate("navigator.clipboard.readText()") == expected
    assert expected.startswith("Criminal cases against Crimean residents") and expected.endswith("figures/#art328-cases")
    context.close()


def test_citation_is_selectable_text_without_javascript(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "violations/")
    code = page.locator(".citation code").first
    assert code.is_visible()
    assert code.evaluate("e => getComputedStyle(e).userSelect") != "none"
    assert "Cited from: Forced conscription in occupied Crimea" in code.inner_text()
    context.close()
