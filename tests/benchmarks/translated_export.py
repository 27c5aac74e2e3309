"""Add every translated page to a plain Markdown export, so that the plain build makes exactly
the pages that ship, in every language.

    python translated_export.py PROJECT EXPORT

`python -m crimea_record markdown` exports the source language's pages (a portable site); the
benchmark's baseline must build the same pages as the hooks build, so the translated ones
(uk/…) are written here too, references expanded as the hooks expand them, and kept out of the
exported navigation as the hooks keep them (the hooks give each language its own menu).
A translated Full report is exported as the English one is: every part's Markdown in its place.
"""
from __future__ import annotations

import sys
from pathlib import Path


def main() -> None:
    project, export = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    sys.path.insert(0, str(project / "hooks"))
    from crimea_record.pipeline import prepare
    from crimea_record.render.pages import registry, report

    content = prepare(project)
    folders = set()
    for path, page in content.translated.items():
        folder = path.removesuffix(page.english)
        text = content.expanded(path)
        if page.english == report.PATH:  # as the English report is exported: every part's Markdown in its place
            text = report.as_markdown(text, lambda english, folder=folder: content.expanded(folder + english), set(content.pages), registry.report_parts(), content.site.url)
        target = export / "docs" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        folders.add(folder.strip("/"))
    config = export / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    lines = "".join(f"  /{folder}/**\n" for folder in sorted(folders))
    if "\nnot_in_nav: |\n" in text:
        text = text.replace("\nnot_in_nav: |\n", "\nnot_in_nav: |\n" + lines, 1)
    else:
        text += "\nnot_in_nav: |\n" + lines
    config.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
