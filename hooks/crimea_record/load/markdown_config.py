"""The Markdown extensions mkdocs.yml lists, read without MkDocs (for `check`, which renders the pages as the build does)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class _Tolerant(yaml.SafeLoader):
    """mkdocs.yml may hold !!python/name and !ENV tags; here they only need to parse."""


_Tolerant.add_multi_constructor("", lambda loader, suffix, node: None)


def markdown_extensions(root: Path) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """The extensions' names and their settings, in the order mkdocs.yml lists them."""
    config = root / "mkdocs.yml"
    data = yaml.load(config.read_text(encoding="utf-8"), Loader=_Tolerant) if config.is_file() else None
    names: list[str] = ["toc", "tables", "fenced_code"]  # what MkDocs adds to every list
    settings: dict[str, dict[str, Any]] = {}
    for entry in (data or {}).get("markdown_extensions") or []:
        if isinstance(entry, dict):
            for name, options in entry.items():
                names += [] if name in names else [name]
                settings[name] = options or {}
        elif isinstance(entry, str) and entry not in names:
            names.append(entry)
    return names, settings
