"""Languages as data: a language is a registry entry, a catalogue and translated files.

The proof: a third language added to a copy of the fixture project, with no Python edited,
builds a complete site in it. And no module under hooks/ spells a language code but the
registry's loader.
"""
from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po
from conftest import MKDOCS_ENV, ROOT, assert_clean_build, mkdocs_build
from fixture_project import FIXTURE, fixture_project

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


def _add_third_language(project: Path) -> None:
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

    sitemap = _read(site, "sitemap.xml")
    assert 'hreflang="ru" href="https://fixture.example.org/ru/figures/"' in sitemap
    search = json.loads(_read(site, "search/search_index.json"))
    assert any(doc["location"].startswith("ru/") and "Главная фикстуры" in doc["title"] for doc in search["docs"])


def test_check_lists_the_messages_a_catalogue_lacks_or_marks_fuzzy(tmp_path):
    project = fixture_project(tmp_path / "project")
    _add_third_language(project)
    po = project / "translations" / "ru" / "LC_MESSAGES" / "messages.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgid "Figures"', '#, fuzzy\nmsgid "Figures"', 1), encoding="utf-8")
    check = subprocess.run([sys.executable, "-m", "crimea_record", "check"], capture_output=True, text=True, env=MKDOCS_ENV, cwd=project)
    assert check.returncode == 0, check.stderr
    assert re.search(r"Russian wording: translations/ru/LC_MESSAGES/messages.po:\d+: msgid 'Figures' is marked fuzzy", check.stdout)
    assert "Russian wording: translations/ru/LC_MESSAGES/messages.po: msgid 'Sources' is missing" in check.stdout
    assert "Ukrainian wording" not in check.stdout  # the real catalogue has every message


def test_the_catalogues_plural_forms_choose_the_form():
    from crimea_record.render.language import _n, in_language, use_project

    use_project(ROOT)
    with in_language("uk"):  # Plural-Forms of translations/uk/LC_MESSAGES/messages.po: three forms
        forms = [_n("{n} event", "{n} events", n) for n in (1, 3, 5)]
    assert forms == ["{n} event", "{n} events", "{n} events"]  # not in the catalogue: English, chosen by English rules


def test_a_wrong_registry_entry_names_the_language_and_the_setting(tmp_path):
    (tmp_path / REGISTRY).parent.mkdir(parents=True)
    (tmp_path / REGISTRY).write_text((ROOT / REGISTRY).read_text(encoding="utf-8").replace("locale: uk", "locale: xx-nowhere"), encoding="utf-8")
    with pytest.raises(RegistryError, match=r"languages: uk: locale: 'xx-nowhere' is not a locale Babel knows"):
        load(tmp_path)


def test_no_python_module_under_hooks_spells_a_site_language_code():
    """Only the registry's loader may (its English default); the rest asks the registry."""
    codes = [lang.code for lang in load(ROOT).languages]
    spelt = re.compile(r"^(?:" + "|".join(codes) + r")(?:/|_)?$")
    allowed = {"crimea_record/i18n/languages.py"}
    # Not yet generalised: the records' translated side is the `uk:` field of each record class
    # (model/translation.py FIELD and the modules that read it). A third language's data text
    # needs it to become a mapping by the registry's data_key; until then these are listed here.
    allowed |= {"crimea_record/model/records.py", "crimea_record/model/translation.py", "crimea_record/load/records_from_yaml.py",
                "crimea_record/check/translations.py", "crimea_record/render/tables.py"}
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
