"""The same mistakes, the same messages, wherever an editor meets them: the command-line
check, `mkdocs build` and `mkdocs serve` (first build and rebuilds). None shows a traceback,
all exit non-zero, and a failed check leaves the output folder as it was.
"""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import MKDOCS_ENV

HEADER = re.compile(r"^(?:ERROR\s+-\s+)?(\d+) mistakes? in the site's data; nothing was built:$")


def break_three_ways(project: Path) -> list[str]:
    """Three different mistakes in three files of the fixture project; returns the messages
    an editor must see."""
    _replace(project, "data/figures.yml", "  source: fixture-report\n", "  source: fixture-repot\n")
    _replace(project, "data/events.yml", "  date: 2021-06-15\n", "  date: 2099-06-15\n")
    _replace(project, "docs/prosecutions.md", "{{ fig fixture-convictions }}", "{{ fig fixture-conviction }}")
    return [
        "data/events.yml:5:9: event 'fixture-event-day': date 2099-06-15 is in the future; the timeline records what has happened",
        "data/figures.yml:10:11: figure 'fixture-cases': source 'fixture-repot' is not defined (did you mean 'fixture-report'?)",
        "docs/prosecutions.md:3:89: {{ fig fixture-conviction }}: figure 'fixture-conviction' is not defined (did you mean 'fixture-convictions'?)",
    ]


def _replace(project: Path, rel: str, old: str, new: str) -> None:
    path = project / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {rel}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def reported(output: str) -> list[str]:
    """The mistakes listed under the one header line, as printed."""
    lines = output.splitlines()
    headers = [n for n, line in enumerate(lines) if HEADER.match(line)]
    assert len(headers) == 1, output
    count = int(HEADER.match(lines[headers[0]])[1])
    listed = [line[2:] for line in lines[headers[0] + 1 : headers[0] + 1 + count]]
    assert all(lines[headers[0] + 1 + n].startswith("  ") for n in range(count)), output
    return listed


def run(project: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {**MKDOCS_ENV, "PYTHONPATH": str(project / "hooks")}
    return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, env=env, cwd=project, timeout=timeout)


def test_check_and_build_print_the_same_three_mistakes(small_project):
    project = small_project
    expected = break_three_ways(project)

    check = run(project, "crimea_record", "check")
    assert check.returncode == 1
    assert reported(check.stderr) == expected
    assert "Traceback" not in check.stderr + check.stdout

    build = run(project, "mkdocs", "build", "--strict")
    assert build.returncode == 1
    assert reported(build.stderr) == expected
    assert "Traceback" not in build.stderr + build.stdout


def test_a_failed_check_leaves_the_output_folder_untouched(small_project):
    project = small_project
    site = project / "site"  # site_dir of mkdocs.yml
    first = run(project, "mkdocs", "build", "--strict", "-q")
    assert first.returncode == 0, first.stderr
    before = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert Path("figures/index.html") in before

    break_three_ways(project)
    failed = run(project, "mkdocs", "build", "--strict")
    assert failed.returncode == 1
    after = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert after == before


def test_serve_refuses_to_start_on_broken_data_with_the_same_messages(small_project):
    project = small_project
    expected = break_three_ways(project)
    serve = run(project, "mkdocs", "serve", "-a", f"127.0.0.1:{free_port()}", "--no-livereload", timeout=120)
    assert serve.returncode != 0
    assert reported(serve.stderr) == expected
    assert "Traceback" not in serve.stderr


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`mkdocs serve` in the background, its output collected as it comes."""

    def __init__(self, project: Path):
        self.port = free_port()
        env = {**MKDOCS_ENV, "PYTHONPATH": str(project / "hooks")}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{self.port}"],
            cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        self.output: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.output.append(line.rstrip("\n"))

    def wait_for(self, text: str, after: int = 0, timeout: float = 60) -> int:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            for n, line in enumerate(self.output[after:], after):
                if text in line:
                    return n
            if self.process.poll() is not None:
                break
            time.sleep(0.2)
        raise AssertionError(f"{text!r} not printed by mkdocs serve:\n" + "\n".join(self.output))

    def get(self, path: str) -> str:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/{path}", timeout=10) as response:
            return response.read().decode("utf-8")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=20)


@pytest.mark.skipif(os.name != "posix", reason="uses POSIX file watching")
def test_serve_rebuilds_on_data_edits_and_reports_mistakes_without_traceback(small_project):
    project = small_project
    server = Server(project)
    try:
        start = server.wait_for("Serving on")
        assert "<strong>120</strong>" in server.get("figures/")

        figures = project / "data/figures.yml"
        text = figures.read_text(encoding="utf-8")
        figures.write_text(text.replace("  value: 120\n", "  value: 9999\n", 1), encoding="utf-8")
        reload = server.wait_for("Reloading browsers", after=start + 1)
        assert "<strong>9,999</strong>" in server.get("figures/")

        good = {rel: (project / rel).read_text(encoding="utf-8") for rel in ("data/figures.yml", "data/events.yml", "docs/prosecutions.md")}
        expected = break_three_ways(project)
        stuck = server.wait_for("An error happened during the rebuild", after=reload + 1)
        printed = "\n".join(server.output[reload + 1 : stuck + 1])
        assert reported(printed) == expected
        assert "Traceback" not in "\n".join(server.output)

        # Saving again without fixing everything shows the whole list again.
        (project / "docs/prosecutions.md").write_text((project / "docs/prosecutions.md").read_text(encoding="utf-8") + "\n", encoding="utf-8")
        again = server.wait_for("An error happened during the rebuild", after=stuck + 1)
        assert reported("\n".join(server.output[stuck + 1 : again + 1])) == expected
        stuck = again

        # MkDocs holds pages back while the build is broken; fixing the data frees them.
        for rel, text in good.items():
            (project / rel).write_text(text, encoding="utf-8")
        server.wait_for("Reloading browsers", after=stuck + 1)
        assert "<strong>9,999</strong>" in server.get("figures/")
    finally:
        server.stop()
