"""Fixtures of the reader-facing browser tests; `browser` and `base_url` live in tests/conftest.py."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from site_server import DESKTOP, page_paths


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
