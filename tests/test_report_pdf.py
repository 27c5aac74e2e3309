"""The Full report as a PDF per language: made only when asked for, read back as a reader's PDF viewer would.

The fixture project is built once here with the switch on (CRIMEA_RECORD_REPORT_PDF=1), as the
deploy workflow builds the real site; the session's fixture site (`small_site`) is built without
it, as every other build is. Expected titles and page numbers come from the built report itself
(its HTML, the PDF's outline), never from here.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from conftest import assert_clean_build, mkdocs_build
from fixture_project import FIXTURE_SITE_URL, fixture_project
from htmltree import article, page
from pypdf import PdfReader

from crimea_record.publish import report_pdf
from crimea_record.render import charts

LANGUAGES = ("en", "uk")
OTHER = {"en": "uk", "uk": "en"}
FOLDER = {"en": "", "uk": "uk/"}


@pytest.fixture(scope="module")
def pdf_site(tmp_path_factory) -> Path:
    """The fixture project built with the report's PDFs, into a cache of its own (a PDF made by
    an earlier version of the code is never read back here)."""
    root = tmp_path_factory.mktemp("report-pdf")
    project = fixture_project(root / "project")
    site = root / "site"
    env = {report_pdf.BUILD_VARIABLE: "1", "CRIMEA_RECORD_BRIEF_CACHE": str(root / "cache")}
    assert_clean_build(mkdocs_build(project, site, env=env), "strict build of the fixture project with the report's PDFs")
    return site


def _reader(site: Path, code: str) -> PdfReader:
    return PdfReader(io.BytesIO((site / "downloads" / f"report-{code}.pdf").read_bytes()))


def _words(text: str) -> str:
    return " ".join(text.split())


def _pages(reader: PdfReader) -> list[str]:
    return [_words(p.extract_text() or "") for p in reader.pages]


def _parts(reader: PdfReader) -> list[tuple[str, int]]:
    """The report's parts (its h2 headings, the outline's second level) with the page each stands on (1-based)."""
    top = reader.outline
    children = top[1] if len(top) > 1 and isinstance(top[1], list) else []
    return [(item.title, reader.get_destination_page_number(item) + 1) for item in children if not isinstance(item, list)]


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_report_pdf_is_tagged_in_its_language_with_its_fonts_embedded(pdf_site, code):
    reader = _reader(pdf_site, code)
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == code
    assert catalog["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in catalog
    fonts = {}
    for pdf_page in reader.pages:
        for font in pdf_page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font)["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert fonts and all(fonts.values()), fonts
    # Only the packaged Source Sans Pro, declared as "Brief Sans" (publish/brief_pdf.py): no system font stood in.
    assert all(re.fullmatch(r"/[A-Z]{6}\+Brief-Sans(-[\w-]+)?", name) for name in fonts), fonts


def test_the_title_page_says_what_who_when_and_where(pdf_site):
    pages = _pages(_reader(pdf_site, "en"))
    title = pages[0]
    assert title.startswith("Full report Fixture record Published by Fixture Publishing House Compiled on ")
    assert "Data as of 2 January 2030" in title  # extra.updated of the fixture's mkdocs.yml
    assert f"Online at {FIXTURE_SITE_URL}" in title
    assert "Contents" not in title and "Print command" not in title and "PDF" not in title


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_contents_give_the_page_each_part_begins_on(pdf_site, code):
    reader = _reader(pdf_site, code)
    pages = _pages(reader)
    parts = _parts(reader)
    # The parts are the report page's h2 headings, in their order.
    assert [title for title, _ in parts] == [h.words().removesuffix("¶").strip() for h in article(pdf_site, FOLDER[code] + "report").iter() if h.tag == "h2"]
    listed = [a.words() for a in article(pdf_site, FOLDER[code] + "report").find("nav").find_all("a")]
    assert len(listed) == len(parts) >= 5
    contents = (reader.pages[1].extract_text() or "").splitlines()
    numbers = []
    for entry in listed:  # each entry's line: its title, the leader's dots, its page number
        line = next((_words(line) for line in contents if _words(line).startswith(_words(entry))), None)
        assert line, f"{entry!r} is not on the contents page: {contents}"
        found = re.fullmatch(rf"{re.escape(_words(entry))} ?\.{{3,}} ?(\d+)", line)
        assert found, f"no leader and page number after {entry!r}: {line!r}"
        numbers.append(int(found[1]))
    # Each number is the page where that part's heading stands, and that page shows it.
    assert numbers == [number for _, number in parts]
    for (title, number) in parts:
        assert title in pages[number - 1], f"page {number} does not show {title!r}"
    assert numbers == sorted(numbers) and numbers[0] == 3  # the title page, the contents, then the parts


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_page_after_the_title_page_is_numbered_n_of_total(pdf_site, code):
    pages = _pages(_reader(pdf_site, code))
    total = len(pages)
    assert total >= 8
    unnumbered = [n for n, text in enumerate(pages, 1) if n > 1 and not re.search(rf"(?<!\d){n} / {total}(?!\d)", text)]
    assert not unnumbered, f"pages without 'N / {total}': {unnumbered}"
    assert not re.search(rf"(?<!\d)1 / {total}(?!\d)", pages[0])  # the title page is only the title page


def test_the_ukrainian_report_is_in_ukrainian(pdf_site):
    pages = _pages(_reader(pdf_site, "uk"))
    text = " ".join(pages)
    assert pages[0].startswith("Повний звіт")
    for expected in ("Видавець: Fixture Publishing House", "Дані станом на 2 січня 2030 р.", f"В інтернеті: {FIXTURE_SITE_URL}"):
        assert expected in pages[0], expected
    assert pages[1].startswith("Зміст") and "(додаток)" in pages[1]
    for expected in ("Вигаданий сайт для тестів.", "Цифри", "Джерела", "Правові тексти", "Станом на"):
        assert expected in text, expected
    # The report's own words, none left in English (the fixture's untranslated pages are English, as on the site).
    for english in ("Full report", "Contents", "Published by", "Compiled on", "Data as of", "Online at", "(appendix)", "Permanent link", "Earlier values"):
        assert english not in text, english


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_address_is_printed_once(pdf_site, code):
    html = page(pdf_site, FOLDER[code] + "report").find("article")
    hrefs = [a.attrs["href"] for a in html.find_all("a") if a.attrs.get("href", "").startswith("http")]
    repeated = {href for href in hrefs if hrefs.count(href) > 1}
    assert repeated, "the fixture's report should link some address more than once"
    flat = re.sub(r"\s+", "", " ".join(_pages(_reader(pdf_site, code))))
    printed = {href: flat.count(f"<{href}>") for href in set(hrefs)}
    assert any(printed.values()), "no address printed after its link"
    assert all(count <= 1 for count in printed.values()), {h: n for h, n in printed.items() if n > 1}
    assert all(printed[href] == 1 for href in repeated if not _shown_as_text(html, href)), printed


def _shown_as_text(html, href: str) -> bool:
    return any(_words(a.words()).rstrip("/") == href.rstrip("/") for a in html.find_all("a") if a.attrs.get("href") == href)


@pytest.mark.parametrize("code", LANGUAGES)
def test_nothing_is_printed_past_the_right_margin(pdf_site, code):
    # Tables are the width of the page: their words wrap rather than pushing columns off the paper.
    reader = _reader(pdf_site, code)
    beyond = []
    for number, pdf_page in enumerate(reader.pages, 1):
        right = float(pdf_page.mediabox.width) - 17 / 25.4 * 72 + 1  # report.css: 17 mm margins

        def visit(text, cm, tm, font, size, number=number, right=right):
            x = tm[4] * cm[0] + cm[4]
            if text.strip() and x > right:
                beyond.append((number, text.strip()[:30], round(x)))

        pdf_page.extract_text(visitor_text=visit)
    assert not beyond, beyond[:10]


def test_chart_labels_keep_a_halo_the_engine_can_draw(pdf_site):
    html = (pdf_site / "report" / "index.html").read_text(encoding="utf-8")
    haloed = html.count(charts.HALO)
    assert haloed >= 2, "the fixture's report should have labelled charts"
    paper = report_pdf.for_paper(html)
    assert "paint-order" not in paper  # the engine would paint the white outline over the letters
    behind = re.findall(r'<text class="([^"]*) chart__halo-behind" aria-hidden="true"(.*?)</text><text class="([^"]*)"(.*?)</text>', paper, re.S)
    assert len(behind) == haloed
    assert all(classes == same_classes and rest == same_rest for classes, rest, same_classes, same_rest in behind)  # the same words, in ink on top
    assert paper.count("<style>") == html.count("<svg") and "text.chart__halo-behind" in paper


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_full_report_and_data_pages_link_the_pdf_in_their_language(pdf_site, code):
    for page_path in ("report", "data"):
        doc = page(pdf_site, FOLDER[code] + page_path)
        links = [a for a in doc.find("article").find_all("a") if re.search(r"report-\w+\.pdf$", a.attrs.get("href", ""))]
        targets = [(pdf_site / FOLDER[code] / page_path / a.attrs["href"]).resolve() for a in links]
        expected = [f"report-{code}.pdf", f"report-{OTHER[code]}.pdf"] if page_path == "data" else [f"report-{code}.pdf"]
        assert [t.name for t in targets] == expected, (page_path, [a.attrs["href"] for a in links])
        assert all(t.parent == (pdf_site / "downloads").resolve() and t.read_bytes().startswith(b"%PDF-") for t in targets)
        words = _words(links[0].words())
        assert words == {"en": {"report": "The Full report as PDF (A4)", "data": "The Full report (PDF, A4)"},
                         "uk": {"report": "Повний звіт у PDF (A4)", "data": "Повний звіт (PDF, A4)"}}[code][page_path]


@pytest.mark.parametrize("code", LANGUAGES)
def test_without_the_switch_no_pdf_is_made_and_none_is_linked(small_site, code):
    assert not list((small_site / "downloads").glob("report-*.pdf"))
    for page_path in ("report", "data"):
        html = (small_site / FOLDER[code] / page_path / "index.html").read_text(encoding="utf-8")
        assert "brief-" in html  # the brief is linked; the report's PDF is not
        assert not re.search(r"report-\w+\.pdf", html)


def test_the_switch_is_the_setting_or_the_variable():
    assert report_pdf.wanted(True, {}) and report_pdf.wanted(False, {report_pdf.BUILD_VARIABLE: "1"})
    assert not report_pdf.wanted(False, {}) and not report_pdf.wanted(False, {report_pdf.BUILD_VARIABLE: "0"})
