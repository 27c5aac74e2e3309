"""Fixtures of the reader-facing browser tests; `browser` and `base_url` live in tests/conftest.py."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from site_server import DESKTOP, page_paths, sampled_pages


@pytest.fixture(scope="session")
def site_pages(built_site) -> list[str]:
    """One page of each template, in every language (URL paths; '' is Home): every written and
    kind page, and two figure pages (one with a history, one undated) of the many that one template
    draws. The checks that hold page by page without a browser (languages, links, outside requests)
    run over every page in tests/test_every_page.py."""
    pages = page_paths(built_site)
    # The sitemap lists what search engines and readers are meant to find: all of it must be here.
    sitemap = ET.parse(built_site / "sitemap.xml").getroot()
    listed = {urlsplit(loc.text).path.lstrip("/") for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    missing = listed - set(pages)
    assert not missing, f"pages in the sitemap but not built: {sorted(missing)}"
    return sampled_pages(pages)


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
