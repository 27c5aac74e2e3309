#!/usr/bin/env python3
"""Locked dependencies: re-lock them, and check for and apply updates with the tests as the gate.

    python3 .ci/deps.py lock              re-lock after editing pyproject.toml (keeps locked versions that still fit)
    python3 .ci/deps.py update --check    list the updates that exist; change nothing
    python3 .ci/deps.py update            try them: new pins + new lock in a throw-away venv, run every
                                          test there, and keep them only if all tests pass
    python3 .ci/deps.py update --major    the same, also across major versions (MkDocs 2, Material 10, ...)

Every dependency, direct or not, with the build backend, is locked with hashes in
.ci/requirements.lock (the README's commands install from it with --require-hashes). Direct
dependencies stay pinned with == in pyproject.toml. The locking tool (uv) is itself installed
from .ci/tools.lock, with hashes, into .ci/.tools/. Standard library only: runs on a bare Python 3.11.
"""
from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
LOCK = ROOT / ".ci" / "requirements.lock"
TOOLS_LOCK = ROOT / ".ci" / "tools.lock"
TOOLS = ROOT / ".ci" / ".tools"
# Lowest Python the lock must serve: pymdown-extensions 13.1 needs 3.11.5 or newer.
PYTHON_FLOOR = "3.11.5"
LOCK_COMMAND = "python3 .ci/deps.py lock"
_PIN = re.compile(r'"([A-Za-z0-9][A-Za-z0-9._-]*)==([^";\s]+)"')
_LOCKED = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", re.M)


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def run(cmd: list, **kwargs) -> subprocess.CompletedProcess:
    print("+", shlex.join(str(c) for c in cmd), flush=True)
    return subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def uv() -> Path:
    """uv from .ci/tools.lock, installed once into .ci/.tools (re-installed when the lock changes)."""
    stamp = TOOLS / "tools.lock"
    exe = TOOLS / "bin" / "uv"
    if not (exe.exists() and stamp.exists() and stamp.read_text() == TOOLS_LOCK.read_text()):
        shutil.rmtree(TOOLS, ignore_errors=True)
        run([sys.executable, "-m", "venv", TOOLS])
        run([TOOLS / "bin" / "pip", "install", "-q", "--require-hashes", "-r", TOOLS_LOCK])
        shutil.copy(TOOLS_LOCK, stamp)
    return exe


def direct_pins(pyproject_text: str) -> dict[str, str]:
    """Every "name==version" among the project's dependencies and optional dependencies."""
    project = tomllib.loads(pyproject_text)["project"]
    specs = list(project.get("dependencies", []))
    for extra in project.get("optional-dependencies", {}).values():
        specs += extra
    pins = {}
    for spec in specs:
        match = _PIN.fullmatch(f'"{spec.strip()}"')
        if match:
            pins[normalize(match.group(1))] = match.group(2)
    return pins


def locked_versions(lock_text: str) -> dict[str, str]:
    return {normalize(name): version for name, version in _LOCKED.findall(lock_text)}


def compile_lock(pyproject: Path, output: Path, *, upgrade: bool) -> None:
    """Lock pyproject's dependencies, its test extra and its build backend, with hashes."""
    config = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    extras = sorted(config["project"].get("optional-dependencies", {}))
    with tempfile.TemporaryDirectory() as tmp:
        build = Path(tmp) / "build-system.in"
        build.write_text("\n".join(config["build-system"]["requires"]) + "\n", encoding="utf-8")
        if LOCK.exists() and not upgrade and output != LOCK:
            shutil.copy(LOCK, output)  # uv keeps the versions already in the output file
        cmd = [
            uv(), "pip", "compile", pyproject, build, "--generate-hashes", "--universal",
            "--python-version", PYTHON_FLOOR, "--no-python-downloads", "-q",
            "--custom-compile-command", LOCK_COMMAND, "-o", output,
        ]
        for extra in extras:
            cmd += ["--extra", extra]
        if upgrade:
            cmd.append("--upgrade")
        run(cmd, cwd=ROOT, env={**os.environ, "UV_NO_CONFIG": "1"})
        text = output.read_text(encoding="utf-8").replace(f"-r {build}", "pyproject.toml [build-system]")
        text = text.replace(str(pyproject), "pyproject.toml")
        output.write_text(text, encoding="utf-8")


def newest_direct(pins: dict[str, str], *, major: bool) -> dict[str, str]:
    """The newest versions of the direct dependencies that resolve together (same major unless --major)."""
    def relaxed(name: str, version: str) -> str:
        first = version.split(".")[0]
        if major or not first.isdigit():
            return f"{name}>={version}"
        return f"{name}>={version},<{int(first) + 1}"

    with tempfile.TemporaryDirectory() as tmp:
        wanted = Path(tmp) / "direct.in"
        wanted.write_text("\n".join(relaxed(n, v) for n, v in pins.items()) + "\n", encoding="utf-8")
        result = run(
            [uv(), "pip", "compile", wanted, "--upgrade", "--universal", "--python-version", PYTHON_FLOOR,
             "--no-python-downloads", "-q", "--no-header", "--no-annotate"],
            cwd=ROOT, env={**os.environ, "UV_NO_CONFIG": "1"}, capture_output=True, text=True,
        )
    resolved = locked_versions(result.stdout)
    return {name: resolved[name] for name in pins if name in resolved}


def repin(pyproject_text: str, new: dict[str, str]) -> str:
    def swap(match: re.Match) -> str:
        name = normalize(match.group(1))
        return f'"{match.group(1)}=={new[name]}"' if name in new else match.group(0)

    return _PIN.sub(swap, pyproject_text)


def show_changes(title: str, old: dict[str, str], new: dict[str, str]) -> bool:
    changed = sorted(n for n in old.keys() | new.keys() if old.get(n) != new.get(n))
    print(f"\n{title}: " + ("none" if not changed else ""))
    for name in changed:
        print(f"  {name}: {old.get(name, '(new)')} -> {new.get(name, '(removed)')}")
    return bool(changed)


def test_in_fresh_venv(lock: Path, venv: Path) -> bool:
    """The README's test command, but in a throw-away venv built from the candidate lock."""
    run([sys.executable, "-m", "venv", venv])
    pip = venv / "bin" / "pip"
    run([pip, "install", "-q", "--require-hashes", "-r", lock])
    run([pip, "install", "-q", "--no-deps", "--no-build-isolation", "-e", ROOT])
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([venv / "bin" / "python", "-m", "pytest", "-q"], cwd=ROOT, env=env).returncode == 0


def update(*, check: bool, major: bool) -> int:
    original, original_lock = PYPROJECT.read_text(encoding="utf-8"), LOCK.read_text(encoding="utf-8")

    def restore() -> None:
        PYPROJECT.write_text(original, encoding="utf-8")
        LOCK.write_text(original_lock, encoding="utf-8")

    pins = direct_pins(original)
    newer = {n: v for n, v in newest_direct(pins, major=major).items() if v != pins[n]}
    show_changes("Direct dependencies (pyproject.toml)", pins, {**pins, **newer})
    try:
        # The candidate goes where the tests look for it; restore() puts the old files back.
        PYPROJECT.write_text(repin(original, newer), encoding="utf-8")
        compile_lock(PYPROJECT, LOCK, upgrade=True)
        changed = show_changes("Locked versions (.ci/requirements.lock)", locked_versions(original_lock), locked_versions(LOCK.read_text()))
        if check or not changed:
            restore()
            print("\nnothing changed" + (" (check only)" if check and changed else ""))
            return 0
        print("\nrunning every test against the updated versions ...", flush=True)
        with tempfile.TemporaryDirectory() as tmp:
            passed = test_in_fresh_venv(LOCK, Path(tmp) / "venv")
        if not passed:
            restore()
            print("\nUPDATE REJECTED: tests failed with the versions above; pyproject.toml and the lock are unchanged.")
            return 1
    except BaseException:
        restore()
        raise
    print("\nUPDATE APPLIED: every test passed. Reinstall with the README's command, then commit pyproject.toml and .ci/requirements.lock.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 .ci/deps.py", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    lock = commands.add_parser("lock", help="re-lock .ci/requirements.lock from pyproject.toml")
    lock.add_argument("--upgrade", action="store_true", help="newest versions that fit pyproject.toml, not the locked ones")
    upd = commands.add_parser("update", help="find updates, test them in a throw-away venv, apply only if every test passes")
    upd.add_argument("--check", action="store_true", help="only list the updates")
    upd.add_argument("--major", action="store_true", help="also cross major versions")
    args = parser.parse_args(argv)
    if args.command == "lock":
        compile_lock(PYPROJECT, LOCK, upgrade=args.upgrade)
        print(f"wrote {LOCK.relative_to(ROOT)}")
        return 0
    return update(check=args.check, major=args.major)


if __name__ == "__main__":
    sys.exit(main())
