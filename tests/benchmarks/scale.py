"""Scale benchmark: build cost as the data grows, page weight, serve latency, Lighthouse.

    .venv/bin/python tests/benchmarks/scale.py                    # everything, about 15 minutes
    .venv/bin/python tests/benchmarks/scale.py --scales 1,10 --runs 1 --no-lighthouse   # quick

For each scale (1x = the real data) it writes a throw-away project with synthetic but valid
data (synthetic.py), then builds it, each build in a fresh child process (build_once.py):
- "hooks": the real site, `mkdocs build --strict` with the hooks, the data layer timed inside;
- "plain": the baseline, the same pages already expanded (`python -m crimea_record markdown`)
  built by plain MkDocs + Material without the hooks.
Builds alternate hooks/plain so that machine noise falls on both; medians are reported.
It prints figures and asserts nothing; tests/test_benchmark.py runs it small (1x and 10x, one
build each) so that it keeps working.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import synthetic

HERE = Path(__file__).resolve().parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
RESULTS = HERE / "results.md"
"""Where the run's tables are written (unless --no-write): the README points there."""


class Tee:
    """Print as it goes and keep a copy, to write the tables into RESULTS at the end."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def __call__(self, text: str = "") -> None:
        print(text, flush=True)
        self.lines.append(text)


out = Tee()


def child_build(config: Path, site: Path) -> dict:
    """One build in a child process: its timings, pages and peak memory (MB)."""
    shutil.rmtree(site, ignore_errors=True)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(
            [sys.executable, str(HERE / "build_once.py"), str(config), str(site)], stdout=out, stderr=err, env=ENV, cwd=config.parent
        )
        _, status, usage = os.wait4(process.pid, 0)  # wait4: this child's own peak memory
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0), err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if process.returncode != 0:
        raise SystemExit(f"build of {config} failed; MkDocs said:\n{stderr[-3000:]}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["peak_mb"] = usage.ru_maxrss / 1024  # kilobytes on Linux
    result["cpu"] = usage.ru_utime + usage.ru_stime  # the whole child: start-up, imports, build
    return result


def export_plain(project: Path, out: Path) -> None:
    """The baseline project: every page expanded to plain Markdown, mkdocs.yml without hooks."""
    subprocess.run(
        [sys.executable, "-m", "crimea_record", "--root", str(project), "markdown", str(out)],
        check=True,
        env={**ENV, "PYTHONPATH": str(project / "hooks")},
        stdout=subprocess.DEVNULL,
    )
    # The translated pages too: the plain build makes exactly the pages that ship.
    subprocess.run([sys.executable, str(HERE / "translated_export.py"), str(project), str(out)], check=True, env=ENV)


def largest_generated_page(site: Path) -> str:
    from crimea_record.model.kinds import KINDS

    pages = [kind.page.removesuffix(".md") + "/index.html" for kind in KINDS.values() if kind.page]
    return max(pages, key=lambda p: (site / p).stat().st_size)


def _kb(path: Path) -> tuple[float, float]:
    """Size raw and gzip-compressed (level 6, as served), in KB."""
    data = path.read_bytes()
    return len(data) / 1024, len(gzip.compress(data, compresslevel=6)) / 1024


def bench_scale(factor: int, runs: int, work: Path) -> dict:
    project = work / f"x{factor}"
    counts = synthetic.write_project(project, factor)
    plain = work / f"x{factor}-plain"
    export_plain(project, plain)
    hooks_runs, plain_runs = [], []
    for _ in range(runs):
        hooks_runs.append(child_build(project / "mkdocs.yml", work / f"x{factor}-site"))
        plain_runs.append(child_build(plain / "mkdocs.yml", work / f"x{factor}-plain-site"))
    site = work / f"x{factor}-site"
    largest = largest_generated_page(site)
    med = lambda runs, key: statistics.median(r[key] for r in runs)  # noqa: E731
    return {
        "factor": factor,
        "runs": runs,
        "records": sum(n for kind, n in counts.items() if kind != "prose page"),
        "prose_pages": counts["prose page"],
        "pages": hooks_runs[0]["pages"],
        "plain_pages": plain_runs[0]["pages"],
        "hooks_s": med(hooks_runs, "total"),
        "plain_s": med(plain_runs, "total"),
        "hooks_cpu": med(hooks_runs, "cpu"),
        "plain_cpu": med(plain_runs, "cpu"),
        "plain_report_s": med(plain_runs, "report_markdown"),
        "data_s": med(hooks_runs, "data_layer"),
        "hooks_mb": max(r["peak_mb"] for r in hooks_runs),
        "plain_mb": max(r["peak_mb"] for r in plain_runs),
        "largest_page": largest,
        "largest_page_kb": _kb(site / largest),
        "search_index_kb": _kb(site / "search" / "search_index.json"),
        "site": site,
        "project": project,
    }


def print_build_header() -> None:
    out("\n## Build cost (medians; CPU = the child process's user + system time; 'data' = load + check + render + expand, inside the hooks build)\n")
    out("| scale | records | pages (every language) | runs | hooks CPU s | plain CPU s | hooks / plain CPU | hooks / plain less its Full report pass | hooks wall s | data layer s | data / wall | growth vs previous | peak MB hooks / plain | largest generated page, raw / gzip | search index (source language), raw / gzip |")
    out("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")


def print_build_row(row: dict, previous: dict | None) -> None:
    growth = "–"
    if previous:
        growth = f"×{row['hooks_cpu'] / previous['hooks_cpu']:.1f} build, ×{row['data_s'] / previous['data_s']:.1f} data for ×{row['factor'] // previous['factor']} data"
    out(
        f"| {row['factor']}x | {row['records']:,} | {row['pages']:,} | {row['runs']} | {row['hooks_cpu']:.2f} | {row['plain_cpu']:.2f} "
        f"| {row['hooks_cpu'] / row['plain_cpu']:.2f} | {row['hooks_cpu'] / (row['plain_cpu'] - row['plain_report_s']):.2f} "
        f"| {row['hooks_s']:.2f} | {row['data_s']:.2f} | {100 * row['data_s'] / row['hooks_s']:.1f}% | {growth} "
        f"| {row['hooks_mb']:.0f} / {row['plain_mb']:.0f} | {row['largest_page'].split('/')[0]} {row['largest_page_kb'][0]:,.0f} / {row['largest_page_kb'][1]:,.0f} KB "
        f"| {row['search_index_kb'][0]:,.0f} / {row['search_index_kb'][1]:,.0f} KB |"
    )
    if row["pages"] != row["plain_pages"]:
        out(f"| (pages differ: hooks {row['pages']}, plain {row['plain_pages']}) |")


def print_build_notes() -> None:
    out(
        "\n'Plain less its Full report pass' takes out of the plain build the time its Markdown pass "
        "over the whole Full report takes (the hooks build assembles that page from pages already rendered): "
        "the stricter comparison. Share cards come from a cache kept for the run: the first hooks build "
        "of each scale draws them, the later ones reuse them (as every build after the first does)."
    )


def print_weight_table(site: Path, largest: str) -> float:
    """Print the table; return Home's total in KB."""
    import page_weight
    import static_server

    base, server = static_server.serve(site)
    pages = {"Home": base, f"largest generated ({largest.split('/')[0]})": base + largest.removesuffix("index.html")}
    try:
        weights = page_weight.measure(list(pages.values()))
    finally:
        server.shutdown()
    out("\n## Page weight at 1x (bytes transferred, gzip level 6, empty cache, until network idle)\n")
    out("| page | requests | HTML | CSS | JS | JSON (search index) | images and other | total |")
    out("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, url in pages.items():
        w = weights[url]
        kb = lambda *kinds, w=w: f"{sum(w.get(k, 0) for k in kinds) / 1024:.1f} KB"  # noqa: E731
        out(f"| {name} | {w['requests']} | {kb('html')} | {kb('css')} | {kb('js')} | {kb('json')} | {kb('img', 'font', 'other')} | {kb('total')} |")
    return weights[base]["total"] / 1024


def print_lighthouse(site: Path, largest: str) -> None:
    import lighthouse
    import static_server

    base, server = static_server.serve(site)
    out(f"\n## Lighthouse {lighthouse.VERSION} (mobile, Debian Chromium, served with gzip on 127.0.0.1)\n")
    out("| page | performance | accessibility | best practices | SEO | FCP / LCP / TBT / CLS | audits not passed |")
    out("| --- | ---: | ---: | ---: | ---: | --- | --- |")
    try:
        for name, url in {"Home": base, largest.split("/")[0]: base + largest.removesuffix("index.html")}.items():
            r = lighthouse.run(url)
            s = r["scores"]
            metrics = " / ".join(r["metrics"].values()).replace("\u00a0", " ")
            out(f"| {name} | {s['performance']} | {s['accessibility']} | {s['best-practices']} | {s['seo']} | {metrics} | {', '.join(r['failed']) or 'none'} |")
    finally:
        server.shutdown()


def print_targets(rows: list[dict], latency: dict[int, float], latency_cpu: dict[int, float], home_kb: float | None) -> None:
    """Issue 26's targets, each with what this run measured and by how much it is missed."""
    by_scale = {row["factor"]: row for row in rows}
    targets = []
    for factor in (1, 10, 100):
        if factor in by_scale:
            row = by_scale[factor]
            targets.append((f"hooks build ≤ 2 × plain CPU at {factor}x", row["hooks_cpu"] / row["plain_cpu"], 2.0, "×"))
    if 100 in by_scale:
        targets.append(("hooks build at 100x under 5 minutes (wall, median)", by_scale[100]["hooks_s"] / 60, 5.0, " min"))
        targets.append(("hooks build at 100x under 5 minutes (CPU, median)", by_scale[100]["hooks_cpu"] / 60, 5.0, " min"))
    if home_kb is not None and 1 in by_scale:
        targets.append(("Home ≤ 90 KB gzipped, empty cache (1x)", home_kb, 90, " KB"))
    for factor, limit in ((1, 1.0), (10, 2.0)):
        if factor in latency:
            targets.append((f"edit to view ≤ {limit:g} s at {factor}x (median, wall)", latency[factor], limit, " s"))
            targets.append((f"edit to view ≤ {limit:g} s at {factor}x (median, the server's CPU)", latency_cpu[factor], limit, " s"))
    if not targets:
        return
    out("\n## Targets\n\n| target | measured | met |\n| --- | ---: | --- |")
    for name, value, limit, unit in targets:
        met = "yes" if value <= limit else f"no, {100 * (value / limit - 1):.0f}% over"
        out(f"| {name} | {value:.2f}{unit} | {met} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,10,100,1000", help="comma-separated multiples of the real data (default 1,10,100,1000)")
    parser.add_argument("--runs", type=int, default=3, help="builds of each kind per scale up to 100x (default 3)")
    parser.add_argument("--big-runs", type=int, default=1, help="builds of each kind per scale above 100x (default 1)")
    parser.add_argument("--no-serve", action="store_true", help="skip the mkdocs serve edit-to-view measurement")
    parser.add_argument("--no-weight", action="store_true", help="skip page weight (needs Playwright and Chromium)")
    parser.add_argument("--no-lighthouse", action="store_true", help="skip Lighthouse (needs npm and Chromium)")
    parser.add_argument("--edits", type=int, default=3, help="edits timed under mkdocs serve, at each scale up to 10x (default 3)")
    parser.add_argument("--keep", type=Path, help="write the projects and sites here and keep them")
    parser.add_argument("--no-write", action="store_true", help=f"do not write the tables into {RESULTS.relative_to(HERE.parent.parent)}")
    args = parser.parse_args()
    scales = sorted(int(s) for s in args.scales.split(","))

    started, load_before = time.perf_counter(), os.getloadavg()[0]
    work = args.keep or Path(tempfile.mkdtemp(prefix="crimea-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    ENV[share_card_cache_variable()] = str(work / "share-cards")
    ENV[brief_cache_variable()] = str(work / "briefs")  # like the cards: the first build renders them
    try:
        rows: list[dict] = []
        out(f"`tests/benchmarks/scale.py {' '.join(sys.argv[1:])}`, run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {_commit()}; "
            f"{os.cpu_count()} CPUs, load average {load_before:.1f} at start. KB are 1,024 bytes.")
        print_build_header()
        for factor in scales:
            rows.append(bench_scale(factor, args.runs if factor <= 100 else args.big_runs, work))
            print_build_row(rows[-1], rows[-2] if len(rows) > 1 else None)
        print_build_notes()
        smallest = rows[0]
        latency: dict[int, float] = {}
        latency_cpu: dict[int, float] = {}
        if not args.no_serve:
            import serve_latency

            for row in rows:
                if row["factor"] > 10:
                    continue
                cpu: list[float] = []
                seconds = serve_latency.measure(row["project"], edits=args.edits, cpu=cpu)
                latency[row["factor"]] = statistics.median(seconds)
                latency_cpu[row["factor"]] = statistics.median(cpu)
                out(
                    f"\n## Edit to view under `mkdocs serve` at {row['factor']}x\n\n"
                    f"One value changed in data/figures.yml, page polled until it shows: "
                    f"median {latency[row['factor']]:.2f} s wall over {len(seconds)} edits ({', '.join(f'{s:.2f}' for s in seconds)}); "
                    f"the server's CPU time for the rebuild: median {latency_cpu[row['factor']]:.2f} s ({', '.join(f'{s:.2f}' for s in cpu)})"
                )
        home_kb = None
        if not args.no_weight:
            home_kb = print_weight_table(smallest["site"], smallest["largest_page"])
        if not args.no_lighthouse:
            print_lighthouse(smallest["site"], smallest["largest_page"])
        print_targets(rows, latency, latency_cpu, home_kb)
        out(
            f"\nTotal benchmark time: {time.perf_counter() - started:.0f} s; {os.cpu_count()} CPUs, load average "
            f"{load_before:.1f} at start, {os.getloadavg()[0]:.1f} at end; Python {sys.version.split()[0]}"
        )
        if not args.no_write:
            RESULTS.write_text("# Benchmark results\n\nWritten by the benchmark itself (tests/benchmarks/README.md says how it measures).\n\n" + "\n".join(out.lines) + "\n", encoding="utf-8")
            print(f"\nWritten to {RESULTS}", file=sys.stderr)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def share_card_cache_variable() -> str:
    sys.path.insert(0, str(HERE.parent.parent / "hooks"))
    from crimea_record.publish.share_cards import CACHE_VARIABLE

    return CACHE_VARIABLE


def brief_cache_variable() -> str:
    sys.path.insert(0, str(HERE.parent.parent / "hooks"))
    from crimea_record.publish.brief_pdf import CACHE_VARIABLE

    return CACHE_VARIABLE


def _commit() -> str:
    run = subprocess.run(["git", "-C", str(HERE), "log", "-1", "--format=%h (%s)"], capture_output=True, text=True, check=False)
    described = run.stdout.strip()[:100] or "an unknown commit"
    dirty = subprocess.run(["git", "-C", str(HERE), "status", "--porcelain"], capture_output=True, text=True, check=False).stdout.strip()
    return f"commit {described}" + (" with uncommitted changes" if dirty else "")


if __name__ == "__main__":
    main()
