"""The build's date: SOURCE_DATE_EPOCH when set (every build of a run or a commit agrees), else today."""
import datetime as dt
import subprocess
import sys

import pytest
from conftest import MKDOCS_ENV
from fixture_project import fixture_project

from crimea_record.build_date import BuildDateError, build_date


def test_source_date_epoch_sets_the_date_in_utc():
    assert build_date({"SOURCE_DATE_EPOCH": "1764892799"}) == dt.date(2025, 12, 4)
    assert build_date({"SOURCE_DATE_EPOCH": "1764892800"}) == dt.date(2025, 12, 5)


def test_without_it_the_date_is_todays_in_utc():
    assert build_date({}) == dt.datetime.now(dt.UTC).date()


def test_a_value_that_is_not_seconds_is_refused_with_the_fix():
    with pytest.raises(BuildDateError, match=r"SOURCE_DATE_EPOCH='2026-12-05' is not a whole number of seconds .*: unset it or give one such as"):
        build_date({"SOURCE_DATE_EPOCH": "2026-12-05"})


def test_the_full_report_is_dated_by_it(tmp_path):
    project = fixture_project(tmp_path / "project")
    env = {**MKDOCS_ENV, "SOURCE_DATE_EPOCH": str(int(dt.datetime(2026, 11, 30, tzinfo=dt.UTC).timestamp()))}
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")], cwd=project, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Compiled on 30 November 2026" in (tmp_path / "site" / "report" / "index.html").read_text()
