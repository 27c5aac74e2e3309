"""The fixture project (tests/fixtures/project/) and helpers for tests that need data loaded.

The fixture project is a small site with invented values (ids such as `fixture-cases`,
publisher "Fixture Publisher"): tests of the site's *rules* pin its values, lines and
strings, which stay put when the real data grows. Tests of claims about the real data use
the real project (conftest.ROOT) instead.
"""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from crimea_record.build_date import build_date
from crimea_record.check.rules import check_dataset
from crimea_record.errors import ErrorSink
from crimea_record.load.data_files import read_dataset
from crimea_record.model.dataset import Dataset

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "project"
FIXTURE_SITE_URL = "https://fixture.example.org/"
FIXTURE_SITE_NAME = "Fixture record"


def load_dataset(data_dir: Path, *, today: dt.date | None = None, label_root: Path | None = None) -> Dataset:
    """Read and check the data; raise DataErrors with every mistake found."""
    sink = ErrorSink()
    dataset = read_dataset(data_dir, sink, label_root=label_root)
    check_dataset(dataset, sink, today=today or build_date())
    sink.raise_if_any()
    return dataset


def fixture_project(target: Path) -> Path:
    """A copy of the fixture project at `target`, with the real hooks/ and the real
    docs/assets/ beside it (hooks/site.py reads the project at its parent's parent)."""
    ignore = shutil.ignore_patterns("__pycache__", "site")
    shutil.copytree(FIXTURE, target, ignore=ignore)
    shutil.copytree(ROOT / "hooks", target / "hooks", ignore=ignore)
    shutil.copytree(ROOT / "docs" / "assets", target / "docs" / "assets", ignore=ignore)
    for data_file in (target / "data").glob("*.yml"):
        # In the copy the schemas sit at ../hooks/, as they do for the real data.
        text = data_file.read_text(encoding="utf-8")
        data_file.write_text(text.replace("$schema=../../../../hooks/", "$schema=../hooks/", 1), encoding="utf-8")
    return target

