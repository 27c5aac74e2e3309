"""Every page's rendered HTML against the one policy (check/html_policy.py), each mistake located
in the Markdown that renders it: docs/PATH, or translations/LANG/PATH for a translated page.

The build applies it to the HTML MkDocs renders (hooks/site.py, on_page_content); `check`
renders every page here with the same Markdown extensions (mkdocs.yml's) and applies the same.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import markdown

from ..check.html_policy import locate, violations
from ..errors import DataError, Loc, shown_path
from .external_links import ExternalLinksExtension

Render = Callable[[str], str]


def markdown_renderer(extensions: list[Any], settings: dict[str, dict[str, Any]]) -> Render:
    md = markdown.Markdown(extensions=[*extensions, ExternalLinksExtension()], extension_configs=settings)

    def render(text: str) -> str:
        md.reset()
        return md.convert(text)

    return render


def page_source(content, root: Path, path: str) -> tuple[str, str]:
    """The file an editor fixes for what page `path` shows, as shown in messages, and its text."""
    translated = content.translated.get(path)
    if translated is not None:
        english = content.pages[translated.english]
        if translated.translated and not english.generated:
            file = root / "translations" / translated.language / translated.english
            if file.is_file():
                return shown_path(file, root), file.read_text(encoding="utf-8", errors="replace")
        path = translated.english
    page = content.pages.get(path)
    if page is None or page.generated:
        return f"{path} (generated from data/)", ""
    docs = root / "docs" / path
    return shown_path(docs, root) if docs.is_file() else f"docs/{path}", page.markdown


def html_errors(html: str, source: tuple[str, str], make_render: Callable[[], Render]) -> list[DataError]:
    """The page's rendered `html` against the policy; each mistake located in `source` (file, text)
    by rendering its blocks (`make_render` is called only when there is a mistake to locate)."""
    found = violations(html)
    if not found:
        return []
    file, text = source
    render = make_render()
    out = []
    for violation in dict.fromkeys(found):
        for line, col in locate(text, violation, render, found.count(violation)) if text else [(1, 1)]:
            out.append(DataError(Loc(file, line, col), violation.message))
    return out


def every_page_errors(content, root: Path, render: Render) -> list[DataError]:
    """What `check` finds: every page, English and translated, rendered and checked (the Full
    report is made of the other pages' HTML, so it is checked through them)."""
    out: list[DataError] = []
    for path in [*content.pages, *content.translated]:
        out += html_errors(render(content.expanded(path)), page_source(content, root, path), lambda: render)
    return out
