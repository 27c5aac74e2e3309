"""The language registry, translations/languages.yml: one entry per language, the source first.

A wrong entry stops the build with the file, the language and the setting (RegistryError).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, fields
from pathlib import Path

import yaml
from babel import Locale, UnknownLocaleError

REGISTRY = Path("translations") / "languages.yml"
DATA_LANGUAGE = "en"
"""The language data/ is written in: its fields, and a quote's `translation:`, are English."""
QUOTE_LANGUAGES = ("en", "uk", "ru")
"""The languages a source's quoted words may be in (a quote's `language:`), whether or not the site is published in them."""


class RegistryError(Exception):
    def __init__(self, path: Path, where: str, problem: str) -> None:
        self.path, self.where, self.problem = path, where, problem
        super().__init__(f"{path}: {where}: {problem}")


@dataclass(frozen=True)
class Language:
    code: str  # the key in the registry; translations/CODE/
    name: str  # in itself
    english_name: str  # in the editors' messages (the build's and `check`'s lines)
    locale: str  # Babel's
    prefix: str  # "" or "CODE/"
    html_lang: str
    og_locale: str
    data_key: str | None  # the data field holding this language's text; None for the source
    number: str
    date_day: str
    date_month: str
    date_year: str
    short_month: str
    theme_language: str | None = None  # Material's interface language, when not the code (Material has no file for it: en)
    site_name: str | None = None  # None: the site's own (mkdocs.yml), for the source language
    site_description: str | None = None
    copyright: str | None = None
    month_abbreviations: str | None = None  # twelve, space-separated, where the language's standard ones are not CLDR's

    def short_month_name(self, month: int) -> str | None:
        """The registry's own abbreviation of a month (1-12), or None: CLDR's (`short_month`)."""
        return self.month_abbreviations.split()[month - 1] if self.month_abbreviations else None
    quotes: str = "“”"  # the opening and the closing quotation mark, around quoted words and titles
    article_case: str = "as-written"  # "lower": a provision after its instrument's name begins in lower case ("…, стаття 8")

    @property
    def babel(self) -> Locale:
        return Locale.parse(self.locale)


@dataclass(frozen=True)
class Registry:
    source: Language
    languages: tuple[Language, ...]  # the source first

    @property
    def translated(self) -> tuple[Language, ...]:
        return self.languages[1:]

    def get(self, code: str) -> Language:
        return next(lang for lang in self.languages if lang.code == code)

    def by_path(self, path: str) -> Language:
        """The language a page's path (relative to the site) is in."""
        return next((lang for lang in self.translated if path.startswith(lang.prefix)), self.source)


_DEFAULTED = {"quotes", "article_case"}
_REQUIRED = {f.name for f in fields(Language) if f.default is not None and f.name != "code"} - {"data_key"} - _DEFAULTED
_OPTIONAL = {"site_name", "site_description", "copyright", "data_key", "theme_language", "month_abbreviations"} | _DEFAULTED
ARTICLE_CASES = ("as-written", "lower")


ENGLISH_ONLY = Registry(Language(DATA_LANGUAGE, "English", "English", "en", "", "en", "en", None, "#,##0", "d MMMM y", "MMMM y", "y", "MMM"), ())
"""The registry of a project without translations/languages.yml: a site in English only."""


def load(root: Path) -> Registry:
    """The project's registry (read again when the file changes, as under `mkdocs serve`)."""
    path = root / REGISTRY
    return _load(path, path.stat().st_mtime if path.exists() else 0.0)


@functools.lru_cache(maxsize=8)
def _load(path: Path, _mtime: float) -> Registry:
    if not path.exists():
        return Registry(ENGLISH_ONLY.source, (ENGLISH_ONLY.source,))
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise RegistryError(path, "the file", f"cannot be read: {error}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("languages"), dict):
        raise RegistryError(path, "the file", "needs `source:` (a language code) and `languages:` (code: settings)")
    entries: dict = raw["languages"]
    if raw.get("source") not in entries:
        raise RegistryError(path, "source", f"must be one of the languages listed: {', '.join(map(str, entries))}")
    languages = []
    for code, settings in entries.items():
        where = f"languages: {code}"
        if not isinstance(settings, dict):
            raise RegistryError(path, where, "holds the language's settings as `name: value` lines")
        unknown = set(settings) - _REQUIRED - _OPTIONAL
        if unknown:
            raise RegistryError(path, where, f"unknown setting {', '.join(sorted(unknown))}; allowed: {', '.join(sorted(_REQUIRED | _OPTIONAL))}")
        absent = _REQUIRED - set(settings)
        if absent:
            raise RegistryError(path, where, f"missing setting {', '.join(sorted(absent))}")
        lang = Language(code=str(code), **{k: (None if v is None else str(v)) for k, v in settings.items()})  # type: ignore[arg-type]
        try:
            lang.babel  # noqa: B018
        except (ValueError, UnknownLocaleError):
            raise RegistryError(path, f"{where}: locale", f"'{lang.locale}' is not a locale Babel knows (such as en, uk, crh, ru)") from None
        if lang.month_abbreviations is not None and len(lang.month_abbreviations.split()) != 12:
            raise RegistryError(path, f"{where}: month_abbreviations", "needs the twelve months' abbreviations, January first, separated by spaces")
        if len(lang.quotes) != 2:
            raise RegistryError(path, f"{where}: quotes", f"'{lang.quotes}' should be two characters, the opening and the closing quotation mark (such as “” or «»)")
        if lang.article_case not in ARTICLE_CASES:
            raise RegistryError(path, f"{where}: article_case", f"'{lang.article_case}' is not one of: {', '.join(ARTICLE_CASES)}")
        if code != raw["source"] and (not lang.prefix.endswith("/") or not lang.data_key):
            raise RegistryError(path, where, "a translated language needs `prefix: CODE/` and `data_key: CODE`")
        languages.append(lang)
    languages.sort(key=lambda lang: lang.code != raw["source"])
    return Registry(languages[0], tuple(languages))
