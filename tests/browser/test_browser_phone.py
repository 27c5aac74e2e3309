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


NARROW_PHONE = {"width": 390, "height": 844}
EDITORS_PAGES = ("editors/", "uk/editors/")


def test_no_readers_table_is_wider_than_a_phone_and_no_link_in_one_is_cut_mid_word(new_page, base_url, site_pages):
    """Every reader's page in every language at 390 px: each table fits the screen (rows stack
    as blocks), and each word of a link in a table stays on one line."""
    page = new_page(viewport=NARROW_PHONE)
    problems, tables_seen, pages_seen = [], 0, set()
    for path in site_pages:
        if path.startswith(EDITORS_PAGES):
            continue
        page.goto(base_url + path)
        found = page.eval_on_selector_all(
            "article table",
            """els => els.map(t => {
                 const width = document.documentElement.clientWidth;
                 const cut = [];
                 for (const a of t.querySelectorAll('a')) {
                   const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
                   for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                     for (const m of n.data.matchAll(/\\S+/g)) {
                       const r = document.createRange();
                       r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);
                       const tops = new Set([...r.getClientRects()].map(b => Math.round(b.top)));
                       if (tops.size > 1) cut.push(m[0]);
                     }
                   }
                 }
                 return {right: t.getBoundingClientRect().right, scroll: t.scrollWidth, client: t.clientWidth,
                         width: width, cut: cut};
               })""",
        )
        pages_seen.add(path)
        tables_seen += len(found)
        for i, table in enumerate(found):
            where = f"{path or 'Home'}: table {i + 1}"
            if table["right"] > table["width"] + 0.5 or table["scroll"] > table["client"] + 1:
                problems.append(f"{where} is {max(table['right'], table['scroll']):.0f}px on a {table['width']}px screen")
            problems += [f"{where}: link word {word!r} cut across lines" for word in table["cut"]]
    assert tables_seen > 0 and any(p.startswith("uk/") for p in pages_seen), "no tables or no Ukrainian pages checked"
    assert problems == []


def test_a_stacked_tables_values_carry_their_columns_names(new_page, base_url, site_pages):
    """On a phone a table's rows stack as blocks and its headings are out of sight: each value after
    the row's first shows its column's heading ("As of: …"), in the page's language."""
    page = new_page(viewport=PHONE)
    unlabelled, labelled = [], 0
    for path in site_pages:
        page.goto(base_url + path)
        cells = page.eval_on_selector_all(
            "article table",
            """tables => tables.filter(t => t.querySelectorAll('thead th').length > 1 && getComputedStyle(t).display === 'block')
                 .flatMap(t => { const heads = [...t.querySelectorAll('thead th')].map(th => th.textContent.trim());
                   return [...t.querySelectorAll('tbody tr')].flatMap(row => [...row.children].slice(1).map((td, i) =>
                     ({heading: heads[i + 1], shown: getComputedStyle(td, '::before').content}))); })""",
        )
        for cell in cells:
            if cell["heading"] and cell["shown"] != f'"{cell["heading"]}: "':
                unlabelled.append(f"{path or 'Home'}: {cell['heading']!r} shown as {cell['shown']}")
            labelled += 1
    assert labelled > 0, "no stacked table on the sampled pages"
    assert unlabelled == []
