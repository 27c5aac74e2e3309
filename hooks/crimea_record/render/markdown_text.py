"""Put data text into Markdown safely, and format numbers, figures and links.

Everything that comes from YAML passes through `md()`: each ASCII punctuation mark is
backslash-escaped (the site enables pymdownx.escapeall), so text from data can never become
markup, HTML or a reference marker.
"""
from __future__ import annotations

import functools
import posixpath
import re
import string
from urllib.parse import quote

from ..model.records import Figure, HistoryEntry
from . import language
from .language import N_, _

_PUNCTUATION = re.compile("([" + re.escape(string.punctuation) + "])")

_SPACES = re.compile(r"[^\S\u00a0]+")
"""Every kind of space but the no-break one, which Ukrainian pages keep (1 732, 2022 р.)."""


_OPENING = re.compile(r"(^|[\s(\[{“‘—–/])([\"'])")
"""A straight quote at the start or after a space or an opening mark opens a quotation."""
_URL = re.compile(r"(https?://\S+)")


def typographic(text: str) -> str:
    """Straight quotes as typographic ones: "a" → “a”, it's → it’s, 'a' → ‘a’."""
    if '"' not in text and "'" not in text:
        return text
    # Web addresses keep their characters: every other part is converted.
    parts = _URL.split(text)
    for i in range(0, len(parts), 2):
        part = _OPENING.sub(lambda m: m.group(1) + ("“" if m.group(2) == '"' else "‘"), parts[i])
        parts[i] = part.replace('"', "”").replace("'", "’")
    return "".join(parts)


def md(text: str) -> str:
    """Escape text for inline Markdown, folding line breaks into spaces; quotes typographic."""
    folded = _SPACES.sub(" ", str(text)).strip() if language.translated() else " ".join(str(text).split())
    return _PUNCTUATION.sub(r"\\\1", typographic(folded))


def md_paragraphs(text: str) -> str:
    """Escape text that may hold several paragraphs separated by blank lines."""
    return "\n\n".join(md(p) for p in re.split(r"\n\s*\n", str(text)) if p.strip())


def number(value: int) -> str:
    return language.number(value)


def stated_value(entry: Figure | HistoryEntry) -> str:
    """The value as the source words it: '574', 'at least 1,732', 'more than 497', 'about 50,000'."""
    return language.stated_value(entry)


NOT_STATED = N_("not stated by the source")
"""The one wording for a figure whose source gives no date."""


def figure_date(figure: Figure) -> str:
    """'October 2024', or that the source gives no date."""
    return language.human(figure.as_of) if figure.as_of else _(NOT_STATED)


def as_of_phrase(figure: Figure) -> str:
    """'as of October 2024', or 'date not stated by the source'."""
    return f"{_('as of')} {language.human(figure.as_of)}" if figure.as_of else _("date not stated by the source")


def tooltip(text: str) -> str:
    """Text for a Markdown link title, which ends at a double quote (and, in a table, at a pipe);
    a straight apostrophe followed by a bracket also ends it, so apostrophes become typographic.
    Backslashes, ampersands and backticks, which Markdown reads before it reads the link, are
    backslash-escaped, so that "&amp;" or `code` shows as written."""
    text = text.replace("\\", "\\\\").replace("&", "\\&").replace("`", "\\`")
    return " ".join(text.replace('"', "”").replace("'", "’").replace("|", "/").split())


def safe_url(url: str) -> str:
    """An external http(s) address as a Markdown link target. Quotes and brackets are
    percent-encoded: Markdown would read a quoted part as the link's title and cut the address."""
    return quote(url, safe=":/?#@!$&*+,;=%~-._")


def relative(from_page: str, to_page: str, anchor: str = "") -> str:
    """Link from one docs-relative .md path to another, as MkDocs expects it."""
    target = _relpath(to_page, posixpath.dirname(from_page) or ".")
    return f"{target}#{anchor}" if anchor else target


@functools.lru_cache(maxsize=4096)  # one per (folder, target page): relpath is slow per reference
def _relpath(to_page: str, from_dir: str) -> str:
    return posixpath.relpath(to_page, from_dir)


def external_link(text_md: str, url: str) -> str:
    return f"[{text_md}]({safe_url(url)})"
