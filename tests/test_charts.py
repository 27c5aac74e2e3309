"""Charts drawn at build time: well-formed SVG, data text escaped, sizes from the data.

Run on the fixture project (tests/fixtures/project/)."""
from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET

import pytest
from conftest import mkdocs_build
from fixture_project import FIXTURE

from crimea_record.pipeline import prepare
from crimea_record.render.charts import bar_chart, timeline_chart
from crimea_record.render.markdown_text import typographic

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = 'Cases <script>alert(1)</script> & "quotes" | {{ fig fixture-cases }} *stars*'


@pytest.fixture(scope="module")
def dataset():
    return prepare(FIXTURE).dataset


def _svg(markdown: str) -> ET.Element:
    match = re.search(r"<svg.*?</svg>", markdown, re.S)
    return ET.fromstring(match.group(0))  # fails unless the SVG is well-formed XML


def test_bar_lengths_follow_the_values(dataset):
    figures = [dataset.figures[i] for i in ("fixture-cases", "fixture-convictions", "fixture-recent-cases")]
    assert [f.value for f in figures] == [120, 45, 30]
    bars = _svg(bar_chart(figures, "prosecutions.md", dataset)).findall(f"{SVG}rect")
    assert len(bars) == len(figures)
    widths = [float(b.get("width")) for b in bars]
    for figure, width in zip(figures, widths):
        assert width / widths[0] == pytest.approx(figure.value / figures[0].value, rel=1e-3)


def test_text_from_data_is_escaped_in_the_svg(dataset):
    figure = dataclasses.replace(dataset.figures["fixture-cases"], label=HOSTILE)
    out = bar_chart([figure], "prosecutions.md", dataset)
    svg = _svg(out)
    assert svg.find(f".//{SVG}script") is None and "<script>" not in out.split("</figure>")[0]
    # The reader (and a screen reader) gets the text exactly as the editor wrote it.
    # Straight quotes become typographic ones, as everywhere on the site.
    assert typographic(HOSTILE) in svg.find(f"{SVG}title").text
    assert typographic(HOSTILE) in svg.find(f"{SVG}desc").text
    assert svg.get("role") == "img"
    assert svg.get("aria-labelledby") == svg.find(f"{SVG}title").get("id")
    assert svg.get("aria-describedby") == svg.find(f"{SVG}desc").get("id")


def test_timeline_places_events_in_date_order(dataset):
    events = list(dataset.events.values())
    assert len(events) == 3  # a day, a month and a year
    reversed_input = timeline_chart(list(reversed(events)))
    svg = _svg(reversed_input)
    dots = [float(c.get("cy")) for c in svg.findall(f"{SVG}circle")]
    assert len(dots) == len(events)
    assert dots == sorted(dots) and len(set(dots)) == len(dots)
    dates = [t.findtext(f"{SVG}tspan") for t in svg.findall(f"{SVG}text[@class='chart__date']")]
    assert dates == [e.date.human() for e in sorted(events, key=lambda e: e.date.sort_key())]
    # The table lists the same events, each linked to its entry.
    for event in events:
        assert f"](#{event.id})" in reversed_input


def test_hostile_event_title_is_escaped_on_the_built_site(small_project, tmp_path):
    events = small_project / "data" / "events.yml"
    text = events.read_text(encoding="utf-8")
    assert "title: Fixture event on a day\n" in text
    # A whole marker in data text is refused (tests/hostile/); single braces are text.
    hostile = HOSTILE.replace("{{ fig fixture-cases }}", "{ fig fixture-cases }")
    events.write_text(text.replace("title: Fixture event on a day\n", f"title: '{hostile}'\n"), encoding="utf-8")
    site = tmp_path / "site"
    result = mkdocs_build(small_project, site)
    assert result.returncode == 0, result.stderr
    html = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html
    assert "Cases &lt;script&gt;alert(1)&lt;/script&gt; &amp; “quotes”" in html


def test_unknown_id_in_bars_fails_the_build_naming_page_and_line(small_project, tmp_path):
    page = small_project / "docs" / "prosecutions.md"
    text = page.read_text(encoding="utf-8")
    bars = "{{ bars fixture-cases fixture-convictions fixture-recent-cases }}"
    assert text.splitlines()[6] == bars
    page.write_text(text.replace(bars, "{{ bars fixture-cases fixture-convicted }}"), encoding="utf-8")
    result = mkdocs_build(small_project, tmp_path / "site")
    assert result.returncode != 0
    assert (
        "docs/prosecutions.md:7:1: {{ bars fixture-cases fixture-convicted }}: "
        "figure 'fixture-convicted' is not defined (did you mean 'fixture-convictions'?)"
    ) in result.stderr
