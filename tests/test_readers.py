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
from crimea_record.render.charts import history_chart, history_svg
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


def test_home_opens_with_the_finding_in_one_sentence_then_the_cards_a_chart_and_the_caveats(built_site):
    article = parse((built_site / "index.html").read_text(encoding="utf-8")).find("article")
    first = next(p for p in article.find_all("p"))
    words = " ".join(first.words().split())
    assert "574" in words and "Crimean Human Rights Group" in words, "the finding does not state the count and who counted"
    assert "war crime" in words and "Article 8(2)(a)(v)" in words
    assert words.count(". ") == 0 and len(words.split()) <= 60, f"the finding is not one short sentence: {words}"
    html = (built_site / "index.html").read_text(encoding="utf-8")
    cards, chart, note = html.find('class="figure-cards'), html.find("chart--history"), html.find('id="about-these-numbers"')
    assert -1 < cards < chart < note, "cards, then a chart, then the note about the numbers"
    assert html.find('href="#about-these-numbers"') < chart, "the cards do not link to the note about the numbers"
    caveats = " ".join(article.words().split()).split("About these numbers")[-1]
    for caveat in ("ZMINA", "without saying whose estimate it is", "Fourth Geneva Convention", "Article 51"):
        assert caveat in caveats, f"the note about the numbers lost: {caveat}"


def test_prosecutions_shows_the_count_over_time(built_site):
    html = (built_site / "prosecutions" / "index.html").read_text(encoding="utf-8")
    chart = re.search(r'<figure class="chart chart--history">.*?</figure>', html, re.S)
    assert chart, "no chart of the count over time on Prosecutions"
    dots = ET.fromstring(re.search(r"<svg.*?</svg>", chart.group(0), re.S).group(0)).findall(f"{SVG}circle")
    assert len(dots) >= 4
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


def test_for_editors_is_out_of_the_navigation_search_and_footer_but_linked_from_about(built_site):
    home = parse((built_site / "index.html").read_text(encoding="utf-8"))
    nav_links = [a.attrs.get("href", "") for nav in home.find_all("nav") for a in nav.find_all("a")]
    assert not [h for h in nav_links if "editors" in h]
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [d["location"] for d in index["docs"] if d["location"].startswith("editors/")]
    footer = home.find("footer")
    assert not [a for a in footer.find_all("a") if "editors" in a.attrs.get("href", "")]
    about = parse((built_site / "about" / "index.html").read_text(encoding="utf-8")).find("article")
    assert any(a.attrs.get("href") == "../editors/" for a in about.find_all("a"))
    assert (built_site / "editors" / "index.html").exists()


# --- rules, on the fixture project ------------------------------------------------------


@pytest.fixture(scope="module")
def fixture_content():
    return prepare(FIXTURE)


def test_history_chart_draws_one_counter_over_time_with_dates_bounds_and_sources(fixture_content):
    dataset = fixture_content.dataset
    figure = dataset.figures["fixture-cases"]
    out = history_chart(figure, "prosecutions.md", dataset)
    svg = _svg(out)
    assert ET.tostring(svg) == ET.tostring(_svg(history_svg(figure, dataset))), "the page shows the one drawing"
    dots = svg.findall(f"{SVG}circle[@cx]")
    points = [d for d in dots if float(d.get("cy")) > 0 and "chart__dot" in d.get("class", "")]
    legend, plotted = points[: len(points) - 3], points[-3:]
    # 2021 (about 60), March 2022 (at least 90), May 2023 (120): left to right in time, higher for more.
    xs, ys = [float(d.get("cx")) for d in plotted], [float(d.get("cy")) for d in plotted]
    assert xs == sorted(xs) and ys == sorted(ys, reverse=True)
    assert (xs[1] - xs[0]) / (xs[2] - xs[1]) == pytest.approx(424 / 426, rel=0.01)  # days 1 Jan 2021→1 Mar 2022→1 May 2023
    assert [("open" in d.get("class")) for d in plotted] == [True, True, False], "bounds and estimates not drawn apart"
    assert {("open" in d.get("class")) for d in legend} == {True, False}, "no legend for the two kinds of value"
    words = [" ".join(t.itertext()) for t in svg.findall(f"{SVG}text")]
    assert words[0].startswith(figure.label.split()[0]) and any(w.startswith("Counted by ") for w in words)
    assert ["about 60", "at least 90", "120"] == [w for w in words if w in {"about 60", "at least 90", "120"}]
    dates = [" ".join(t.itertext()) for t in svg.findall(f"{SVG}text") if "chart__date" in t.get("class")]
    assert dates == ["2021", "Mar 2022", "May 2023"], "each value is labelled with its own date"
    years = [" ".join(t.itertext()) for t in svg.findall(f"{SVG}text[@class='chart__year']")]
    assert years == ["2022", "2023"] or years == ["2021", "2022", "2023"], "no time axis with years"
    assert any(re.match(r"Sources?: ", w) for w in words), "no source line under the chart"
    assert svg.get("role") == "img" and "about 60" in svg.find(f"{SVG}desc").text
    assert "Latest" not in out
    rows = [line for line in out.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert [r.split(" | ")[0] for r in rows] == ["| 2021", "| Mar 2022", "| May 2023"]
    assert all("sources.md#fixture-" in r for r in rows), "each value links to its source"


def test_a_figure_page_has_its_chart_when_it_has_two_dated_values(small_site):
    html = (small_site / "figures" / "fixture-cases" / "index.html").read_text(encoding="utf-8")
    assert 'class="chart chart--history"' in html
    single = (small_site / "figures" / "fixture-convictions" / "index.html").read_text(encoding="utf-8")
    assert "chart--history" not in single


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


def test_the_data_page_field_table_gives_each_column_its_own_definition(fixture_content):
    from crimea_record.render import tables
    from crimea_record.render.markdown_text import md
    from crimea_record.render.pages.data_page import render

    page = render(fixture_content.dataset)
    start = page.index("| " + md("quote_text") + " |")
    rows = {}
    for line in page[start:].splitlines():
        if not line.startswith("| "):
            break
        name, meaning = (c.strip() for c in line.strip("|").split(" | "))
        rows[name] = meaning
    columns = {c.name: c.help for c in tables.columns("figure")}
    for part, own in (("text", "The source's own words that state the number"), ("language", "The quote's language"),
                      ("translation", "Your translation into English")):
        name = f"quote_{part}"
        assert not columns[name].replace("Optional. ", "").startswith("The source's own words stating"), name
        assert md(reader_help(columns[name])) == rows[md(name)], f"{name}: the table's row is not its field's definition"
        assert rows[md(name)].startswith(md(reader_help(own))[:20]), f"{name} starts with another field's words: {rows[md(name)]}"
    assert len({rows[md(f"quote_{p}")][:25] for p in ("text", "language", "translation")}) == 3


def test_figures_is_a_compact_list_each_entry_opening_its_own_page(small_site):
    html = (small_site / "figures" / "index.html").read_text(encoding="utf-8")
    entries = re.split(r'<h3 id="', html)[1:]
    assert entries
    for entry in entries:
        figure_id = entry.split('"', 1)[0]
        shown, _, folded = entry.partition('<details class="figure-more">')
        assert folded, f"{figure_id}: the entry's details are not folded"
        assert f'href="{figure_id}/"' in shown, f"{figure_id}: the entry does not open the figure's own page"
        assert "<blockquote" not in shown and "<table" not in shown, f"{figure_id}: quote or history shown unfolded"


def test_the_language_selector_names_the_pages_language(built_site):
    for page, name in (("index.html", "English"), ("uk/index.html", "Українська")):
        html = (built_site / page).read_text(encoding="utf-8")
        button = re.search(r'<button class="md-header__button md-icon language-button" aria-label="([^"]*)">(.*?)</button>', html, re.S)
        assert button, f"{page}: no language selector"
        assert button.group(1).endswith(f": {name}") and f">{name}</span>" in button.group(2), f"{page}: the selector does not say {name}"
