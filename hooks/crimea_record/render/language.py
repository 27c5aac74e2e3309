"""The language the render stage writes in: the source language, or a registered translation.

A page is rendered inside `in_language(code)`; each fixed phrase is written `_("As of")` (or
`_p(context, …)`, `_n(singular, plural, n)`) and looked up in the language's catalogue
(i18n/catalogue.py; a phrase missing there is shown in English and listed by `check`); data
text comes from `text(record, field)`, the record's translated text where it has one; numbers
and dates follow the language's entry in translations/languages.yml. The downloads and the
citations in them are always written in the source language (the default).
"""
from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from babel.dates import format_date
from babel.numbers import format_decimal
from markdown.extensions.toc import slugify

from ..i18n import catalogue, languages
from ..i18n.languages import Language, Registry
from ..model.dates import PartialDate
from ..model.translation import missing, record_english_hash, side
from ..model.translation import text as _field_text

_root: ContextVar[Path] = ContextVar("root", default=Path(__file__).resolve().parents[3])
_current: ContextVar[str | None] = ContextVar("language", default=None)

QUALIFIERS = ("exact", "at-least", "more-than", "about")


# The registry and catalogues as read when the project was chosen: read again at each prepare()
# (each rebuild under `mkdocs serve`), not checked on disk at each of the many look-ups of a build.
_read: dict[tuple[Path, str], Any] = {}


def use_project(root: Path) -> None:
    """The project whose registry and catalogues the render stage reads (pipeline.prepare)."""
    _root.set(root)
    _read.clear()


def registry() -> Registry:
    root = _root.get()
    found = _read.get((root, ""))
    if found is None:
        found = _read[(root, "")] = languages.load(root)
    return found


def _catalogue(code: str):
    root = _root.get()
    found = _read.get((root, code))
    if found is None:
        found = _read[(root, code)] = catalogue.translations(root, code)
    return found


@contextmanager
def in_language(code: str) -> Iterator[None]:
    token = _current.set(code)
    try:
        yield
    finally:
        _current.reset(token)


def current() -> str:
    return _current.get() or registry().source.code


def lang() -> Language:
    return registry().get(current())


def translated() -> bool:
    """Whether the page being rendered is in a language other than the source."""
    return current() != registry().source.code


def _(english: str) -> str:
    """A fixed phrase in the current language."""
    return _catalogue(current()).gettext(english) if translated() else english


def _p(context: str, english: str) -> str:
    """A fixed phrase whose translation depends on where it is used."""
    return str(_catalogue(current()).pgettext(context, english)) if translated() else english


def _n(singular: str, plural: str, n: int) -> str:
    """A phrase with a number: the catalogue's plural forms choose its form."""
    if translated():
        return _catalogue(current()).ngettext(singular, plural, n)
    return singular if n == 1 else plural


def N_(english: str) -> str:  # noqa: N802 (the name gettext tools know)
    """A phrase translated where it is used (`_(CONSTANT)`): marked here for `messages` to extract."""
    return english


def in_source_language(html: str) -> str:
    """Text written in the source language (a document's own title) on a translated page, marked
    as such for screen readers and translation tools; unchanged on the source language's pages."""
    return f'<span lang="{registry().source.html_lang}">{html}</span>' if translated() else html


def title_language(source: Any) -> str:
    """The language a source's own title is written in (the source language unless it says)."""
    return source.title_language or registry().source.code


def in_its_language(html: str, code: str | None) -> str:
    """Text in the language `code` (a document's own title), marked as such where the page is in
    another language; `code` None: the page's own wording, unmarked."""
    if code is None or code == current():
        return html
    return f'<span lang="{registry().get(code).html_lang if code in {lang.code for lang in registry().languages} else code}">{html}</span>'


def source_language_mark() -> list[str]:
    """The Markdown line that marks the block above as in the source language (a report's English
    words on a translated page); nothing on the source language's pages."""
    return [f'> {{ lang="{registry().source.html_lang}" }}'] if translated() else []


def site_name(english: str) -> str:
    """The site's name in the current language (the registry's), else `english` (mkdocs.yml's)."""
    return lang().site_name or english


def sentence(text: str) -> str:
    """Text with its full stop: a date may already end in one ('2022 р.')."""
    return text if text.endswith(".") else text + "."


def anchor(english: str) -> str:
    """' { #english-slug }' after a heading on a translated page: its sections keep the English
    page's anchors, so a link to a section works in every language; nothing in English."""
    return f" {{ #{slugify(english, '-')} }}" if translated() else ""


def text(record: Any, name: str) -> Any:
    """A data field in the current language (the source text where no translation exists)."""
    return _field_text(record, name, lang().data_key)


def name(record: Any) -> str:
    """A record's name (`Source.name`, `LegalArticle.name`, `Violation.name`) in the current language."""
    kind = type(record).__name__
    if kind == "Source":
        if record.untitled:  # who published it and when, never a description in place of a title
            return text(record, "publisher") + (f", {human(record.date)}" if record.date else "") + f" ({_('untitled')})"
        if translated() and title_language(record) != current():
            # A title in another language cannot be marked as such in an attribute (a hover title)
            # or plain text: on a translated page the document is named by publisher and date.
            return f"{text(record, 'publisher')}, {human(record.date)}" if record.date else str(text(record, "publisher"))
        return str(record.title)
    if kind == "LegalArticle":
        article = text(record, "article")
        if lang().article_case == "lower":  # the registry's: 'Римський статут …, стаття 8(2)(a)(v)'
            article = article[:1].lower() + article[1:]
        return f"{text(record, 'instrument')}, {article}"
    if kind == "Violation":
        return text(record, "practice")
    return record.name


def quoted(words: str) -> str:
    """Words in the current language's quotation marks (the registry's `quotes`): “…”, «…»."""
    marks = lang().quotes
    return f"{marks[0]}{words}{marks[1]}"


def counter(dataset: Any, entry: Any) -> str:
    """Who counted, in the current language: the entry's own counter, else its source's publisher."""
    if entry.counter:
        return text(entry, "counter")
    source = dataset.sources.get(entry.source)
    return text(source, "publisher") if source else entry.source


def number(value: int) -> str:
    language = lang()
    return _decimal(value, language.number, language.locale)


# Babel formats the same few numbers and dates thousands of times a build (every figure on every
# page that shows it, in every language): each is formatted once.
@functools.lru_cache(maxsize=65536)
def _decimal(value: int, pattern: str, locale: str) -> str:
    return format_decimal(value, format=pattern, locale=locale)


@functools.lru_cache(maxsize=65536)
def _date(day: dt.date, pattern: str, locale: str) -> str:
    return format_date(day, pattern, locale=locale)


def qualifier(name: str) -> str:
    """'at least', 'more than', 'about' or '' (exact) in the current language: the one wording table."""
    words = {"exact": "", "at-least": _p("qualifier", "at least"), "more-than": _p("qualifier", "more than"), "about": _p("qualifier", "about")}
    return words[name]


def stated_value(entry: Any) -> str:
    """'at least 1,732' / 'щонайменше 1 732': the value as the source words it."""
    words = qualifier(entry.qualifier)
    return f"{words} {number(entry.value)}" if words else number(entry.value)


def _same(value: str) -> str:
    return value


def unit_after_number(figure: Any, n: int | None = None, *, escape: Callable[[str], str] = _same, markdown: bool = False) -> str:
    """A figure's unit as written after the number `n` (its value unless given): in a translated
    language the catalogue's plural form of the English unit (msgctxt "unit", msgid and
    msgid_plural the English unit), so that it reads '574 кримінальні справи'; where the catalogue
    has none, the record's translated unit as the catalogue writes it after a number
    ('(кримінальних справ)'). `escape`: for the output (Markdown); `markdown`: brackets escaped too."""
    english = figure.unit
    if translated():
        form = str(catalogue.translations(_root.get(), current()).npgettext("unit", english, english, figure.value if n is None else n))
        if form != english:
            return escape(form)
    pattern = _p("unit after a number", "{unit}")
    if markdown:
        pattern = pattern.replace("(", "\\(").replace(")", "\\)")
    return pattern.format(unit=escape(text(figure, "unit")))


def amount(entry: Any, figure: Any = None) -> str:
    """A stated value with its figure's unit (`entry` a figure or one of its earlier values):
    '574 criminal cases' / '574 кримінальні справи'."""
    return f"{stated_value(entry)} {unit_after_number(entry if figure is None else figure, entry.value)}"


def _format(date: PartialDate, pattern: str) -> str:
    return _date(dt.date(date.year, date.month or 1, date.day or 1), pattern, lang().locale)


def human(date: PartialDate) -> str:
    """'21 September 2022' / '21 вересня 2022 р.'."""
    language = lang()
    if date.day and date.month:
        return _format(date, language.date_day)
    return _format(date, language.date_month if date.month else language.date_year)


def short_date(date: PartialDate) -> str:
    """'Jul 2019', '20 Jul 2022', '2015' (and the translated abbreviations): for narrow chart columns."""
    if not date.month:
        return str(date.year)
    month = lang().short_month_name(date.month) or _format(date, lang().short_month)
    return f"{date.day} {month} {date.year}" if date.day else f"{month} {date.year}"


def page_title(path: str, english_title: str) -> str:
    """A page's title in the current language (the translated pages' menu titles)."""
    if not translated():
        return english_title
    title = _p("page title", path)
    return english_title if title == path else title


def translation_notice(record: Any) -> list[str]:
    """Under a record on a translated page: that its translation may be out of date, or that part
    of it is still in English (check/translations.py lists the same for the editors)."""
    if not translated():
        return []
    key = lang().data_key or ""
    translation = side(record, key)
    if translation is not None and translation.translated_from != record_english_hash(record):
        return ["*" + _("This text of the record changed after it was translated: the translation may be out of date.") + "*", "{ .translation-notice }", ""]
    if any(True for _gap in missing(record, key)):
        return ["*" + _("Part of this record's text has not been translated yet: it is shown in English.") + "*", "{ .translation-notice }", ""]
    return []
