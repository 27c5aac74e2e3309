"""Updating a figure the way the editors' guide says: the new value shows wherever the figure
is referred to, the old one moves into the history table (newest first), and the figure's
permanent link still leads to it."""
from __future__ import annotations

import html
import re

from conftest import mkdocs_build

from crimea_record.pipeline import prepare
from crimea_record.render.markdown_text import number, stated_value

FIGURE = "art328-cases"


def figure_refs(page_html: str, figure_id: str) -> list[str]:
    """The text of every inline reference to a figure on a built page."""
    return re.findall(rf'<a class="figure-ref" href="[^"]*#{figure_id}"[^>]*>([^<]*)</a>', page_html)


def figure_entry(figures_html: str, figure_id: str) -> str:
    start = figures_html.index(f'<h3 id="{figure_id}"')
    end = figures_html.find("<h3", start + 1)
    return figures_html[start : end if end != -1 else None]


def test_an_updated_figure_shows_everywhere_and_keeps_its_history(project, tmp_path):
    before = prepare(project)
    figure = before.dataset.figures[FIGURE]
    old, new = figure.value, figure.value + 37
    prose_pages = [path for path, _ in before.used_on[("figure", FIGURE)] if not before.pages[path].generated]
    assert prose_pages, "the figure is referred to from prose"

    # The guide's steps: the current value becomes the first history entry, the new one takes its place.
    path = project / "data/figures.yml"
    text = path.read_text(encoding="utf-8")
    entry = text.index(f"- id: {FIGURE}\n")
    head, rest = text[:entry], text[entry:]
    rest = rest.replace(f"  value: {old}\n", f"  value: {new}\n  as_of: 2025-06\n", 1)
    rest = rest.replace(
        "  history:\n",
        f"  history:\n    - value: {old}\n      qualifier: {figure.qualifier}\n      as_of: 2024-12\n      source: {figure.source}\n",
        1,
    )
    path.write_text(head + rest, encoding="utf-8")

    site = tmp_path / "site"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr

    for page in prose_pages:
        built = (site / page.removesuffix(".md").removesuffix("index") / "index.html").read_text(encoding="utf-8")
        assert figure_refs(built, FIGURE), page
        assert set(figure_refs(built, FIGURE)) == {number(new)}, page

    entry_html = figure_entry((site / "figures/index.html").read_text(encoding="utf-8"), FIGURE)
    assert f"<strong>{number(new)}</strong>" in entry_html
    assert "<dd>June 2025</dd>" in entry_html
    history_values = [html.unescape(v) for v in re.findall(r"<tr>\s*<td>[^<]*</td>\s*<td>([^<]*)</td>", entry_html)]
    earlier = sorted(figure.history, key=lambda h: h.as_of.sort_key(), reverse=True)
    assert history_values == [stated_value(figure)] + [stated_value(h) for h in earlier]
    assert f'href="#{FIGURE}"' in entry_html, "the permanent link is unchanged"
