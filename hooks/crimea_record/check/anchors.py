"""An entry's id is its permanent anchor: no heading on its page may take the same anchor.

A heading whose text slugifies to an entry's id (a figure `conscription` on the Figures page,
under the heading "Conscription") would make MkDocs rename one of the two anchors silently,
and the permanent link would lead to the heading.
"""
from __future__ import annotations

from ..errors import ErrorSink
from ..model.dataset import Dataset
from ..model.kinds import KINDS
from .redirects import heading_anchors, page_address


def check_anchor_ids(generated: dict[str, str], dataset: Dataset, sink: ErrorSink) -> None:
    """`generated`: each generated page's path and Markdown."""
    for kind in KINDS.values():
        if kind.page is None or kind.page not in generated:
            continue
        headings = {anchor for anchor, explicit in heading_anchors(generated[kind.page]) if not explicit}
        for record_id, record in dataset.of_kind(kind.name).items():
            if record_id in headings:
                sink.add(
                    record.locs["id"],
                    f"{kind.name} '{record_id}': this id is also the anchor of a heading on {page_address(kind.page)}, "
                    "so its permanent link would lead to the heading: choose another id",
                )
