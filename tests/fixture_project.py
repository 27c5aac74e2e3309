"""Helpers for tests that need the data loaded without building the site."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from crimea_record.check.rules import check_dataset
from crimea_record.errors import ErrorSink
from crimea_record.load.data_files import read_dataset
from crimea_record.model.dataset import Dataset


def load_dataset(data_dir: Path, *, today: dt.date | None = None, label_root: Path | None = None) -> Dataset:
    """Read and check the data; raise DataErrors with every mistake found."""
    sink = ErrorSink()
    dataset = read_dataset(data_dir, sink, label_root=label_root)
    check_dataset(dataset, sink, today=today or dt.date.today())
    sink.raise_if_any()
    return dataset
