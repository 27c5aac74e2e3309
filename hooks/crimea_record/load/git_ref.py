"""The project's data and pages as they were at a git ref (a branch, a tag, a commit)."""
from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

PROJECT_FILES = ("data", "docs", "translations", "mkdocs.yml")
"""What `prepare()` reads: the data, the pages, their translations and the config naming the site."""


class GitRefError(Exception):
    """The ref cannot be read: not a git checkout, or no such branch, tag or commit."""


def _git(root: Path, *args: str) -> bytes:
    try:
        result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False)
    except FileNotFoundError as exc:
        raise GitRefError("git is not installed") from exc
    if result.returncode != 0:
        raise GitRefError(result.stderr.decode("utf-8", "replace").strip() or f"git {' '.join(args)} failed")
    return result.stdout


def commit_of(root: Path, ref: str) -> str:
    """The full commit id that `ref` names."""
    if ref.startswith("-"):
        raise GitRefError(f"'{ref}' is not a branch, tag or commit")
    for name in (ref, f"origin/{ref}"):  # in a fresh clone, only origin/main may exist
        try:
            return _git(root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{name}^{{commit}}").decode().strip()
        except GitRefError:
            continue
    raise GitRefError(f"'{ref}' is not a branch, tag or commit of this repository")


def _regular_files_only(member: tarfile.TarInfo, path: str) -> tarfile.TarInfo | None:
    """Folders and files; a link (which could point outside the project) is left out."""
    if member.issym() or member.islnk():
        return None
    return tarfile.data_filter(member, path)


def extract_at(root: Path, ref: str, dest: Path) -> str:
    """Write data/, docs/, translations/ and mkdocs.yml as they were at `ref` into `dest`; returns the commit."""
    commit = commit_of(root, ref)
    prefix = _git(root, "rev-parse", "--show-prefix").decode().strip()  # root may be a subfolder
    tree = f"{commit}:{prefix}" if prefix else commit
    present = _git(root, "ls-tree", "--name-only", tree, "--", *PROJECT_FILES).decode().split()
    dest.mkdir(parents=True, exist_ok=True)
    if present:
        archive = _git(root, "archive", "--format=tar", tree, "--", *present)
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(dest, filter=_regular_files_only)
    return commit
