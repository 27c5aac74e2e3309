"""The IHL violations page: each practice, the law it breaches, the evidence."""
from __future__ import annotations

from ...model.addresses import SiteInfo
from ...model.dataset import Dataset
from ...model.kinds import page_of
from .. import language
from ..citations import cite_box
from ..language import _, anchor, text, translation_notice
from ..markdown_text import md, md_paragraphs
from .common import Discussed, discussed_on, edit_link, marker, quoted_passages, source_line

PATH = page_of("violation")


def render(dataset: Dataset, site: SiteInfo | None = None, discussed: Discussed | None = None) -> str:
    out = [
        f"# {_('Violations of international humanitarian law')}{anchor('Violations of international humanitarian law')}",
        "",
        _("Each practice documented by the sources, the provisions they say it breaches, quoted "
          "verbatim, and the figures and documents that evidence it."),
        "",
    ]
    for violation in dataset.violations.values():
        out += [f"## {md(text(violation, 'practice'))} {{ #{violation.id} }}", "", *translation_notice(violation), md_paragraphs(text(violation, "summary")), ""]
        out += [f"### {_('The law')} {{ #{violation.id}-law }}", ""]
        for article_id in violation.articles:
            article = dataset.articles[article_id]
            out += [f"- {marker('law', article_id)}", ""]
            out += quoted_passages(article.text, indent="    ")
        out += [f"### {_('The evidence')} {{ #{violation.id}-evidence }}", ""]
        for figure_id in violation.figures:
            figure = dataset.figures[figure_id]
            unit = language.unit_after_number(figure, escape=md, markdown=True)
            out.append(f"- {marker('fig', figure_id)} {unit}: {md(text(figure, 'label'))}")
        for source_id in violation.sources:
            out.append(f"- {_('Documented by')} {source_line(dataset, source_id)}")
        out.append("")
        out += discussed_on(discussed, "violation", violation.id, PATH)
        out += edit_link(violation, site)
        if site:
            out += cite_box("violation", violation.id, dataset, site, PATH)
    return "\n".join(out)
