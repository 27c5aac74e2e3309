"""Publish a build all at once: build into a folder beside the site, then swap the two.

A build that fails, or is killed, leaves the published site exactly as it was: only the
staging folder (a hidden sibling named `.SITE.building-…`) holds its half-written files, and
the next build removes it. Hidden entries of the published folder (a `.git` of a deployment
checkout, `.nojekyll`) are carried over, as MkDocs itself never deletes them.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def _prefixes(site_dir: Path) -> tuple[str, str]:
    return f".{site_dir.name}.building-", f".{site_dir.name}.previous-"


def staging_dir(site_dir: Path) -> Path:
    """A new empty folder beside `site_dir` (same file system, so the swap is a rename);
    staging folders left by killed builds are removed first."""
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    for prefix in _prefixes(site_dir):
        for stale in site_dir.parent.glob(prefix + "*"):
            if stale.is_dir() and not stale.is_symlink():
                shutil.rmtree(stale, ignore_errors=True)
    return Path(tempfile.mkdtemp(prefix=_prefixes(site_dir)[0], dir=site_dir.parent))


def publish(staging: Path, site_dir: Path) -> None:
    """Put the finished build in place of `site_dir`."""
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


def discard(staging: Path) -> None:
    if staging.is_dir():
        shutil.rmtree(staging, ignore_errors=True)
