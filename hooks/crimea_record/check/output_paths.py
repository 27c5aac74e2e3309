"""Every page and file the build writes has an address of its own, on every system.

A record id or a page name must never make two pages land in one file (a figure with id
`index` would replace the Figures page: `figures/index.md` and `figures.md` both become
`figures/index.html`), nor two names that Windows or macOS take for the same file (names
that differ only in case or Unicode normalisation), nor a name Windows reserves (con, nul,
com1 …), which could not be checked out there.
"""
from __future__ import annotations

import re
import unicodedata

from ..errors import ErrorSink, Loc

WINDOWS_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))})
_UNPORTABLE = re.compile(r'[<>:"\\|?*\x00-\x1f]')


def output_file(path: str) -> str:
    """The file a page (relative to docs/) is written to, with directory URLs: figures.md -> figures/index.html."""
    if not path.endswith(".md"):
        return path
    stem = path[:-3]
    folder, _, name = stem.rpartition("/")
    if name in ("index", "README"):
        return f"{folder}/index.html" if folder else "index.html"
    return f"{stem}/index.html"


def same_file_key(path: str) -> str:
    """Two paths with the same key are one file on Windows and macOS."""
    return unicodedata.normalize("NFC", path).casefold()


def unportable_name(path: str) -> str | None:
    """Why `path` cannot be a file name on every system, or None."""
    for part in path.split("/"):
        stem = part.split(".", 1)[0].lower()
        if stem in WINDOWS_RESERVED:
            return f"'{part}' is a name Windows reserves for a device"
        if _UNPORTABLE.search(part):
            return f"'{part}' holds a character Windows does not allow in file names"
        if part.endswith((".", " ")):
            return f"'{part}' ends with a dot or a space, which Windows drops"
    return None


def check_output_paths(entries: list[tuple[str, Loc | None, str]], sink: ErrorSink) -> None:
    """`entries`: each page or file (relative to docs/), where it comes from (None: the build
    itself, whose names are fixed) and how to name it to an editor, in order; a later entry that
    collides is the mistake. One mistake per place."""
    seen: dict[str, str] = {}
    said: set[Loc] = set()
    for path, loc, what in entries:
        out = output_file(path)
        key = same_file_key(out)
        first = seen.get(key)
        problem = None
        if first is not None and loc is not None:
            how = "" if first == out else f" (on Windows and macOS the same file as {first})"
            problem = f"{what} would be published as {out}{how}, where another page or file of the site already is: choose another {'id' if what.startswith(('figure', 'the')) else 'name'}"
        elif loc is not None and unportable_name(path):
            problem = f"{what}: {unportable_name(path)}, so the project could not be checked out there: choose another {'id' if what.startswith('figure') else 'name'}"
        seen.setdefault(key, out)
        if problem and loc is not None and loc not in said:
            said.add(loc)
            sink.add(loc, problem)
