"""The whole site as plain Markdown that any MkDocs-compatible generator builds without the hooks.

The export writes into a new folder and swaps it in; it replaces only a folder that a previous
export made (it holds the file EXPORT_MARK) and refuses the project itself, its own folders,
any folder that holds the project, and any other folder that is not empty.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from .portable_config import THEME_DIR, custom_dir, portable_config

EXPORT_MARK = ".crimea-record-export"
PROJECT_FOLDERS = ("data", "docs", "hooks", "tests", "translations", ".git", ".github", ".ci", ".venv")


class ExportRefused(Exception):
    """The folder given to the export is not one it may write."""


def check_target(root: Path, out: Path) -> None:
    """Raise ExportRefused, saying why, unless `out` may be (re)written by the export."""
    root, target = root.resolve(), out.resolve()
    if target == root or target in root.parents:
        raise ExportRefused(f"{out} holds the project itself: name a new folder, e.g. ../site-markdown")
    for name in PROJECT_FOLDERS:
        folder = root / name
        if target == folder or folder in target.parents:
            raise ExportRefused(f"{out} is inside the project's own {name}/ folder: name a folder outside it, e.g. ../site-markdown")
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise ExportRefused(f"{out} exists and is not a folder: name a new folder")
    if out.is_dir() and any(out.iterdir()) and not (out / EXPORT_MARK).is_file():
        raise ExportRefused(f"{out} is not empty and was not made by this export: name a new or empty folder")


def write_markdown(content, root: Path, out: Path) -> None:
    """Write pages, assets and downloads, every reference expanded, and a config without hooks."""
    check_target(root, out)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.export-", dir=out.parent))
    try:
        _write(content, root, staging)
        (staging / EXPORT_MARK).write_text("Written by python -m crimea_record markdown; the next export replaces this folder.\n", encoding="utf-8")
        if out.is_dir():
            previous = Path(tempfile.mkdtemp(prefix=f".{out.name}.previous-", dir=out.parent))
            out.rename(previous / out.name)
            staging.rename(out)
            shutil.rmtree(previous)
        else:
            staging.rename(out)
    finally:
        if staging.exists():
            shutil.rmtree(staging)


def _write(content, root: Path, out: Path) -> None:
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
        # The bilingual sitemap pairs each page with its uk/ page, which the export does not hold.
        shutil.copytree(root / theme, out / THEME_DIR, ignore=shutil.ignore_patterns("sitemap.xml"))
    (out / "mkdocs.yml").write_text(portable_config(config), encoding="utf-8")
