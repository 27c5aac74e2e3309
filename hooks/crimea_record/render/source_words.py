"""The source's own words for a figure or a history value: the quote in its language, and the
editors' translation marked as theirs, never as a quotation."""
from __future__ import annotations

from babel import Locale

from ..model.records import Figure, HistoryEntry, Quote
from . import language
from .language import N_, _, _p, text
from .markdown_text import md

TRANSLATION_LABEL = N_("Editors' translation, not a quotation")
TRANSLATION_INLINE = N_("editors' translation")
NOT_QUOTED = N_("not quoted here: the editors do not hold the source's text")


def quote_block(entry: Figure | HistoryEntry) -> list[str]:
    """Markdown lines: the quote as a block quote with its language, then the translation."""
    quote = entry.quote
    if quote is None:
        return [f"{_('The source’s words')}: {md(text(entry, 'no_quote') or _(NOT_QUOTED))}", "{ .source-words }", ""]
    out = [f"{_('The source’s words')}{_in_language(quote)}:", "{ .source-words }", "", f"> {language.quoted(md(quote.text))}"]
    if _language(quote) != language.current():
        out.append(f'> {{ lang="{_language(quote)}" }}')
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
    shown = language.quoted(md(quote.text))
    if _language(quote) != language.current():
        shown = f'<span lang="{_language(quote)}">{shown}</span>'
    translation = _translation(quote)
    if translation:
        shown += f" ({_(TRANSLATION_INLINE)}: \\[{md(translation)}\\])"
    return shown


def _translation(quote: Quote) -> str | None:
    """The editors' translation into the page's language; none where the quote is already in it.
    A Ukrainian page without an editors' Ukrainian translation shows the English one."""
    if _language(quote) == language.current():
        return None
    return text(quote, "translation")


def _in_language(quote: Quote) -> str:
    if _language(quote) != language.current():
        return _p("quote language", in_language_phrase(_language(quote)))
    return ""


def _language(quote: Quote) -> str:
    return quote.language or language.registry().source.code


def in_language_phrase(code: str) -> str:
    """' (in Ukrainian)': after 'The source's words', a quote's language, in English (the message's id)."""
    return f" (in {Locale.parse(code).english_name})"
