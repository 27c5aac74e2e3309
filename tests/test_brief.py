"""The brief: one PDF per language, built with the fixture site, read back as a reader's PDF viewer would.

The fixture project has a public address and a publisher (tests/fixtures/project/mkdocs.yml), so
the brief carries both, with a QR code; its values come from the fixture's data, never from here.
"""
from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path

import pytest
from fixture_project import FIXTURE, FIXTURE_SITE_URL, load_dataset
from htmltree import page
from pypdf import PdfReader

from crimea_record.model.addresses import SiteInfo
from crimea_record.publish import brief_chart, brief_pdf, briefs
from crimea_record.render.language import in_language, registry, use_project

LANGUAGES = ("en", "uk")


def _pdf(site: Path, code: str) -> PdfReader:
    return PdfReader(io.BytesIO((site / "downloads" / f"brief-{code}.pdf").read_bytes()))


def _text(reader: PdfReader) -> str:
    """The PDF's text with its lines joined: a phrase may wrap anywhere on the page."""
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_brief_is_at_most_four_tagged_pages_with_its_fonts_embedded(small_site, code):
    reader = _pdf(small_site, code)
    assert 1 <= len(reader.pages) <= 4
    fonts = {}
    for pdf_page in reader.pages:
        for font in pdf_page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font)["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert fonts and all(fonts.values()), fonts
    catalog = reader.trailer["/Root"]
    assert catalog["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in catalog  # tagged: read in order by screen readers
    assert catalog["/Lang"] == code


def test_the_english_brief_says_what_the_data_says(small_site):
    text = _text(_pdf(small_site, "en"))
    # The finding: Home's first paragraph, as the site words it.
    assert "A fixture site for the tests. Its figures are invented and state nothing about the world; they come from Fixture Report on Invented Counts." in text
    # The key figures with who counted them, as of when and the numbered source.
    for expected in ("Fixture cases counted for testing", "120 fixture cases", "May 2023", "45 fixture convictions", "date not stated by the source", "[1] Fixture Publisher"):
        assert expected in text, expected
    # The chart: each published value as its source words it, over its date.
    for expected in ("about 60", "at least 90", "120", "Mar 2022", "2021"):
        assert expected in text, expected
    # The law verbatim with its link; what the accounts differ on; the sources with their addresses.
    assert "Fixture verbatim text of Article 1." in text and "https://fixture.example.org/convention#article-1" in text
    assert "“Fixture Code Article 2(b)”" in text and "The fixture provision is Article 2 of the fixture code." in text
    assert "“Fixture Report on Invented Counts” (Fixture Publisher, 12 May 2023), https://fixture.example.org/report" in text
    # Who publishes it, the date of the data, the address, the licence.
    assert "Published by Fixture Publishing House" in text and "Publisher: Fixture Publishing House" in text
    assert "Date of the data: 2 January 2030" in text
    assert f"Address: {FIXTURE_SITE_URL}" in text
    assert "licensed under Creative Commons Attribution 4.0 International (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/)" in text


def test_the_ukrainian_brief_is_in_ukrainian(small_site):
    text = _text(_pdf(small_site, "uk"))
    assert "Вигаданий сайт для тестів." in text  # the translated Home's finding
    for expected in ("ДОВІДКА", "Висновок", "Ключові цифри", "Вигадані справи, пораховані для тестів", "120 вигаданих справ", "травень 2023",
                     "Як зростав підрахунок", "Джерела", "Видавець: Fixture Publishing House", "Дата даних: 2 січня 2030 р.", f"{FIXTURE_SITE_URL}uk/"):
        assert expected in text, expected
    for english in ("Key figures", "The finding", "Date of the data", "Counted by", "Sources", "values over time", "date not stated"):
        assert english not in text, english
    # Only the quoted law and the quoted report stay in their own language.
    assert "Fixture verbatim text of Article 1." in text


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_briefs_links_are_absolute_and_include_the_sites_address(small_site, code):
    uris = [annotation.get_object()["/A"]["/URI"] for pdf_page in _pdf(small_site, code).pages
            for annotation in pdf_page.get("/Annots", []) if "/A" in annotation.get_object()]
    assert uris and all(re.match(r"(https?|mailto):", uri) for uri in uris), uris
    home = FIXTURE_SITE_URL + ("uk/" if code == "uk" else "")
    assert home in uris
    assert f"{home}figures/#fixture-cases" in uris  # a key figure's permanent link


@pytest.mark.parametrize("folder, page_path, code", [
    ("", "", "en"), ("", "cite", "en"), ("", "data", "en"), ("uk/", "", "uk"), ("uk/", "data", "uk"),
    ("uk/", "cite", "en"),  # not translated in the fixture: the English page, with the English brief
])
def test_home_how_to_cite_and_data_link_to_the_brief_in_their_language(small_site, folder, code, page_path):
    doc = page(small_site, folder + page_path)
    html_dir = small_site / folder / page_path
    links = [a.attrs["href"] for a in doc.find_all("a") if a.attrs.get("href", "").endswith(".pdf")]
    assert links, f"{folder}{page_path} offers no brief"
    targets = [(html_dir / href).resolve() for href in links]
    assert targets[0] == (small_site / "downloads" / f"brief-{code}.pdf").resolve()  # its own language's first
    assert all(target.is_file() for target in targets), links
    other = {"en": "uk", "uk": "en"}[code]
    expected = [f"brief-{code}.pdf", f"brief-{other}.pdf"] if page_path == "data" else [f"brief-{code}.pdf"]  # Data: every language's
    assert [target.name for target in targets] == expected


def test_the_real_sites_translated_how_to_cite_offers_the_ukrainian_brief(built_site):
    hrefs = [a.attrs["href"] for a in page(built_site, "uk/cite").find_all("a") if a.attrs.get("href", "").endswith(".pdf")]
    assert hrefs == ["../../downloads/brief-uk.pdf"] and (built_site / "downloads" / "brief-uk.pdf").is_file()


# The document, without the PDF engine -----------------------------------------------------------


@pytest.fixture
def fixture_data():
    use_project(FIXTURE)
    return load_dataset(FIXTURE / "data")


def _documents(dataset, **site) -> dict[str, str]:
    info = dataclasses.replace(SiteInfo("Fixture record", FIXTURE_SITE_URL, publisher="Fixture Publishing House", updated="2030-01-02"), **site)
    home = (FIXTURE / "docs" / "index.md").read_text(encoding="utf-8")
    return briefs.brief_documents(dataset, info, {"en": home, "uk": home}, registry())


def test_without_an_address_no_qr_code_and_no_links_to_the_site(fixture_data):
    html = _documents(fixture_data, url="")["downloads/brief-en.pdf"]
    assert "qr-code" not in html and "The site has no public address yet." in html
    assert 'href="figures' not in html and f'href="{FIXTURE_SITE_URL}"' not in html and "/#fixture-cases" not in html
    with_address = _documents(fixture_data)["downloads/brief-en.pdf"]
    assert 'class="qr-code"' in with_address


def test_a_language_whose_home_is_english_still_has_its_own_headings(fixture_data):
    html = _documents(fixture_data)["downloads/brief-uk.pdf"]
    assert '<html lang="uk">' in html and "Ключові цифри" in html and ">Key figures<" not in html


def test_data_text_is_escaped_once(fixture_data):
    figure = fixture_data.figures["fixture-cases"]
    figure.label = "Cases <b>& more</b>"
    html = _documents(fixture_data)["downloads/brief-en.pdf"]
    assert "Cases &lt;b&gt;&amp; more&lt;/b&gt;" in html
    assert "<b>&" not in html and "&amp;amp;" not in html and "&amp;lt;" not in html


def test_the_english_licence_is_the_sites_own_statement(fixture_data):
    html = _documents(fixture_data)["downloads/brief-en.pdf"]
    statement = SiteInfo("Fixture record", "").licence.statement("Fixture record")
    plain = re.sub(r"<[^>]+>", "", html).replace("&amp;", "&")
    assert statement in plain


def test_the_chart_draws_at_least_values_outlined_and_the_undated_value_apart(fixture_data):
    figure = fixture_data.figures["fixture-cases"]
    with in_language("en"):
        svg = brief_chart.growth_svg(figure, fixture_data)
        figure.as_of = None
        undated = brief_chart.growth_svg(figure, fixture_data)
    bars = re.findall(r"<rect [^>]*>", svg)
    assert len(bars) == 3  # 2021, Mar 2022, May 2023
    assert [("stroke-dasharray" in bar) for bar in bars] == [True, True, False]  # about 60, at least 90, 120
    assert "<title>Fixture cases counted for testing, counted by Fixture Publisher: values over time</title>" in svg
    assert "date not stated" not in svg and "date not stated" in undated
    assert undated.count('stroke-dasharray="4 3"') == 1  # the dashed line before the undated value


def test_the_pdf_engine_fetches_nothing_but_the_fonts():
    from weasyprint.urls import FatalURLFetchingError

    for address in ("https://fixture.example.org/pixel.png", "file:///etc/hostname"):
        with pytest.raises(FatalURLFetchingError):
            brief_pdf.pdf(f'<html><head><style>{brief_pdf.stylesheet()}</style></head><body><img src="{address}"></body></html>')


# Each figure's chart and values as files --------------------------------------------------------


@pytest.mark.parametrize("folder, code", [("", "en"), ("uk/", "uk")])
def test_a_figures_page_offers_its_chart_and_values_as_files(small_site, folder, code):
    import csv
    import xml.etree.ElementTree as ET

    page_dir = small_site / folder / "figures" / "fixture-cases"
    links = {a.text(): (page_dir / a.attrs["href"]).resolve() for a in page(small_site, f"{folder}figures/fixture-cases").find(cls="figure-files").find_all("a")}
    assert sorted(target.name for target in links.values()) == [f"chart-{code}.svg", f"chart-{code}.svg", "values.csv"], links
    png = page(small_site, f"{folder}figures/fixture-cases").find(cls="chart-png")  # drawn from the SVG in the browser
    assert png.text() == ("the chart (PNG)" if code == "en" else "діаграма (PNG)") and (page_dir / png.attrs["href"]).resolve().name == f"chart-{code}.svg"
    svg_file = next(target for target in links.values() if target.suffix == ".svg")
    svg = ET.parse(svg_file).getroot()  # a well-formed file of its own
    ns = "{http://www.w3.org/2000/svg}"
    assert svg.attrib["width"] and svg.attrib["height"]
    words = " ".join("".join(t.itertext()) for t in svg.iter(f"{ns}text"))
    label = "Fixture cases counted for testing" if code == "en" else "Вигадані справи, пораховані для тестів"
    assert label in svg.find(f"{ns}title").text
    publisher = "Fixture Publisher" if code == "en" else "Вигаданий видавець"
    assert f"{publisher} " in words and words.count(publisher) >= 2  # who counted it, and the source line
    address = f"{FIXTURE_SITE_URL}{folder}figures/fixture-cases/"
    assert address in words.replace("/ ", "/")  # the address, wrapped at its slashes
    with next(target for target in links.values() if target.suffix == ".csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["as_of"], r["value"], r["qualifier"], r["current"]) for r in rows] == [
        ("2021", "60", "about", "no"), ("2022-03", "90", "at-least", "no"), ("2023-05", "120", "exact", "yes")]
    assert rows[-1]["source_url"] == "https://fixture.example.org/report" and rows[0]["stated"] == "about 60"


def test_a_figure_without_two_dated_values_offers_its_values_but_no_chart(small_site):
    names = [a.attrs["href"].rsplit("/", 1)[-1] for a in page(small_site, "figures/fixture-convictions").find(cls="figure-files").find_all("a")]
    assert names == ["values.csv"]
    assert not (small_site / "downloads" / "figures" / "fixture-convictions" / "chart-en.svg").exists()
