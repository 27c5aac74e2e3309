"""Read data/*.yml into one Dataset, or raise DataErrors listing every mistake."""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import ErrorSink, Loc
from ..i18n import languages
from ..model.dataset import Dataset
from ..model.kinds import KINDS
from .plain_text import FORBIDDEN
from .project_files import read_text, shown_path_no_resolve
from .records_from_yaml import DATA_KEYS, build_record
from .yaml_nodes import parse_yaml


def read_dataset(data_dir: Path, sink: ErrorSink, *, label_root: Path | None = None) -> Dataset:
    """Build records from every data file; mistakes go to `sink`, valid records are kept.
    Each translated language's text is read from its registry `data_key` (`uk:`, …)."""
    registry = languages.load(label_root or data_dir.parent)
    token = DATA_KEYS.set({lang.data_key: lang.english_name for lang in registry.translated if lang.data_key})
    try:
        return _read(data_dir, sink, label_root)
    finally:
        DATA_KEYS.reset(token)


def _read(data_dir: Path, sink: ErrorSink, label_root: Path | None) -> Dataset:
    dataset = Dataset()
    for kind, spec in KINDS.items():
        filename, cls = spec.data_file, spec.record
        path = data_dir / filename
        shown = shown_path_no_resolve(path, label_root or data_dir.parent)
        if not path.exists() and not path.is_symlink():
            sink.add(Loc(shown, 1), f"the data file is missing: create {filename} (an empty list [] is fine)")
            dataset.unreadable.add(kind)
            continue
        text = read_text(path, shown, sink)
        if text is None:
            dataset.unreadable.add(kind)
            if path.is_file() and not path.is_symlink():
                _skip_ids_in(path.read_bytes().decode("utf-8", "replace"), kind, dataset)
            continue
        root = parse_yaml(text, shown, sink, item_kind=kind)
        if root is None or root.kind != "list":
            if root is not None:
                sink.add(root.loc, f"{filename} must be a list of entries, each starting with '- id:'")
            _skip_ids_in(text, kind, dataset)
            continue
        records = dataset.of_kind(kind)
        for number, item in enumerate(root.value, 1):
            raw_id = item.value.get("id").value if item.kind == "mapping" and "id" in item.value else None
            what = f"{kind} '{raw_id}'" if raw_id is not None else f"{kind} number {number} in the file (no id yet)"
            record = build_record(cls, item, what, sink)
            if record is None:
                if isinstance(raw_id, str):
                    dataset.broken_ids.add((kind, raw_id))
                continue
            if record.id in records:
                first = records[record.id].locs["__record__"]
                sink.add(record.locs["id"], f"{kind} '{record.id}': this id is already used on line {first.line}: give each {kind} its own id")
                continue
            records[record.id] = record
    return dataset


_ID_LINE = re.compile(r"^\s*(?:-\s+)?id:\s*[\"']?([^\s\"'#]+)", re.M)


def _skip_ids_in(text: str, kind: str, dataset: Dataset) -> None:
    """A file that cannot be read still names its ids: references to them are not reported."""
    dataset.broken_ids.update((kind, found) for found in _ID_LINE.findall(FORBIDDEN.sub("", text)))

