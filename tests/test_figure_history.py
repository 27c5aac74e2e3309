"""Updating a figure the way the editors' guide says: the new value shows wherever the figure
is referred to, the old one moves into the history table (newest first), and the figure's
permanent link still leads to it. Run on the fixture project (tests/fixtures/project/)."""
from __future__ import annotations

import html
import re

from conftest import mkdocs_build

from crimea_record.pipeline import prepare

FIGURE = "fixture-cases"


def figure_refs(page_html: str, figure_id: str) -> list[str]:
    """The text of every inline reference to a figure on a built page."""
    return re.findall(rf'<a class="figure-ref" href="[^"]*#{figure_id}"[^>]*>([^<]*)</a>', page_html)


def figure_entry(figures_html: str, figure_id: str) -> str:
    start = figures_html.index(f'<h3 id="{figure_id}"')
    end = figures_html.find("<h3", start + 1)
    return figures_html[start : end if end != -1 else None]


def test_an_updated_figure_shows_everywhere_and_keeps_its_history(small_project, tmp_path):
    before = prepare(small_project)
    prose_pages = [path for path, _ in before.used_on[("figure", FIGURE)] if not before.pages[path].generated]
    assert prose_pages == ["index.md", "prosecutions.md"]

    # The guide's steps: the current value becomes the first history entry, the new one takes its place.
    path = small_project / "data/figures.yml"
    text = path.read_text(encoding="utf-8")
    current = "  value: 120\n  qualifier: exact\n"
    dated = "  source: fixture-report\n  as_of: 2023-05\n"
    assert current in text and dated in text and "  history:\n" in text
    text = text.replace(current, "  value: 157\n  qualifier: exact\n", 1)
    text = text.replace(dated, "  source: fixture-report\n  as_of: 2024-06\n", 1)
    text = text.replace(
        "  history:\n",
        "  history:\n    - value: 120\n      qualifier: exact\n      as_of: 2023-05\n      source: fixture-report\n",
        1,
    )
    path.write_text(text, encoding="utf-8")

    site = tmp_path / "site"
    result = mkdocs_build(small_project, site)
    assert result.returncode == 0, result.stderr

    for page in prose_pages:
        built = (site / page.removesuffix(".md").removesuffix("index") / "index.html").read_text(encoding="utf-8")
        assert figure_refs(built, FIGURE), page
        assert set(figure_refs(built, FIGURE)) == {"157"}, page

    entry_html = figure_entry((site / "figures/index.html").read_text(encoding="utf-8"), FIGURE)
    assert "<strong>157</strong>" in entry_html
    assert "<dd>June 2024</dd>" in entry_html
    history_values = [html.unescape(v) for v in re.findall(r"<tr>\s*<td>[^<]*</td>\s*<td>([^<]*)</td>", entry_html)]
    assert history_values == ["120", "at least 90", "about 60"]
    history_dates = [html.unescape(v) for v in re.findall(r"<tr>\s*<td>([^<]*)</td>", entry_html)]
    assert history_dates == ["May 2023", "March 2022", "2021"]
    assert f'href="#{FIGURE}"' in entry_html, "the permanent link is unchanged"
