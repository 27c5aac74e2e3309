"""The site's own wording in each language: translations/CODE/LC_MESSAGES/messages.po.

The .po files are the only form committed: each is compiled in memory when read (no .mo to keep
current). A message missing from a catalogue, fuzzy or untranslated is shown in English and
listed by `problems()` (the build logs it, `python -m crimea_record check` prints it).

In the code a phrase is written `_("As of")`, `_p("qualifier", "about")` (a context where the
same English has different translations) or `_n("{n} event", "{n} events", n)` (plural forms
from the catalogue's Plural-Forms header); `python -m crimea_record messages` extracts them.
"""
from __future__ import annotations

import ast
import functools
import io
from dataclasses import dataclass
from pathlib import Path

import yaml
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from babel.support import NullTranslations, Translations

CATALOGUE = Path("LC_MESSAGES") / "messages.po"
KEYWORDS = ("_", "_p", "_n", "N_")
PACKAGE = Path(__file__).resolve().parent.parent


def path(root: Path, code: str) -> Path:
    return root / "translations" / code / CATALOGUE


def read(root: Path, code: str) -> Catalog:
    return _read(path(root, code), _mtime(path(root, code)))


def translations(root: Path, code: str) -> NullTranslations:
    """The catalogue compiled in memory (fuzzy messages left out), for gettext-style look-ups."""
    return _translations(path(root, code), _mtime(path(root, code)))


def _mtime(file: Path) -> float:
    return file.stat().st_mtime if file.is_file() else 0.0


@functools.lru_cache(maxsize=16)
def _read(file: Path, _mtime: float) -> Catalog:
    if not file.is_file():
        return Catalog(locale=file.parent.parent.name)
    with file.open("rb") as f:
        return read_po(f, locale=file.parent.parent.name)


@functools.lru_cache(maxsize=16)
def _translations(file: Path, mtime: float) -> NullTranslations:
    if not file.is_file():
        return NullTranslations()
    compiled = io.BytesIO()
    write_mo(compiled, _read(file, mtime), use_fuzzy=False)
    compiled.seek(0)
    return Translations(compiled)


@dataclass(frozen=True)
class Wanted:
    """A message the site uses: from the code (extracted) or from the content (page titles)."""

    msgid: str | tuple[str, str]
    context: str | None
    comments: tuple[str, ...] = ()


def from_code() -> list[Wanted]:
    """Every `_()`, `_p()`, `_n()` and `N_()` (a phrase translated where it is used) in the package.

    Read with `ast`, not Babel's extractor: on Python 3.11 that does not look inside f-strings."""
    return _from_code(tuple(sorted((str(p), p.stat().st_mtime) for p in PACKAGE.rglob("*.py"))))


@functools.lru_cache(maxsize=2)
def _from_code(files: tuple[tuple[str, float], ...]) -> list[Wanted]:
    out = []
    for file, _mtime in files:
        for node in ast.walk(ast.parse(Path(file).read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name) or node.func.id not in KEYWORDS:
                continue
            args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args]
            where = Path(file).relative_to(PACKAGE.parent).as_posix()  # no line: it would change with every edit
            if node.func.id in ("_", "N_") and args and args[0]:
                out.append(Wanted(args[0], None, (where,)))
            elif node.func.id == "_p" and len(args) >= 2 and args[0] and args[1]:
                out.append(Wanted(args[1], args[0], (where,)))
            elif node.func.id == "_n" and len(args) >= 2 and args[0] and args[1]:
                out.append(Wanted((args[0], args[1]), None, (where,)))
    return out


class _AnyTags(yaml.SafeLoader):
    """mkdocs.yml may hold tags such as !ENV or !!python/name: read past them."""


_AnyTags.add_multi_constructor("", lambda loader, suffix, node: None)


def nav_sections(mkdocs_yml: Path) -> list[str]:
    """The section titles of the site's menu (`nav:` in mkdocs.yml), which each language translates."""
    try:
        config = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=_AnyTags) or {}
    except (OSError, yaml.YAMLError):
        return []
    found: list[str] = []

    def walk(items: object) -> None:
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict):
                for title, value in item.items():
                    if isinstance(value, list):
                        found.append(str(title))
                        walk(value)

    walk(config.get("nav") if isinstance(config, dict) else None)
    return found


def problems(root: Path, code: str, wanted: list[Wanted]) -> list[str]:
    """Each message the site uses that the catalogue lacks, holds untranslated or marks fuzzy."""
    catalogue, file = read(root, code), path(root, code).relative_to(root).as_posix()
    lines, seen = [], set()
    for want in wanted:
        key = (want.msgid, want.context)
        if key in seen:
            continue
        seen.add(key)
        message = catalogue.get(want.msgid, want.context)
        singular = want.msgid[0] if isinstance(want.msgid, tuple) else want.msgid
        where = f"msgid {singular!r}" + (f" (msgctxt {want.context!r})" if want.context else "")
        if message is None:
            lines.append(f"{file}: {where} is missing: run `python -m crimea_record messages` and translate it")
        elif message.fuzzy:
            lines.append(f"{file}:{message.lineno}: {where} is marked fuzzy: check the translation and remove the fuzzy flag")
        elif not message.string or (isinstance(message.string, tuple) and not all(message.string)):
            lines.append(f"{file}:{message.lineno}: {where} is not translated")
    return lines


def update(root: Path, code: str, wanted: list[Wanted]) -> Path:
    """Add the messages the site uses to the catalogue, mark changed ones fuzzy, drop unused ones."""
    template = Catalog(fuzzy=False)
    for want in wanted:
        template.add(want.msgid, context=want.context, auto_comments=want.comments)
    catalogue = read(root, code)
    catalogue.update(template, update_header_comment=False)
    catalogue.obsolete.clear()
    file = path(root, code)
    file.parent.mkdir(parents=True, exist_ok=True)
    with file.open("wb") as f:
        write_po(f, catalogue, width=100, omit_header=False, include_previous=True)
    return file
