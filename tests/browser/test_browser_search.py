"""The site's own search (Material's, from a local index) finds what readers type."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

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
    # First, though words are split at punctuation and the Figures and Sources listings' entries
    # ("Members of “Yunarmiya” ...") match too: the listings rank below written pages (boost 0.5).
    assert found == QUERIES[query], f"first result for {query!r} is {found!r}: {_results(page, base_url)[:3]}"
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


# Ukrainian words find the Ukrainian pages: each language has its own index (publish/search_index.py).
UKRAINIAN_QUERIES = {"кримінальних справ": "uk/", "Кримська правозахисна": "uk/about/"}  # About has the group's section
# Words the pages print next to punctuation (in «», in brackets), and a straight apostrophe
# typed for the pages' typographic one (м’ясо): each must be found, on the page that holds it.
FOUND_ON = {"Москва": "uk/conscription/", "Юнармія": None, "осіб": None, "м'ясо": "uk/conscription/"}


def _results(page, base_url) -> list[str]:
    """The pages found, best first (a page's sections are listed under it, and count once)."""
    hrefs = page.locator("a.md-search-result__link").evaluate_all("els => els.map(a => a.getAttribute('href'))")
    return list(dict.fromkeys(urlsplit(h).path.removeprefix(urlsplit(base_url).path) for h in hrefs))


@pytest.mark.parametrize("query", UKRAINIAN_QUERIES)
def test_search_finds_ukrainian_words(search_page, base_url, query):
    page = search_page
    page.goto(base_url + "uk/", wait_until="networkidle")
    first = type_query(page, query)
    assert first.is_visible()
    found = _results(page, base_url)
    # The generated pages are in this language's index now (the one combined index left them out):
    # Figures or Legal texts, which hold the words too, may come before the page expected.
    assert UKRAINIAN_QUERIES[query] in found[:3], f"results for {query!r}: {found[:3]}"


@pytest.mark.parametrize("query", FOUND_ON)
def test_words_by_punctuation_and_a_typed_apostrophe_are_found(search_page, base_url, query):
    page = search_page
    page.goto(base_url + "uk/", wait_until="networkidle")
    type_query(page, query)
    found = _results(page, base_url)
    assert found and all(path.startswith("uk/") for path in found), (query, found)
    if FOUND_ON[query]:
        assert FOUND_ON[query] in found, (query, found)


def test_generated_ukrainian_pages_are_searched_and_english_results_stay_english(search_page, base_url):
    page = search_page
    page.goto(base_url + "uk/", wait_until="networkidle")
    # The words as the figure entries print them: Material has no Ukrainian stemmer, so the
    # nominative "Юнармія Севастополь" does not find "«Юнармії» в Севастополі".
    type_query(page, "Юнармії Севастополі")
    assert any(path.startswith("uk/figures/") for path in _results(page, base_url)), _results(page, base_url)
    page.goto(base_url, wait_until="networkidle")
    type_query(page, "Crimea")
    found = _results(page, base_url)
    assert found and not any(path.startswith("uk/") for path in found), found


def test_the_index_is_fetched_when_search_is_first_used_and_in_the_pages_language(browser, base_url):
    context = browser.new_context()
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(urlsplit(request.url).path))
    for path, index in (("", "/search/search_index.json"), ("uk/", "/uk/search/search_index.json")):
        requests.clear()
        page.goto(base_url + path, wait_until="networkidle")
        assert not [r for r in requests if r.endswith("search_index.json")], "the index was fetched before search was used"
        box = page.locator(".md-search__input")
        for _attempt in range(3):  # on a loaded machine the theme may bind its shortcut a moment after load
            page.keyboard.press("/")  # Material's shortcut to search
            if box.evaluate("element => element === document.activeElement"):
                break
            page.wait_for_timeout(500)
        box.press_sequentially("Крим" if path else "Crimea", delay=20)
        try:
            page.locator(".md-search-result__item").first.wait_for()
        except PlaywrightTimeout:
            meta = page.locator(".md-search-result__meta").first.text_content()
            raise AssertionError(f"no results on {path or 'Home'}: box {box.input_value()!r}, focused "
                                 f"{box.evaluate('e => e === document.activeElement')}, meta {meta!r}, requests {requests}") from None
        assert [r for r in requests if r.endswith("search_index.json")] == [index], requests
    context.close()


def test_words_typed_while_the_index_loads_on_a_slow_device_are_searched(browser, base_url):
    """On a slow device (CPU slowed sixfold), a reader who searched on one page and types at once
    on the next, in the other language, gets results: the words typed before the index was ready
    were once lost ("start typing" under a box holding them), in about one try in six here; three
    tries in a row each get their results."""
    lost = []
    for trial in range(3):
        context = browser.new_context()
        page = context.new_page()
        context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": 6})
        for path, query in (("", "Crimea"), ("uk/", "Крим")):
            page.goto(base_url + path, wait_until="networkidle")
            page.keyboard.press("/")
            page.locator(".md-search__input").press_sequentially(query, delay=20)
            try:
                page.locator(".md-search-result__item").first.wait_for(timeout=15000)
            except PlaywrightTimeout:
                lost.append(f"trial {trial + 1}, {path or 'Home'}: {page.locator('.md-search-result__meta').first.text_content()!r}")
        context.close()
    assert lost == []
