"""What advocates take away: the public address setting, citation files that import, share
cards with the number, embeds, the data package, the Changes feed and the offline copy."""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import get_args

import bibtexparser
import pytest
import rispy
from conftest import MKDOCS_ENV, ROOT, mkdocs_build
from fixture_project import FIXTURE_SITE_NAME, FIXTURE_SITE_URL
from htmltree import article, page, parse
from PIL import Image

from crimea_record.model.records import Qualifier

ATOM = "{http://www.w3.org/2005/Atom}"
FIXTURE_FIGURES = ["fixture-cases", "fixture-convictions", "fixture-recent-cases", "fixture-people", "fixture-pupils"]
PLACEHOLDER = re.compile(r"crimea-conscription\.example|https?://[^\s\"'<>]*example\.(?:org|com|net)")


def _meta(doc, attr: str, name: str) -> list[str]:
    return [m.attrs["content"] for m in doc.find("head").find_all("meta") if m.attrs.get(attr) == name]


def _every_file(site: Path):
    """Each built file's text, and each member of each zip, as (name, text)."""
    for path in sorted(site.rglob("*")):
        if path.suffix in {".html", ".json", ".csv", ".xml", ".bib", ".ris", ".txt", ".js", ".md"}:
            yield str(path.relative_to(site)), path.read_bytes().decode("utf-8", "replace")
        elif path.suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    if not name.endswith((".png", ".gz", ".woff2", ".svg", ".ico")):
                        yield f"{path.relative_to(site)}!{name}", archive.read(name).decode("utf-8", "replace")


# The address ---------------------------------------------------------------------------------


def test_no_built_file_names_a_placeholder_domain(built_site):
    """The real site has no public address yet: nothing published names a made-up one. The editors'
    guide shows example.org addresses as examples of what an editor types; they are the only ones."""
    found = []
    for name, text in _every_file(built_site):
        for match in PLACEHOLDER.finditer(text):
            example = "editors/" in name or "editors.html" in name or "search_index" in name
            if not example or "crimea-conscription" in match.group(0):
                found.append(f"{name}: {match.group(0)}")
    assert found == []
    offline = zipfile.ZipFile(built_site / "downloads" / "crimea-record-offline.zip")
    assert "crimea-record-offline/index.html" in offline.namelist(), "the scan above did not look inside the offline copy"


def test_without_an_address_the_build_says_so_once_and_links_stay_relative(small_project, tmp_path):
    config = small_project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(f"site_url: {FIXTURE_SITE_URL}\n", ""), encoding="utf-8")
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)],
        capture_output=True, text=True, env={k: v for k, v in MKDOCS_ENV.items() if k != "CRIMEA_RECORD_SITE_URL"}, cwd=small_project,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("no public address set (CRIMEA_RECORD_SITE_URL or site_url in mkdocs.yml)") == 1, result.stderr
    assert "WARNING" not in result.stderr
    figures = page(site, "figures/fixture-cases")
    assert not [link for link in figures.find("head").find_all("link") if link.attrs.get("rel") == "canonical"]
    assert not _meta(figures, "property", "og:image") and not _meta(figures, "property", "og:url")
    table = (site / "downloads" / "figures.csv").read_text(encoding="utf-8-sig")
    assert ",figures/#fixture-cases," in table and "Cited from Fixture record (Fixture Publishing House), Figures, entry “fixture-cases” (accessed " in table and "[date]" not in table
    assert f"{FIXTURE_SITE_URL}figures" not in table
    feed = ET.parse(site / "feed.xml").getroot()
    assert all(e.find(f"{ATOM}id").text.startswith("urn:uuid:") for e in feed.iter(f"{ATOM}entry"))


def test_the_address_comes_from_the_environment_before_mkdocs_yml(small_project, tmp_path):
    site = tmp_path / "site"
    env = {**MKDOCS_ENV, "CRIMEA_RECORD_SITE_URL": "https://env-fixture.example.net"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(small_project / "mkdocs.yml"), "-d", str(site)],
        capture_output=True, text=True, env=env, cwd=small_project,
    )
    assert result.returncode == 0, result.stderr
    doc = page(site, "figures/fixture-cases")
    assert _meta(doc, "property", "og:url") == ["https://env-fixture.example.net/figures/fixture-cases/"]
    assert _meta(doc, "property", "og:image") == ["https://env-fixture.example.net/assets/share/fixture-cases.png"]
    assert "https://env-fixture.example.net/figures/#fixture-cases" in (site / "downloads" / "figures.csv").read_text(encoding="utf-8-sig")
    assert f"{FIXTURE_SITE_URL}figures" not in (site / "downloads" / "crimea-record.json").read_text(encoding="utf-8")


# Citations -----------------------------------------------------------------------------------


def test_bibtex_and_ris_files_import(small_site):
    folder = small_site / "downloads" / "citations"
    library = bibtexparser.parse_string((folder / "crimea-record.bib").read_text(encoding="utf-8"))
    assert library.failed_blocks == []
    entries = {e.key: e for e in library.entries}
    cases = entries["figure-fixture-cases"]
    assert cases.entry_type == "misc"
    assert cases["title"] == "{Fixture cases counted for testing: 120 fixture cases}"
    assert cases["author"] == "{Fixture Publisher}" and cases["year"] == "2023" and cases["date"] == "2023-05"
    assert cases["url"] == f"{FIXTURE_SITE_URL}figures/#fixture-cases"
    ris = {e["id"]: e for e in rispy.loads((folder / "crimea-record.ris").read_text(encoding="utf-8"))}
    assert set(ris) == set(entries)
    assert ris["figure-fixture-cases"]["type_of_reference"] == "DATA"
    assert ris["figure-fixture-cases"]["authors"] == ["Fixture Publisher"]
    assert ris["figure-fixture-cases"]["date"] == "2023/05//"
    assert ris["source-fixture-report"]["type_of_reference"] == "RPRT"
    assert ris["source-fixture-report"]["urls"] == ["https://fixture.example.org/report"]
    csl = {i["id"]: i for i in json.loads((folder / "crimea-record.json").read_text(encoding="utf-8"))}
    assert set(csl) == set(entries)
    assert csl["figure-fixture-cases"]["issued"] == {"date-parts": [[2023, 5]]}
    kinds = {key.split("-", 1)[0] for key in entries}
    assert kinds == {"site", "dataset", "figure", "violation", "article", "source"}
    # Each entry's own files, linked under its "Cite this" box, hold the same entry.
    one = bibtexparser.parse_string((folder / "figures" / "fixture-cases.bib").read_text(encoding="utf-8"))
    assert [e.key for e in one.entries] == ["figure-fixture-cases"] and one.entries[0]["note"] == cases["note"]
    links = {a.attrs["href"] for a in article(small_site, "figures").find_all("a")}
    assert {f"../downloads/citations/figures/fixture-cases.{ext}" for ext in ("bib", "ris", "json")} <= links


def test_bibtex_special_characters_are_escaped(small_project, tmp_path):
    figures = small_project / "data" / "figures.yml"
    text = figures.read_text(encoding="utf-8")
    figures.write_text(text.replace("label: Fixture cases counted for testing", "label: 'Fixture {cases} 100% & $5 #1 counted_for ~testing\\'", 1), encoding="utf-8")
    site = tmp_path / "site"
    result = mkdocs_build(small_project, site)
    assert result.returncode == 0, result.stderr
    library = bibtexparser.parse_string((site / "downloads" / "citations" / "crimea-record.bib").read_text(encoding="utf-8"))
    assert library.failed_blocks == []
    title = next(e for e in library.entries if e.key == "figure-fixture-cases")["title"]
    assert title.startswith(r"{Fixture \{cases\} 100\% \& \$5 \#1 counted\_for \~{}testing\textbackslash{}")


def test_pages_carry_citation_tags_for_reference_managers(small_site):
    doc = page(small_site, "figures/fixture-cases")
    assert _meta(doc, "name", "citation_title") == ["Fixture cases counted for testing"]
    assert _meta(doc, "name", "citation_author") == ["Fixture Publisher"]
    assert _meta(doc, "name", "citation_date") == ["2023/05"]
    assert _meta(doc, "name", "citation_publisher") == [FIXTURE_SITE_NAME]
    assert _meta(doc, "name", "citation_public_url") == [f"{FIXTURE_SITE_URL}figures/fixture-cases/"]
    assert _meta(page(small_site, "legal"), "name", "citation_title") == ["Legal texts"]


# Figure pages and share cards ----------------------------------------------------------------


@pytest.mark.parametrize("figure_id", FIXTURE_FIGURES)
def test_each_figure_page_has_its_share_image(small_site, figure_id):
    doc = page(small_site, f"figures/{figure_id}")
    image_url = f"{FIXTURE_SITE_URL}assets/share/{figure_id}.png"
    assert _meta(doc, "property", "og:image") == [image_url]
    assert _meta(doc, "name", "twitter:image") == [image_url]
    assert _meta(doc, "name", "twitter:card") == ["summary_large_image"]
    [alt] = _meta(doc, "property", "og:image:alt")
    value = doc.find("article").find(cls="figure-value").words()
    assert alt.startswith(value)
    image = small_site / "assets" / "share" / f"{figure_id}.png"
    with Image.open(image) as png:
        assert png.format == "PNG" and png.size == (1200, 630)
    assert (_meta(doc, "property", "og:image:width"), _meta(doc, "property", "og:image:height")) == (["1200"], ["630"])
    # The figure's entry on Figures links to the page.
    entry_links = [a.attrs["href"] for a in article(small_site, "figures").find_all("a")]
    assert f"{figure_id}/" in entry_links


def test_figure_page_names_the_counter_and_carries_the_sources_words(small_site):
    words = article(small_site, "figures/fixture-pupils").words()
    assert "Counted by Fixture Club (an invented counter)" in words
    assert "“У вигаданому клубі 250 учнів.”" in words
    assert "Editors' translation, not a quotation: [The invented club has 250 pupils.]" in words


def test_share_card_draws_the_number_and_cyrillic(small_project, tmp_path):
    """The card's text is drawn with the packaged font: a Cyrillic label shows real glyphs, not boxes."""
    from crimea_record.publish import share_cards

    font = share_cards._font("Regular", 40)
    notdef = font.getmask("\uffff").getbbox()
    for word in ("Крим", "призов", "Їжак"):
        assert font.getmask(word).getbbox() != notdef
        assert font.getlength(word) != font.getlength("\uffff" * len(word))
    figures = small_project / "data" / "figures.yml"
    figures.write_text(figures.read_text(encoding="utf-8").replace("label: Fixture cases counted for testing", "label: Вигадані справи для тестів", 1), encoding="utf-8")
    site = tmp_path / "site"
    assert mkdocs_build(small_project, site).returncode == 0
    with Image.open(site / "assets" / "share" / "fixture-cases.png") as png:
        # Ink in the label's band (below the number and unit), where the Cyrillic label is drawn.
        band = png.convert("L").crop((64, 322, 1136, 380))
        assert band.getextrema()[0] < 80


def test_share_card_names_who_reported_a_source_known_only_through_another():
    from fixture_project import FIXTURE, load_dataset

    from crimea_record.publish.share_cards import footer_text

    dataset = load_dataset(FIXTURE / "data")
    assert footer_text(dataset.figures["fixture-convictions"], dataset).endswith(
        "Source: Fixture Summary Publisher, reported by Fixture Article Publisher")
    assert footer_text(dataset.figures["fixture-cases"], dataset).endswith("Source: Fixture Publisher")


def test_embed_snippet_loads_nothing_and_links_back(small_site):
    doc = article(small_site, "figures/fixture-cases")
    code = next(c for c in doc.find_all("code") if "<figure" in c.text())
    snippet = code.text()
    assert "<script" not in snippet and " src=" not in snippet and "<link" not in snippet and "url(" not in snippet
    embedded = parse(snippet)
    assert [a.attrs["href"] for a in embedded.find_all("a")] == [f"{FIXTURE_SITE_URL}figures/fixture-cases/"]
    assert "120" in embedded.words() and "Fixture Publisher" in embedded.words() and "as of May 2023" in embedded.words()


# Data package --------------------------------------------------------------------------------


def test_data_zip_is_a_valid_data_package_with_readme_citations_and_licence(small_site, tmp_path):
    import frictionless

    archive = zipfile.ZipFile(small_site / "downloads" / "crimea-record-data.zip")
    archive.extractall(tmp_path)
    folder = tmp_path / "crimea-record-data"
    names = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert {"datapackage.json", "README.md", "LICENSE.txt", "crimea-record.json", "figures.csv", "figure-history.csv",
            "citations/crimea-record.bib", "citations/crimea-record.ris", "citations/crimea-record.json"} <= names
    # Byte for byte the site's downloads.
    assert (folder / "figures.csv").read_bytes() == (small_site / "downloads" / "figures.csv").read_bytes()
    report = frictionless.validate(folder / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])
    assert len(report.tasks) == 7 and all(task.stats["rows"] > 0 for task in report.tasks if task.name != "figure-history")
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert package["licenses"] == [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0 International", "path": "https://creativecommons.org/licenses/by/4.0/"}]
    figures = next(r for r in package["resources"] if r["path"] == "figures.csv")
    value = next(f for f in figures["schema"]["fields"] if f["name"] == "value")
    assert value["type"] == "integer" and value["description"].startswith("The current value")
    qualifier = next(f for f in figures["schema"]["fields"] if f["name"] == "qualifier")
    assert qualifier["constraints"] == {"enum": list(get_args(Qualifier)), "required": True}
    licence = (folder / "LICENSE.txt").read_text(encoding="utf-8")
    assert "Creative Commons Attribution 4.0 International (CC BY 4.0" in licence and "remain their authors’" in licence


def test_a_wrong_value_in_the_package_fails_validation(small_site, tmp_path):
    """The validation above can fail: a CSV cell that breaks its field's type or allowed values."""
    import frictionless

    zipfile.ZipFile(small_site / "downloads" / "crimea-record-data.zip").extractall(tmp_path)
    csv_file = tmp_path / "crimea-record-data" / "figures.csv"
    csv_file.write_bytes(csv_file.read_bytes().replace(b",120,exact,", b",many,roughly,", 1))
    report = frictionless.validate(tmp_path / "crimea-record-data" / "datapackage.json")
    assert not report.valid
    assert {e[1] for e in report.flatten(["rowNumber", "fieldName"])} >= {"value", "qualifier"}


def test_data_page_has_schema_org_dataset_and_licence(small_site):
    doc = page(small_site, "data")
    [script] = [s for s in doc.find("head").find_all("script") if s.attrs.get("type") == "application/ld+json"]
    data = json.loads(script.text())
    assert data["@type"] == "Dataset" and data["name"] == FIXTURE_SITE_NAME
    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert {d["contentUrl"] for d in data["distribution"]} >= {f"{FIXTURE_SITE_URL}downloads/crimea-record-data.zip", f"{FIXTURE_SITE_URL}downloads/figures.csv"}
    words = article(small_site, "data").words()
    assert "crimea-record-data.zip" in words
    assert "crimea-record-offline.zip" not in words, "the fixture project builds no offline copy"


def test_licence_is_stated_on_about(built_site):
    words = article(built_site, "about").words()
    assert "are licensed under Creative Commons Attribution 4.0 International (CC BY 4.0" in words
    assert "Quoted texts (reports, articles, laws, treaties) remain their authors’" in words
    # In Ukrainian on the Ukrainian page (issue 25), the licence's own name kept in English and marked as English.
    uk = article(built_site, "uk/about")
    assert "поширюються на умовах ліцензії Creative Commons Attribution 4.0 International (CC BY 4.0" in uk.words()
    assert "are licensed under" not in uk.words()
    assert '<span lang="en">Creative Commons Attribution 4.0 International</span>' in (built_site / "uk" / "about" / "index.html").read_text(encoding="utf-8")
    assert "<!-- licence -->" not in (built_site / "uk" / "about" / "index.html").read_text(encoding="utf-8")


def test_pages_kept_out_of_search_in_english_are_out_of_it_in_ukrainian(built_site):
    import json

    def locations(folder: str) -> set[str]:
        index = json.loads((built_site / folder / "search" / "search_index.json").read_text(encoding="utf-8"))
        return {d["location"].split("#")[0] for d in index["docs"]}

    english, ukrainian = locations(""), locations("uk")  # one index per language (publish/search_index.py)
    assert "editors/" not in english and "uk/editors/" not in ukrainian
    assert "about/" in english and "uk/about/" in ukrainian
    assert not any(p.startswith("uk/") for p in english) and all(p.startswith("uk/") for p in ukrainian)
    assert any(p.startswith("uk/figures/") for p in ukrainian), "the generated Ukrainian pages are searched too"


# Changes and feed ----------------------------------------------------------------------------


def test_feed_is_atom_built_from_values_corrections_and_sources(small_site):
    root = ET.parse(small_site / "feed.xml").getroot()
    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated", "author"):
        assert root.find(f"{ATOM}{required}") is not None, required
    stamp = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
    assert stamp.match(root.find(f"{ATOM}updated").text)
    entries = root.findall(f"{ATOM}entry")
    ids = [e.find(f"{ATOM}id").text for e in entries]
    assert len(ids) == len(set(ids)) and entries
    for entry in entries:
        assert entry.find(f"{ATOM}title").text and stamp.match(entry.find(f"{ATOM}updated").text)
        assert entry.find(f"{ATOM}link").get("href")
    titles = [e.find(f"{ATOM}title").text for e in entries]
    assert "Correction: Fixture cases counted for testing" in titles
    assert "New value: Fixture cases counted for testing: 120 fixture cases" in titles
    assert any(t.startswith("New source: ") for t in titles)
    updated = [e.find(f"{ATOM}updated").text for e in entries]
    assert updated == sorted(updated, reverse=True) and root.find(f"{ATOM}updated").text == updated[0]
    assert root.get("{http://www.w3.org/XML/1998/namespace}base") == FIXTURE_SITE_URL


def test_a_correction_on_a_translated_changes_page_marks_the_editors_english(small_site):
    """A correction's what and why are the data's own words, in English: on the Ukrainian page they
    are marked as English, and the page's own wording ("Why:") is Ukrainian."""
    entry = article(small_site, "uk/changes").find(id="correction-1")
    assert "Чому:" in entry.words() and "Why:" not in entry.words()
    marked = [span.words() for span in entry.find_all("span") if span.attrs.get("lang") == "en"]
    assert "The fixture value read 12; it is 120." in marked and "An invented typing slip, for the tests." in marked
    english = article(small_site, "changes").find(id="correction-1")
    assert not any(span.attrs.get("lang") for span in english.find_all("span")), "marked on the English page too"


def test_changes_page_and_latest_change_on_each_figure(small_site):
    changes = article(small_site, "changes")
    assert "The fixture value read 12; it is 120. Why: An invented typing slip, for the tests." in changes.words()
    assert "feed.xml" in {a.attrs["href"] for a in changes.find_all("a")} or "../feed.xml" in {a.attrs["href"] for a in changes.find_all("a")}
    feeds = [link.attrs["href"] for link in page(small_site, "figures").find("head").find_all("link") if link.attrs.get("type") == "application/atom+xml"]
    assert feeds == ["../feed.xml"], "feed readers find the feed from any page"
    doc = article(small_site, "figures/fixture-cases")
    assert "Latest change 2 June 2023 (correction)" in doc.words()
    assert "Latest change 2023 (new value)" in article(small_site, "figures/fixture-people").words()


# Offline copy --------------------------------------------------------------------------------


@pytest.mark.browser
def test_offline_copy_opened_from_disk_shows_home_and_finds_574(built_site, browser, tmp_path):
    with zipfile.ZipFile(io.BytesIO((built_site / "downloads" / "crimea-record-offline.zip").read_bytes())) as archive:
        archive.extractall(tmp_path)
    index = tmp_path / "crimea-record-offline" / "index.html"
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page_ = context.new_page()
    elsewhere = []
    page_.on("request", lambda r: elsewhere.append(r.url) if not r.url.startswith(("file://", "data:", "blob:")) else None)
    page_.goto(index.as_uri())
    assert page_.locator("article h1").first.inner_text().rstrip("¶").strip() == "Forced conscription in occupied Crimea"
    box = page_.locator(".md-search__input")
    box.click()
    box.press_sequentially("574", delay=20)
    first = page_.locator(".md-search-result__item").first
    first.wait_for()
    assert "574" in first.inner_text()
    href = first.locator("a").first.get_attribute("href")
    assert href.startswith("file://") and "figures.html" in href
    first.locator("a").first.click()
    page_.wait_for_load_state()
    assert "574" in page_.locator("article").inner_text()
    assert elsewhere == []
    context.close()


# Publisher -----------------------------------------------------------------------------------


def _ready(project: Path, url: str | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in MKDOCS_ENV.items() if k != "CRIMEA_RECORD_SITE_URL"} | ({"CRIMEA_RECORD_SITE_URL": url} if url else {})
    return subprocess.run([sys.executable, "-m", "crimea_record", "ready"], capture_output=True, text=True, env=env, cwd=project)


def test_ready_to_publish_needs_a_public_address_and_a_publisher(small_project):
    assert _ready(small_project, None).returncode == 0, "the fixture sets site_url and a publisher"
    config = small_project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(f"site_url: {FIXTURE_SITE_URL}\n", "")
                      .replace("  publisher: Fixture Publishing House\n", '  publisher: ""\n'), encoding="utf-8")
    refused = _ready(small_project, None)
    assert refused.returncode == 1 and refused.stderr == (
        "not ready to publish: no public address set (CRIMEA_RECORD_SITE_URL or site_url in mkdocs.yml)\n"
        "not ready to publish: no publisher set (extra.publisher in mkdocs.yml)\n")
    with_address = _ready(small_project, "https://address.example.org")
    assert with_address.returncode == 1 and with_address.stderr == "not ready to publish: no publisher set (extra.publisher in mkdocs.yml)\n"


def test_the_real_site_names_no_publisher_until_one_is_set():
    """No source names the publisher: mkdocs.yml leaves it empty, and so nothing is published."""
    assert _ready(ROOT, "https://address.example.org").returncode == 1


def test_the_publisher_is_in_the_footer_the_citations_and_the_data_package(small_site, tmp_path):
    footer = page(small_site, "figures").find("footer").text()
    assert "Published by Fixture Publishing House." in footer
    assert "This site is published by Fixture Publishing House." in article(small_site, "cite").text()
    archive = zipfile.ZipFile(small_site / "downloads" / "crimea-record-data.zip")
    package = json.loads(archive.read("crimea-record-data/datapackage.json"))
    assert package["contributors"] == [{"title": "Fixture Publishing House", "role": "publisher"}] and package["version"] == "2030-01-02"
    assert "Published by Fixture Publishing House." in archive.read("crimea-record-data/README.md").decode("utf-8")
    table = (small_site / "downloads" / "figures.csv").read_text(encoding="utf-8-sig")
    assert table.count("Fixture record (Fixture Publishing House), https://fixture.example.org/") >= 3


def test_the_share_card_names_the_publisher(small_dataset_for_cards):
    from crimea_record.publish.share_cards import share_card

    figure = next(iter(small_dataset_for_cards.figures.values()))
    assert share_card(figure, small_dataset_for_cards, "Fixture record", "Fixture Publishing House") != share_card(figure, small_dataset_for_cards, "Fixture record")


def test_figures_csv_names_the_document_a_source_is_known_through(small_site):
    """A report known only through an article has no address of its own: the row names that article
    and gives its address, so that a spreadsheet user still reaches a document."""
    import csv
    import dataclasses

    from fixture_project import FIXTURE, load_dataset

    from crimea_record.render.tables import EXTRAS

    with open(small_site / "downloads" / "figures.csv", encoding="utf-8-sig", newline="") as table:
        rows = {row["id"]: row for row in csv.DictReader(table)}
    through = rows["fixture-convictions"]  # its source, fixture-summary, is known through fixture-article
    assert through["source_url"] == ""
    assert through["source_known_through"] == "Fixture Article Publisher, Fixture article – the fixture summary’s “quoted” words"
    assert (rows["fixture-cases"]["source_known_through"], rows["fixture-cases"]["source_known_through_url"]) == ("", "")
    dataset = load_dataset(FIXTURE / "data")  # the fixture's article has no address: give it one
    dataset.sources["fixture-article"] = dataclasses.replace(dataset.sources["fixture-article"], url="https://fixture.example.org/article")
    address = next(extra for extra in EXTRAS["figure"] if extra.name == "source_known_through_url")
    assert address.value(dataset.figures["fixture-convictions"], dataset, None, {}) == "https://fixture.example.org/article"


@pytest.fixture(scope="module")
def small_dataset_for_cards():
    from fixture_project import FIXTURE, load_dataset

    return load_dataset(FIXTURE / "data")


def test_figures_csv_names_each_source_and_its_absolute_permanent_link(small_site, small_dataset_for_cards):
    """A spreadsheet user reads the source of each figure in its own row, without sources.csv."""
    import csv

    with open(small_site / "downloads" / "figures.csv", encoding="utf-8-sig", newline="") as table:
        rows = {row["id"]: row for row in csv.DictReader(table)}
    row = rows["fixture-cases"]
    assert (row["source_publisher"], row["source_title"], row["source_url"]) == (
        "Fixture Publisher", "Fixture Report on Invented Counts", "https://fixture.example.org/report")
    assert row["permalink"] == f"{FIXTURE_SITE_URL}figures/#fixture-cases"
    for figure in small_dataset_for_cards.figures.values():
        source = small_dataset_for_cards.sources[figure.source]
        assert rows[figure.id]["source_title"] == ("[untitled]" if source.untitled else source.title), figure.id
        assert rows[figure.id]["source_url"] == (source.url or ""), figure.id
