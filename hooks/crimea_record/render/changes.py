"""What changed, from the data: each value of a figure (current and earlier), each correction
and each source, dated by the data's own dates. The Changes page and the Atom feed both read it."""
from __future__ import annotations

from dataclasses import dataclass

from ..load.corrections_file import Correction
from ..model.dataset import Dataset
from ..model.dates import PartialDate
from ..model.records import Figure
from .language import N_, _, amount, human, name, registry, sentence, text, title_language


@dataclass(frozen=True)
class Change:
    key: str
    """Stable and unique: the Atom entry's id and the Changes page's anchor."""
    date: PartialDate
    what: str
    """'New value', 'Correction' or 'New source'."""
    title: str
    detail: str
    page: str
    """The docs-relative page it links to."""
    anchor: str
    title_language: str | None = None
    """The language of a document's own title (the source language's code when its record names
    none); None when the title is this site's wording."""
    why: str = ""
    """A correction's reason, as the editors wrote it in the data (after `detail`, what changed)."""
    detail_language: str | None = None
    """The language `detail` and `why` are written in when they are the data's own words (a
    correction's, in the source language); None when they are this site's wording."""


def changes(dataset: Dataset, corrections: list[Correction]) -> list[Change]:
    """Every change, newest first; undated values are left out (their entries say so)."""
    out: list[Change] = []
    for figure in dataset.figures.values():
        values = [(figure.as_of, figure, figure.source)] + [(h.as_of, h, h.source) for h in figure.history]
        for as_of, entry, source_id in values:
            if as_of is None:
                continue
            out.append(Change(
                f"value-{figure.id}-{as_of.iso()}", as_of, N_("New value"),
                f"{text(figure, 'label')}: {amount(entry, figure)}",
                sentence(f"{text(dataset.sources[source_id], 'publisher')}, {_('as of')} {human(as_of)}"),
                f"figures/{figure.id}.md", "",
            ))
    for number, correction in enumerate(corrections, 1):
        title = text(dataset.figures[correction.figure], "label") if correction.figure else _("Correction")
        out.append(Change(
            f"correction-{number}", correction.date, N_("Correction"), title, correction.what,
            f"figures/{correction.figure}.md" if correction.figure else "changes.md", "" if correction.figure else f"correction-{number}",
            why=correction.why, detail_language=registry().source.code,
        ))
    for source in dataset.sources.values():
        if source.date is None or source.kind == "law":
            continue  # treaties and codes are the law the record applies, not news it follows
        published = _("Published by {publisher}.").format(publisher=text(source, "publisher"))
        out.append(Change(f"source-{source.id}", source.date, N_("New source"), name(source) if source.untitled else str(source.title), published, "sources.md", source.id,
                          None if source.untitled else title_language(source)))
    return sorted(out, key=lambda c: (c.date.sort_key(), c.key), reverse=True)


def detail_text(change: Change) -> str:
    """What the change was, as plain text in the current language (a correction's reason after "Why:")."""
    return f"{change.detail} {_('Why:')} {change.why}" if change.why else change.detail


def last_change(figure: Figure, corrections: list[Correction]) -> tuple[PartialDate, str] | None:
    """The latest dated change to a figure: its newest value or a correction, with which it was."""
    dated = [(c.date, N_("correction")) for c in corrections if c.figure == figure.id]
    if figure.as_of:
        dated.append((figure.as_of, N_("new value")))
    return max(dated, key=lambda d: d[0].sort_key()) if dated else None
