"""Every dependency is locked with hashes, the lock agrees with pyproject.toml, and this run used it."""
from __future__ import annotations

import importlib.metadata
import importlib.util
import re
import tomllib

from conftest import ROOT
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

_spec = importlib.util.spec_from_file_location("ci_deps", ROOT / ".ci" / "deps.py")
deps = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(deps)

LOCK_TEXT = (ROOT / ".ci" / "requirements.lock").read_text(encoding="utf-8")
PYPROJECT_TEXT = (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def locked_entries() -> list[tuple[str, str, str, list[str]]]:
    """(name, version, marker, hashes) for each entry of the lock."""
    entries = []
    for block in re.split(r"\n(?=[A-Za-z0-9])", LOCK_TEXT):
        head = re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\\n]+))?", block)
        if head:
            entries.append((head.group(1), head.group(2), (head.group(3) or "").strip(), re.findall(r"--hash=sha256:([0-9a-f]{64})", block)))
    return entries


def test_every_locked_package_has_a_hash():
    entries = locked_entries()
    assert len(entries) > 30
    assert [name for name, _v, _m, hashes in entries if not hashes] == []


def test_every_pin_in_pyproject_is_locked_at_that_version():
    """Fails after a pin is added or changed without `python3 .ci/deps.py lock`."""
    locked = {canonicalize_name(n): v for n, v, _m, _h in locked_entries()}
    pins = deps.direct_pins(PYPROJECT_TEXT)
    assert pins, "pyproject.toml pins its direct dependencies with =="
    assert {n: locked.get(n) for n in pins} == pins


def test_the_lock_holds_the_build_backend():
    locked = {canonicalize_name(n): v for n, v, _m, _h in locked_entries()}
    for requirement in tomllib.loads(PYPROJECT_TEXT)["build-system"]["requires"]:
        req = Requirement(requirement)
        assert req.specifier.contains(locked[canonicalize_name(req.name)]), requirement


def test_this_run_uses_exactly_the_locked_versions():
    wrong = {}
    for name, version, marker, _hashes in locked_entries():
        if marker and not Marker(marker).evaluate():
            continue
        installed = importlib.metadata.version(name)
        if installed != version:
            wrong[name] = (version, installed)
    assert wrong == {}, "reinstall with the README's test command"


def test_repin_changes_only_the_named_pins():
    text = 'dependencies = [\n  "mkdocs==1.6.1",\n  "PyYAML==6.0.3",\n]\ntest = ["pytest==9.2.0"]\n'
    assert deps.repin(text, {"pyyaml": "6.0.4", "pytest": "9.3.0"}) == text.replace("6.0.3", "6.0.4").replace("9.2.0", "9.3.0")
    assert deps.direct_pins("[project]\n" + text.replace("test = [", "[project.optional-dependencies]\ntest = [")) == {
        "mkdocs": "1.6.1",
        "pyyaml": "6.0.3",
        "pytest": "9.2.0",
    }
