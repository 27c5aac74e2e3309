"""The site's own search (Material's, from a local index) finds what readers type."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

# What a reader types, and the page that should come first: the page about that subject.
QUERIES = {
    "Article 328": "prosecutions/",
    "Yunarmiya": "children/",
    "mosque": "conscription/",
    "Rome Statute": "legal/",
    "574": "figures/",
}


def type_query(page, query: str):
    """Type into the search box key by key, as a reader would, and wait for the results to settle
    (results for the first letters may show before those for the whole query)."""
    box = page.locator(".md-search__input")
    box.click()
    box.press_sequentially(query, delay=20)
    page.locator(".md-search-result__item").first.wait_for()
    before = None
    for _ in range(20):
        now = page.locator(".md-search-result__list").inner_html()
        if now == before:
            break
        before = now
        page.wait_for_timeout(250)
    return page.locator(".md-search-result__item").first


@pytest.fixture(scope="module")
def search_page(browser, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(base_url, wait_until="networkidle")
    yield page
    context.close()


@pytest.mark.parametrize("query", QUERIES)
def test_search_finds_the_right_page_first(search_page, base_url, query):
    page = search_page
    page.goto(base_url, wait_until="networkidle")
    first = type_query(page, query)
    links = first.locator("a.md-search-result__link")
    found = urlsplit(links.first.get_attribute("href")).path.removeprefix(urlsplit(base_url).path)
    assert found == QUERIES[query], f"first result for {query!r} is {found!r}"
    # The result leads to a page that really says it.
    links.first.click()
    page.wait_for_load_state()
    assert query.lower() in page.locator("article").inner_text().lower()


def test_a_number_leads_to_the_figure_entry(search_page, base_url):
    page = search_page
    page.goto(base_url, wait_until="networkidle")
    first = type_query(page, "574")
    hrefs = [urlsplit(first.locator("a").nth(i).get_attribute("href")).fragment for i in range(first.locator("a").count())]
    assert "art328-cases" in hrefs


# Ukrainian words find the translated pages. Material has no Ukrainian stemmer, and a single
# Cyrillic word ("справ", "Крим") finds nothing in Material 9.8, with `lang: [en, ru]` too
# (see MAINTAINING.md); queries of two words or more do.
UKRAINIAN_QUERIES = {"кримінальних справ": "uk/", "Кримська правозахисна": "uk/about/"}  # About has the group's section


@pytest.mark.parametrize("query", UKRAINIAN_QUERIES)
def test_search_finds_ukrainian_words(search_page, base_url, query):
    page = search_page
    page.goto(base_url + "uk/", wait_until="networkidle")
    first = type_query(page, query)
    link = first.locator("a.md-search-result__link").first
    found = urlsplit(link.get_attribute("href")).path.removeprefix(urlsplit(base_url).path)
    assert found == UKRAINIAN_QUERIES[query], f"first result for {query!r} is {found!r}"
