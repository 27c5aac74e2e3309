"""Checks that hold page by page, over every page of the built site, without a browser.

The browser tests visit one page of each template in every language (tests/browser/conftest.py,
`site_pages`); what can be read from the HTML itself is checked here on all of them: each page
has its pair in every language and the selector leads there, `lang` and `hreflang` say the
page's language, every link inside the site reaches a file, and no page asks another host for
anything (the rest of that check: tests/test_built_site.py, test_no_asset_from_another_host).
"""
from __future__ import annotations

import posixpath
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup
from site_server import page_paths

from crimea_record.render.language import registry

REDIRECT_MARK = 'http-equiv="refresh"'
RESOURCE_HINTS = {"preconnect", "dns-prefetch", "prefetch", "preload", "prerender", "modulepreload"}


@pytest.fixture(scope="module")
def pages(built_site) -> dict[str, BeautifulSoup]:
    """Every HTML page by URL path ('' is Home), redirect notes (old addresses) left out."""
    out = {}
    for path in page_paths(built_site):
        html = (built_site / (path + "index.html" if path.endswith("/") or path == "" else path)).read_text(encoding="utf-8")
        if REDIRECT_MARK not in html:
            out[path] = BeautifulSoup(html, "html.parser")
    return out


def _language_of(path: str):
    return registry().by_path(path)


def _english(path: str) -> str:
    return path.removeprefix(_language_of(path).prefix)


def test_every_page_is_in_every_language(pages):
    languages = registry().languages
    english = {p for p in pages if _language_of(p) == registry().source and not p.endswith(".html")}
    assert len(english) > 10
    for lang in languages:
        own = {_english(p) for p in pages if _language_of(p) == lang and not p.endswith(".html")}
        assert own == english, f"{lang.code}: pages without a pair {sorted(own ^ english)}"


def test_each_page_says_its_language_and_the_selector_leads_to_its_pair(pages):
    checked = 0
    for path, soup in pages.items():
        lang = _language_of(path)
        assert soup.html.get("lang") == lang.html_lang, f"{path or 'Home'}: lang={soup.html.get('lang')!r}"
        links = soup.select("a.md-select__link[hreflang]")
        if path.endswith(".html"):
            continue  # the 404 page: its selector leads to each language's Home
        assert {a["hreflang"] for a in links} == {other.html_lang for other in registry().languages}, path
        for a in links:
            other = next(o for o in registry().languages if o.html_lang == a["hreflang"])
            assert a.get("lang") == other.html_lang, (path, a)
            target = posixpath.normpath(posixpath.join("/" + path, a["href"])).lstrip("/").removesuffix(".")
            target = target + "/" if target and not target.endswith("/") else target
            assert target == other.prefix + _english(path), f"{path or 'Home'}: {other.name} leads to {a['href']!r}"
            checked += 1
    assert checked >= 2 * len(pages) - 2


def test_every_link_inside_the_site_reaches_a_file(built_site, pages):
    problems = []
    for path, soup in pages.items():
        base = "/" + (path if path.endswith("/") or path == "" else posixpath.dirname(path) + "/")
        if path.endswith(".html"):
            base = "/"  # the 404 page is served at any address: its links are absolute
        for tag, attr in (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("source", "src"), ("iframe", "src")):
            for element in soup.find_all(tag):
                value = element.get(attr)
                if not value or value.startswith("#") or urlsplit(value).scheme or value.startswith("//"):
                    continue
                if tag == "link" and "canonical" in (element.get("rel") or []):
                    continue
                target = unquote(urlsplit(posixpath.join(base, value)).path)
                file = built_site / posixpath.normpath(target).lstrip("/")
                if target.endswith("/") or file.is_dir():
                    file = file / "index.html"
                if not file.is_file():
                    problems.append(f"{path or 'Home'}: {tag} {value!r}")
    assert problems == []


def test_no_page_hints_the_browser_to_contact_another_host(pages):
    for path, soup in pages.items():
        for link in soup.find_all("link"):
            rel = set(link.get("rel") or [])
            if rel & RESOURCE_HINTS:
                assert not urlsplit(link.get("href", "")).netloc, f"{path or 'Home'}: {link}"
        for element in soup.find_all(["img", "iframe", "video", "audio", "embed", "object"]):
            for attr in ("src", "srcset", "data", "poster"):
                assert not urlsplit(element.get(attr, "")).netloc, f"{path or 'Home'}: {element.name} {attr}"

