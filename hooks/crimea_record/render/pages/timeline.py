"""The Timeline page: events in date order, each with its anchor and sources."""
from __future__ import annotations

from ...model.addresses import SiteInfo
from ...model.dataset import Dataset
from ...model.kinds import page_of
from ..language import _, anchor, human, page_title, text, translation_notice
from ..markdown_text import md, md_paragraphs
from .common import Discussed, definition, discussed_on, edit_link, marker

PATH = page_of("event")


def render(dataset: Dataset, used_on: dict[tuple[str, str], list[tuple[str, str]]], site: SiteInfo | None = None, discussed: Discussed | None = None) -> str:
    out = [
        f"# {_('Timeline')}{anchor('Timeline')}",
        "",
        _("Dated events, oldest first. A date is as precise as its source: a year, a month or a day."),
        "",
    ]
    year = None
    for event in sorted(dataset.events.values(), key=lambda e: e.date.sort_key()):
        if event.date.year != year:
            year = event.date.year
            out += [f"## {year}", ""]
        out += [f"### {md(human(event.date))}: {md(text(event, 'title'))} {{ #{event.id} }}", "", *translation_notice(event)]
        if event.description:
            out += [md_paragraphs(text(event, "description")), ""]
        out.append(definition(_("Sources"), "; ".join(marker("source", s) for s in event.sources)))
        if event.articles:
            out.append(definition(_("Law"), "; ".join(marker("law", a) for a in event.articles)))
        for record in dataset.referring("discrepancy", "events", event.id):
            pages = used_on.get(("discrepancy", record.id))
            if pages:
                path, title = pages[0]
                see = _("see “{topic}” on {page}").format(topic=md(text(record, "topic")), page=f"[{md(page_title(path, title))}]({path}#{record.id})")
                out.append(definition(_("The article summarising the report words it differently"), see))
        out += discussed_on(discussed, "event", event.id, PATH)
        out.append("")
        out += edit_link(event, site)
    return "\n".join(out)
