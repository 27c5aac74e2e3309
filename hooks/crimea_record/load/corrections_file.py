"""Read data/corrections.yml: each correction the site made, with its date, what changed and why.

The Changes page and the Atom feed list them beside each figure's new values; a figure
named by a correction shows its date as its latest change.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ErrorSink, Loc
from ..model.dataset import Dataset
from ..model.dates import PartialDate
from ..model.records import Id, meta
from .project_files import read_text, shown_path_no_resolve
from .records_from_yaml import build_record
from .yaml_nodes import parse_yaml

FILE = "corrections.yml"


@dataclass(kw_only=True)
class Correction:
    date: PartialDate = meta("When the correction was made on this site: 2026-11-25.")
    what: str = meta("What changed, in one line: the old and the new wording or value.")
    why: str = meta("Why it changed, e.g. the source's own correction, or a misreading by the editors.")
    figure: Id | None = meta("Optional. Id of the figure corrected, if it was a figure.", ref="figure")
    locs: dict[str, Loc] = field(default_factory=dict, compare=False, repr=False, metadata={"internal": True})


def read_corrections(data_dir: Path, root: Path, sink: ErrorSink, dataset: Dataset, today: dt.date | None = None) -> list[Correction]:
    """`today`: the build's date; a correction dated after it is refused (it has not been made)."""
    path = data_dir / FILE
    if not path.exists() and not path.is_symlink():
        return []
    shown = shown_path_no_resolve(path, root)
    text = read_text(path, shown, sink)
    if text is None:
        return []
    node = parse_yaml(text, shown, sink)
    if node is None:
        return []
    if node.kind != "list":
        sink.add(node.loc, f"{FILE} must be a list of entries, each starting with '- date:'")
        return []
    corrections = []
    for item in node.value:
        correction = build_record(Correction, item, "correction", sink)
        if correction is None:
            continue
        if correction.figure and correction.figure not in dataset.figures and not dataset.is_broken("figure", correction.figure):
            sink.add(correction.locs.get("figure", item.loc), f"correction: figure '{correction.figure}' is not defined: use an id from data/figures.yml")
        if today is not None and correction.date.start > today:
            sink.add(correction.locs.get("date", item.loc), f"correction: date {correction.date} is after today ({today.isoformat()}): give the date the correction was made")
        corrections.append(correction)
    return corrections
