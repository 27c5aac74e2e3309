"""The site's mkdocs.yml, made fit for an exported folder that any generator can build.

The exported pages already have every reference expanded, so the config drops `hooks:`
(MkDocs would run them again; Zensical ignores them silently). It also makes two changes
for Zensical that MkDocs and Material do not notice:
- Zensical's script bundle names scripts it loads from other hosts only for features this
  site does not use (diagrams, runnable code, an image lightbox, a polyfill for old
  browsers). The privacy audit would flag them, so they are excluded like Material's Mermaid.
- `theme.variant: classic` keeps Material's look; Zensical's default is its "modern" look.
The theme overrides (`custom_dir`) are copied beside the exported config, as `theme/`.

The file is edited as text, not loaded and dumped, so comments and YAML tags survive.
"""
from __future__ import annotations

import re

ZENSICAL_LAZY_SCRIPTS = (
    "unpkg.com/mermaid@*/*",
    "unpkg.com/pyodide@*/*",
    "cdn.jsdelivr.net/pyodide/*",
    "unpkg.com/ace-builds@*/*",
    "unpkg.com/glightbox@*/*",
    "unpkg.com/resize-observer-polyfill",
)


THEME_DIR = "theme"
_CUSTOM_DIR = re.compile(r"^(?P<indent>[ \t]+custom_dir:[ \t]*)(?P<path>\S+)[ \t]*$", re.M)


def custom_dir(text: str) -> str | None:
    """The theme's custom_dir, as written in the config."""
    match = _CUSTOM_DIR.search(text)
    return match.group("path") if match else None


def portable_config(text: str) -> str:
    text = _CUSTOM_DIR.sub(lambda m: m.group("indent") + THEME_DIR, text)
    text = _without_top_level_key(text, "hooks")
    text = _append_to_list(text, "assets_exclude", ZENSICAL_LAZY_SCRIPTS)
    return _add_to_mapping(text, "theme", "variant: classic")


def _without_top_level_key(text: str, key: str) -> str:
    lines = text.splitlines(keepends=True)
    kept, skipping = [], False
    for line in lines:
        if re.match(rf"{key}\s*:", line):
            skipping = True
            continue
        if skipping and (not line.strip() or line[0] in " \t-"):
            continue
        skipping = False
        kept.append(line)
    return "".join(kept)


def _append_to_list(text: str, key: str, items: tuple[str, ...]) -> str:
    """Append items to a block list `key:` (any depth); unchanged if there is none."""
    match = re.search(rf"^(?P<indent>[ \t]*){key}:[ \t]*\n(?P<items>(?:(?P=indent)[ \t]*- .*\n)+)", text, re.M)
    if not match:
        return text
    item_indent = match.group("items")[: match.group("items").index("- ") + 2]
    present = set(re.findall(r"- (.*)", match.group("items")))
    added = "".join(f"{item_indent}{item}\n" for item in items if item not in present)
    return text[: match.end()] + added + text[match.end():]


def _add_to_mapping(text: str, key: str, entry: str) -> str:
    """Add `entry` as the first child of the top-level mapping `key:`; unchanged if there is none."""
    match = re.search(rf"^{key}:[ \t]*\n(?P<indent>[ \t]+)", text, re.M)
    if not match or re.search(rf"^{match.group('indent')}{entry.split(':')[0]}:", text, re.M):
        return text
    start = match.start("indent")
    return text[:start] + match.group("indent") + entry + "\n" + text[start:]
