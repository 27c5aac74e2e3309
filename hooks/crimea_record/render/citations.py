"""Ready-to-paste citations of figures and violations, as plain text.

One formatter serves the pages (a "Cite this" box under each figure and violation) and the
data downloads, so the two always say the same. What the editors do not know is said
plainly ("date not stated", "no address known") rather than left out.
"""
from __future__ import annotations

from html import escape

from ..model.addresses import SiteInfo, permalink
from ..model.dataset import Dataset
from ..model.records import Figure, Source, Violation
from .language import _, amount, human, name, text
from .markdown_text import as_of_phrase, typographic

NO_DATE = "date not stated"
NO_ADDRESS = "no address known"


def figure_as_of(figure: Figure) -> str:
    """'October 2024', or 'date not stated by the source'."""
    return human(figure.as_of) if figure.as_of else as_of_phrase(figure)


def source_text(source: Source, dataset: Dataset) -> str:
    """'Title. Publisher, date. URL.' and the source it is known through, if any."""
    title = f"“{source.title}”" if source.title else text(source, "description")
    date = human(source.date) if source.date else _(NO_DATE)
    cited = f"{title}. {text(source, 'publisher')}, {date}. {source.url or _(NO_ADDRESS.capitalize())}."
    if source.via:
        cited += f" {_('Known through')}: {source_text(dataset.sources[source.via], dataset)}"
    return cited


def figure_citation(figure: Figure, dataset: Dataset, site: SiteInfo) -> str:
    lines = [
        f"{text(figure, 'label')}: {amount(figure)}.",
        f"{_('As of')}: {figure_as_of(figure)}.",
        f"{_('Source')}: {source_text(dataset.sources[figure.source], dataset)}",
        f"{_('Cited from')}: {site.name}, {permalink(site.url, 'figure', figure.id)}",
    ]
    return typographic("\n".join(lines))


def violation_citation(violation: Violation, dataset: Dataset, site: SiteInfo) -> str:
    lines = [f"{text(violation, 'practice')}."]
    lines.append(f"{_('Law')}: " + "; ".join(name(dataset.articles[a]) for a in violation.articles) + ".")
    for figure_id in violation.figures:
        figure = dataset.figures[figure_id]
        lines.append(f"{_('Evidence')}: {amount(figure)} ({text(figure, 'label')}; {_('as of')}: {figure_as_of(figure)}).")
    for source_id in violation.sources:
        lines.append(f"{_('Source')}: {source_text(dataset.sources[source_id], dataset)}")
    lines.append(f"{_('Cited from')}: {site.name}, {permalink(site.url, 'violation', violation.id)}")
    return typographic("\n".join(lines))


def citation_block(text: str, what: str) -> str:
    """A raw HTML box for a generated Markdown page, folded until the reader opens it:
    selectable text in a code block, so the theme's copy button (a real <button>, reachable
    with the keyboard) applies to it."""
    return (
        f'<details class="citation"><summary class="citation__label">{_html(_("Cite this " + what))}</summary>'
        f'<pre class="citation__text"><code>{_html(text)}</code></pre></details>'
    )


def _html(text: str) -> str:
    """Data text in raw HTML: escaped, and braces as character references, so that it can
    never form a reference marker when the page's Markdown is scanned for them."""
    return escape(text).replace("{", "&#123;").replace("}", "&#125;")
