"""The package stays readable: lint and types clean, and each stage imports only earlier ones."""
from __future__ import annotations

import ast
import subprocess
import sys

import pytest
from conftest import ROOT

PACKAGE = ROOT / "hooks" / "crimea_record"
# Each stage may import the stages before it, never one after it (so no cycles between them).
ORDER = ["errors", "build_date", "i18n", "model", "load", "check", "render", "publish", "pipeline", "cli", "__main__"]
MODEL_MAY_IMPORT = {"errors"}


def _stage(module: str) -> str:
    return module.split(".")[0]


def _imports(path) -> set[str]:
    """Modules of this package that `path` imports, as dotted names relative to the package."""
    rel = path.relative_to(PACKAGE).with_suffix("")
    parts = list(rel.parts[:-1]) if rel.name != "__init__" else list(rel.parts[:-1])
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = parts[: len(parts) - (node.level - 1)] if node.level > 1 else parts
            target = ".".join([*base, *(node.module.split(".") if node.module else [])])
            names = [target] if node.module else [f"{target}.{a.name}".lstrip(".") for a in node.names]
            found.update(n for n in names if n)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("crimea_record"):
            found.add(node.module.removeprefix("crimea_record").lstrip("."))
    return found


def test_each_stage_imports_only_the_stages_before_it():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        stage = _stage(module)
        for imported in _imports(path):
            other = _stage(imported)
            if other == stage or not other:
                continue
            if stage == "model" and other in MODEL_MAY_IMPORT:
                continue
            if ORDER.index(other) > ORDER.index(stage):
                wrong.append(f"{module} imports {imported} ({other} comes after {stage})")
    assert not wrong, "\n".join(wrong)


def test_nothing_in_the_package_imports_mkdocs():
    users = [p.name for p in PACKAGE.rglob("*.py") if any(m.split(".")[0] == "mkdocs" for m in _absolute_imports(p))]
    assert not users, f"these modules import MkDocs; only hooks/site.py may: {users}"


def _absolute_imports(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            out.add(node.module)
    return out


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-m", "ruff", "check", "hooks", "tests", ".ci"],
        [sys.executable, "-m", "mypy"],
    ],
    ids=["ruff", "mypy"],
)
def test_lint_and_types_are_clean(command):
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
