"""Bytes a reader's browser transfers for one page: HTML, CSS, JS, images, data it fetches.

Loads the page in Debian's Chromium (through Playwright) from the compressing static server
and sums the encoded body sizes of every response until the network is idle, so what the
theme fetches after load (the search worker and index) is counted too.
"""
from __future__ import annotations

import urllib.request
from collections import defaultdict

CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def _kind(url: str, resource_type: str) -> str:
    if resource_type in ("document", "stylesheet", "script", "image", "font"):
        return {"document": "html", "stylesheet": "css", "script": "js", "image": "img", "font": "font"}[resource_type]
    if url.endswith(".js"):
        return "js"  # web workers
    if url.endswith(".json"):
        return "json"
    return "other"


def _compressed_size(url: str) -> int:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request) as response:
        return len(response.read())


def measure(urls: list[str]) -> dict[str, dict[str, int]]:
    """For each URL: compressed bytes transferred by kind, and 'total'."""
    from playwright.sync_api import sync_playwright

    results = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROME_FLAGS)
        for url in urls:
            context = browser.new_context()  # empty cache for every page
            page = context.new_page()
            requests = []
            page.on("requestfinished", lambda request, requests=requests: requests.append(request))
            page.goto(url, wait_until="networkidle")
            sizes: dict[str, int] = defaultdict(int)
            for request in requests:
                # Chromium reports 0 bytes for a web worker's own script: ask the server.
                body = request.sizes()["responseBodySize"] or _compressed_size(request.url)
                sizes[_kind(request.url, request.resource_type)] += body
            sizes["total"] = sum(sizes.values())
            sizes["requests"] = len(requests)
            results[url] = dict(sizes)
            context.close()
        browser.close()
    return results
