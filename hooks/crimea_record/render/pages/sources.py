"""The Sources page: every document, with what on the site rests on it."""
from __future__ import annotations

from ...model.addresses import SiteInfo
from ...model.dataset import Dataset
from ...model.fields import references
from ...model.kinds import KINDS, page_of
from ...model.records import Source
from ..citations import cite_box
from ..language import N_, _, anchor, current, human, quoted, text, translated, translation_notice
from ..language import registry as languages
from ..markdown_text import external_link, md, md_paragraphs
from .common import Discussed, definition, discussed_on, edit_link, marker

PATH = page_of("source")

KIND_HEADINGS = {
    "report": N_("Reports"),
    "article": N_("Articles and news reports"),
    "official": N_("Official documents and statements"),
    "law": N_("Legal instruments"),
    "analysis": N_("Legal analysis"),
}



def render(dataset: Dataset, site: SiteInfo | None = None, discussed: Discussed | None = None) -> str:
    out = [
        # A listing, as Figures is: a title quoted here ("... sparks 574 criminal cases ...") must not
        # rank the list of sources above the page, or the figure entry, about the subject.
        "---",
        "search:",
        "  boost: 0.5",
        "---",
        "",
        f"# {_('Sources')}{anchor('Sources')}",
        "",
        _("Every document a figure, a legal text or an event on this site rests on. Links to other "
          "websites open only when you select them. Where a document's exact "
          "title, date or address is not known, the entry says so rather than guess."),
        "",
    ]
    uses = _uses(dataset)
    for kind, heading in KIND_HEADINGS.items():
        sources = [s for s in dataset.sources.values() if s.kind == kind]
        if not sources:
            continue
        out += [f"## {md(_(heading))}{anchor(heading)}", ""]
        for source in sources:
            out += _source(source, dataset, uses.get(source.id, []), discussed)
            out += edit_link(source, site)
            if site:
                out += cite_box("source", source.id, dataset, site, PATH)
    return "\n".join(out)


def _uses(dataset: Dataset) -> dict[str, list[str]]:
    uses: dict[str, dict[str, None]] = {}  # a dict as an ordered set: one check per link
    # Records of every other kind with an inline marker, listed by that marker.
    for kind in KINDS.values():
        if kind.marker is None or kind.name == "source":
            continue
        for record in dataset.of_kind(kind.name).values():
            for target_kind, target_id, _loc, _field in references(record):
                if target_kind == "source":
                    uses.setdefault(target_id, {})[marker(kind.marker, record.id)] = None
    return {source_id: list(links) for source_id, links in uses.items()}


def _source(source: Source, dataset: Dataset, uses: list[str], discussed: Discussed | None) -> list[str]:
    if source.untitled:
        # No quotation marks: "Untitled" is the editors' word, not the document's.
        heading = f"{_('Untitled')}: {md(text(source, 'publisher'))}" + (f", {md(human(source.date))}" if source.date else "")
        attributes = f"#{source.id}"
    else:
        heading = quoted(md(str(source.title)))
        # The title is a quotation: marked with its own language (English on a Ukrainian page too),
        # on the heading and on its words, which the page's table of contents repeats.
        title_language = source.title_language or (languages().source.code if translated() else None)
        if title_language:
            heading = f'<span lang="{title_language}">{heading}</span>'
        attributes = f"#{source.id}" + (f' lang="{title_language}"' if title_language else "")
    out = [f"### {heading} {{ {attributes} }}", "", *translation_notice(source)]
    translation = text(source, "title_translation")
    if translation and not source.untitled and source.title_language != current():
        out.append(definition(_("Title in English, the editors’ translation"), md(translation)))
    if source.author:
        out.append(definition(_("Author"), md(source.author)))
    out.append(definition(_("Published by"), md(text(source, "publisher"))))
    out.append(definition(_("Date"), md(human(source.date)) if source.date else _("not known")))
    out.append(definition(_("Address"), external_link(md(source.url), source.url) if source.url else _("no web address known")))
    if source.outlet:
        out.append(definition(_("Known through"), md(source.outlet)))
    if source.via:
        out.append(definition(_("Known through"), marker("source", source.via)))
    if uses:
        out.append(definition(_("Used for"), "; ".join(uses)))
    out += discussed_on(discussed, "source", source.id, PATH)
    if source.note:
        out += [md_paragraphs(text(source, "note")), ""]
    out.append("")
    return out
