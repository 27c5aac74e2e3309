"""Counters are never merged: a history, a chart or a comparison shows whose count each number is.

A history holds one counter's earlier values of one measure; a bar chart draws one counter's
figures. Figures of different counters go side by side in a `{{ compare … }}` table instead.
"""
from __future__ import annotations

from ..errors import ErrorSink
from ..load.markers import Reference
from ..model.dataset import Dataset

SINGLE_COUNTER_MARKERS = ("bars",)
"""Block markers that draw figures as one series."""


def check_histories(dataset: Dataset, sink: ErrorSink) -> None:
    for figure in dataset.figures.values():
        if figure.source not in dataset.sources:
            continue
        counter = dataset.counter(figure)
        for entry in figure.history:
            if entry.source not in dataset.sources:
                continue
            other = dataset.counter(entry)
            if other != counter:
                sink.add(
                    entry.locs.get("counter", entry.locs["source"]),
                    f"figure '{figure.id}': history entry {entry.value} was counted by {other}, the figure by {counter}; "
                    "a history holds one counter's values: make it a figure of its own, or set counter if the source reports the same counter's count",
                )


def check_charts(refs: list[Reference], dataset: Dataset, sink: ErrorSink) -> None:
    for ref in refs:
        if ref.name not in SINGLE_COUNTER_MARKERS:
            continue
        figures = [dataset.figures[i] for i in ref.ids if i in dataset.figures and dataset.figures[i].source in dataset.sources]
        counters = list(dict.fromkeys(dataset.counter(f) for f in figures))
        if len(counters) > 1:
            sink.add(
                ref.loc,
                f"{ref.raw}: a chart draws one counter's figures, but these come from {' and '.join(counters)}; "
                "chart each counter apart, or show them side by side with {{ compare ID ID … }}",
            )
