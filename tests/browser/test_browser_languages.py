"""The language selector, as a reader uses it: on every page, English and Ukrainian, it leads
to the same page in the other language, and back."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def _switch(page, lang: str) -> None:
    """Open the selector (it opens on hover) and choose the language, as a reader does."""
    page.locator(".md-header__option .md-select").hover()
    link = page.locator(f'a.md-select__link[hreflang="{lang}"]')
    link.wait_for(state="visible")
    with page.expect_navigation():
        link.click()


def test_the_selector_moves_between_each_pair_of_pages(new_page, base_url, site_pages):
    english = [p for p in site_pages if not p.startswith("uk/") and not p.endswith(".html")]
    ukrainian = [p for p in site_pages if p.startswith("uk/")]
    assert "uk/figures/" in ukrainian and "uk/report/" in ukrainian, "the Ukrainian pages are among the pages every browser test visits"
    page = new_page()
    checked = 0
    for path in english:
        page.goto(base_url + path)
        if page.locator(".md-header__option .md-select").count() == 0:
            continue  # the 404 page and the redirect notes have no selector
        _switch(page, "uk")
        assert page.url == base_url + "uk/" + path, f"{path or 'Home'}: Українська led to {page.url}"
        assert page.evaluate("document.documentElement.lang") == "uk"
        _switch(page, "en")
        assert page.url == base_url + path, f"uk/{path}: English led to {page.url}"
        assert page.evaluate("document.documentElement.lang") == "en"
        checked += 1
    assert checked >= len(ukrainian) - 1, (checked, len(ukrainian))
    print(f"\nlanguage selector: {checked} pairs of pages, both ways")
