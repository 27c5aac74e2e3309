"""The language the render stage writes in: English, or Ukrainian for the pages at uk/.

As with gettext, a page is rendered inside `in_language("uk")`; each fixed phrase is written
`_("As of")` and looked up in `ukrainian_text.WORDS` (a phrase missing there is a KeyError, so
a test that renders every Ukrainian page finds it); data text comes from `text(record, field)`,
the record's `uk:` text where it has one; numbers, dates and stated values follow the language.
The downloads and citations in them are always written in English (the default).
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from markdown.extensions.toc import slugify

from ..model.dates import PartialDate
from ..model.translation import missing, record_english_hash
from ..model.translation import text as _field_text
from . import ukrainian_text

_current: ContextVar[str] = ContextVar("language", default="en")

QUALIFIER_WORDS = {"exact": "", "at-least": "at least ", "more-than": "more than ", "about": "about "}


@contextmanager
def in_language(lang: str) -> Iterator[None]:
    token = _current.set(lang)
    try:
        yield
    finally:
        _current.reset(token)


def current() -> str:
    return _current.get()


def ukrainian() -> bool:
    return _current.get() == "uk"


def _(english: str) -> str:
    """A fixed phrase in the current language."""
    return ukrainian_text.WORDS[english] if ukrainian() else english


def sentence(text: str) -> str:
    """Text with its full stop: a Ukrainian date already ends in one ('2022 р.')."""
    return text if text.endswith(".") else text + "."


def anchor(english: str) -> str:
    """' { #english-slug }' after a heading on a Ukrainian page: its sections keep the English
    page's anchors, so a link to a section works in both languages; nothing in English."""
    return f" {{ #{slugify(english, '-')} }}" if ukrainian() else ""


def text(record: Any, name: str) -> Any:
    """A data field in the current language (the English text where no Ukrainian one exists)."""
    return _field_text(record, name, _current.get())


def name(record: Any) -> str:
    """A record's name (`Source.name`, `LegalArticle.name`, `Violation.name`) in the current language."""
    kind = type(record).__name__
    if kind == "Source":
        if record.untitled:  # who published it and when, never a description in place of a title
            return text(record, "publisher") + (f", {human(record.date)}" if record.date else "") + f" ({_('untitled')})"
        return record.title
    if kind == "LegalArticle":
        article = text(record, "article")
        if ukrainian():  # 'Римський статут …, стаття 8(2)(a)(v)': lower case after the comma
            article = article[:1].lower() + article[1:]
        return f"{text(record, 'instrument')}, {article}"
    if kind == "Violation":
        return text(record, "practice")
    return record.name


def counter(dataset: Any, entry: Any) -> str:
    """Who counted, in the current language: the entry's own counter, else its source's publisher."""
    if entry.counter:
        return text(entry, "counter")
    source = dataset.sources.get(entry.source)
    return text(source, "publisher") if source else entry.source


def number(value: int) -> str:
    return ukrainian_text.number(value) if ukrainian() else f"{value:,}"


def stated_value(entry: Any) -> str:
    """'at least 1,732' / 'щонайменше 1 732': the value as the source words it."""
    words = ukrainian_text.QUALIFIERS if ukrainian() else QUALIFIER_WORDS
    return words[entry.qualifier] + number(entry.value)


def amount(entry: Any, unit: str | None = None) -> str:
    """A stated value with its unit: '574 criminal cases' / '574 (кримінальних справ)'."""
    unit = text(entry, "unit") if unit is None else unit
    return f"{stated_value(entry)} ({unit})" if ukrainian() else f"{stated_value(entry)} {unit}"


def human(date: PartialDate) -> str:
    """'21 September 2022' / '21 вересня 2022 р.'."""
    return ukrainian_text.date(date) if ukrainian() else date.human()


def short_date(date: PartialDate) -> str:
    """'Jul 2019', '20 Jul 2022', '2015' (and the Ukrainian abbreviations): for narrow chart columns."""
    if not date.month:
        return str(date.year)
    months = ukrainian_text.SHORT_MONTHS if ukrainian() else "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    month = months[date.month - 1]
    return f"{date.day} {month} {date.year}" if date.day else f"{month} {date.year}"


def page_title(path: str, english_title: str) -> str:
    """A page's title in the current language (the Ukrainian pages' menu titles)."""
    return ukrainian_text.TITLES.get(path, english_title) if ukrainian() else english_title


def translation_notice(record: Any) -> list[str]:
    """Under a record on a Ukrainian page: that its translation may be out of date, or that part
    of it is still in English (check/translations.py lists the same for the editors)."""
    if not ukrainian():
        return []
    uk = record.uk
    if uk is not None and uk.translated_from != record_english_hash(record):
        return [ukrainian_text.RECORD_STALE, "{ .translation-notice }", ""]
    if any(True for _gap in missing(record)):
        return [ukrainian_text.RECORD_INCOMPLETE, "{ .translation-notice }", ""]
    return []
