"""The record stays true: numbers come from the sources, prose holds no typed figures."""
from __future__ import annotations

import re

import pytest
from conftest import ROOT, SHARED

from crimea_record.load.markers import CODE as _CODE
from crimea_record.load.markers import MARKER
from crimea_record.pipeline import prepare
from crimea_record.render.markdown_text import number

DATA = prepare(ROOT).dataset
ARTICLE = SHARED / "sources" / "report-article.txt"
NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?![\w])|(?<![\w.,])\d+(?![\w,]\d)")


def figure_values() -> set[int]:
    values = {f.value for f in DATA.figures.values()}
    values |= {h.value for f in DATA.figures.values() for h in f.history}
    return values


def article_text() -> str:
    assert ARTICLE.exists(), f"the source article is expected beside the repository at {ARTICLE}"
    return ARTICLE.read_text(encoding="utf-8")


def test_every_figure_in_the_article_is_in_the_data_exactly_once():
    """Numbers the article states as counts, not years, article numbers or ages."""
    text = article_text()
    counts = []
    for match in NUMBER.finditer(text):
        value = int(match.group().replace(",", ""))
        context = text[max(0, match.start() - 25) : match.end() + 3]
        is_year = 1990 <= value <= 2100
        is_provision = re.search(r"Article|\(\d|\d\)|Code", context) is not None
        is_age = text[match.end() : match.end() + 9] == "-year-old"
        is_day = re.search(r"(January|February|March|April|May|June|July|August|September|October|November|December) $", text[: match.start()]) is not None
        if not (is_year or is_provision or is_age or is_day):
            counts.append(value)
    values = [f.value for f in DATA.figures.values()]
    assert counts, "no counts found in the article"
    for value in set(counts):
        assert values.count(value) == 1, f"{number(value)} from the article appears {values.count(value)} times in data/figures.yml"


def test_every_figure_sourced_to_the_article_is_written_there():
    text = article_text()
    via_article = {s.id for s in DATA.sources.values() if s.via == "report-article" or s.id == "report-article"}
    checked = 0
    for figure in DATA.figures.values():
        if figure.source in via_article:
            assert number(figure.value) in text, f"{figure.id}: {number(figure.value)} is not in the article"
            checked += 1
    assert checked >= 8


def test_quotes_of_the_report_are_verbatim():
    text = " ".join(article_text().split())
    quotes = [d.report.quote for d in DATA.discrepancies.values() if d.report.source == "report-article"]
    quotes += [a.report_wording.quote for a in DATA.articles.values() if a.report_wording and a.report_wording.source == "report-article"]
    assert quotes
    for quote in quotes:
        assert " ".join(quote.split()) in text, quote


def test_quotes_in_prose_are_verbatim_from_the_article():
    text = " ".join(article_text().split())
    found = 0
    for page in (ROOT / "docs").glob("*.md"):
        for quote in re.findall(r"^> “(.+?)”\s*$", page.read_text(encoding="utf-8"), re.M):
            assert " ".join(quote.split()) in text, (page.name, quote)
            found += 1
    assert found >= 1


@pytest.mark.parametrize("page", sorted(p.name for p in (ROOT / "docs").glob("*.md")))
def test_no_figure_typed_into_prose(page):
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    text = MARKER.sub(" ", _CODE.sub(" ", text))
    values = figure_values()
    typed = []
    for n, line in enumerate(text.splitlines(), 1):
        for match in NUMBER.finditer(line):
            if int(match.group().replace(",", "")) in values:
                typed.append(f"docs/{page}:{n}: {match.group()}")
    assert typed == [], "write these as {{ fig ID }} references instead"


def test_the_prose_check_catches_a_typed_figure(tmp_path):
    """The check above is only worth having if it fails on a typed number."""
    values = figure_values()
    sample = f"The group counts {number(DATA.figures['art328-cases'].value)} cases and {{{{ fig art328-convictions }}}}."
    cleaned = MARKER.sub(" ", sample)
    assert [m.group() for m in NUMBER.finditer(cleaned) if int(m.group().replace(",", "")) in values] == [number(DATA.figures["art328-cases"].value)]
