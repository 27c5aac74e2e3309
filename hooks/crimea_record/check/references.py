"""Every marker in the pages names a known marker and ids that exist."""
from __future__ import annotations

from ..errors import ErrorSink, did_you_mean
from ..kinds import KINDS
from ..load.markers import MARKERS, Reference
from ..model.dataset import Dataset


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
