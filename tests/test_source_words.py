"""Each figure shows its source's own words; counters stay apart (on the fixture project)."""
from __future__ import annotations

import html
import re

from conftest import assert_clean_build, mkdocs_build
from test_figure_history import figure_entry

from crimea_record.check.quotes import numbers_in


def test_numbers_are_found_as_the_source_writes_them():
    assert 1732 in numbers_in("at least 1,732 soldiers")
    assert 50000 in numbers_in("мобілізовано близько 50 тисяч кримців")
    assert 18900 in numbers_in("about 18.9 thousand people")
    assert 44500 in numbers_in("44,5 тисячі жителів")
    assert 18270 in numbers_in("18 270 кримчан")
    assert 11000 in numbers_in("более 11 тысяч юнармейцев")
    assert 9 in numbers_in("nine in 2017")
    # A number merely close to the figure, or inside a longer one, does not count.
    assert 574 not in numbers_in("5,574 cases")
    assert 50 not in numbers_in("50,000")


def _text(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def test_a_figure_shows_its_quote_its_language_and_the_editors_translation(small_site):
    entry = figure_entry((small_site / "figures/index.html").read_text(encoding="utf-8"), "fixture-pupils")
    assert re.search(r'<blockquote>\s*<p lang="uk">“У вигаданому клубі 250 учнів\.”</p>', entry), entry
    text = _text(entry)
    assert "The source’s words (in Ukrainian):" in text
    assert "Editors' translation, not a quotation: [The invented club has 250 pupils.]" in text
    assert "Counted by Fixture Club (an invented counter)" in text


def test_a_figure_without_a_quote_says_so(small_site):
    entry = figure_entry((small_site / "figures/index.html").read_text(encoding="utf-8"), "fixture-people")
    assert "<blockquote>" not in entry
    assert "The source’s words: not quoted here: the editors do not hold the source’s text" in _text(entry)


def test_counters_side_by_side_keep_their_own_dates_and_sources(small_project, tmp_path):
    page = small_project / "docs/prosecutions.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n{{ compare fixture-cases fixture-pupils }}\n\n{{ compare fixture-pupils fixture-cases }}\n", encoding="utf-8")
    site = tmp_path / "site"
    assert_clean_build(mkdocs_build(small_project, site), "build with a comparison")
    built = (site / "prosecutions/index.html").read_text(encoding="utf-8")
    table = built[built.index('<div class="comparison">') :]
    table = table[: table.index("</table>")]
    rows = [_text(r) for r in re.findall(r"<tr>(.*?)</tr>", table, re.S)]
    assert rows[0] == "Counted by What Value As of Source"
    assert rows[1].startswith("Fixture Publisher Fixture cases counted for testing 120 fixture cases May 2023")
    assert rows[2].startswith("Fixture Club (an invented counter) Fixture pupils in “Fixture Club” programmes 250 fixture pupils 12 May 2023")
    assert _text(built).count("Side by side, not one series") == 1, "the note is not said once, under the first table"
