"""One small permanent page per figure (`figures/ID/`): the number, its source and date, its
citation, an embed snippet, and a share image that previews the number where the link is shared."""
from __future__ import annotations

import json

from ...load.corrections_file import Correction
from ...model.addresses import SiteInfo
from ...model.dataset import Dataset
from ...model.records import Figure
from .. import charts, language
from ..changes import last_change
from ..citations import cite_box
from ..embeds import escape, figure_embed, figure_page
from ..language import N_, _, amount, anchor, counter, human, lang, sentence, text
from ..markdown_text import as_of_phrase, figure_date, md, relative, stated_value
from ..source_words import quote_block
from .common import definition, source_line
from .figures import PATH as FIGURES

FOLDER = "figures/"
"""Where the figures' own pages are (render/embeds.figure_page), relative to docs/."""
CARDS = "assets/share"
SHARED_LINK = N_("A link to this page shows an image of the figure where it is shared")
SHARED_IMAGE = N_("The figure as an image, to share")


def _series(figure: Figure, dataset: Dataset) -> list[str]:
    """The counter's dated values of this measure, oldest first, ending with the current one."""
    if not figure.history:
        return []
    out = [f"## {_('Values over time')}{anchor('Values over time')}", "", _("Oldest first; the last row is the current value."), "",
           f"| {_('As of')} | {_('Value')} | {_('Source')} |", "| --- | --- | --- |"]
    for entry in sorted(figure.history, key=lambda e: e.as_of.sort_key()):
        out.append(f"| {md(human(entry.as_of))} | {md(stated_value(entry))} | {source_line(dataset, entry.source)} |")
    out += [f"| {md(figure_date(figure))} | **{md(stated_value(figure))}** | {source_line(dataset, figure.source)} |", ""]
    return out


DOWNLOADS = "downloads/figures"
"""Each figure's own files (publish/chart_files.py): its chart per language and its values."""


def chart_file(figure_id: str, code: str) -> str:
    return f"{DOWNLOADS}/{figure_id}/chart-{code}.svg"


def values_file(figure_id: str) -> str:
    return f"{DOWNLOADS}/{figure_id}/values.csv"


def has_chart(figure: Figure) -> bool:
    """Whether the figure's page shows a chart (two dated values at least), and so offers it as a file."""
    return charts.dated_values(figure) >= 2


def _files(figure: Figure, path: str) -> list[str]:
    """Under the chart (or where it would be): the chart as a file (SVG, and PNG in a browser with
    JavaScript), and the values as CSV."""
    links = []
    if has_chart(figure):
        svg = relative(path, chart_file(figure.id, language.current()))
        # The PNG is drawn from the SVG in the reader's browser (docs/assets/chart-png.js), which
        # shows the link; without JavaScript it stays hidden.
        links.append(f"[{_('the chart (SVG)')}]({svg})[{_('the chart (PNG)')}]({svg}){{ .chart-png }}")
    links.append(f"[{_('its values over time (CSV)')}]({relative(path, values_file(figure.id))})")
    return [f"{_('Download')}: " + " · ".join(links), "{ .figure-files }", ""]


def card_path(figure_id: str) -> str:
    """The figure's share image in the current language, relative to docs/ (drawn by
    publish/share_cards.py): each language's card is in its own words, under its own prefix."""
    return f"{lang().prefix}{CARDS}/{figure_id}.png"


def render_all(dataset: Dataset, site: SiteInfo, corrections: list[Correction]) -> dict[str, str]:
    return {figure_page(f.id): render(f, dataset, site, corrections) for f in dataset.figures.values()}


def render(figure: Figure, dataset: Dataset, site: SiteInfo, corrections: list[Correction]) -> str:
    path = figure_page(figure.id)
    source = dataset.sources[figure.source]
    label, publisher = text(figure, "label"), text(source, "publisher")
    alt = f"{amount(figure)}: {label}, {sentence(as_of_phrase(figure))} {_('Source')}: {publisher}."
    # Front matter values as JSON strings (valid YAML double-quoted scalars): data text cannot break out.
    # The theme writes the page title unescaped in places (and un-escapes it under <title>): the
    # label without the three characters that could make markup there.
    title = label.translate({ord("<"): "‹", ord(">"): "›", ord("&"): "＆"})
    meta = {"title": title, "share_image": card_path(figure.id), "share_image_alt": alt, "citation_author": publisher}
    if figure.as_of:
        meta["citation_date"] = figure.as_of.iso().replace("-", "/")
    changed = last_change(figure, corrections)
    out = [
        "---",
        "search:",
        "  exclude: true",
        *(f"{key}: {json.dumps(value)}" for key, value in meta.items()),
        "---",
        "",
        f"# {md(label)} {{ #figure }}",
        "",
        f"**{md(stated_value(figure))}** {language.unit_after_number(figure, escape=md)}",
        "{ .figure-value }",
        "",
        # The page's description where a link to it is shared: what the number is, in one sentence.
        f"{md(label)}: {md(amount(figure))}, {md(sentence(as_of_phrase(figure)))}",
        "",
        definition(_("As of"), md(figure_date(figure))),
        definition(_("Counted by"), md(counter(dataset, figure))),
        definition(_("Source"), source_line(dataset, figure.source)),
        *([definition(_("Uncertain"), md(text(figure, "uncertain")))] if figure.uncertain else []),
        definition(_("Latest change"), f"{md(human(changed[0]))} ({_(changed[1])})" if changed else _("no dated change on record")),
        definition(_("Full entry"), _("[Figures: {label}]({link}), with earlier values and the pages that use it").format(label=md(label), link=relative(path, FIGURES, figure.id))),
        "",
        *([charts.history_chart(figure, path, dataset), ""] if has_chart(figure) else []),
        *_files(figure, path),
        *quote_block(figure),
        *_series(figure, dataset),
        f"## {_('Cite this figure')}{anchor('Cite this figure')}",
        "",
        *cite_box("figure", figure.id, dataset, site, path, label=False),
        f"## {_('Share or embed this figure')}{anchor('Share or embed this figure')}",
        "",
        f"{_(SHARED_LINK) if site.url else _(SHARED_IMAGE)}: "
        f"[{md(figure.id)}.png, 1200 × 630 {_('pixels')}]({relative(path, card_path(figure.id))}).",
        "",
        _("To show the figure on another website with its citation and a link back, paste the HTML below. "
          "It loads nothing from any other website, and looks like this:"),
        "",
        '<div class="embed-preview">',
        figure_embed(figure, dataset, site),
        "</div>",
        "",
        # Raw HTML, not a fenced block (the site has no fenced-code extension): the snippet shown as text.
        f'<pre class="embed-code"><code>{escape(figure_embed(figure, dataset, site))}</code></pre>',

        "",
    ]
    return "\n".join(out)
