"""Embeds: an HTML snippet per figure that shows it on another site with its citation and a
link back. Plain HTML with inline styles: no script, no stylesheet, nothing from any host."""
from __future__ import annotations

from html import escape as _escape

from ..model.addresses import SiteInfo, page_url
from ..model.dataset import Dataset
from ..model.records import Figure
from .language import _, human, in_its_language, quoted, site_name, text, title_language, translated
from .markdown_text import as_of_phrase, stated_value, typographic


def escape(text: str, quote: bool = True) -> str:
    """Data text in raw HTML: escaped, and braces as character references, so that it can
    never form a reference marker when the page's Markdown is scanned for them."""
    return _escape(text, quote=quote).replace("{", "&#123;").replace("}", "&#125;")


def _text(text: str) -> str:
    """Data text shown to readers: typographic quotes, then escaped."""
    return escape(typographic(text))


def figure_page(figure_id: str) -> str:
    """The figure's own page, relative to docs/."""
    return f"figures/{figure_id}.md"


def _what(figure: Figure) -> str:
    """What the number counts: the label (it names the unit already; prefixing the unit said it twice)."""
    return text(figure, "label")


SOURCE = "Source"
CITED = "Cited from"


def figure_embed(figure: Figure, dataset: Dataset, site: SiteInfo) -> str:
    source = dataset.sources[figure.source]
    if site.url:
        back = f'<a href="{escape(site.url + page_url(figure_page(figure.id)))}" rel="noopener noreferrer">{_text(site_name(site.name))}</a>'
    else:
        back = _text(site_name(site.name))
    return (
        '<figure style="margin:1em 0;padding:1em 1.25em;border:1px solid #9e9e9e;border-radius:4px;max-width:36em;font-family:sans-serif;text-align:left">\n'
        f'  <p style="margin:0;font-size:2.25em;font-weight:700;line-height:1.1">{_text(stated_value(figure))}</p>\n'
        f'  <p style="margin:.25em 0 .5em;font-size:1.1em">{_text(_what(figure))}, {_text(as_of_phrase(figure))}</p>\n'
        f'  <figcaption style="font-size:.9em;font-style:normal">{_(SOURCE)}: {_text(text(source, "publisher"))}, {_source_name(source)}. {_(CITED)} {back}.</figcaption>\n'
        "</figure>"
    )


def _source_name(source) -> str:
    """The source's own title (quoted on a translated page), marked with its language where that
    is not the page's; for an untitled source (its publisher is named before it) its date, if
    known, and the page's word for "untitled"."""
    if source.untitled:
        return _text(", ".join([*([human(source.date)] if source.date else []), _("untitled")]))
    title = _text(source.title)
    return in_its_language(quoted(title) if translated() else title, title_language(source))
