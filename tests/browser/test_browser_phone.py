"""On a phone (375x667): no sideways scrolling, figures big enough to read, tables scroll alone."""
from __future__ import annotations

import pytest
from site_server import PHONE

pytestmark = pytest.mark.browser

MIN_FIGURE_PX = 16  # key numbers at least body-text size
MIN_CHART_TEXT_PX = 13  # chart labels, after the SVG is scaled to the screen


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_page_scrolls_sideways(new_page, base_url, site_pages, scheme):
    page = new_page(viewport=PHONE, color_scheme=scheme)
    wide = []
    for path in site_pages:
        page.goto(base_url + path)
        scroll, client = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        if scroll > client:
            wide.append(f"{path or 'Home'}: {scroll}px of content in {client}px")
    assert wide == []


def test_key_figures_and_chart_text_are_readable(new_page, base_url, site_pages):
    page = new_page(viewport=PHONE)
    small, figures_seen, chart_text_seen = [], 0, 0
    for path in site_pages:
        page.goto(base_url + path)
        sizes = page.eval_on_selector_all(
            ".figure-card__value, .figure-value, a.figure-ref",
            "els => els.map(e => [e.textContent.trim(), parseFloat(getComputedStyle(e).fontSize)])",
        )
        figures_seen += len(sizes)
        small += [f"{path or 'Home'}: figure {text!r} at {size}px" for text, size in sizes if size < MIN_FIGURE_PX]
        # SVG text scales with the drawing: its size on screen is its size times the scale.
        charts = page.eval_on_selector_all(
            "svg.chart__svg",
            """els => els.map(svg => {
                 const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                 return [...svg.querySelectorAll('text')].map(t =>
                   [t.textContent, parseFloat(getComputedStyle(t).fontSize) * scale]);
               }).flat()""",
        )
        chart_text_seen += len(charts)
        small += [f"{path or 'Home'}: chart text {text!r} at {size:.1f}px" for text, size in charts if size < MIN_CHART_TEXT_PX]
    assert figures_seen > 0 and chart_text_seen > 0
    assert small == []


def test_wide_tables_scroll_inside_themselves(new_page, base_url, site_pages):
    page = new_page(viewport=PHONE)
    problems, wide_tables = [], 0
    for path in site_pages:
        page.goto(base_url + path)
        tables = page.eval_on_selector_all(
            "article table",
            """els => els.map(t => {
                 // the nearest box (the table itself included) that scrolls sideways and fits the screen
                 const width = document.documentElement.clientWidth;
                 let box = t;
                 while (box && !(['auto', 'scroll'].includes(getComputedStyle(box).overflowX)
                                 && box.getBoundingClientRect().right <= width + 0.5)) box = box.parentElement;
                 return {wide: t.scrollWidth > width, scrolls: !!box && box.tagName !== 'HTML',
                         right: box ? box.getBoundingClientRect().right : t.getBoundingClientRect().right, width: width};
               })""",
        )
        for i, table in enumerate(tables):
            wide_tables += table["wide"]
            if table["wide"] and not table["scrolls"]:
                problems.append(f"{path or 'Home'}: table {i + 1} is wider than the screen and does not scroll")
            if table["right"] > table["width"] + 0.5:
                problems.append(f"{path or 'Home'}: table {i + 1} reaches past the screen edge")
    print(f"\n{wide_tables} tables wider than a phone, each scrolling inside itself")
    assert problems == []
