"""Data downloads: JSON valid against its schema, CSVs that open in spreadsheets, and both
saying exactly what the built pages say."""
from __future__ import annotations

import copy
import csv
import io
import json
import re

import jsonschema
import pytest
from conftest import mkdocs_build
from fixture_project import FIXTURE_SITE_URL
from htmltree import article, section_of

from crimea_record.model.dates import PartialDate
from crimea_record.render.markdown_text import typographic

CSV_FILES = ["figures.csv", "figure-history.csv", "sources.csv", "legal-articles.csv", "violations.csv", "events.csv", "discrepancies.csv"]


def read_csv(site, name: str) -> list[dict]:
    raw = (site / "downloads" / name).read_bytes()
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


@pytest.fixture(scope="module")
def document(built_site):
    return json.loads((built_site / "downloads" / "crimea-record.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def schema(built_site):
    return json.loads((built_site / "downloads" / "crimea-record.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=["built_site", "small_site"])
def site(request):
    """The real site and the fixture project's site: downloads and pages agree on both."""
    return request.getfixturevalue(request.param)


@pytest.fixture(scope="module")
def site_document(site):
    return json.loads((site / "downloads" / "crimea-record.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def small_document(small_site):
    return json.loads((small_site / "downloads" / "crimea-record.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def small_schema(small_site):
    return json.loads((small_site / "downloads" / "crimea-record.schema.json").read_text(encoding="utf-8"))


def test_json_validates_against_published_schema(document, schema):
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(document)


@pytest.mark.parametrize(
    "break_it",
    [
        lambda d: d["figures"][0].__setitem__("value", "120 cases"),
        lambda d: d["figures"][0].pop("source"),
        lambda d: d["figures"][0].__setitem__("qualifier", "roughly"),
        lambda d: d["sources"][0].__setitem__("date", "October 2024"),
        lambda d: d["violations"][0].__setitem__("surprise", 1),
        lambda d: d["figures"][0]["history"][0].__setitem__("as_of", None),
    ],
)
def test_schema_rejects_broken_data(small_document, small_schema, break_it):
    assert small_document["figures"][0]["id"] == "fixture-cases" and small_document["figures"][0]["history"]
    jsonschema.validate(small_document, small_schema, cls=jsonschema.Draft202012Validator)
    broken = copy.deepcopy(small_document)
    break_it(broken)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, small_schema, cls=jsonschema.Draft202012Validator)


def test_csv_files_are_utf8_with_bom_and_crlf(site):
    for name in CSV_FILES:
        raw = (site / "downloads" / name).read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), f"{name}: no UTF-8 byte-order mark, Excel would misread it"
        header = raw[3:].split(b"\r\n", 1)[0].decode("utf-8")
        assert re.fullmatch(r"[a-z_]+(,[a-z_]+)+", header), f"{name}: header row {header!r}"


def test_csv_keeps_curly_quotes_apostrophes_and_dashes(small_site):
    text = (small_site / "downloads" / "sources.csv").read_bytes().decode("utf-8-sig")
    assert "Fixture article – the fixture summary’s “quoted” words" in text


def test_json_and_csv_hold_the_same_records(site, site_document):
    pairs = {"figures.csv": "figures", "sources.csv": "sources", "legal-articles.csv": "legal_articles", "violations.csv": "violations", "events.csv": "events", "discrepancies.csv": "discrepancies"}
    for name, key in pairs.items():
        rows = read_csv(site, name)
        assert [r["id"] for r in rows] == [r["id"] for r in site_document[key]], name
    for row, record in zip(read_csv(site, "figures.csv"), site_document["figures"]):
        assert int(row["value"]) == record["value"]
        assert row["as_of"] == (record["as_of"] or "")
        assert row["source"] == record["source"]
        assert row["citation"] == record["citation"]
        assert row["period_start"] == ((record["period"] or {}).get("start") or "")
    history = read_csv(site, "figure-history.csv")
    assert [(h["figure_id"], int(h["value"])) for h in history] == [
        (f["id"], e["value"]) for f in site_document["figures"] for e in f["history"]
    ]


def test_figures_csv_agrees_with_the_figures_page(site):
    figures = article(site, "figures")
    rows = read_csv(site, "figures.csv")
    assert {r["id"] for r in rows} == {h.attrs["id"] for h in figures.find_all("h3")}
    for row in rows:
        entry = section_of(figures.by_id(row["id"]))
        shown = figures.by_id(row["id"]).find(cls="figure-heading__value").words()  # stated once, in the heading
        assert shown == f"{row['stated_value']} {row['unit']}"
        assert int(row["stated_value"].split()[-1].replace(",", "")) == int(row["value"])
        details = _definitions(next(e for e in entry if e.tag == "dl"))
        as_of = PartialDate.parse(row["as_of"]).human() if row["as_of"] else "not stated by the source"
        assert details["As of"].words() == as_of
        source_link = details["Source"].find("a")
        assert source_link.attrs["href"] == f"../sources/#{row['source']}"
        # The real site has no public address yet (relative links); the fixture project has one.
        assert row["permalink"] in {f"figures/#{row['id']}", f"{FIXTURE_SITE_URL}figures/#{row['id']}"}
        citation = next(box for e in entry for box in e.find_all(cls="citation")).find("code").text()  # folded in the entry
        assert citation == row["citation"]


def test_history_csv_agrees_with_the_history_tables(site):
    figures = article(site, "figures")
    for row in read_csv(site, "figure-history.csv"):
        table = next(t for e in section_of(figures.by_id(row["figure_id"])) for t in ([e] if e.tag == "table" else e.find_all("table")))
        cells = [[td.words() for td in tr.find_all("td")] for tr in table.find_all("tr")[1:]]
        shown = PartialDate.parse(row["as_of"]).human()
        assert any(c[0] == shown and c[1].split()[-1].replace(",", "") == row["value"] for c in cells), (row, cells)


def test_sources_csv_agrees_with_the_sources_page(site):
    sources = article(site, "sources")
    for row in read_csv(site, "sources.csv"):
        details = _definitions(next(e for e in section_of(sources.by_id(row["id"])) if e.tag == "dl"))
        assert details["Published by"].words() == typographic(row["publisher"])
        assert details["Date"].words() == (PartialDate.parse(row["date"]).human() if row["date"] else "not known")
        link = details["Address"].find("a")
        assert (link.attrs["href"] if link else "") == row["url"]


def test_violations_csv_agrees_with_the_violations_page(site):
    violations = article(site, "violations")
    for row in read_csv(site, "violations.csv"):
        law = section_of(violations.by_id(f"{row['id']}-law"))
        evidence = section_of(violations.by_id(f"{row['id']}-evidence"))
        law_links = [a.attrs["href"].split("#")[1] for e in law for a in e.find_all("a") if "/legal/" in a.attrs.get("href", "")]
        fig_links = [a.attrs["href"].split("#")[1] for e in evidence for a in e.find_all("a", cls="figure-ref")]
        assert law_links == row["articles"].split("; ")
        assert fig_links == (row["figures"].split("; ") if row["figures"] else [])


def test_data_page_lists_every_file_its_fields_licence_and_date(site):
    data = article(site, "data")
    links = {a.attrs["href"] for a in data.find_all("a")}
    for path in sorted(p for p in (site / "downloads").iterdir() if p.is_file()):
        assert f"../downloads/{path.name}" in links, f"the Data page does not link {path.name}"
    for name in CSV_FILES:
        header = next(csv.reader(io.StringIO((site / "downloads" / name).read_bytes().decode("utf-8-sig"))))
        table = next(e for e in section_of(data.by_id(name.replace(".", ""))) if e.tag == "table")
        assert [tr.find("td").words() for tr in table.find_all("tr")[1:]] == header, name
    text = data.words()
    assert "must be cited to that source" in text
    assert "are licensed under Creative Commons Attribution 4.0 International (CC BY 4.0" in text
    assert "Quoted texts (reports, articles, laws, treaties) remain their authors’" in text
    for whole in ("crimea-record.bib", "crimea-record.ris", "crimea-record.json"):
        assert f"../downloads/citations/{whole}" in links
    dates = [PartialDate.parse(r["as_of"]) for r in read_csv(site, "figures.csv") if r["as_of"]]
    latest = max(dates, key=PartialDate.sort_key).human()
    assert f"the most recent date a current figure refers to is {latest}" in text


def test_pages_and_downloads_change_together(small_project):
    """Edit a figure in data/: the page, the CSV and the JSON all show the new value."""
    figures = small_project / "data" / "figures.yml"
    text = figures.read_text(encoding="utf-8")
    assert "  value: 45\n" in text
    figures.write_text(text.replace("  value: 45\n", "  value: 46\n", 1), encoding="utf-8")
    site = small_project / "out"
    result = mkdocs_build(small_project, site)
    assert result.returncode == 0, result.stderr
    row = next(r for r in read_csv(site, "figures.csv") if r["id"] == "fixture-convictions")
    assert row["value"] == "46" and "46 fixture convictions" in row["citation"]
    doc = json.loads((site / "downloads" / "crimea-record.json").read_text(encoding="utf-8"))
    assert next(f for f in doc["figures"] if f["id"] == "fixture-convictions")["value"] == 46
    assert article(site, "figures").by_id("fixture-convictions").find(cls="figure-heading__value").words() == "46 fixture convictions"


def _definitions(dl) -> dict:
    out, term = {}, None
    for child in dl.find_all():
        if child.parent is not dl:
            continue
        if child.tag == "dt":
            term = child.words()
        elif child.tag == "dd":
            out[term] = child
    return out
