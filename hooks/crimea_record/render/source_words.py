"""The source's own words for a figure or a history value: the quote in its language, and the
editors' translation marked as theirs, never as a quotation."""
from __future__ import annotations

from ..model.records import Figure, HistoryEntry, Quote
from . import language
from .language import _, text
from .markdown_text import md

LANGUAGES = {"en": "English", "uk": "Ukrainian", "ru": "Russian"}
TRANSLATION_LABEL = "Editors' translation, not a quotation"
TRANSLATION_INLINE = "editors' translation"
NOT_QUOTED = "not quoted here: the editors do not hold the source's text"


def quote_block(entry: Figure | HistoryEntry) -> list[str]:
    """Markdown lines: the quote as a block quote with its language, then the translation."""
    quote = entry.quote
    if quote is None:
        return [f"{_('The source’s words')}: {md(text(entry, 'no_quote') or _(NOT_QUOTED))}", "{ .source-words }", ""]
    out = [f"{_('The source’s words')}{_in_language(quote)}:", "{ .source-words }", "", f"> “{md(quote.text)}”"]
    if (quote.language or "en") != language.current():
        out.append(f'> {{ lang="{quote.language or "en"}" }}')
    out.append("")
    translation = _translation(quote)
    if translation:
        out += [f"{_(TRANSLATION_LABEL)}: \\[{md(translation)}\\]", "{ .source-words__translation }", ""]
    return out


def quote_inline(entry: Figure | HistoryEntry) -> str:
    """The same on one line, for a table cell."""
    quote = entry.quote
    if quote is None:
        return md(text(entry, "no_quote") or _(NOT_QUOTED))
    shown = f"“{md(quote.text)}”"
    if (quote.language or "en") != language.current():
        shown = f'<span lang="{quote.language or "en"}">{shown}</span>'
    translation = _translation(quote)
    if translation:
        shown += f" ({_(TRANSLATION_INLINE)}: \\[{md(translation)}\\])"
    return shown


def _translation(quote: Quote) -> str | None:
    """The editors' translation into the page's language; none where the quote is already in it.
    A Ukrainian page without an editors' Ukrainian translation shows the English one."""
    if (quote.language or "en") == language.current():
        return None
    return text(quote, "translation")


def _in_language(quote: Quote) -> str:
    if (quote.language or "en") != language.current():
        return _(f" (in {LANGUAGES[quote.language or 'en']})")
    return ""
