"""Command line: check the data, or write the whole site as plain Markdown.

    python -m crimea_record check            # fast: data and references, no site build
    python -m crimea_record markdown OUT     # every page, references expanded, into OUT/
    python -m crimea_record schemas          # JSON Schemas for editors, from records.py
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from .errors import DataErrors
from .portable_config import portable_config
from .schemas import SCHEMA_DIR, write_schemas
from .site_content import prepare


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crimea_record", description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="project folder holding data/ and docs/ (default: here)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="check data/ and the references in docs/; exit 1 on any mistake")
    markdown = commands.add_parser("markdown", help="write every page as plain Markdown, references expanded")
    markdown.add_argument("out", type=Path, help="folder to write (replaced if it exists)")
    schemas = commands.add_parser("schemas", help="write the data files' JSON Schemas (after changing records.py)")
    schemas.add_argument("--out", type=Path, default=SCHEMA_DIR, help="folder to write them to (default: the package's schemas/)")
    args = parser.parse_args(argv)

    if args.command == "schemas":
        for path in write_schemas(args.out):
            print(f"wrote {path}")
        return 0

    try:
        content = prepare(args.root)
    except DataErrors as errors:
        print(errors.report(), file=sys.stderr)
        return 1
    if args.command == "check":
        d = content.dataset
        print(
            f"OK: {len(d.figures)} figures, {len(d.sources)} sources, {len(d.articles)} legal articles, "
            f"{len(d.violations)} violations, {len(d.events)} events, {len(content.pages)} pages"
        )
        return 0
    write_markdown(content, args.root, args.out)
    print(f"wrote {len(content.pages)} pages to {args.out}")
    return 0


def write_markdown(content, root: Path, out: Path) -> None:
    """Write pages and assets so that any Markdown site generator can build them."""
    if out.exists():
        shutil.rmtree(out)
    docs = root / "docs"
    shutil.copytree(docs, out / "docs", ignore=shutil.ignore_patterns("*.md"))
    for path in content.pages:
        target = out / "docs" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content.expanded(path), encoding="utf-8")
    for path, data in content.downloads.items():
        target = out / "docs" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            target.write_bytes(data)
        else:
            target.write_text(data, encoding="utf-8")
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (out / "mkdocs.yml").write_text(portable_config(config), encoding="utf-8")
