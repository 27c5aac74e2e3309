"""The Ukrainian review's corrections (issue 25, ../shared/reference/ukrainian-review.md), held on
the built site: no English left on a Ukrainian page outside marked quotations and passages, the
same numbers on each figure's page in both languages, and each item the review named."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from english_text import english_left, is_english
from htmltree import Element, parse

from crimea_record.model.dates import PartialDate
from crimea_record.render.language import in_language, quoted, short_date


def _uk_pages(site: Path) -> list[Path]:
    return sorted(path for path in (site / "uk").rglob("*.html") if "<html" in path.read_text(encoding="utf-8")[:2000])


def test_the_english_text_finder_finds_english_outside_marked_parts_only():
    page = parse(
        '<html lang="uk"><head><title>Головна</title><meta property="og:site_name" content="Forced conscription in occupied Crimea"></head>'
        '<body><p>Кримська правозахисна група; The Kyiv Independent; for-ua.com; <code>the as_of column</code></p>'
        '<p>Switch to dark mode</p><p lang="en">The Occupying Power may not compel protected persons</p>'
        '<blockquote lang="ru"><p>Всего в Севастополе</p></blockquote><button aria-label="Search this site"></button></body></html>'
    )
    found = english_left(page, "uk")
    assert found == ["<meta og:site_name> 'Forced conscription in occupied Crimea'", "<p> 'Switch to dark mode'", "<button aria-label> 'Search this site'"]
    assert is_english("Permanent link to this section") and not is_english("Excel, LibreOffice Calc, UTF-8")


def test_no_english_text_on_any_ukrainian_page(built_site):
    """Every text node and reader-visible attribute of every built uk/ page is Ukrainian, except
    inside an element marked with another language (a quotation, a legal passage, a document's
    own title): the interface, the generated pages and the written translations alike."""
    pages = _uk_pages(built_site)
    assert len(pages) > 40
    left = {page.relative_to(built_site).as_posix(): found for page in pages if (found := english_left(parse(page.read_text(encoding="utf-8")), "uk"))}
    assert not left, "English outside marked quotations on Ukrainian pages:\n" + "\n".join(f"{page}: {lines[:5]}" for page, lines in left.items())


NUMBER = re.compile(r"\d+(?:[\s\u00a0\u202f,.]\d{3})*(?:[.,]\d+)?")
# Parts whose numbers are not the page's own statement: quotations in their language, the editors'
# translations of them (a Russian "11 тысяч" becomes "11,000" in English but "11 тисяч" in Ukrainian),
# code (citations, HTML to embed), the page's frame and the language-switching notices.
NOT_COMPARED_CLASSES = {"source-words__translation", "translation-notice", "citation", "md-source-file"}
INLINE_TRANSLATION = re.compile(r"(?:editors.? translation|переклад редакції): \[[^\]]*\]")


def _numbers(element: Element) -> Counter[str]:
    found: Counter[str] = Counter()

    def visit(node: Element) -> None:
        classes = set(node.attrs.get("class", "").split())
        if node.tag in {"script", "style", "code", "pre", "svg"} or classes & NOT_COMPARED_CLASSES:
            return
        for child in node.children:
            if isinstance(child, str):
                found.update(re.sub(r"[\s\u00a0\u202f,]", "", n) for n in NUMBER.findall(INLINE_TRANSLATION.sub("", child)))
            else:
                visit(child)

    visit(element)
    return found


def test_each_figures_numbers_are_the_same_in_both_languages(built_site):
    """The Ukrainian page of each figure states the same numbers as the English one: values,
    qualified values, dates and the history (translations of quotes aside)."""
    figure_pages = sorted(p.parent.name for p in (built_site / "figures").glob("*/index.html"))
    assert len(figure_pages) > 20
    for name in figure_pages:
        english = parse((built_site / "figures" / name / "index.html").read_text(encoding="utf-8")).find("article")
        ukrainian = parse((built_site / "uk" / "figures" / name / "index.html").read_text(encoding="utf-8")).find("article")
        assert _numbers(english) == _numbers(ukrainian), f"figures/{name}: numbers differ between the languages"
    english = parse((built_site / "figures" / "index.html").read_text(encoding="utf-8")).find("article")
    ukrainian = parse((built_site / "uk" / "figures" / "index.html").read_text(encoding="utf-8")).find("article")
    assert sum(_numbers(english).values()) > 200
    assert _numbers(english) == _numbers(ukrainian)


def _article_words(site: Path, address: str) -> str:
    return parse((site / address / "index.html").read_text(encoding="utf-8")).find("article").words()


# Each review item's old wording, which no Ukrainian page may show again (item number: text).
OLD_WORDING = {
    "1 (English editors' translation of a Russian quote)": "[At the end of December",
    "1 (the same, Sevastopol)": "[In total Sevastopol",
    "2": "Офіційний текст (англійською)",
    "3": "доводить",
    "6": "відоме через",
    "7": "лічильник",
    "8": "цитата так і каже",
    "8 (Data page)": "Ті самі цитати",
    "9": "Звіт каже",
    "10 (Hague)": "Гаазьке положення",
    "10 (Geneva)": "Четверта Женевська конвенція",
    "10 (paragraph)": "перший абзац",
    "11 (residents)": "проти жителів Криму",
    "11 (UN office)": "Управління ООН з прав людини",
    "11 (Tasheva)": "колишня Представниця",
    "12": "в документі Пресреліз",
    "13 (mood)": "якщо б одне чи друге змішало",
    "13 (prints)": "друкує свій абзац",
    "13 (wherever)": "хоч де ним",
    "13 (media)": "медіа окупаційної сторони",
    "14": "(кримінальних справ)",
    "16": "запис “",
    "17": "Хедер",
    "18": "(українською; див.",
    "19": "Інші підрахунки",
}
PAGES = ["", "conscription", "prosecutions", "children", "jurisdiction", "about", "cite", "figures", "violations",
         "legal", "sources", "timeline", "data", "changes", "figures/art328-cases", "report"]


@pytest.mark.parametrize("item", list(OLD_WORDING))
def test_the_reviews_old_wording_is_gone(built_site, item):
    old = OLD_WORDING[item]
    for address in PAGES:
        html = (built_site / "uk" / address / "index.html").read_text(encoding="utf-8")
        assert old not in html, f"item {item}: uk/{address} still shows {old!r}"


def test_each_provision_names_the_language_of_its_official_text(built_site):
    """Item 2: the Russian Criminal Code's link leads to the official Russian text; a treaty's to
    the English text, never claimed to be the Ukrainian one."""
    legal = parse((built_site / "uk" / "legal" / "index.html").read_text(encoding="utf-8"))
    links = {a.words(): a for a in legal.find_all("a") if a.words().startswith("Офіційний текст")}
    assert set(links) == {"Офіційний текст російською", "Офіційний текст англійською"}
    code = legal.by_id("ru-cc-328")
    section = code.parent.text()[code.parent.text().index("Стаття 328"):]
    assert "Офіційний текст російською" in section.split("Цитувати цю норму")[0]
    assert "Офіційний текст англійською" not in section.split("Цитувати цю норму")[0]
    assert "Офіційний текст англійською" in legal.words() and "Офіційний текст українською" not in legal.words()


def test_the_instruments_bear_their_official_ukrainian_titles(built_site):
    """Item 10: the titles of the official Ukrainian publications (legal-titles-uk.md)."""
    words = _article_words(built_site, "uk/legal")
    assert "Женевська конвенція про захист цивільного населення під час війни" in words
    assert "Положення про закони і звичаї війни на суходолі" in words
    assert "Стаття 51, частина перша" in words


def test_russian_quotes_have_the_editors_ukrainian_translation(built_site):
    """Item 1: the editors' Ukrainian translation, marked as theirs, after each Russian quote."""
    figures = (built_site / "uk" / "figures" / "index.html").read_text(encoding="utf-8")
    assert "переклад редакції: [На кінець грудня КПГ зафіксувала" in figures
    page = _article_words(built_site, "uk/figures/yunarmiya-members-sevastopol")
    assert "Переклад редакції, не цитата: [Загалом у Севастополі понад 11 тисяч юнармійців" in page


def test_modality_and_quotation_marks_on_the_ukrainian_pages(built_site):
    """Item 3 ("argues" is not "proves"), item 15 (month abbreviations), item 16 («…»)."""
    assert "стаття, що підсумовує звіт, обґрунтовує юрисдикцію" in _article_words(built_site, "uk")
    assert "Стаття про звіт Кримської правозахисної групи стверджує" in _article_words(built_site, "uk/jurisdiction")
    figures = _article_words(built_site, "uk/figures")
    assert "запис «art328-cases»" in (built_site / "uk/figures/index.html").read_text(encoding="utf-8")
    assert "Цитовано за:" in figures


def test_ukrainian_short_dates_and_quotation_marks():
    with in_language("uk"):
        assert short_date(PartialDate.parse("2022-03-20")) == "20 берез. 2022"
        assert short_date(PartialDate.parse("2022-09")) == "верес. 2022"
        assert short_date(PartialDate.parse("2021-11")) == "листоп. 2021"
        assert quoted("art328-cases") == "«art328-cases»"
    assert short_date(PartialDate.parse("2022-03-20")) == "20 Mar 2022" and quoted("x") == "“x”"
