"""One search index per language, so that each language searches its own pages.

Material's search plugin writes one index of every page (`search/search_index.json`); it is
split here by the pages' language folders: the source language's pages stay in that file and
each translated language's go to `<folder>search/search_index.json`. Locations stay relative
to the site's root, as Material resolves them. The theme loads a page's own language's index
when the reader first uses search (hooks/theme/main.html, assets/search-on-demand.js).
"""
from __future__ import annotations

import json
from pathlib import Path

INDEX = "search/search_index.json"


def split(site: Path, folders: list[str]) -> dict[str, int]:
    """Rewrite the site's index as one index per language folder ('' is the source language);
    returns how many entries each holds, by folder."""
    path = site / INDEX
    if not path.is_file():
        return {}
    index = json.loads(path.read_text(encoding="utf-8"))
    translated = sorted((f for f in folders if f), key=len, reverse=True)
    by_folder: dict[str, list] = {folder: [] for folder in folders}
    for doc in index.get("docs", []):
        folder = next((f for f in translated if doc.get("location", "").startswith(f)), "")
        by_folder.setdefault(folder, []).append(doc)
    for folder, docs in by_folder.items():
        target = site / folder / INDEX
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps({**index, "docs": docs}, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return {folder: len(docs) for folder, docs in by_folder.items()}
