"""A small, valid project (data/ and docs/) that the editor-error tests break one way at a time.

Small on purpose: every expected message names an exact line and column of these files, and
they do not move when the real data grows.
"""
from __future__ import annotations

from pathlib import Path

BASE: dict[str, str] = {
    "data/sources.yml": """\
- id: src-a
  title: Example report
  publisher: Example publisher
  kind: report
  date: 2024-10
  url: https://example.org/report
""",
    "data/figures.yml": """\
- id: cases
  label: Example cases
  value: 100
  qualifier: exact
  unit: cases
  topic: prosecutions
  source: src-a
  as_of: 2024-10

- id: convictions
  label: Example convictions
  value: 80
  qualifier: exact
  unit: convictions
  topic: prosecutions
  source: src-a
  part_of: cases
""",
    "data/legal.yml": """\
- id: law-a
  instrument: Example Convention
  article: Article 1
  text:
    - "Example text."
  source: src-a
""",
    "data/violations.yml": """\
- id: practice-a
  practice: Example practice
  summary: Example summary.
  articles: [law-a]
  figures: [cases]
  sources: [src-a]
""",
    "data/events.yml": """\
- id: event-a
  date: 2022-09-21
  title: Example event
  sources: [src-a]
""",
    "data/discrepancies.yml": "[]\n",
    "docs/index.md": "# Home\n\nThere were {{ fig cases }} cases.\n",
}


REGISTRY = "translations/languages.yml"


def write_project(root: Path, files: dict[str, str | bytes | None]) -> Path:
    """Write BASE with `files` laid over it; a value of None deletes that file. The language
    registry is the real one (its `data_key`s make the records' `uk:` mappings)."""
    registry = {REGISTRY: (Path(__file__).resolve().parent.parent / REGISTRY).read_text(encoding="utf-8")}
    for rel, text in {**registry, **BASE, **files}.items():
        if text is None:
            continue
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
    return root


def edit(rel: str, old: str, new: str) -> dict[str, str]:
    """BASE's file `rel` with its first `old` replaced by `new` (which must be there)."""
    text = BASE[rel]
    assert old in text, f"{old!r} is not in {rel}"
    return {rel: text.replace(old, new, 1)}
