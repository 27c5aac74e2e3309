"""The Ukrainian pages (uk/…): one per English page, the language selector, stale translations."""
from __future__ import annotations

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


def test_every_page_of_the_real_site_has_a_ukrainian_page_and_both_are_in_the_sitemap(built_site):
    _assert_every_page_has_its_ukrainian_page(built_site)
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    for rel in _pages(built_site):
        address = rel.removesuffix("index.html")
        assert f"/{address}</loc>" in sitemap and f"/uk/{address}</loc>" in sitemap
        assert f'<xhtml:link rel="alternate" hreflang="uk" href="https://crimea-conscription.example.org/uk/{address}"/>' in sitemap


def test_a_translation_is_shown_in_ukrainian_with_ukrainian_menu(small_site):
    home = (small_site / "uk" / "index.html").read_text(encoding="utf-8")
    assert "Домашня сторінка фікстури" in home and "Вигаданий сайт для тестів" in home
    assert STALE not in home and NOT_TRANSLATED not in home
    assert "Головна" in home and "Довідка" in home  # the menu's titles
    # Links made from markers stay within uk/.
    assert 'href="figures/#fixture-cases"' in home


def test_a_page_not_translated_shows_the_english_text_with_a_notice_and_is_not_searched_twice(small_site):
    page = (small_site / "uk" / "prosecutions" / "index.html").read_text(encoding="utf-8")
    english = (small_site / "prosecutions" / "index.html").read_text(encoding="utf-8")
    assert NOT_TRANSLATED in page
    title = english.split("<h1", 1)[1].split(">", 1)[1].split("<", 1)[0]
    assert title and title in page
    index = (small_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert '"location":"uk/prosecutions/' not in index.replace(" ", "")
    assert '"location":"uk/' in index.replace(" ", "")  # the translated Home is searched


def test_legal_texts_say_the_official_ukrainian_text_is_not_reproduced(small_site):
    page = (small_site / "uk" / "legal" / "index.html").read_text(encoding="utf-8")
    assert "Офіційні українські тексти цих норм тут не відтворено" in page


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
    from crimea_record.render import ukrainian_text

    assert ukrainian_text.number(574) == "574"
    assert ukrainian_text.number(1732) == "1\u00a0732"
    assert ukrainian_text.date(PartialDate.parse("2022-09-21")) == "21 вересня 2022\u00a0р."
    assert ukrainian_text.date(PartialDate.parse("2024-10")) == "жовтень 2024\u00a0р."


def test_the_translated_home_shows_figures_the_ukrainian_way(small_site):
    home = (small_site / "uk" / "index.html").read_text(encoding="utf-8")
    english = (small_site / "index.html").read_text(encoding="utf-8")
    assert ">about 5,000</a>" in english
    assert ">близько 5\u00a0000</a>" in home  # the fixture's invented 5000, grouped by a no-break space
    assert "станом на травень 2023 р." in home  # fixture-cases' date, in its hover title (a title folds its spaces)


def test_the_english_front_matter_is_not_shown_on_the_ukrainian_page(built_site):
    page = (built_site / "uk" / "editors" / "index.html").read_text(encoding="utf-8")
    assert "Kept out of the site" not in page and page.count("<h1") == 1
