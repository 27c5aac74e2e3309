"""Files a build makes slowly (share cards, PDF briefs), kept on this machine by what they are
made from: a build draws or renders one again only when its input changed. Shared by every
build on the machine (the offline copy's and the tests' included); deleting the folder is safe."""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path


def cache_folder(variable: str, name: str) -> Path:
    """$variable if set, else ~/.cache/crimea-record/<name> (or under $XDG_CACHE_HOME)."""
    base = os.environ.get(variable) or os.path.join(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache", "crimea-record", name)
    return Path(base)


def lookup(path: Path) -> bytes | None:
    """The bytes at `path` if they were stored there, else None (nothing is made)."""
    try:
        return path.read_bytes()
    except OSError:
        return None


def stored(path: Path, make: Callable[[], bytes]) -> bytes:
    """The bytes at `path`, else made and stored there (a read-only or missing cache only costs the making)."""
    found = lookup(path)
    if found is not None:
        return found
    data = make()
    try:
        write_whole(path, data)
    except OSError:
        pass
    return data


def write_whole(path: Path, data: bytes) -> None:
    """`data` at `path`, whole or not at all: another process may read it at the same time."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    partial.write_bytes(data)
    partial.replace(path)
