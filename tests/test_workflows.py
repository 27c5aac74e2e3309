"""The GitHub Actions workflows and the pre-commit hook. The workflows cannot run here, so
actionlint (with shellcheck for their scripts) validates them, and the tests check that they
run the commands the README and the editors' guide describe. The pre-commit hook runs for
real, in a throw-away repository of the fixture project."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import MKDOCS_ENV, ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent  # actionlint, shellcheck and pre-commit come from the lock
GIT = ["git", "-c", "user.name=Fixture Editor", "-c", "user.email=editor@fixture.example.org", "-c", "init.defaultBranch=main"]


def actionlint(*paths: Path, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run([str(BIN / "actionlint"), "-no-color", *map(str, paths)], capture_output=True, text=True, cwd=cwd, env=env)


def test_the_workflows_pass_actionlint():
    assert [w.name for w in WORKFLOWS] == ["deploy.yml", "pull-request.yml"]
    result = actionlint(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_actionlint_and_shellcheck_catch_a_broken_workflow(tmp_path):
    """The validator above is not a formality: an unknown expression and an unquoted
    variable (shellcheck's SC2086) in a copy of the pull-request workflow are both reported."""
    folder = tmp_path / ".github" / "workflows"
    folder.mkdir(parents=True)
    text = (ROOT / ".github" / "workflows" / "pull-request.yml").read_text(encoding="utf-8")
    text = text.replace('"origin/$BASE_REF"', "origin/$BASE_REF").replace("github.base_ref }}", "github.base_branch }}")
    (folder / "pull-request.yml").write_text(text, encoding="utf-8")
    result = actionlint(folder / "pull-request.yml", cwd=tmp_path)
    assert result.returncode == 1
    assert "SC2086" in result.stdout, result.stdout
    assert 'property "base_branch" is not defined' in result.stdout, result.stdout


def _steps(name: str) -> dict[str, list[dict]]:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8"))
    return {job_id: job.get("steps", []) for job_id, job in workflow["jobs"].items()}


def _runs(steps: list[dict]) -> str:
    return "\n".join(step.get("run", "") for step in steps)


def test_pull_requests_get_annotations_the_diff_and_the_tests():
    jobs = _steps("pull-request.yml")
    data = _runs(jobs["data"])
    assert ".venv/bin/python -m crimea_record check" in data
    assert '.venv/bin/python -m crimea_record diff "origin/$BASE_REF" --full site-diff-full.md --full-url "$RUN_URL" > site-diff.md' in data
    assert 'cat site-diff.md >> "$GITHUB_STEP_SUMMARY"' in data
    assert "<!-- crimea-record-diff -->" in _runs(jobs["comment"])  # the comment is found again and updated
    assert "bash .ci/run" in _runs(jobs["tests"])


def test_workflows_install_what_the_readme_installs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"<!-- test-command -->\n```sh\n(.+)\n```", readme)[1]
    install = [part.strip() for part in command.split("&&")][:3]
    for name in ("pull-request.yml", "deploy.yml"):
        first_job = next(iter(_steps(name).values()))
        lines = [line.strip() for line in _runs(first_job).splitlines()]
        assert all(step in lines for step in install), (name, install)


def test_the_deploy_builds_strictly_at_the_public_address():
    jobs = _steps("deploy.yml")
    build = next(step for step in jobs["build"] if "mkdocs build" in step.get("run", ""))
    assert build["run"] == ".venv/bin/mkdocs build --strict -d _site"
    assert build["env"]["CRIMEA_RECORD_SITE_URL"] == "${{ vars.CRIMEA_RECORD_SITE_URL || steps.pages.outputs.base_url }}"
    assert [step.get("uses", "").split("@")[0] for step in jobs["deploy"]] == ["actions/deploy-pages"]


def test_the_deploy_makes_the_offline_copy_and_the_reports_pdfs():
    # What a local build leaves out for its speed, the published site has (hooks/site.py reads the variables).
    from crimea_record.publish import offline_copy, report_pdf

    build = next(step for step in _steps("deploy.yml")["build"] if "mkdocs build" in step.get("run", ""))
    assert build["env"][offline_copy.BUILD_VARIABLE] == "1"
    assert build["env"][report_pdf.BUILD_VARIABLE] == "1"


def test_the_deploy_refuses_to_publish_without_an_address_and_a_publisher():
    steps = _steps("deploy.yml")["build"]
    ready = next(i for i, step in enumerate(steps) if step.get("run") == ".venv/bin/python -m crimea_record ready")
    build = next(i for i, step in enumerate(steps) if "mkdocs build" in step.get("run", ""))
    assert ready < build and steps[ready]["env"]["CRIMEA_RECORD_SITE_URL"] == steps[build]["env"]["CRIMEA_RECORD_SITE_URL"]


@pytest.fixture
def hooked_repo(small_project) -> Path:
    """The fixture project in a new repository with the pre-commit hook installed, and this
    run's Python as its .venv."""
    repo = small_project
    shutil.copy(ROOT / ".pre-commit-config.yaml", repo / ".pre-commit-config.yaml")
    (repo / ".venv").symlink_to(BIN.parent, target_is_directory=True)
    (repo / ".gitignore").write_text(".venv\nsite/\n", encoding="utf-8")
    subprocess.run([*GIT, "-C", str(repo), "init", "-q"], check=True)
    subprocess.run([*GIT, "-C", str(repo), "add", "-A"], check=True)
    subprocess.run([*GIT, "-C", str(repo), "commit", "-q", "--no-verify", "-m", "fixture"], check=True)
    subprocess.run([str(BIN / "pre-commit"), "install"], cwd=repo, check=True, capture_output=True, env=_hook_env(repo))
    return repo


def _hook_env(repo: Path) -> dict[str, str]:
    return {**MKDOCS_ENV, "PYTHONPATH": str(repo / "hooks"), "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home")}


def _commit(repo: Path, message: str) -> subprocess.CompletedProcess:
    subprocess.run([*GIT, "-C", str(repo), "add", "-A"], check=True)
    # pre-commit's report goes to standard error once git runs it as a hook: read both, in order.
    return subprocess.run([*GIT, "-C", str(repo), "commit", "-m", message], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=_hook_env(repo))


def test_pre_commit_stops_a_commit_with_a_broken_value(hooked_repo):
    figures = hooked_repo / "data" / "figures.yml"
    figures.write_text(figures.read_text(encoding="utf-8").replace("  value: 120\n", "  value: 120 cases\n", 1), encoding="utf-8")
    result = _commit(hooked_repo, "a broken value")
    assert result.returncode == 1
    output = result.stdout
    assert "check the site's data and references" in output and "Failed" in output, output
    assert "data/figures.yml:6:10: figure 'fixture-cases': field 'value': '120 cases' is not a whole number: write just 120; words such as 'cases' belong in unit" in output


def test_pre_commit_lets_a_good_edit_through_and_skips_other_files(hooked_repo):
    figures = hooked_repo / "data" / "figures.yml"
    figures.write_text(figures.read_text(encoding="utf-8").replace("  value: 120\n", "  value: 135\n", 1), encoding="utf-8")
    good = _commit(hooked_repo, "a good value")
    assert good.returncode == 0, good.stdout
    assert re.search(r"check the site's data and references\.+Passed", good.stdout), good.stdout
    (hooked_repo / "notes.txt").write_text("not data\n", encoding="utf-8")
    other = _commit(hooked_repo, "not data")
    assert other.returncode == 0, other.stdout
    assert re.search(r"check the site's data and references\.+\(no files to check\)Skipped", other.stdout), other.stdout


def _workflow(name: str) -> dict:
    return yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8"))


_SHA_PIN = re.compile(r"^[\w.-]+/[\w.-]+@[0-9a-f]{40}$")


def test_workflows_as_github_would_run_them():
    """Issue 21, item 18: permissions, credentials, pins, the comment's address and conditions."""
    deploy, pr = _workflow("deploy.yml"), _workflow("pull-request.yml")
    # configure-pages looks the Pages site up: the job needs pages: read.
    build = deploy["jobs"]["build"]
    assert build["permissions"] == {"contents": "read", "pages": "read"}
    assert any(step.get("uses", "").startswith("actions/configure-pages@") for step in build["steps"])
    # The diff has the deploy's public address, so the comment's links are absolute.
    diff = next(step for step in pr["jobs"]["data"]["steps"] if step.get("id") == "diff")
    publish = next(step for step in build["steps"] if "mkdocs build" in step.get("run", ""))
    assert diff["env"]["CRIMEA_RECORD_SITE_URL"] == publish["env"]["CRIMEA_RECORD_SITE_URL"]
    # The comment is posted only from a diff that wrote one (an output, not a file that may be empty).
    comment = pr["jobs"]["comment"]
    assert "needs.data.outputs.diff != ''" in comment["if"] and "hashFiles" not in comment["if"]
    assert "[ ! -s site-diff.md ]" in diff["run"] and "GITHUB_OUTPUT" in diff["run"]
    # Only the comment job may write to the pull request, and it runs none of its code.
    for name, job in pr["jobs"].items():
        writes = {k for k, v in (job.get("permissions") or {}).items() if v == "write"}
        assert writes == ({"pull-requests"} if name == "comment" else set()), name
    assert not any("checkout" in step.get("uses", "") for step in comment["steps"])
    assert 'select(.user.login == "github-actions[bot]"' in _runs(comment["steps"])
    # Every checkout leaves no credentials behind; pip's cache is keyed on the lock.
    for workflow in (deploy, pr):
        for job in workflow["jobs"].values():
            for step in job.get("steps", []):
                uses = step.get("uses", "")
                if uses.startswith("actions/checkout@"):
                    assert step["with"]["persist-credentials"] is False
                if uses.startswith("actions/setup-python@"):
                    assert step["with"]["cache"] == "pip" and step["with"]["cache-dependency-path"] == ".ci/requirements.lock"


def test_third_party_actions_are_pinned_by_commit_with_the_version_beside_it():
    """Actions whose release commit was confirmed are pinned by it; the version is in a comment."""
    for path in WORKFLOWS:
        for line in path.read_text(encoding="utf-8").splitlines():
            match = re.match(r"\s*-?\s*uses:\s*(\S+)(.*)$", line)
            if not match:
                continue
            action, rest = match.groups()
            if action.split("@")[0] in ("actions/checkout", "actions/setup-python", "actions/upload-artifact"):
                assert _SHA_PIN.match(action) and re.match(r"\s+# v\d+\.\d+\.\d+$", rest), line
