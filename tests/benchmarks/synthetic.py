"""Synthetic but valid project data at N times the real data, for the scale benchmark.

Copy 0 is the real data and prose, unchanged. Copies 1..N-1 repeat every record of every
kind with the suffix `-xK` on its id and on every id it points to (which fields point to
what is read from the records' `ref` metadata, the same metadata that drives loading), and
repeat every prose page under docs/scale/K/ with its reference markers and anchored links
pointing to copy K (links to generated pages, which exist once, point up to them). The copies are left out of the navigation (`not_in_nav`) so that the
nav, which Material renders into every page, stays the size an editor would keep it.
"""
from __future__ import annotations

import dataclasses
import re
import shutil
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "hooks"))

from crimea_record.load.markers import MARKER, MARKERS  # noqa: E402
from crimea_record.model.fields import field_specs, unwrap_optional  # noqa: E402
from crimea_record.model.kinds import KINDS  # noqa: E402
from crimea_record.render.pages.registry import single_paths  # noqa: E402

KIND_PAGES = {kind.page for kind in KINDS.values() if kind.page}
_LINK = re.compile(r"\]\((?P<page>[a-z0-9_-]+\.md)(?:#(?P<anchor>[a-z0-9-]+))?\)")


class _NoAliases(yaml.SafeDumper):
    """The data files refuse YAML aliases: write shared values out each time."""

    def ignore_aliases(self, data) -> bool:
        return True


def suffixed(record_id: str, copy: int) -> str:
    return record_id if copy == 0 else f"{record_id}-x{copy}"


def _rename(cls: type, raw: dict, copy: int) -> dict:
    """A record's YAML mapping with its id and every id it refers to renamed for `copy`."""
    out = dict(raw)
    for f, tp in field_specs(cls):
        if f.name not in out or out[f.name] is None:
            continue
        value = out[f.name]
        inner = unwrap_optional(tp)
        if f.name == "id" or f.metadata.get("ref"):
            out[f.name] = [suffixed(v, copy) for v in value] if isinstance(value, list) else suffixed(value, copy)
        elif dataclasses.is_dataclass(inner) and isinstance(value, dict):
            out[f.name] = _rename(inner, value, copy)
        elif isinstance(value, list) and getattr(inner, "__args__", None):
            (item_tp,) = inner.__args__
            if dataclasses.is_dataclass(item_tp):
                out[f.name] = [_rename(item_tp, item, copy) for item in value]
    return out


def write_data(source_data: Path, target_data: Path, factor: int) -> dict[str, int]:
    """Write data/*.yml at `factor` times the records of `source_data`; return counts by kind."""
    from crimea_record.load.yaml_nodes import _Loader  # dates stay text, exactly as written

    target_data.mkdir(parents=True, exist_ok=True)
    counts = {}
    for kind, spec in KINDS.items():
        filename, cls = spec.data_file, spec.record
        records = yaml.load((source_data / filename).read_text(encoding="utf-8"), Loader=_Loader) or []
        scaled = [_rename(cls, raw, copy) for copy in range(factor) for raw in records]
        (target_data / filename).write_text(
            yaml.dump(scaled, Dumper=_NoAliases, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8"
        )
        counts[kind] = len(scaled)
    return counts


def _prose_copy(text: str, copy: int, depth: int) -> str:
    up = "../" * depth

    def marker(match: re.Match) -> str:
        tokens = match.group(2).split()
        if MARKERS[match.group(1)].dated:  # {{ past ID DATE }}: the date stays as it is
            tokens = [suffixed(tokens[0], copy), *tokens[1:]]
        else:
            tokens = [suffixed(i, copy) for i in tokens]
        ids = " ".join(tokens)
        return "{{ " + match.group(1) + " " + ids + " }}"

    def link(match: re.Match) -> str:
        page, anchor = match.group("page"), match.group("anchor")
        if page not in single_paths():
            return match.group(0)  # another prose page: copied beside this one
        if page in KIND_PAGES and anchor:  # a record's anchor: copy K's record
            anchor = suffixed(anchor, copy)
        return f"]({up}{page}" + (f"#{anchor}" if anchor else "") + ")"

    return _LINK.sub(link, MARKER.sub(marker, text))


def write_docs(source_docs: Path, target_docs: Path, factor: int) -> int:
    """Copy docs/ and add factor-1 copies of every prose page; return the prose page count."""
    shutil.copytree(source_docs, target_docs)
    prose = sorted(source_docs.glob("*.md"))
    for copy in range(1, factor):
        folder = target_docs / "scale" / str(copy)
        folder.mkdir(parents=True)
        for page in prose:
            (folder / page.name).write_text(_prose_copy(page.read_text(encoding="utf-8"), copy, depth=2), encoding="utf-8")
    return len(prose) * factor


def write_project(target: Path, factor: int) -> dict[str, int]:
    """A complete project (data, docs, hooks, translations, mkdocs.yml) at `factor` times the real data."""
    counts = write_data(ROOT / "data", target / "data", factor)
    counts["prose page"] = write_docs(ROOT / "docs", target / "docs", factor)
    shutil.copytree(ROOT / "hooks", target / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
    # The languages and their translations: every language's pages are built, as on the real site.
    shutil.copytree(ROOT / "translations", target / "translations")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    if factor > 1 and "\nnot_in_nav: |\n" in config:  # keep the site's own patterns
        config = config.replace("\nnot_in_nav: |\n", "\nnot_in_nav: |\n  /scale/\n", 1)
    elif factor > 1:
        config += "\nnot_in_nav: |\n  /scale/\n"
    (target / "mkdocs.yml").write_text(config, encoding="utf-8")
    return counts
