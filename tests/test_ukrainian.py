"""The Ukrainian pages (uk/…): one per English page, the language selector, stale translations."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import MKDOCS_ENV, assert_clean_build, mkdocs_build

STALE = "Переклад може бути застарілим"
NOT_TRANSLATED = "Цю сторінку ще не перекладено українською"


def _pages(site: Path) -> list[str]:
    """Every English page, as its path under the site (404 and redirect pages aside)."""
    out = []
    for html in sorted(site.rglob("index.html")):
        rel = html.relative_to(site).as_posix()
        text = html.read_text(encoding="utf-8")
        if not rel.startswith("uk/") and 'class="md-content"' in text:
            out.append(rel)
    return out


def _assert_every_page_has_its_ukrainian_page(site: Path) -> None:
    pages = _pages(site)
    assert "index.html" in pages and "figures/index.html" in pages
    for rel in pages:
        english = (site / rel).read_text(encoding="utf-8")
        uk_file = site / "uk" / rel
        assert uk_file.is_file(), f"no Ukrainian page for {rel}"
        uk = uk_file.read_text(encoding="utf-8")
        assert '<html lang="uk"' in uk and '<html lang="en"' in english
        depth = rel.count("/")
        # The selector leads to the same page in the other language.
        assert f'<a href="{"../" * depth}uk/{rel.removesuffix("index.html")}" hreflang="uk" lang="uk" class="md-select__link">' in english
        assert f'<a href="{"../" * (depth + 1)}{rel.removesuffix("index.html")}" hreflang="en" lang="en" class="md-select__link">' in uk


def test_every_page_of_the_fixture_site_has_a_ukrainian_page(small_site):
    _assert_every_page_has_its_ukrainian_page(small_site)


def test_every_page_of_the_real_site_has_a_ukrainian_page(built_site):
    _assert_every_page_has_its_ukrainian_page(built_site)


def test_the_sitemap_lists_both_languages_with_hreflang(small_site):
    from fixture_project import FIXTURE_SITE_URL

    sitemap = (small_site / "sitemap.xml").read_text(encoding="utf-8")
    pages = _pages(small_site)
    assert "figures/fixture-cases/index.html" in pages and "changes/index.html" in pages
    for rel in pages:
        address = rel.removesuffix("index.html")
        assert f"<loc>{FIXTURE_SITE_URL}{address}</loc>" in sitemap and f"<loc>{FIXTURE_SITE_URL}uk/{address}</loc>" in sitemap
        assert f'<xhtml:link rel="alternate" hreflang="uk" href="{FIXTURE_SITE_URL}uk/{address}"/>' in sitemap
        assert f'<xhtml:link rel="alternate" hreflang="en" href="{FIXTURE_SITE_URL}{address}"/>' in sitemap


def test_a_translation_is_shown_in_ukrainian_with_ukrainian_menu(small_site):
    home = (small_site / "uk" / "index.html").read_text(encoding="utf-8")
    assert "Домашня сторінка фікстури" in home and "Вигаданий сайт для тестів" in home
    assert STALE not in home and NOT_TRANSLATED not in home
    assert "Головна" in home and "Довідка" in home  # the menu's titles
    # Links made from markers stay within uk/.
    assert 'href="figures/#fixture-cases"' in home


def test_a_page_not_translated_shows_the_english_text_with_a_notice_and_each_language_searches_its_own_pages(small_site):
    page = (small_site / "uk" / "prosecutions" / "index.html").read_text(encoding="utf-8")
    english = (small_site / "prosecutions" / "index.html").read_text(encoding="utf-8")
    assert NOT_TRANSLATED in page
    title = english.split("<h1", 1)[1].split(">", 1)[1].split("<", 1)[0]
    assert title and title in page
    english_index = json.loads((small_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    ukrainian_index = json.loads((small_site / "uk" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [d["location"] for d in english_index["docs"] if d["location"].startswith("uk/")]
    assert {d["location"].split("#")[0] for d in ukrainian_index["docs"]} >= {"uk/", "uk/prosecutions/"}
    assert all(d["location"].startswith("uk/") for d in ukrainian_index["docs"])


def test_legal_texts_say_the_official_ukrainian_text_is_not_reproduced(small_site):
    page = (small_site / "uk" / "legal" / "index.html").read_text(encoding="utf-8")
    assert "Офіційні тексти цих норм українською мовою тут не відтворено" in page


def test_a_changed_english_paragraph_flags_its_translation(small_project):
    index = small_project / "docs" / "index.md"
    index.write_text(index.read_text(encoding="utf-8").replace("A fixture site for the tests.", "A changed fixture paragraph."), encoding="utf-8")
    site = small_project / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(small_project / "mkdocs.yml"), "-d", str(site)],
        capture_output=True, text=True, env=MKDOCS_ENV, cwd=small_project,
    )
    assert_clean_build(result, "strict build with a stale translation")
    line = "translations/uk/index.md: translated from an older text of docs/index.md; update the translation and its first line to <!-- translated-from: "
    assert line in result.stderr
    home = (site / "uk" / "index.html").read_text(encoding="utf-8")
    assert STALE in home and "Домашня сторінка фікстури" in home
    assert STALE not in (site / "uk" / "prosecutions" / "index.html").read_text(encoding="utf-8")
    check = subprocess.run([sys.executable, "-m", "crimea_record", "check"], capture_output=True, text=True, env=MKDOCS_ENV, cwd=small_project)
    assert check.returncode == 0 and f"stale translation: {line}" in check.stdout


def test_a_consistent_tree_lists_no_stale_translation(small_project):
    check = subprocess.run([sys.executable, "-m", "crimea_record", "check"], capture_output=True, text=True, env=MKDOCS_ENV, cwd=small_project)
    assert check.returncode == 0 and "stale" not in check.stdout
    assert_clean_build(mkdocs_build(small_project, small_project / "site"), "strict build")


def test_numbers_and_dates_the_ukrainian_way():
    from crimea_record.model.dates import PartialDate
    from crimea_record.render.language import human, in_language, number, short_date

    with in_language("uk"):  # the formats of translations/languages.yml, read by Babel
        assert number(574) == "574"
        assert number(1732) == "1\u00a0732"
        assert human(PartialDate.parse("2022-09-21")) == "21 вересня 2022\u00a0р."
        assert human(PartialDate.parse("2024-10")) == "жовтень 2024\u00a0р."
        assert human(PartialDate.parse("2015")) == "2015\u00a0р."
        assert short_date(PartialDate.parse("2022-07-20")) == "20 лип. 2022"
    assert number(1732) == "1,732" and human(PartialDate.parse("2022-09-21")) == "21 September 2022"


def test_the_translated_home_shows_figures_the_ukrainian_way(small_site):
    home = (small_site / "uk" / "index.html").read_text(encoding="utf-8")
    english = (small_site / "index.html").read_text(encoding="utf-8")
    assert ">about 5,000</a>" in english
    assert ">близько 5\u00a0000</a>" in home  # the fixture's invented 5000, grouped by a no-break space
    assert "станом на травень 2023 р." in home  # fixture-cases' date, in its hover title (a title folds its spaces)


def test_the_english_front_matter_is_not_shown_on_the_ukrainian_page(built_site):
    page = (built_site / "uk" / "editors" / "index.html").read_text(encoding="utf-8")
    assert "Kept out of the site" not in page and page.count("<h1") == 1


# --- Data text in Ukrainian, and the generated pages ---------------------------------------

def _article(html: str) -> str:
    """The page's own content, without the menus."""
    return html.split('<article', 1)[1].split("</article>", 1)[0]


def _check(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "crimea_record", "check"], capture_output=True, text=True, env=MKDOCS_ENV, cwd=project)


def test_generated_pages_show_the_records_ukrainian_text_numbers_and_dates(small_site):
    figures = _article((small_site / "uk" / "figures" / "index.html").read_text(encoding="utf-8"))
    # The fixture's invented Ukrainian label and unit, the fixed words, numbers and dates the Ukrainian way.
    # A unit the catalogue has no plural forms for: the record's Ukrainian unit, without brackets.
    assert "Вигадані справи, пораховані для тестів" in figures and "вигаданих справ" in figures and "(вигаданих справ)" not in figures
    assert ">Станом на</dt>" in figures and ">Хто підрахував</dt>" in figures and "травень 2023\u00a0р." in figures
    assert "близько 5\u00a0000" in figures and "щонайменше 30" in figures
    assert "Fixture cases counted for testing" not in figures and ">As of<" not in figures
    # A quote stays in its language; on a Ukrainian page the Ukrainian quote needs no translation.
    assert "У вигаданому клубі 250 учнів." in figures and "The invented club has 250 pupils." not in figures
    timeline = _article((small_site / "uk" / "timeline" / "index.html").read_text(encoding="utf-8"))
    assert "Вигадана подія певного дня" in timeline and "вересня" in timeline or "р." in timeline
    legal = _article((small_site / "uk" / "legal" / "index.html").read_text(encoding="utf-8"))
    assert "Вигадана конвенція" in legal and "Офіційні тексти цих норм українською мовою тут не відтворено" in legal
    assert 'lang="en"' in legal  # the verbatim passages, in English, marked as English
    sources = _article((small_site / "uk" / "sources" / "index.html").read_text(encoding="utf-8"))
    assert "Вигаданий видавець статті" in sources and ">Видавець</dt>" in sources


def test_links_on_generated_ukrainian_pages_stay_in_uk(small_site):
    import re

    for page in ("figures", "violations", "legal", "sources", "timeline", "data"):
        html = _article((small_site / "uk" / page / "index.html").read_text(encoding="utf-8"))
        for href in re.findall(r'href="([^"#][^"]*)"', html):
            if "://" in href or href.startswith("mailto:"):
                continue
            resolved = Path("/uk", page, href).resolve().as_posix() + "/"
            assert resolved.startswith(("/uk/", "/downloads/", "/assets/")), f"uk/{page}/: {href} leaves uk/"


def test_the_ukrainian_report_is_made_of_the_ukrainian_pages(small_site):
    report = _article((small_site / "uk" / "report" / "index.html").read_text(encoding="utf-8"))
    assert "Повний звіт" in report and ">Зміст<" in report and "Цифри (додаток)" in report
    figure = report.split('id="figures-fixture-cases"', 1)[1].split("</h", 1)[0]
    assert "Вигадані справи, пораховані для тестів" in figure


def test_a_record_without_a_ukrainian_field_is_listed_and_shown_in_english(small_project):
    figures = small_project / "data" / "figures.yml"
    text = figures.read_text(encoding="utf-8")
    line = '    label: "Вигадані вироки в цих справах"\n'
    assert line in text
    figures.write_text(text.replace(line, ""), encoding="utf-8")
    check = _check(small_project)
    assert check.returncode == 0
    assert ("Ukrainian text: data/figures.yml:32:10: figure 'fixture-convictions' has no Ukrainian label: "
            "add `uk: label: …` to the entry") in check.stdout
    site = small_project / "site"
    assert_clean_build(mkdocs_build(small_project, site), "strict build with a missing Ukrainian label")
    page = _article((site / "uk" / "figures" / "index.html").read_text(encoding="utf-8"))
    assert "Fixture convictions in those cases" in page and "Частину тексту цього запису ще не перекладено" in page


def test_a_missing_ukrainian_note_in_an_earlier_value_names_that_part(small_project):
    figures = small_project / "data" / "figures.yml"
    text = figures.read_text(encoding="utf-8")
    block = '      uk:\n        note: "Вигаданий давніший підрахунок."\n'
    assert block in text
    figures.write_text(text.replace(block, ""), encoding="utf-8")
    assert ("Ukrainian text: data/figures.yml:18:13: figure 'fixture-cases' has no Ukrainian note in history.1: "
            "add `uk: note: …` to that part") in _check(small_project).stdout


def test_a_changed_english_field_makes_the_record_translation_stale(small_project):
    from crimea_record.errors import ErrorSink
    from crimea_record.load.data_files import read_dataset
    from crimea_record.model.translation import record_english_hash

    figures = small_project / "data" / "figures.yml"
    text = figures.read_text(encoding="utf-8")
    figures.write_text(text.replace("label: Fixture cases counted for testing", "label: Fixture cases counted again", 1), encoding="utf-8")
    new_hash = record_english_hash(read_dataset(small_project / "data", ErrorSink()).figures["fixture-cases"])
    check = _check(small_project)
    assert check.returncode == 0
    assert ("Ukrainian text: data/figures.yml:26:22: figure 'fixture-cases': the Ukrainian text was translated from an older "
            f"English text; check it against the English, then set `uk: translated_from: {new_hash}`") in check.stdout
    site = small_project / "site"
    result = mkdocs_build(small_project, site)
    assert_clean_build(result, "strict build with a stale record translation")
    assert f"translated_from: {new_hash}" in result.stderr  # the build lists it too
    page = _article((site / "uk" / "figures" / "index.html").read_text(encoding="utf-8"))
    entry = page.split('id="fixture-cases"', 1)[1].split("<h3", 1)[0]
    assert "переклад може бути застарілим" in entry
    assert "переклад може бути застарілим" not in page.split('id="fixture-convictions"', 1)[1].split("<h3", 1)[0]


def test_the_live_data_has_every_ukrainian_text_and_none_stale():
    from crimea_record.pipeline import prepare

    content = prepare(Path(__file__).resolve().parent.parent)
    assert content.record_translations["uk"].lines == []


def test_the_schemas_and_downloads_know_the_ukrainian_fields(small_site):
    import csv
    import io
    import json

    from crimea_record.publish.json_schema import data_file_schemas

    figure = data_file_schemas()["figures.schema.json"]["definitions"]["Figure"]["properties"]["uk"]
    inner = figure["anyOf"][0] if "anyOf" in figure else figure
    assert {"translated_from", "label", "unit", "note"} <= set(inner["properties"]) and "value" not in inner["properties"]
    history = data_file_schemas()["figures.schema.json"]["definitions"]["HistoryEntry"]["properties"]["uk"]
    assert "translated_from" not in (history["anyOf"][0] if "anyOf" in history else history)["properties"]
    rows = list(csv.DictReader(io.StringIO((small_site / "downloads" / "figures.csv").read_text(encoding="utf-8-sig"))))
    assert rows[0]["uk_label"] == "Вигадані справи, пораховані для тестів" and rows[0]["label"] == "Fixture cases counted for testing"
    data = json.loads((small_site / "downloads" / "crimea-record.json").read_text(encoding="utf-8"))
    assert data["figures"][0]["uk"]["label"] == "Вигадані справи, пораховані для тестів"


def test_each_figures_own_page_and_changes_in_ukrainian(small_site):
    own = _article((small_site / "uk" / "figures" / "fixture-cases" / "index.html").read_text(encoding="utf-8"))
    assert "Вигадані справи, пораховані для тестів" in own and ">Хто підрахував</dt>" in own
    assert "Поширити чи вбудувати цю цифру" in own and "Source:" not in own.split('class="embed-code"')[0]
    # Its share card is the Ukrainian one, under uk/ (publish/share_cards.py).
    assert 'href="../../assets/share/fixture-cases.png"' in own
    changes = _article((small_site / "uk" / "changes" / "index.html").read_text(encoding="utf-8"))
    assert ">Зміни" in changes and "Нове значення" in changes and "травень 2023\u00a0р." in changes
    assert 'href="../feed.xml"' in changes  # the Ukrainian feed, uk/feed.xml
    feed = (small_site / "uk" / "feed.xml").read_text(encoding="utf-8")
    assert 'xml:lang="uk"' in feed and ": зміни</title>" in feed and "<title>Нове значення: " in feed
    assert 'xml:lang="en"' in (small_site / "feed.xml").read_text(encoding="utf-8")


def test_every_alternate_link_sits_beside_a_sitemap(small_site):
    """Material fetches sitemap.xml next to every <link rel="alternate"> of a page: one in a folder
    without a sitemap (uk/feed.xml) costs every reader a failed request on every page."""
    import re
    from urllib.parse import urljoin

    for html in sorted(small_site.rglob("*.html")):
        address = html.relative_to(small_site).as_posix()
        for href in re.findall(r'<link rel="alternate"[^>]*href="([^"]+)"', html.read_text(encoding="utf-8")):
            sitemap = urljoin(urljoin("/" + address, href), "sitemap.xml").lstrip("/")
            assert (small_site / sitemap).is_file(), f"{address}: <link rel=alternate href={href}> makes the theme fetch the missing {sitemap}"


def test_each_language_has_its_own_share_cards_in_its_own_words(small_site):
    from fixture_project import FIXTURE, FIXTURE_SITE_URL, load_dataset
    from PIL import Image

    from crimea_record.publish.share_cards import footer_text
    from crimea_record.render.language import in_language

    english, ukrainian = small_site / "assets" / "share" / "fixture-cases.png", small_site / "uk" / "assets" / "share" / "fixture-cases.png"
    with Image.open(ukrainian) as png:
        assert png.size == (1200, 630)
    assert english.read_bytes() != ukrainian.read_bytes()
    page = (small_site / "uk" / "figures" / "fixture-cases" / "index.html").read_text(encoding="utf-8")
    assert f'<meta property="og:image" content="{FIXTURE_SITE_URL}uk/assets/share/fixture-cases.png">' in page
    dataset = load_dataset(FIXTURE / "data")
    with in_language("uk"):
        said = footer_text(dataset.figures["fixture-convictions"], dataset)
    assert said == "Дату джерело не вказує · Джерело: Вигаданий видавець підсумку (повідомлення: Вигаданий видавець статті)"


def test_an_untitled_source_is_named_by_its_publisher_in_each_language_and_a_title_marked_with_its_own(small_site):
    for path, untitled in (("figures/fixture-convictions/index.html", "Fixture Summary Publisher (untitled)"),
                           ("uk/figures/fixture-convictions/index.html", "Вигаданий видавець підсумку (без назви)")):
        page = _article((small_site / path).read_text(encoding="utf-8"))
        assert f'#fixture-summary">{untitled}</a>' in page
        assert ">untitled<" not in page
        # The embed snippet names the publisher, then the page's own word for "untitled".
        assert f"{untitled.replace(' (', ', ').rstrip(')')}." in page
    changes = _article((small_site / "changes" / "index.html").read_text(encoding="utf-8"))
    # A Ukrainian title on an English page is marked as Ukrainian, never as the page's language.
    assert '<span lang="uk">Вигаданий ранній підрахунок</span>' in changes
    assert ">untitled<" not in changes
