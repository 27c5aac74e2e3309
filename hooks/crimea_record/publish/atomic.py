"""Publish a build all at once: build into a folder beside the site, then swap the two.

A build that fails, or is killed, leaves the published site exactly as it was: only the
staging folder (a hidden sibling named `.SITE.building-…`) holds its half-written files, and
the next build removes it. Hidden entries of the published folder (a `.git` of a deployment
checkout, `.nojekyll`) are carried over, as MkDocs itself never deletes them.

Two builds into the same folder take turns: each holds a lock on the folder that holds the
site from its start to its swap, so one never removes the other's staging folder. A build
killed between the swap's two renames leaves the site under `.SITE.previous-…/SITE`; the next
build puts it back before anything else. The published folder's mode follows the umask, as
MkDocs' own output folder does.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; builds there are one at a time anyway
    fcntl = None  # type: ignore[assignment]

_locks: dict[Path, int] = {}


def _prefixes(site_dir: Path) -> tuple[str, str, str]:
    """The staging folder, the previous site during the swap, and a build's other work (the offline copy)."""
    return f".{site_dir.name}.building-", f".{site_dir.name}.previous-", f".{site_dir.name}.work-"


def work_dir(site_dir: Path) -> Path:
    """A new folder beside the site for a build's own work, removed by the next build if this one is killed."""
    return Path(tempfile.mkdtemp(prefix=_prefixes(site_dir)[2], dir=site_dir.parent))


def lock(site_dir: Path) -> None:
    """Wait until no other build is writing `site_dir`, then hold it until `unlock()` (or the process ends)."""
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    if fcntl is None or site_dir in _locks:
        return
    # The folder that holds the site: it is never renamed (the site is), and no lock file is left behind.
    descriptor = os.open(site_dir.parent, os.O_RDONLY)
    fcntl.flock(descriptor, fcntl.LOCK_EX)
    _locks[site_dir] = descriptor


def unlock(site_dir: Path) -> None:
    descriptor = _locks.pop(site_dir, None)
    if descriptor is not None:
        os.close(descriptor)  # releases the lock


def staging_dir(site_dir: Path, *, only_builder: bool = False) -> Path:
    """A new empty folder beside `site_dir` (same file system, so the swap is a rename), the
    folder locked for this build; a site left aside by a killed swap is put back, and staging
    folders left by killed builds are removed. `only_builder`: no other process builds into
    `site_dir` (`mkdocs serve`'s own temporary folder), so no lock is taken."""
    if not only_builder:
        lock(site_dir)
    _restore_previous(site_dir)
    for prefix in _prefixes(site_dir):
        for stale in site_dir.parent.glob(prefix + "*"):
            if stale.is_dir() and not stale.is_symlink():
                shutil.rmtree(stale, ignore_errors=True)
    staging = Path(tempfile.mkdtemp(prefix=_prefixes(site_dir)[0], dir=site_dir.parent))
    staging.chmod(0o777 & ~_umask())
    return staging


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _restore_previous(site_dir: Path) -> None:
    if site_dir.exists() or site_dir.is_symlink():
        return
    kept = sorted(site_dir.parent.glob(_prefixes(site_dir)[1] + "*"), key=lambda p: p.stat().st_mtime, reverse=True)
    for folder in kept:
        if (folder / site_dir.name).is_dir():
            os.rename(folder / site_dir.name, site_dir)
            return


def publish(staging: Path, site_dir: Path) -> None:
    """Put the finished build in place of `site_dir`."""
    try:
        if not site_dir.exists():
            os.rename(staging, site_dir)
            return
        for entry in site_dir.iterdir():
            if entry.name.startswith(".") and not (staging / entry.name).exists():
                os.rename(entry, staging / entry.name)
        previous = Path(tempfile.mkdtemp(prefix=_prefixes(site_dir)[1], dir=site_dir.parent))
        os.rename(site_dir, previous / site_dir.name)
        os.rename(staging, site_dir)
        shutil.rmtree(previous, ignore_errors=True)
    finally:
        unlock(site_dir)


def discard(staging: Path, site_dir: Path | None = None) -> None:
    if staging.is_dir():
        shutil.rmtree(staging, ignore_errors=True)
    if site_dir is not None:
        unlock(site_dir)
