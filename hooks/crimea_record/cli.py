"""Command line: check the data, or write the whole site as plain Markdown.

    python -m crimea_record check            # fast: data and references, no site build
    python -m crimea_record markdown OUT     # every page, references expanded, into OUT/
    python -m crimea_record schemas          # JSON Schemas for editors, from model/records.py
    python -m crimea_record diff BASE        # what the data and pages changed since BASE, as Markdown
    python -m crimea_record messages         # bring each catalogue up to date with the site's wording
    python -m crimea_record ready            # exit 1 unless a public address and a publisher are set (before publishing)
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from .errors import DataErrors, print_errors
from .i18n import catalogue
from .load.git_ref import GitRefError, extract_at
from .load.markdown_config import markdown_extensions
from .model.addresses import SiteInfo
from .pipeline import content_messages, prepare
from .publish.brief_pdf import PdfEngineMissing
from .publish.json_schema import SCHEMA_DIR, write_schemas
from .publish.markdown_export import ExportRefused, check_target, write_markdown
from .publish.review_diff import base_unreadable_markdown, mistakes_markdown, review_markdown, within_limit
from .render.language import registry
from .render.page_html import every_page_errors, markdown_renderer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crimea_record", description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="project folder holding data/ and docs/ (default: here)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="check data/ and the references in docs/; exit 1 on any mistake")
    markdown = commands.add_parser("markdown", help="write every page as plain Markdown, references expanded")
    markdown.add_argument("out", type=Path, help="a new or empty folder, or one a previous export wrote (then replaced)")
    schemas = commands.add_parser("schemas", help="write the data files' JSON Schemas (after changing model/records.py)")
    schemas.add_argument("--out", type=Path, default=SCHEMA_DIR, help="folder to write them to (default: the package's schemas/)")
    diff = commands.add_parser("diff", help="what the data and pages changed since BASE, as Markdown for a pull request")
    diff.add_argument("base", help="a branch, tag or commit to compare the working tree with, e.g. main or origin/main")
    diff.add_argument("--full", type=Path, help="also write the whole Markdown to this file (standard output is cut to fit a comment)")
    diff.add_argument("--full-url", default="", help="where readers of a cut comment find the whole, e.g. the workflow run's page")
    commands.add_parser("messages", help="add the site's new wording to each translations/CODE/LC_MESSAGES/messages.po (changed: fuzzy; unused: removed)")
    commands.add_parser("ready", help="exit 1, saying what is missing, unless a public address and a publisher are set")
    args = parser.parse_args(argv)

    if args.command == "ready":
        missing = SiteInfo.from_config(args.root).missing_for_publishing()
        for line in missing:
            print(f"not ready to publish: {line}", file=sys.stderr)
        if not missing:
            print("ready to publish: a public address and a publisher are set")
        return 1 if missing else 0

    if args.command == "schemas":
        if args.out.exists() and not args.out.is_dir():
            print(f"schemas: {args.out} is a file: name a folder (new or holding the schemas); nothing was written", file=sys.stderr)
            return 2
        for path in write_schemas(args.out):
            print(f"wrote {path}")
        return 0

    if args.command == "diff":
        return _diff(args.root, args.base, args.full, args.full_url)
    try:
        if args.command == "markdown":
            check_target(args.root, args.out)  # before the work, so a wrong folder is said at once
        # The Markdown export ships every download the build makes, the briefs too.
        content = prepare(args.root, share_images=args.command != "check", brief=args.command == "markdown")
    except PdfEngineMissing as missing:
        print(f"{args.command}: {missing}", file=sys.stderr)
        return 2
    except ExportRefused as refused:
        print(f"markdown: {refused}; nothing was written", file=sys.stderr)
        return 2
    except DataErrors as errors:
        print_errors(errors, report=sys.stderr, commands=sys.stdout)
        return 1
    if args.command == "check":
        # As the build does: every page rendered, its HTML held to the one policy.
        render = markdown_renderer(*markdown_extensions(args.root))
        html_mistakes = every_page_errors(content, args.root, render)
        if html_mistakes:
            print_errors(DataErrors(html_mistakes), report=sys.stderr, commands=sys.stdout)
            return 1
        d = content.dataset
        print(
            f"OK: {len(d.figures)} figures, {len(d.sources)} sources, {len(d.articles)} legal articles, "
            f"{len(d.violations)} violations, {len(d.events)} events, {len(content.pages)} pages"
        )
        for line in content.translation_lines():
            print(line)
        return 0
    if args.command == "messages":
        for lang in registry().translated:
            path = catalogue.update(args.root, lang.code, catalogue.from_code() + content_messages(content, args.root))
            print(f"updated {path}")
        for line in content.message_problems:
            print(line)
        return 0
    write_markdown(content, args.root, args.out)
    print(f"wrote {len(content.pages)} pages to {args.out}")
    return 0



def _diff(root: Path, base: str, full: Path | None = None, full_url: str = "") -> int:
    """The Markdown on standard output; exit 1 when the working tree has mistakes (listed
    instead of the changes), 2 when BASE names no commit."""
    try:
        new = prepare(root, share_images=False)
    except DataErrors as errors:
        print(errors.report(), file=sys.stderr)
        print(within_limit(mistakes_markdown(errors), full_url), end="")
        return 1
    with tempfile.TemporaryDirectory(prefix="crimea-record-base-") as tmp:
        try:
            commit = extract_at(root, base, Path(tmp))
            old = prepare(Path(tmp), site=new.site, share_images=False)
        except GitRefError as exc:
            print(f"diff: {exc}", file=sys.stderr)
            return 2
        except DataErrors as errors:
            # A change to the code itself (a new required field, say): nothing to compare with.
            print(errors.report(), file=sys.stderr)
            print(base_unreadable_markdown(base, errors), end="")
            return 0
    text = review_markdown(old, new, base, commit)
    if full is not None:
        full.write_text(text, encoding="utf-8")
    print(within_limit(text, full_url), end="")
    return 0
