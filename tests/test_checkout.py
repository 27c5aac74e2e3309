"""The tests exercise this checkout's code, never an installed copy of it."""
from __future__ import annotations

import subprocess
import sys

from conftest import MKDOCS_ENV, ROOT

import crimea_record


def test_the_package_under_test_is_this_checkouts():
    assert crimea_record.__file__.startswith(str(ROOT / "hooks" / "crimea_record")), crimea_record.__file__


def test_child_processes_import_this_checkouts_package(tmp_path):
    code = "import crimea_record, sys; sys.stdout.write(crimea_record.__file__)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=MKDOCS_ENV, cwd=tmp_path)
    assert result.stdout.startswith(str(ROOT / "hooks" / "crimea_record")), result.stdout + result.stderr
