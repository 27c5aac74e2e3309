"""The built site: every figure with its source, every permanent anchor, safe output."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT

from crimea_record.pipeline import prepare
from crimea_record.render.markdown_text import stated_value, typographic

CONTENT = prepare(ROOT)
DATA = CONTENT.dataset


def page(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "html.parser")


def entry(soup: BeautifulSoup, anchor: str) -> list:
    """A generated entry: its heading and everything up to the next heading of that level or higher."""
    heading = soup.find(id=anchor)
    assert heading is not None, f"no anchor #{anchor}"
    level = int(heading.name[1])
    parts = [heading]
    for sibling in heading.find_next_siblings():
        if re.fullmatch(r"h[1-6]", sibling.name) and int(sibling.name[1]) <= level:
            break
        parts.append(sibling)
    return parts


@pytest.mark.parametrize("figure_id", list(DATA.figures))
def test_each_figure_has_value_date_and_source_link(built_site, figure_id):
    figure = DATA.figures[figure_id]
    parts = entry(page(built_site, "figures"), figure_id)
    text = " ".join(p.get_text(" ", strip=True) for p in parts)
    links = [a["href"] for p in parts for a in p.find_all("a", href=True)]
    assert stated_value(figure) in text
    assert f"../sources/#{figure.source}" in links
    expected_date = figure.as_of.human() if figure.as_of else "not stated by the source"
    assert expected_date in text


def test_figures_in_prose_link_to_their_entry(built_site):
    soup = page(built_site, "prosecutions")
    refs = {a["href"]: a.get_text() for a in soup.select("a.figure-ref")}
    assert refs["../figures/#art328-cases"] == stated_value(DATA.figures["art328-cases"])
    title = soup.select_one('a.figure-ref[href="../figures/#art328-cases"]')["title"]
    assert "Source:" in title


def test_every_anchor_of_every_record_exists(built_site):
    pages = {"figure": "figures", "article": "legal", "violation": "violations", "source": "sources", "event": "timeline"}
    missing = []
    for kind, path in pages.items():
        soup = page(built_site, path)
        ids = {e["id"] for e in soup.find_all(id=True)}
        missing += [f"{path}/#{i}" for i in DATA.of_kind(kind) if i not in ids]
    html = "".join(p.read_text(encoding="utf-8") for p in built_site.rglob("*.html"))
    missing += [f"#{i}" for i in DATA.discrepancies if f'id="{i}"' not in html]
    assert missing == []


def test_figure_entry_lists_pages_using_it(built_site):
    parts = entry(page(built_site, "figures"), "art328-cases")
    links = [a["href"] for p in parts for a in p.find_all("a", href=True)]
    assert "../prosecutions/" in links and "../" in links


def test_legal_article_lists_violations_citing_it(built_site):
    parts = entry(page(built_site, "legal"), "gc4-51")
    links = {a["href"] for p in parts for a in p.find_all("a", href=True)}
    for violation in DATA.violations_citing("gc4-51"):
        assert f"../violations/#{violation.id}" in links


def test_violation_links_articles_figures_and_sources(built_site):
    for violation in DATA.violations.values():
        parts = entry(page(built_site, "violations"), violation.id)
        links = {a["href"] for p in parts for a in p.find_all("a", href=True)}
        expected = {f"../legal/#{a}" for a in violation.articles}
        expected |= {f"../figures/#{f}" for f in violation.figures}
        expected |= {f"../sources/#{s}" for s in violation.sources}
        assert expected <= links, violation.id


def test_legal_texts_are_quoted_with_official_link(built_site):
    soup = page(built_site, "legal")
    for article in DATA.articles.values():
        parts = entry(soup, article.id)
        quotes = [q.get_text(" ", strip=True) for p in parts for q in ([p] if p.name == "blockquote" else p.find_all("blockquote"))]
        for passage in article.text:
            assert f"“{typographic(passage)}”" in quotes  # verbatim, with typographic quotes
        official = article.url or DATA.sources[article.source].url
        if official:
            assert any(a.get("href") == official for p in parts for a in p.find_all("a"))


def test_report_wording_and_record_shown_side_by_side(built_site):
    soup = page(built_site, "jurisdiction")
    block = soup.find(id="icc-declaration-date")
    text = block.get_text(" ", strip=True)
    assert "February 2014" in text and "backdated to November 2013" in text
    assert "17 April 2014" in text and "8 September 2015" in text
    links = {a["href"] for a in block.find_all("a", href=True)}
    assert {"../sources/#report-article", "../sources/#icc-press-release-2015"} <= links


def test_external_links_are_plain_http_links_that_pass_nothing_on(built_site):
    for html_file in built_site.rglob("*.html"):
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        for a in soup.find_all("a", href=re.compile(r"^[a-z]+:", re.I)):
            assert a["href"].startswith(("https://", "http://")), (html_file, a["href"])
            assert a.get("rel") == ["noopener", "noreferrer"], (html_file, a)


def test_no_asset_from_another_host(built_site):
    """Scripts, styles, images and fonts all come from the site itself."""
    for html_file in built_site.rglob("*.html"):
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        for tag, attr in (("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src"), ("source", "src")):
            for element in soup.find_all(tag):
                value = element.get(attr, "")
                if tag == "link" and element.get("rel") == ["canonical"]:
                    continue
                assert not re.match(r"^(https?:)?//", value), (html_file, tag, value)
    for css in built_site.rglob("*.css"):
        assert not re.search(r"url\((['\"]?)(https?:)?//", css.read_text(encoding="utf-8")), css
        assert "@import" not in css.read_text(encoding="utf-8"), css


def test_headings_in_order_on_every_page(built_site):
    for html_file in built_site.rglob("*.html"):
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        article = soup.find("article")
        if article is None:
            continue
        levels = [int(h.name[1]) for h in article.find_all(re.compile(r"^h[1-6]$"))]
        assert levels and levels[0] == 1 and levels.count(1) == 1, html_file
        assert all(b - a <= 1 for a, b in zip(levels, levels[1:])), (html_file, levels)


def test_search_dialog_has_an_accessible_name(built_site):
    for html_file in built_site.rglob("*.html"):
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        for dialog in soup.find_all(attrs={"role": "dialog"}):
            assert dialog.get("aria-label") or dialog.get("aria-labelledby"), (html_file, dialog.attrs)
