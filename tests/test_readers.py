"""What a first-time reader sees: the finding first, charts over time, back-links both ways,
readers' wording, the footer, the navigation and the 404 page.

Rules run on the fixture project (tests/fixtures/project/); the claims about the real site's
Home and Prosecutions pages run on the real build."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest
from fixture_project import FIXTURE
from htmltree import parse

from crimea_record.errors import DataErrors
from crimea_record.pipeline import prepare
from crimea_record.render.charts import history_chart
from crimea_record.render.pages.data_page import reader_help

SVG = "{http://www.w3.org/2000/svg}"
# Wording meant for editors: field help, editing instructions, data formats, test details.
# (How the sources reached the site is told in the data's own words: issue 11's part.)
EDITORS_WORDING = re.compile(
    r"Never change it|in your own words|Optional\.|Leave out|Use `|\{start:|the site's tests|`|For editors:",
)


def _text(site, page: str) -> str:
    html = (site / page / "index.html").read_text(encoding="utf-8")
    return " ".join(parse(html).find("article").words().split())


def _svg(markdown: str) -> ET.Element:
    return ET.fromstring(re.search(r"<svg.*?</svg>", markdown, re.S).group(0))


# --- the real site -----------------------------------------------------------------------


def test_home_opens_with_the_counts_and_the_war_crime(built_site):
    article = parse((built_site / "index.html").read_text(encoding="utf-8")).find("article")
    first = next(p for p in article.find_all("p"))
    words = " ".join(first.words().split())
    for count in ("574", "497", "244", "about 50,000"):
        assert count in words, f"the opening paragraph does not state {count}"
    assert "war crime" in words and "Article 8(2)(a)(v)" in words
    assert "Fourth Geneva Convention" in words and "Article 51" in words


def test_prosecutions_shows_the_count_over_time(built_site):
    html = (built_site / "prosecutions" / "index.html").read_text(encoding="utf-8")
    chart = re.search(r'<figure class="chart chart--history">.*?</figure>', html, re.S)
    assert chart, "no chart of the count over time on Prosecutions"
    bars = ET.fromstring(re.search(r"<svg.*?</svg>", chart.group(0), re.S).group(0)).findall(f"{SVG}rect")
    assert len(bars) >= 3
    section = _text(built_site, "prosecutions").split("How the count has grown", 1)[1]
    assert re.search(r"\b275\b", section) and "574" in section, "the prose of how the count grew states no numbers"


def test_no_reader_page_carries_editors_wording(built_site):
    pages = sorted(p.parent for p in built_site.rglob("index.html") if p.parent.name not in {"editors", "downloads"})
    problems = []
    for folder in pages:
        article = parse((folder / "index.html").read_text(encoding="utf-8")).find("article")
        if article is None:
            continue
        found = EDITORS_WORDING.findall(" ".join(article.words().split()))
        if found:
            problems.append(f"{folder.relative_to(built_site)}: {sorted(set(found))}")
    assert problems == []


def test_for_editors_is_out_of_the_navigation_and_search_but_linked_from_every_footer(built_site):
    home = parse((built_site / "index.html").read_text(encoding="utf-8"))
    nav_links = [a.attrs.get("href", "") for nav in home.find_all("nav") for a in nav.find_all("a")]
    assert not [h for h in nav_links if "editors" in h]
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [d["location"] for d in index["docs"] if d["location"].startswith("editors/")]
    footer = home.find("footer")
    assert any(a.attrs.get("href") == "editors/" for a in footer.find_all("a"))
    assert (built_site / "editors" / "index.html").exists()


# --- rules, on the fixture project ------------------------------------------------------


@pytest.fixture(scope="module")
def fixture_content():
    return prepare(FIXTURE)


def test_history_chart_draws_one_counter_oldest_first_with_its_sources(fixture_content):
    dataset = fixture_content.dataset
    figure = dataset.figures["fixture-cases"]
    out = history_chart(figure, "prosecutions.md", dataset)
    svg = _svg(out)
    widths = [float(r.get("width")) for r in svg.findall(f"{SVG}rect")]
    assert len(widths) == len(figure.history) + 1
    values = [60, 90, 120]  # 2021, March 2022, May 2023: oldest first, the current value last
    for value, width in zip(values, widths):
        assert width / widths[-1] == pytest.approx(value / 120, rel=1e-3)
    dates = [t.findtext(f"{SVG}tspan") for t in svg.findall(f"{SVG}text[@class='chart__date']")]
    assert dates == ["2021", "Mar 2022", "May 2023"]
    assert svg.get("role") == "img" and "about 60" in svg.find(f"{SVG}desc").text
    rows = [line for line in out.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert [r.split(" | ")[0] for r in rows] == ["| 2021", "| Mar 2022", "| May 2023"]
    assert all("sources.md#fixture-" in r for r in rows), "each value links to its source"


def test_past_values_and_the_chart_on_the_built_page(small_site):
    text = _text(small_site, "prosecutions")
    assert "From about 60 in 2021 and at least 90 in March 2022 to 120." in text
    html = (small_site / "prosecutions" / "index.html").read_text(encoding="utf-8")
    assert 'class="chart chart--history"' in html
    assert re.search(r'<a class="figure-ref figure-ref--past" href="\.\./figures/#fixture-cases" title="[^"]*as of March 2022', html)


@pytest.mark.parametrize(
    ("marker", "message"),
    [
        ("{{ past fixture-cases 1999 }}", "figure 'fixture-cases' has no earlier value as of 1999; its history has: 2022-03, 2021"),
        ("{{ past fixture-cases }}", "needs a figure id and the date of one of its earlier values"),
        ("{{ past fixture-casse 2021 }}", "figure 'fixture-casse' is not defined"),
        ("{{ history fixture-convictions }}", "figure 'fixture-convictions' has no earlier values to chart"),
    ],
)
def test_wrong_past_and_history_markers_are_reported(small_project, marker, message):
    page = small_project / "docs" / "jurisdiction.md"
    page.write_text(page.read_text(encoding="utf-8") + f"\n\n{marker}\n", encoding="utf-8")
    with pytest.raises(DataErrors) as caught:
        prepare(small_project)
    report = caught.value.report()
    assert "docs/jurisdiction.md:" in report and message in report, report


def test_every_kind_lists_the_pages_that_discuss_it(small_site):
    def discussed(page: str, record_id: str) -> list[str]:
        html = (small_site / page / "index.html").read_text(encoding="utf-8")
        start = html.index(f'id="{record_id}"')
        end = min(i for i in (html.find("<h2", start + 1), html.find("<h3", start + 1), len(html)) if i != -1)
        found = re.search(r'<p class="discussed-on" data-search-exclude[^>]*>Discussed on: (.*?)</p>', html[start:end], re.S)
        return re.findall(r">([^<]+)</a>", found.group(1)) if found else []

    assert "Fixture prosecutions" in discussed("figures", "fixture-cases")
    assert "Fixture prosecutions" in discussed("legal", "fixture-art-1")
    assert "Fixture prosecutions" in discussed("violations", "fixture-practice-evidence")
    assert "Fixture prosecutions" in discussed("sources", "fixture-summary")
    assert "Fixture prosecutions" in discussed("timeline", "fixture-event-day")


def test_footer_names_the_publisher_and_the_last_update_from_the_settings(small_site):
    footer = " ".join(parse((small_site / "index.html").read_text(encoding="utf-8")).find("footer").words().split())
    assert "Published by Fixture Publishing House." in footer
    assert "Last updated 2 January 2030." in footer


def test_not_found_page_offers_search_and_the_main_pages(small_site):
    page = parse((small_site / "404.html").read_text(encoding="utf-8"))
    text = " ".join(page.find("article").words().split())
    assert "Page not found" in text and "search" in text
    hrefs = {a.attrs.get("href") for a in page.find("article").find_all("a")}
    assert {"/figures/", "/legal/", "/sources/"} <= hrefs and hrefs & {"/", "/."}, hrefs
    assert page.find("input", cls="md-search__input") is not None


def test_data_page_field_help_is_for_data_users():
    assert reader_help("Permanent id, used in links. Never change it.") == "Permanent id, used in links."
    assert reader_help("Optional. The span of time the figure counts: {start: 2015, end: 2024}.") == (
        "The span of time the figure counts. May be empty."
    )
    assert reader_help("Optional. More detail, in your own words.") == "More detail, in this site's words. May be empty."
    assert reader_help("Optional. The document's own title. Use `description` if you do not know it.") == (
        "The document's own title. May be empty."
    )


def test_quotes_are_typographic_on_every_reader_page(built_site):
    problems = []
    for path in sorted(built_site.rglob("index.html")):
        if path.parent.name in {"editors", "downloads"}:
            continue
        article = parse(path.read_text(encoding="utf-8")).find("article")
        if article is None:
            continue
        for element in article.find_all("code"):  # addresses and ids in code stay as typed
            element.children.clear()
        text = " ".join(article.words().split())
        text = re.sub(r"https?://\S+", "", text)
        found = re.findall(r".{0,30}[\"'].{0,30}", text)
        if found:
            problems.append(f"{path.parent.relative_to(built_site)}: {found[:3]}")
    assert problems == []
