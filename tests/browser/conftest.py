"""Browser fixtures: the built site served on 127.0.0.1 and Debian's Chromium driven by Playwright.

When /usr/bin/chromium is missing the browser tests are skipped with the reason, except in
CI (CI=true), where a missing browser fails them: CI must never pass without running them.
"""
from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from .site_server import CHROMIUM, DESKTOP, launch, page_paths, serve


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) to run the browser tests"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true and {reason}", pytrace=False)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    browser = launch(playwright)
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture(scope="session")
def base_url(built_site):
    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def site_pages(built_site) -> list[str]:
    """Every page of the built site (URL paths; '' is Home), read from its files."""
    pages = page_paths(built_site)
    # The sitemap lists what search engines and readers are meant to find: all of it must be here.
    sitemap = ET.parse(built_site / "sitemap.xml").getroot()
    listed = {urlsplit(loc.text).path.lstrip("/") for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    missing = listed - set(pages)
    assert not missing, f"pages in the sitemap but not built: {sorted(missing)}"
    return pages


@pytest.fixture
def new_page(browser):
    """Open a page in a fresh context: new_page(viewport=..., color_scheme=..., js=...)."""
    contexts = []

    def open_page(viewport=DESKTOP, color_scheme="light", js=True):
        context = browser.new_context(viewport=viewport, color_scheme=color_scheme, java_script_enabled=js)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()
