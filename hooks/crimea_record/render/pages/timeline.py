"""The Timeline page: events in date order, each with its anchor and sources."""
from __future__ import annotations

from ...kinds import page_of
from ...model.addresses import SiteInfo
from ...model.dataset import Dataset
from ..charts import timeline_chart
from ..markdown_text import md, md_paragraphs
from .common import Discussed, definition, discussed_on, edit_link, marker

PATH = page_of("event")


def render(dataset: Dataset, used_on: dict[tuple[str, str], list[tuple[str, str]]], site: SiteInfo | None = None, discussed: Discussed | None = None) -> str:
    out = [
        "# Timeline",
        "",
        "Dated events, oldest first. A date is as precise as its source: a year, a month or a day.",
        "",
    ]
    if dataset.events:
        out += [timeline_chart(list(dataset.events.values())), ""]
    year = None
    for event in sorted(dataset.events.values(), key=lambda e: e.date.sort_key()):
        if event.date.year != year:
            year = event.date.year
            out += [f"## {year}", ""]
        out += [f"### {md(event.date.human())}: {md(event.title)} {{ #{event.id} }}", ""]
        if event.description:
            out += [md_paragraphs(event.description), ""]
        out.append(definition("Sources", "; ".join(marker("source", s) for s in event.sources)))
        if event.articles:
            out.append(definition("Law", "; ".join(marker("law", a) for a in event.articles)))
        for record in dataset.referring("discrepancy", "events", event.id):
            pages = used_on.get(("discrepancy", record.id))
            if pages:
                path, title = pages[0]
                out.append(definition("The report words it differently", f"see “{md(record.topic)}” on [{md(title)}]({path}#{record.id})"))
        out += discussed_on(discussed, "event", event.id, PATH)
        out.append("")
        out += edit_link(event, site)
    return "\n".join(out)
