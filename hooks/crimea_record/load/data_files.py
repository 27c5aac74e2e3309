"""Read data/*.yml into one Dataset, or raise DataErrors listing every mistake."""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import ErrorSink, Loc, shown_path
from ..i18n import languages
from ..model.dataset import Dataset
from ..model.kinds import KINDS
from .plain_text import FORBIDDEN
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
        shown = shown_path(path, label_root or data_dir.parent)
        if not path.exists():
            sink.add(Loc(shown, 1), f"the data file is missing: create {filename} (an empty list [] is fine)")
            dataset.unreadable.add(kind)
            continue
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw.count(b"\n", 0, exc.start) + 1
            sink.add(Loc(shown, line), f"the file is not UTF-8 text ({exc.reason}): save it as UTF-8")
            _skip_ids_in(raw.decode("utf-8", "replace"), kind, dataset)
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

