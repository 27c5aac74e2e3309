"""The whole site as plain Markdown that any MkDocs-compatible generator builds without the hooks."""
from __future__ import annotations

import shutil
from pathlib import Path

from .portable_config import THEME_DIR, custom_dir, portable_config


def write_markdown(content, root: Path, out: Path) -> None:
    """Write pages, assets and downloads, every reference expanded, and a config without hooks."""
    if out.exists():
        shutil.rmtree(out)
    docs = root / "docs"
    shutil.copytree(docs, out / "docs", ignore=shutil.ignore_patterns("*.md"))
    for path in content.pages:
        target = out / "docs" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content.portable(path), encoding="utf-8")
    for path, data in content.downloads.items():
        target = out / "docs" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    theme = custom_dir(config)
    if theme:
        shutil.copytree(root / theme, out / THEME_DIR)
    (out / "mkdocs.yml").write_text(portable_config(config), encoding="utf-8")
