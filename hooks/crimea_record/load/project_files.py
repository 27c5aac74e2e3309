"""Every file the site is made from, read one way: a regular file of UTF-8 text inside the project.

A symbolic link in data/, docs/ or translations/ is refused (it could publish a file from outside
the project: .git/config, /etc/passwd), and so is a page or data file that is a folder, a broken
link or a loop; each as a located mistake, never a traceback.
"""
from __future__ import annotations

import os
from pathlib import Path

from ..errors import ErrorSink, Loc, shown_path

FOLDERS = ("data", "docs", "translations")
"""The project folders whose files reach the site."""
SYMLINK = "a symbolic link: the site is built only from files inside the project, and a link could publish any file on the machine; put the file itself here"


def read_text(path: Path, shown: str, sink: ErrorSink) -> str | None:
    """The file's text, or None with the mistake in `sink` (a missing file is the caller's to report)."""
    if path.is_symlink():
        sink.add(Loc(shown, 1), SYMLINK)
        return None
    if path.is_dir():
        sink.add(Loc(shown, 1), "a folder where a file is expected: rename the folder or put the file here")
        return None
    try:
        raw = path.read_bytes()
    except OSError as exc:
        sink.add(Loc(shown, 1), f"the file cannot be read ({exc.strerror or exc}): replace it with a regular file")
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        sink.add(Loc(shown, line, col), f"the file is not UTF-8 text ({exc.reason}): save it as UTF-8")
        return None


def symlinks(folder: Path) -> list[Path]:
    """Every symbolic link under `folder` (the links themselves, never followed)."""
    found: list[Path] = []
    if folder.is_symlink():
        return [folder]
    for parent, dirs, files in os.walk(folder, followlinks=False):
        for name in sorted(dirs + files):
            entry = Path(parent) / name
            if entry.is_symlink():
                found.append(entry)
    return found


def check_no_symlinks(root: Path, sink: ErrorSink, folders: list[Path] | None = None) -> None:
    for folder in folders or [root / name for name in FOLDERS]:
        for link in symlinks(folder):
            sink.add(Loc(shown_path_no_resolve(link, root), 1), SYMLINK)


def shown_path_no_resolve(path: Path, root: Path) -> str:
    """A link's own path relative to the project (shown_path would follow it)."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return shown_path(path, root)


def markdown_files(folder: Path) -> list[Path]:
    """The pages under `folder`: *.md entries, links and folders included (read_text refuses those)."""
    found: list[Path] = []
    if not folder.is_dir() or folder.is_symlink():
        return found
    for parent, dirs, files in os.walk(folder, followlinks=False):
        for name in dirs + files:
            if name.endswith(".md"):
                found.append(Path(parent) / name)
    return sorted(found)
