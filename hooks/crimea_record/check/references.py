"""Every marker in the pages names a known marker and ids that exist."""
from __future__ import annotations

from ..errors import ErrorSink, did_you_mean
from ..load.markers import MARKERS, Reference
from ..model.dataset import Dataset
from ..model.kinds import KINDS


def not_defined(kind: str, target_id: str, known: dict) -> str:
    """The end of an unknown-id message: the nearest known id, or where to define it."""
    return "is not defined" + (did_you_mean(target_id, known) or f": add it to data/{KINDS[kind].data_file} or correct the id")


def check_references(refs: list[Reference], dataset: Dataset, sink: ErrorSink) -> None:
    for ref in refs:
        marker = MARKERS.get(ref.name)
        if marker is None:
            hint = did_you_mean(ref.name, MARKERS) or f"; markers are: {', '.join(MARKERS)}"
            sink.add(ref.loc, f"{ref.raw}: unknown marker '{ref.name}'{hint}")
            continue
        if marker.dated:
            _check_dated(ref, dataset, sink)
            continue
        example = f"{{{{ {ref.name} ID{' ID …' if marker.many else ''} }}}}"
        if marker.block and not ref.alone:
            sink.add(ref.loc, f"{ref.raw} draws a block of its own: put it alone on its line, with a blank line before and after")
            continue
        if not ref.ids or (len(ref.ids) > 1 and not marker.many):
            sink.add(ref.loc, f"{ref.raw} needs {'one or more ids' if marker.many else 'exactly one id'}: write {example}")
            continue
        known = dataset.of_kind(marker.kind)
        for ref_id in ref.ids:
            if ref_id not in known and not dataset.is_broken(marker.kind, ref_id):
                sink.add(ref.loc, f"{ref.raw}: {marker.kind} '{ref_id}' {not_defined(marker.kind, ref_id, known)}")
            elif ref.name == "history" and ref_id in known and not known[ref_id].history:
                sink.add(ref.loc, f"{ref.raw}: figure '{ref_id}' has no earlier values to chart: add them under its `history`")


def _check_dated(ref: Reference, dataset: Dataset, sink: ErrorSink) -> None:
    """{{ past ID DATE }}: the figure exists and has an earlier value as of exactly that date."""
    if len(ref.ids) != 2:
        sink.add(ref.loc, f"{ref.raw} needs a figure id and the date of one of its earlier values: write {{{{ {ref.name} ID 2021-11 }}}}")
        return
    figure_id, date = ref.ids
    figure = dataset.figures.get(figure_id)
    if figure is None:
        if not dataset.is_broken("figure", figure_id):
            sink.add(ref.loc, f"{ref.raw}: figure '{figure_id}' {not_defined('figure', figure_id, dataset.figures)}")
        return
    dates = [entry.as_of.iso() for entry in figure.history]
    if date not in dates:
        known = ", ".join(dates) if dates else "none"
        sink.add(ref.loc, f"{ref.raw}: figure '{figure_id}' has no earlier value as of {date}; its history has: {known}")
