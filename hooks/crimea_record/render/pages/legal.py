"""The Legal texts page: one anchor per provision, verbatim text, official link, cited by."""
from __future__ import annotations

from ...model.addresses import SiteInfo
from ...model.dataset import Dataset
from ...model.kinds import page_of
from ...model.records import LegalArticle
from ..citations import cite_box, official_text_label
from ..language import _, anchor, in_source_language, quoted, text, translation_notice
from ..markdown_text import md, md_paragraphs
from .common import Discussed, definition, discussed_on, edit_link, marker, official_link, quoted_passages, source_line

PATH = page_of("article")


def render(dataset: Dataset, site: SiteInfo | None = None, discussed: Discussed | None = None) -> str:
    out = [
        # Material's search ranks this page above pages that merely mention a provision.
        "---",
        "search:",
        "  boost: 2",
        "---",
        "",
        f"# {_('Legal texts')}{anchor('Legal texts')}",
        "",
        _("The provisions cited on this site. Quoted passages are copied verbatim from the official "
          "text and marked as quotes; a summary written for this site is labelled as a summary. "
          "Where the report names a provision differently, both are shown."),
        "",
    ]
    instruments: dict[str, list[LegalArticle]] = {}
    for article in dataset.articles.values():
        instruments.setdefault(article.instrument, []).append(article)
    for articles in instruments.values():
        out += [f"## {md(text(articles[0], 'instrument'))}{anchor(articles[0].instrument)}", ""]
        for article in articles:
            out += _article(article, dataset, discussed)
            out += edit_link(article, site)
            if site:
                out += cite_box("article", article.id, dataset, site, PATH)
    return "\n".join(out)


def _article(article: LegalArticle, dataset: Dataset, discussed: Discussed | None) -> list[str]:
    out = [f"### {md(text(article, 'article'))} {{ #{article.id} }}", "", *translation_notice(article)]
    if article.context:
        out += [md_paragraphs(text(article, "context")), ""]
    out += quoted_passages(article.text)
    if len(article.text) > 1:
        out += [_("The passages above are the relevant parts of the provision, quoted verbatim; the text between them is not reproduced."), ""]
    if article.summary:
        out += [f"{_('Summary written for this site, not a quotation')}: {md_paragraphs(text(article, 'summary'))}", "{ .legal-summary }", ""]
    source = dataset.sources[article.source]
    link = official_link(article.url or source.url, official_text_label(article))
    out.append(definition(_("Source"), source_line(dataset, article.source) + (f"; {link}" if link else "")))
    if article.report_wording:
        wording = article.report_wording
        detail = f"{in_source_language(quoted(md(wording.quote)))} ({marker('source', wording.source)})"
        if wording.note:
            detail += f". {md(text(wording, 'note'))}"
        out.append(definition(_("The article summarising the report calls it"), detail))
    cited = dataset.violations_citing(article.id)
    if cited:
        out.append(definition(_("Cited by"), "; ".join(marker("violation", v.id) for v in cited)))
    events = dataset.referring("event", "articles", article.id)
    if events:
        out.append(definition(_("Events"), "; ".join(f"{marker('event', e.id)}: {md(text(e, 'title'))}" for e in events)))
    out += discussed_on(discussed, "article", article.id, PATH)
    out.append("")
    return out
