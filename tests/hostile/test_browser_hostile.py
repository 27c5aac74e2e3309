"""A real browser on the hostile site: hostile text sits in every field of every data file, and
loading every page (and hovering every figure reference) opens no dialog, logs no error and
requests nothing from any other host."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from site_server import DESKTOP, page_paths

from .hostile_project import HOSTILE_TEXT

pytestmark = pytest.mark.browser

LOCAL_ONLY_SCHEMES = {"data", "blob", "about"}


def test_no_hostile_text_runs_or_calls_another_host(browser, hostile_site, hostile_base_url):
    pages = page_paths(hostile_site)
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    dialogs: list[str] = []
    errors: list[str] = []
    requests: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("console", lambda message: errors.append(f"{page.url}: {message.text}") if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
    page.on("request", lambda request: requests.append(request.url))
    try:
        for path in pages:
            page.goto(hostile_base_url + path, wait_until="networkidle")
            for link in page.locator("a.figure-ref").all()[:5]:
                link.hover()
        page.goto(hostile_base_url + "figures/", wait_until="networkidle")
        shown = page.locator("article").inner_text()
    finally:
        context.close()
    local = urlsplit(hostile_base_url).netloc
    leaving = [u for u in requests if urlsplit(u).scheme not in LOCAL_ONLY_SCHEMES and urlsplit(u).netloc != local]
    print(f"\n{len(pages)} hostile pages: {len(requests)} requests, {len(dialogs)} dialogs, {len(errors)} errors")
    assert len(requests) >= len(pages)
    assert dialogs == []
    assert errors == []
    assert leaving == []
    assert HOSTILE_TEXT[0] in shown  # the markup is there to read, as text
