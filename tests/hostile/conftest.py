"""The hostile site: the fixture project with hostile text in every field, built once per run."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MKDOCS_ENV, assert_clean_build
from fixture_project import fixture_project
from site_server import serve

from .hostile_project import make_hostile


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory) -> Path:
    project = make_hostile(fixture_project(tmp_path_factory.mktemp("hostile") / "project"))
    site = project / "site"
    # Not quiet: with -q MkDocs drops warnings before --strict counts them.
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
        capture_output=True, text=True, env=MKDOCS_ENV, cwd=project,
    )
    assert_clean_build(result, "strict build of the hostile fixture project")
    return site


@pytest.fixture(scope="session")
def hostile_base_url(hostile_site):
    with serve(hostile_site) as url:
        yield url
