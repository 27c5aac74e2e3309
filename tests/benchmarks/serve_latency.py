"""Seconds from saving one edit in data/figures.yml to `mkdocs serve` showing the new value."""
from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from static_server import free_port

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "hooks"))
from crimea_record.render.markdown_text import number  # noqa: E402


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def _wait_for(url: str, text: str, timeout: float) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        page = _get(url)
        if page is not None and text in page:
            return time.perf_counter()
        time.sleep(0.02)
    raise TimeoutError(f"{url} did not show {text!r} within {timeout} s")


def _a_leaf_figure(figures_yml: str) -> tuple[str, int]:
    """A figure that is no other figure's whole, so raising its value keeps the data valid."""
    ids = re.findall(r"^- id: (\S+)", figures_yml, re.M)
    wholes = set(re.findall(r"^  part_of: (\S+)", figures_yml, re.M))
    for figure_id in ids:
        if figure_id not in wholes:
            block = figures_yml.split(f"- id: {figure_id}\n", 1)[1]
            return figure_id, int(re.search(r"^  value: (\d+)", block, re.M).group(1))
    raise ValueError("no figure without parts")


def _with_value(text: str, figure_id: str, value: int) -> str:
    """figures.yml with the figure's value changed, and the same number in the source's words
    that the figure quotes (a quote must hold its figure, or the build stops)."""
    head, tail = text.split(f"- id: {figure_id}\n", 1)
    block, sep, rest = tail.partition("\n- id: ")
    old = re.search(r"^  value: (\d+)", block, re.M).group(1)
    own, history_sep, history = block.partition("\n  history:")  # earlier values keep their words
    for written in {number(int(old)), old}:
        own = re.sub(rf"(?<![\d,]){re.escape(written)}(?![\d,])", number(value) if "," in written else str(value), own)
    block = own + history_sep + history
    return f"{head}- id: {figure_id}\n{block}{sep}{rest}"


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(project: Path, edits: int = 3, cpu: list[float] | None = None) -> list[float]:
    """Start `mkdocs serve` on the project, make `edits` edits one after another, time each
    (wall seconds until the page shows the edit); the server's CPU seconds for each rebuild are
    added to `cpu` when given (wall time suffers most from a shared machine)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-q", "-f", str(project / "mkdocs.yml"), "-a", f"127.0.0.1:{port}"],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,  # never read: a full pipe would stall the server
    )
    data = project / "data" / "figures.yml"
    original = data.read_text(encoding="utf-8")
    figure_id, value = _a_leaf_figure(original)
    seconds = []
    try:
        _wait_for(base + "figures/", figure_id, timeout=120)
        page = _get(base + "figures/")
        text = original
        for _ in range(edits):
            value += 1
            while number(value) in page:  # the new value must not already be on the page
                value += 1
            text = _with_value(text, figure_id, value)
            used = _cpu_seconds(server.pid)
            data.write_text(text, encoding="utf-8")
            saved = time.perf_counter()
            # A generous limit: it only stops a hung server (the figure is measured, not judged), and
            # a rebuild renders every page twice, English and Ukrainian, on a machine others share.
            seconds.append(_wait_for(base + "figures/", f"{number(value)}</strong>", timeout=180) - saved)
            page = _get(base + "figures/")
            if cpu is not None:
                cpu.append(_cpu_seconds(server.pid) - used)
    finally:
        server.terminate()
        server.wait(timeout=30)
        data.write_text(original, encoding="utf-8")
    return seconds


if __name__ == "__main__":
    print(statistics.median(measure(Path(sys.argv[1]))))
