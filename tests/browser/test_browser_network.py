"""No request leaves the site: not on any page, not when searching, not when switching pages."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

LOCAL_ONLY_SCHEMES = {"data", "blob", "about"}  # never reach the network


def _leaving(requests: list[str], base_url: str) -> list[str]:
    local = urlsplit(base_url).netloc
    return [u for u in requests if urlsplit(u).scheme not in LOCAL_ONLY_SCHEMES and urlsplit(u).netloc != local]


def test_every_page_requests_only_the_local_server(new_page, base_url, site_pages):
    requests: list[str] = []
    # Every sampled page in the light scheme; the dark scheme changes colours only (the same
    # style sheets and scripts), so Home and one figure page stand for it.
    dark_sample = [path for path in site_pages if path == "" or path.startswith("figures/") and path != "figures/"][:2]
    for scheme, paths in (("light", site_pages), ("dark", dark_sample)):
        page = new_page(color_scheme=scheme)
        page.on("request", lambda request: requests.append(request.url))
        for path in paths:
            page.goto(base_url + path, wait_until="networkidle")
    assert len(dark_sample) == 2
    assert len(requests) >= len(site_pages), "the request log recorded less than one request per page"
    leaving = _leaving(requests, base_url)
    print(f"\n{len(site_pages)} pages light, {len(dark_sample)} dark: {len(requests)} requests, {len(leaving)} to other hosts")
    assert leaving == []


def test_search_and_page_switches_request_only_the_local_server(new_page, base_url):
    page = new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(base_url, wait_until="networkidle")
    page.locator(".md-search__input").press_sequentially("Rome Statute", delay=20)
    page.locator(".md-search-result__item").first.wait_for()
    assert any(u.endswith("search_index.json") for u in requests), "search did not load its index"
    page.locator(".md-search-result__item a").first.click()
    page.wait_for_load_state("networkidle")
    # Switch pages the way a reader does: through the navigation, one link after another.
    nav = page.locator(".md-sidebar--primary")
    names = nav.locator("a.md-nav__link:visible").evaluate_all(
        "els => els.filter(a => !a.getAttribute('href').startsWith('#')).map(a => a.textContent.trim())"
    )
    assert len(names) > 5
    for name in names:
        nav.get_by_role("link", name=name, exact=True).first.click()
        page.wait_for_load_state("networkidle")
        assert page.locator("h1").first.is_visible()
    leaving = _leaving(requests, base_url)
    print(f"\nsearch and {len(names)} page switches: {len(requests)} requests, {len(leaving)} to other hosts")
    assert leaving == []


def test_links_to_other_sites_are_plain_and_pass_nothing_on(new_page, base_url, site_pages):
    page = new_page()
    local = urlsplit(base_url).netloc
    external, problems = 0, []
    for path in site_pages:
        page.goto(base_url + path)
        found = page.eval_on_selector_all(
            "a[href]", "els => els.map(a => [a.href, a.getAttribute('rel') || '', a.getAttribute('target') || ''])"
        )
        for href, rel, _target in found:
            if urlsplit(href).scheme in ("http", "https") and urlsplit(href).netloc != local:
                external += 1
                if not {"noopener", "noreferrer"} <= set(rel.split()):
                    problems.append(f"{path or 'Home'}: {href} has rel={rel!r}")
        # Nothing may make the browser contact another host before a click.
        hints = page.eval_on_selector_all(
            "link[rel~=preconnect], link[rel~=dns-prefetch], link[rel~=prefetch], link[rel~=preload], link[rel~=prerender]",
            "els => els.map(l => l.href)",
        )
        problems += [f"{path or 'Home'}: resource hint to {h}" for h in hints if urlsplit(h).netloc != local]
    assert external > 0, "no links to other sites found: the sources page should have some"
    assert problems == []
