"""Languages as data: a language is a registry entry, a catalogue and translated files.

The proof: a third language added to a copy of the fixture project, with no Python edited,
builds a complete site in it. And no module under hooks/ spells a language code but the
registry's loader.
"""
from __future__ import annotations

import ast
import csv
import dataclasses
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po
from conftest import MKDOCS_ENV, ROOT, assert_clean_build, mkdocs_build
from fixture_project import FIXTURE, fixture_project, load_dataset

from crimea_record.i18n.languages import REGISTRY, RegistryError, load
from crimea_record.render.translated_pages import page_english_hash

# The fixture's third language: Russian (a language the site means to add), with fixture wording
# marked as such: the test shows the machinery carries it, not what a translation should say.
THIRD = """
  ru:
    name: Русский
    english_name: Russian
    locale: ru
    prefix: ru/
    html_lang: ru
    og_locale: ru_RU
    data_key: ru
    site_name: Фикстура
    site_description: Сайт-фикстура для тестов.
    copyright: Фикстура (подвал).
    number: "#,##0"
    date_day: "d MMMM y"
    date_month: "LLLL y"
    date_year: "y"
    short_month: "MMM"
    quotes: "„“"
"""
MESSAGES = {
    ("Figures", None): "ФИКСТУРА Цифры",
    ("As of", None): "ФИКСТУРА По состоянию на",
    ("Switch to dark mode", "interface"): "ФИКСТУРА Тёмная тема",
    ("Permanent link to this section", "interface"): "ФИКСТУРА Ссылка на раздел",
    ("About this site", "interface"): "ФИКСТУРА О сайте",
    ("Reference", "menu section"): "ФИКСТУРА Справка",
    ("figures.md", "page title"): "ФИКСТУРА Цифры (меню)",
    ("about", "qualifier"): "ФИКСТУРА около",
}


# Its data text: a `ru:` mapping (the entry's data_key) beside the `uk:` one; one up to date, one
# made from an older English text.
RU_CASES = """  ru:
    translated_from: 719f0bb89395ef68
    label: "ФИКСТУРА Вымышленные дела"
    unit: "ФИКСТУРА вымышленных дел"
    note: "ФИКСТУРА Вымышленный подсчёт."
"""
RU_CONVICTIONS = """  ru:
    translated_from: 0123456789abcdef
    label: "ФИКСТУРА Вымышленные приговоры"
    unit: "ФИКСТУРА вымышленных приговоров"
    counter: "ФИКСТУРА Вымышленный издатель"
"""


def _add_third_language(project: Path) -> None:
    figures = project / "data" / "figures.yml"
    text = figures.read_text(encoding="utf-8")
    for anchor, added in (("  uk:\n    translated_from: 719f0bb89395ef68\n", RU_CASES), ("  uk:\n    translated_from: f17b200ba4c3cd86\n", RU_CONVICTIONS)):
        assert anchor in text, anchor
        text = text.replace(anchor, added + anchor, 1)
    figures.write_text(text, encoding="utf-8")
    registry = project / REGISTRY
    registry.write_text(registry.read_text(encoding="utf-8") + THIRD, encoding="utf-8")
    catalogue = Catalog(locale="ru")
    for (msgid, context), text in MESSAGES.items():
        catalogue.add(msgid, text, context=context)
    path = project / "translations" / "ru" / "LC_MESSAGES" / "messages.po"
    path.parent.mkdir(parents=True)
    with path.open("wb") as f:
        write_po(f, catalogue)
    english = (project / "docs" / "index.md").read_text(encoding="utf-8")
    (project / "translations" / "ru" / "index.md").write_text(
        f"<!-- translated-from: {page_english_hash(english)} -->\n# Главная фикстуры\n\nФикстура: {{{{ source fixture-report }}}}.\n",
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def third_language_site(tmp_path_factory) -> Path:
    project = fixture_project(tmp_path_factory.mktemp("third") / "project")
    _add_third_language(project)
    site = project / "site"
    assert_clean_build(mkdocs_build(project, site), "strict build with a third language")
    return site


def _read(site: Path, rel: str) -> str:
    return (site / rel).read_text(encoding="utf-8")


def test_a_third_language_from_a_registry_entry_a_catalogue_and_a_translation(third_language_site):
    site = third_language_site
    english_pages = [p.relative_to(site).as_posix() for p in site.rglob("index.html")
                     if not p.relative_to(site).as_posix().startswith(("uk/", "ru/")) and 'class="md-content"' in p.read_text(encoding="utf-8")]
    assert "figures/index.html" in english_pages and "data/index.html" in english_pages
    for rel in english_pages:  # every page, written and generated, in the new language
        page = _read(site, "ru/" + rel)
        assert '<html lang="ru"' in page and '<meta property="og:locale" content="ru_RU">' in page, rel
        assert '<meta name="citation_language" content="ru">' in page, rel
        # The language selector names all three, each leading to the same page.
        depth = rel.count("/") + 1
        assert f'<a href="{"../" * depth}uk/{rel.removesuffix("index.html")}" hreflang="uk" lang="uk" class="md-select__link">' in page, rel
        assert 'hreflang="ru" lang="ru"' in _read(site, rel)

    home = _read(site, "ru/index.html")
    assert "Главная фикстуры" in home and "<title>Fixture home - Фикстура</title>" in home  # no menu title in the catalogue: the English one
    assert "Фикстура (подвал)." in home and "ФИКСТУРА О сайте" in home  # the footer in the language
    assert 'aria-label="Фикстура"' in home and "ФИКСТУРА Тёмная тема" in home  # header: site name, colour switch
    assert "ФИКСТУРА Ссылка на раздел" in _read(site, "ru/figures/index.html")  # the section links' title
    assert 'href="./" title="Фикстура" class="md-header__button md-logo"' in home  # the logo: its own Home

    figures = _read(site, "ru/figures/index.html")
    assert "ФИКСТУРА Цифры" in figures and "ФИКСТУРА По состоянию на" in figures  # generated page, catalogue wording
    assert "ФИКСТУРА около 5\u00a0000" in figures  # qualifier and Russian digit grouping (Babel)
    assert "ФИКСТУРА Справка" in figures and "ФИКСТУРА Цифры (меню)" in figures  # its menu: section and page titles
    assert "Translation in preparation" in _read(site, "ru/prosecutions/index.html")  # untranslated: said (in English here)

    # Data text from the `ru:` mappings; where it was made from an older English text, a notice.
    assert "ФИКСТУРА Вымышленные дела" in figures and "ФИКСТУРА Вымышленные приговоры" in figures
    assert "This text of the record changed after it was translated" in figures
    assert "ФИКСТУРА" not in _read(site, "uk/figures/index.html") and "ФИКСТУРА" not in _read(site, "figures/index.html")

    # The downloads' translated columns: one set per language, named by its data_key.
    with (site / "downloads" / "figures.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = {row["id"]: row for row in csv.DictReader(f)}
    assert rows["fixture-cases"]["ru_label"] == "ФИКСТУРА Вымышленные дела" and "ru_translated_from" not in rows["fixture-cases"]
    # The languages' texts come after the record's own columns and what is worked out from them.
    header = list(rows["fixture-cases"])
    assert header.index("citation") < header.index("uk_label") < header.index("ru_label")
    # The editors' staleness hash stays in the JSON document.
    data = json.loads((site / "downloads" / "crimea-record.json").read_text(encoding="utf-8"))
    assert next(f for f in data["figures"] if f["id"] == "fixture-cases")["ru"]["translated_from"] == "719f0bb89395ef68"
    assert rows["fixture-cases"]["uk_label"] == "Вигадані справи, пораховані для тестів"
    assert rows["fixture-recent-cases"]["ru_label"] == "" and rows["fixture-recent-cases"]["uk_label"]
    records = {r["id"]: r for r in json.loads(_read(site, "downloads/crimea-record.json"))["figures"]}
    assert records["fixture-convictions"]["ru"]["counter"] == "ФИКСТУРА Вымышленный издатель" and records["fixture-recent-cases"]["ru"] is None
    with zipfile.ZipFile(site / "downloads" / "crimea-record-data.zip") as z:
        package = json.loads(z.read("crimea-record-data/datapackage.json"))
    figure_fields = {f["name"]: f["description"] for r in package["resources"] if r["path"].endswith("figures.csv") for f in r["schema"]["fields"]}
    assert figure_fields["ru_label"] == "'label' in Russian." and figure_fields["uk_label"] == "'label' in Ukrainian."

    # Quotation marks from each language's entry: the fixture's „…“ here, «…» in Ukrainian, “…” in English;
    # a provision after its instrument keeps its case unless the entry says `article_case: lower`.
    assert "„Fixture Report on Invented Counts“" in _read(site, "ru/sources/index.html")
    assert "«Fixture Report on Invented Counts»" in _read(site, "uk/sources/index.html")
    assert "“Fixture Report on Invented Counts”" in _read(site, "sources/index.html")
    assert "Вигадана конвенція, стаття 1" in _read(site, "uk/legal/index.html") and "Fixture Convention, Article 1" in _read(site, "ru/legal/index.html")

    sitemap = _read(site, "sitemap.xml")
    assert 'hreflang="ru" href="https://fixture.example.org/ru/figures/"' in sitemap
    # Each language's pages in its own search index (publish/search_index.py), none in the English one.
    search = json.loads(_read(site, "ru/search/search_index.json"))
    assert any(doc["location"].startswith("ru/") and "Главная фикстуры" in doc["title"] for doc in search["docs"])
    assert not any(doc["location"].startswith("ru/") for doc in json.loads(_read(site, "search/search_index.json"))["docs"])


def test_check_lists_the_messages_a_catalogue_lacks_or_marks_fuzzy(tmp_path):
    project = fixture_project(tmp_path / "project")
    _add_third_language(project)
    po = project / "translations" / "ru" / "LC_MESSAGES" / "messages.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgid "Figures"', '#, fuzzy\nmsgid "Figures"', 1), encoding="utf-8")
    check = subprocess.run([sys.executable, "-m", "crimea_record", "check"], capture_output=True, text=True, env=MKDOCS_ENV, cwd=project)
    assert check.returncode == 0, check.stderr
    assert re.search(r"Russian wording: translations/ru/LC_MESSAGES/messages.po:\d+: msgid 'Figures' is marked fuzzy", check.stdout)
    assert "Russian wording: translations/ru/LC_MESSAGES/messages.po: msgid 'Sources' is missing" in check.stdout
    # The fixture's Ukrainian catalogue has every message but the plural forms of most fixture units
    # (those keep the record's own unit): listed like any missing message.
    ukrainian = [line for line in check.stdout.splitlines() if line.startswith("Ukrainian wording")]
    assert "Ukrainian wording: translations/uk/LC_MESSAGES/messages.po: msgid 'fixture convictions' (msgctxt 'unit') is missing" in check.stdout
    assert ukrainian and all("(msgctxt 'unit') is missing" in line for line in ukrainian), ukrainian
    # The records' Russian text is checked on its own: stale where made from an older English text.
    assert re.search(r"Russian text: data/figures.yml:\d+:\d+: figure 'fixture-convictions': the Russian text was translated from an older English text; "
                     r"check it against the English, then set `ru: translated_from: f17b200ba4c3cd86`", check.stdout)
    assert re.search(r"Russian text: data/figures.yml:\d+:\d+: figure 'fixture-recent-cases' has no Russian label: add `ru: label: …` to the entry", check.stdout)
    assert "Ukrainian text: data/figures.yml" not in check.stdout and "fixture-convictions': the Ukrainian" not in check.stdout


def test_the_catalogues_plural_forms_choose_the_form():
    from crimea_record.render.language import _n, in_language, use_project

    use_project(ROOT)
    with in_language("uk"):  # Plural-Forms of translations/uk/LC_MESSAGES/messages.po: three forms
        forms = [_n("{n} event", "{n} events", n) for n in (1, 3, 5)]
    assert forms == ["{n} event", "{n} events", "{n} events"]  # not in the catalogue: English, chosen by English rules


FIXTURE_UNIT_FORMS = """
msgctxt "unit"
msgid "fixture cases"
msgid_plural "fixture cases"
msgstr[0] "вигадана справа"
msgstr[1] "вигадані справи"
msgstr[2] "вигаданих справ"
"""


@pytest.mark.parametrize("value, expected", [
    (1, "1 вигадана справа"), (2, "2 вигадані справи"), (5, "5 вигаданих справ"), (21, "21 вигадана справа"), (574, "574 вигадані справи"),
])
def test_a_unit_after_a_number_takes_the_catalogues_plural_form(tmp_path, value, expected):
    """A copy of the fixture whose Ukrainian catalogue holds the forms of 'fixture cases'
    (msgctxt "unit"), not of 'fixture convictions': that one keeps the record's own unit,
    written as the catalogue says (without brackets)."""
    from crimea_record.render.language import amount, in_language, use_project

    project = fixture_project(tmp_path / "project")
    po = project / "translations" / "uk" / "LC_MESSAGES" / "messages.po"
    po.write_text(po.read_text(encoding="utf-8") + FIXTURE_UNIT_FORMS, encoding="utf-8")
    use_project(project)
    try:
        figures = load_dataset(project / "data").figures
        with in_language("uk"):
            assert amount(dataclasses.replace(figures["fixture-cases"], value=value)) == expected
            assert amount(dataclasses.replace(figures["fixture-convictions"], value=value)) == f"{value} вигаданих вироків"
        assert amount(dataclasses.replace(figures["fixture-cases"], value=value)) == f"{value} fixture cases"
    finally:
        use_project(ROOT)


def test_a_wrong_registry_entry_names_the_language_and_the_setting(tmp_path):
    (tmp_path / REGISTRY).parent.mkdir(parents=True)
    (tmp_path / REGISTRY).write_text((ROOT / REGISTRY).read_text(encoding="utf-8").replace("locale: uk", "locale: xx-nowhere"), encoding="utf-8")
    with pytest.raises(RegistryError, match=r"languages: uk: locale: 'xx-nowhere' is not a locale Babel knows"):
        load(tmp_path)


@pytest.mark.parametrize("setting, allowed", [("quotes: \"«»\"", "should be two characters"), ("article_case: lower", "is not one of: as-written, lower")])
def test_a_wrong_quotes_or_article_case_setting_is_named(tmp_path, setting, allowed):
    wrong = {"quotes": 'quotes: "«"', "article_case": "article_case: Lower"}[setting.split(":")[0]]
    (tmp_path / REGISTRY).parent.mkdir(parents=True)
    (tmp_path / REGISTRY).write_text((ROOT / REGISTRY).read_text(encoding="utf-8").replace(setting, wrong), encoding="utf-8")
    with pytest.raises(RegistryError, match=rf"languages: uk: {setting.split(':')[0]}: .*{allowed}"):
        load(tmp_path)


def test_no_python_module_under_hooks_spells_a_site_language_code():
    """Only the registry's loader may (its English default, the languages a quote may be in); the
    rest asks the registry: the records' translated text too (a mapping by each language's data_key)."""
    codes = [lang.code for lang in load(ROOT).languages]
    spelt = re.compile(r"^(?:" + "|".join(codes) + r")(?:/|_)?$")
    allowed = {"crimea_record/i18n/languages.py"}  # the registry's loader and the languages a quote may be in
    found = []
    for path in sorted((ROOT / "hooks").rglob("*.py")):
        rel = path.relative_to(ROOT / "hooks").as_posix()
        if rel in allowed:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and spelt.match(node.value):
                found.append(f"hooks/{rel}:{node.lineno}: {node.value!r}")
    assert not found, "\n".join(found)


def test_the_real_catalogues_hold_every_message_the_site_uses():
    from crimea_record.pipeline import prepare

    assert prepare(ROOT).message_problems == []


def test_the_fixture_speaks_the_site_s_own_catalogue():
    """The fixture's Ukrainian catalogue is a copy of the site's (a link would be refused as a
    symbolic link): after changing translations/uk/LC_MESSAGES/messages.po, copy it over."""
    real = ROOT / "translations" / "uk" / "LC_MESSAGES" / "messages.po"
    copy = FIXTURE / "translations" / "uk" / "LC_MESSAGES" / "messages.po"
    assert copy.read_bytes() == real.read_bytes(), f"the fixture's catalogue is out of date: cp {real.relative_to(ROOT)} {copy.relative_to(ROOT)}"
