"""Readable without JavaScript: every page's content and figures are there, charts included."""
from __future__ import annotations

from pathlib import Path

import pytest
from site_server import PHONE

from crimea_record.pipeline import prepare
from crimea_record.render.markdown_text import stated_value

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]

def test_pages_read_the_same_without_javascript(new_page, base_url, site_pages):
    with_js, without_js = new_page(), new_page(js=False)
    differ = []
    for path in site_pages:
        with_js.goto(base_url + path)
        without_js.goto(base_url + path)
        assert without_js.evaluate("typeof document$") == "undefined", "JavaScript ran in the no-JS context"
        text = without_js.locator("article").inner_text()
        # The one thing only JavaScript adds: a chart's PNG link (drawn in the browser), with its separator.
        with_js.evaluate("document.querySelectorAll('a.chart-png--ready').forEach(a => { a.previousSibling.remove(); a.remove(); })")
        assert without_js.locator("a.chart-png").evaluate_all("links => links.every(a => !a.checkVisibility())")
        if " ".join(text.split()) != " ".join(with_js.locator("article").inner_text().split()):
            differ.append(path or "Home")
        for i in range(without_js.locator("article svg.chart__svg").count()):
            assert without_js.locator("article svg.chart__svg").nth(i).is_visible(), f"{path}: chart hidden without JS"
    assert differ == [], f"pages whose text differs without JavaScript: {differ}"


def test_every_figure_is_shown_without_javascript(new_page, base_url):
    dataset = prepare(ROOT).dataset
    page = new_page(viewport=PHONE, js=False)
    page.goto(base_url + "figures/")
    missing = []
    for figure in dataset.figures.values():
        entry = page.locator(f"[id='{figure.id}']")
        if not entry.is_visible() or stated_value(figure) not in entry.inner_text():
            missing.append(figure.id)
    assert missing == []
    # Without Material's JavaScript nothing wraps the tables: they must still not widen the page.
    scroll, client = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert scroll <= client
