"""One small permanent page per figure (`figures/ID/`): the number, its source and date, its
citation, an embed snippet, and a share image that previews the number where the link is shared."""
from __future__ import annotations

import json

from ...load.corrections_file import Correction
from ...model.addresses import SiteInfo
from ...model.dataset import Dataset
from ...model.records import Figure
from ..changes import last_change
from ..citations import cite_box
from ..embeds import escape, figure_embed, figure_page
from ..markdown_text import as_of_phrase, figure_date, md, relative, stated_value
from ..source_words import quote_block
from .common import definition, source_line
from .figures import PATH as FIGURES

CARDS = "assets/share"


def card_path(figure_id: str) -> str:
    """The figure's share image, relative to docs/ (drawn by publish/share_cards.py)."""
    return f"{CARDS}/{figure_id}.png"


def render_all(dataset: Dataset, site: SiteInfo, corrections: list[Correction]) -> dict[str, str]:
    return {figure_page(f.id): render(f, dataset, site, corrections) for f in dataset.figures.values()}


def render(figure: Figure, dataset: Dataset, site: SiteInfo, corrections: list[Correction]) -> str:
    path = figure_page(figure.id)
    source = dataset.sources[figure.source]
    alt = f"{stated_value(figure)} {figure.unit}: {figure.label}, {as_of_phrase(figure)}. Source: {source.publisher}."
    # Front matter values as JSON strings (valid YAML double-quoted scalars): data text cannot break out.
    # The theme writes the page title unescaped in places (and un-escapes it under <title>): the
    # label without the three characters that could make markup there.
    title = figure.label.translate({ord("<"): "‹", ord(">"): "›", ord("&"): "＆"})
    meta = {"title": title, "share_image": card_path(figure.id), "share_image_alt": alt, "citation_author": source.publisher}
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
        f"# {md(figure.label)} {{ #figure }}",
        "",
        f"**{md(stated_value(figure))}** {md(figure.unit)}",
        "{ .figure-value }",
        "",
        # The page's description where a link to it is shared: what the number is, in one sentence.
        f"{md(figure.label)}: {md(stated_value(figure))} {md(figure.unit)}, {md(as_of_phrase(figure))}.",
        "",
        definition("As of", md(figure_date(figure))),
        definition("Counted by", md(dataset.counter(figure))),
        definition("Source", source_line(dataset, figure.source)),
        *([definition("Uncertain", md(figure.uncertain))] if figure.uncertain else []),
        definition("Latest change", f"{md(changed[0].human())} ({changed[1]})" if changed else "no dated change on record"),
        definition("Full entry", f"[Figures: {md(figure.label)}]({relative(path, FIGURES, figure.id)}), with earlier values and the pages that use it"),
        "",
        *quote_block(figure),
        "## Cite this figure",
        "",
        *cite_box("figure", figure.id, dataset, site, path, label=False),
        "## Share or embed this figure",
        "",
        f"{'A link to this page shows an image of the figure where it is shared' if site.url else 'The figure as an image, to share'}: "
        f"[{md(figure.id)}.png, 1200 × 630 pixels]({relative(path, card_path(figure.id))}).",
        "",
        "To show the figure on another website with its citation and a link back, paste the HTML below. "
        "It loads nothing from any other website, and looks like this:",
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
