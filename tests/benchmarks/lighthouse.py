"""Lighthouse scores (mobile settings) for pages on the local server, with Debian's Chromium.

Lighthouse comes from the npm registry, pinned, installed once into a cache folder outside
the repository (~/.cache/crimea-record-bench/ or $XDG_CACHE_HOME).
"""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from page_weight import CHROME_FLAGS, CHROMIUM

VERSION = "13.5.0"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def _install() -> Path:
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "crimea-record-bench" / f"lighthouse-{VERSION}"
    cli = cache / "node_modules" / "lighthouse" / "cli" / "index.js"
    if not cli.exists():
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--prefix", str(cache), "--no-audit", "--no-fund", "--silent", f"lighthouse@{VERSION}"],
            check=True,
        )
    return cli


def run(url: str) -> dict:
    """Scores (0-100) by category, plus the audits that failed, for one URL."""
    cli = _install()
    result = subprocess.run(
        [
            "node",
            str(cli),
            url,
            "--output=json",
            "--output-path=stdout",
            "--quiet",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={' '.join(CHROME_FLAGS)}",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        check=True,
    )
    report = json.loads(result.stdout)
    scores = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
    failed = sorted(
        audit["id"]
        for category in CATEGORIES
        for ref in report["categories"][category]["auditRefs"]
        if ref["weight"] > 0
        for audit in [report["audits"][ref["id"]]]
        if audit["score"] is not None and audit["score"] < 1
    )
    metrics = {m: report["audits"][m]["displayValue"] for m in ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift")}
    return {"scores": scores, "failed": failed, "metrics": metrics}
