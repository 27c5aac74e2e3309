"""The hostile site: the fixture project with hostile text in every field, built once per run."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_clean_build, mkdocs_build
from fixture_project import fixture_project
from site_server import serve

from .hostile_project import make_hostile


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory) -> Path:
    project = make_hostile(fixture_project(tmp_path_factory.mktemp("hostile") / "project"))
    site = project / "site"
    assert_clean_build(mkdocs_build(project, site), "strict build of the hostile fixture project")
    return site


@pytest.fixture(scope="session")
def hostile_base_url(hostile_site):
    with serve(hostile_site) as url:
        yield url
