"""Charts in the browser: named and described, marks visible in both schemes, data as a table."""
from __future__ import annotations

import pytest
from site_server import SCHEMES

pytestmark = pytest.mark.browser

# Relative luminance and contrast ratio as WCAG 2.1 defines them, computed in the page from
# the colours the browser actually paints.
_CONTRAST_JS = """() => {
  const rgb = c => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
                     return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const background = getComputedStyle(document.body).backgroundColor;
  const out = [];
  for (const svg of document.querySelectorAll('svg.chart__svg')) {
    for (const el of svg.querySelectorAll('rect, circle, line, text')) {
      const s = getComputedStyle(el);
      // Lines and open dots (values given as "at least" or "about") are drawn by their outline.
      const outlined = el.tagName === 'line' || el.classList.contains('chart__dot--open');
      const paint = outlined ? s.stroke : s.fill;
      out.push({what: el.tagName + '.' + el.getAttribute('class'), paint, background, ratio: ratio(paint, background),
                need: el.tagName === 'text' ? 4.5 : 3});
    }
  }
  return out;
}"""


@pytest.mark.parametrize("scheme", SCHEMES)
def test_chart_marks_and_text_contrast_with_the_page(new_page, base_url, site_pages, scheme):
    page = new_page(color_scheme=scheme)
    low, checked = [], 0
    for path in site_pages:
        page.goto(base_url + path)
        for mark in page.evaluate(_CONTRAST_JS):
            checked += 1
            if mark["ratio"] < mark["need"]:
                low.append(f"{path}: {mark['what']} {mark['paint']} on {mark['background']}: {mark['ratio']:.2f} < {mark['need']}")
    assert checked > 0, "no charts found"
    assert low == []


def test_every_chart_has_a_name_a_description_and_a_table(new_page, base_url, site_pages):
    page = new_page()
    charts, problems = 0, []
    for path in site_pages:
        page.goto(base_url + path)
        for i in range(page.locator("svg.chart__svg").count()):
            charts += 1
            svg = page.locator("svg.chart__svg").nth(i)
            info = svg.evaluate(
                """svg => {
                  const text = attr => (svg.getAttribute(attr) || '').split(/\\s+/).filter(Boolean)
                    .map(id => (document.getElementById(id) || {}).textContent || '').join(' ').trim();
                  const figure = svg.closest('figure');
                  let next = figure && figure.nextElementSibling;
                  return {role: svg.getAttribute('role'), name: text('aria-labelledby'), desc: text('aria-describedby'),
                          caption: figure && figure.querySelector('figcaption') ? figure.querySelector('figcaption').textContent : '',
                          table: !!(next && next.querySelector('table')),
                          values: [...svg.querySelectorAll('.chart__value, .chart__date')].map(t => t.textContent),
                          cells: next ? [...next.querySelectorAll('td')].map(td => td.textContent) : []};
                }"""
            )
            where = f"{path or 'Home'} chart {i + 1}"
            if info["role"] != "img" or not info["name"] or not info["desc"] or not info["caption"]:
                problems.append(f"{where}: role, title, description or caption missing: {info}")
            if not info["table"]:
                problems.append(f"{where}: no table with the same data right after it")
            # Every value the chart shows is in its table too.
            missing = [v for v in info["values"] if not any(v in cell for cell in info["cells"])]
            if missing:
                problems.append(f"{where}: values not in the table: {missing}")
            # A screen reader hears the values in the description.
            problems += [f"{where}: description lacks {v!r}" for v in info["values"] if v not in info["desc"]]
    assert charts >= 2, "expected the prosecutions bar chart and the count over time"
    assert problems == []
