"""What an edit changes on the site, as Markdown for the pull request's readers.

Two prepared sites, before and after, compared record by record: each record whose fields
changed (old → new), the records added and removed, and the prose pages whose text changed,
each with the pages and permanent links that show it. `python -m crimea_record diff BASE`
prints it; the pull-request workflow puts it in the job summary and in a comment.
"""
from __future__ import annotations

import re
from dataclasses import fields, is_dataclass
from typing import Any, Protocol
from urllib.parse import quote

from ..errors import DataErrors
from ..load.markers import MARKERS, Reference
from ..model.addresses import SiteInfo, page_url
from ..model.dataset import Dataset
from ..model.dates import PartialDate
from ..model.kinds import KINDS, Kind
from ..render.language import QUALIFIERS, qualifier, stated_value
from ..render.markdown_text import number
from ..render.pages import registry, report

COMMENT_MARK = "<!-- crimea-record-diff -->"
"""First line of the comment, so that the workflow updates its earlier comment instead of adding one."""
HEADING = "## What this change does to the site"
FIRST_FIELDS = {"figure": ("value", "qualifier", "as_of", "source")}
"""Shown first, in this order; then the other changed fields in the order of the record class."""
LONG = 200
COMMENT_LIMIT = 60_000
"""GitHub refuses a comment of more than 65,536 characters: a longer list is cut below this, with a link to the whole."""
"""Text longer than this is not repeated: the file's own diff shows it."""


# GitHub's Markdown: the marks that can start markup mid-line, and the starts of its autolinks
# (https:, user@host, www.), math ($) and emoji (:name:). Backslash escapes any of them.
_GFM_MARKS = re.compile(r"([\\`*_\[\]<>|~&!:@#$^{}])")
_WWW = re.compile(r"(?i)\b(www)\.")


def md(text: str) -> str:
    """Data text for GitHub's Markdown: shown as written, never markup, links or mentions."""
    return _WWW.sub(r"\1\\.", _GFM_MARKS.sub(r"\\\1", " ".join(str(text).split())))


class Content(Protocol):
    """What the comparison reads of a prepared site (`pipeline.SiteContent`)."""

    dataset: Dataset
    pages: dict[str, Any]  # path -> Page: .title, .markdown, .generated
    refs: dict[str, list[Reference]]
    site: SiteInfo


def review_markdown(old: Content, new: Content, base: str, commit: str) -> str:
    sections: list[str] = []
    counts: list[str] = []
    for kind in KINDS.values():
        before, after = old.dataset.of_kind(kind.name), new.dataset.of_kind(kind.name)
        changed = [i for i in after if i in before and before[i] != after[i]]
        added = [i for i in after if i not in before]
        removed = [i for i in before if i not in after]
        if not (changed or added or removed):
            continue
        counts += [_count(len(ids), kind, verb) for ids, verb in ((changed, "changed"), (added, "added"), (removed, "removed")) if ids]
        sections += [f"### {md(kind.heading)}", ""]
        for record_id in changed:
            sections += _changed(kind, before[record_id], after[record_id], old, new)
        for record_id in added:
            sections += _added(kind, after[record_id], new)
        for record_id in removed:
            sections += _removed(kind, before[record_id], old)
        sections.append("")
    page_lines = _prose_pages(old, new)
    if page_lines:
        counts.append(f"{len(page_lines)} page{'s' if len(page_lines) != 1 else ''} with new text")
        sections += ["### Pages", "", *page_lines, ""]
    summary = ", ".join(counts) if counts else "nothing readers see: no figure, source, provision, violation, event or page changed"
    out = [
        COMMENT_MARK,
        HEADING,
        "",
        f"Compared with `{md_code(base)}` (commit `{commit[:7]}`): {summary}.",
        "",
    ]
    if counts:
        out += ["Links lead to the published site, which shows the values from before this change until it is merged.", ""]
    return "\n".join(out + sections).rstrip() + "\n"


def mistakes_markdown(errors: DataErrors) -> str:
    """The same heading, when the edit cannot be built: its mistakes instead of its changes."""
    count = len(errors.errors)
    out = [
        COMMENT_MARK,
        HEADING,
        "",
        f"Nothing yet: the data has {count} mistake{'s' if count != 1 else ''}, so the site cannot be built. "
        "The check also marks each one on its line of the file. Correct them and commit again.",
        "",
    ]
    out += [f"- `{md_code(e.loc.file)}` line {e.loc.line}, column {e.loc.col}: {md(e.message)}" for e in errors.errors]
    return "\n".join(out) + "\n"


def base_unreadable_markdown(base: str, errors: DataErrors) -> str:
    """When this change's code cannot read the data at the base, there is nothing to compare."""
    count = len(errors.errors)
    return "\n".join([
        COMMENT_MARK,
        HEADING,
        "",
        f"No comparison: this change's code finds {count} mistake{'s' if count != 1 else ''} in the data at `{md_code(base)}` "
        "(for example, a field it now requires), so what it changes on the site cannot be listed. "
        f"The first: `{md_code(str(errors.errors[0].loc))}` {md(errors.errors[0].message)}",
        "",
    ])


def md_code(text: str) -> str:
    """Text for inside a code span, which shows backslashes as they are and ends at a backtick;
    on one line (a line break would let the next line start a heading or a list), controls shown."""
    text = "".join(ch if ch.isprintable() or ch == " " else f"\\u{ord(ch):04x}" for ch in str(text))
    return text.replace("`", "'")


def _count(n: int, kind: Kind, verb: str) -> str:
    noun = kind.plural if n != 1 else kind.plural[:-3] + "y" if kind.plural.endswith("ies") else kind.plural[:-1]
    return f"{n} {noun} {verb}"


def _changed(kind: Kind, old_record, new_record, old: Content, new: Content) -> list[str]:
    out = [_head(kind, new_record, new)]
    names = [f.name for f in fields(new_record) if not f.metadata.get("internal")]
    first = FIRST_FIELDS.get(kind.name, ())
    for name in [*first, *(n for n in names if n not in first)]:
        before, after = getattr(old_record, name), getattr(new_record, name)
        if before != after:
            ref = next(f for f in fields(new_record) if f.name == name).metadata.get("ref")
            shown_before, shown_after = _shown(before, ref, old), _shown(after, ref, new)
            change = f"{shown_before} → {shown_after}" if shown_before != shown_after else "changed (see the file's changes)"
            out.append(f"  - {name.replace('_', ' ')}: {change}")
    out.append(f"  - shown on: {_shown_on(kind, new_record.id, new)}")
    return out


def _added(kind: Kind, record, new: Content) -> list[str]:
    out = [_head(kind, record, new, "new")]
    if kind.name == "figure":
        date = f", as of {record.as_of.human()}" if record.as_of else ""
        out.append(f"  - {_stated(record)} {md(record.unit)}{md(date)}, from {_shown(record.source, 'source', new)}")
    out.append(f"  - shown on: {_shown_on(kind, record.id, new)}")
    return out


def _removed(kind: Kind, record, old: Content) -> list[str]:
    return [
        f"- removed: **{md(_name(record))}** `{record.id}`",
        f"  - was shown on: {_shown_on(kind, record.id, old)}. Its permanent link stops working unless `data/redirects.yml` forwards it.",
    ]


def _stated(entry) -> str:
    return md(stated_value(entry))


def _head(kind: Kind, record, content: Content, what: str = "") -> str:
    loc = record.locs["__record__"]
    link = _permalink(kind, record.id, content)
    name = f"[{md(_name(record))}]({link})" if link else md(_name(record))
    return f"- {what + ': ' if what else ''}**{name}** `{record.id}` · {loc.file}, line {loc.line}"


def _name(record) -> str:
    for attr in ("label", "name", "title", "topic"):
        value = getattr(record, attr, None)
        if isinstance(value, str) and value:
            return value
    return record.id


def _shown(value: Any, ref: str | None, content: Content) -> str:
    """A field's value as a reader would recognise it."""
    if value is None or value == []:
        return "none"
    if ref and isinstance(value, str):
        target = content.dataset.of_kind(ref).get(value)
        return f"{md(_name(target))} `{value}`" if target is not None else f"`{value}`"
    if isinstance(value, list):
        if ref:
            return "; ".join(_shown(v, ref, content) for v in value)
        if all(hasattr(v, "value") and hasattr(v, "as_of") for v in value):  # a figure's earlier values
            return "; ".join(f"{_stated(v)} ({v.as_of.human()})" for v in value)
        if any(is_dataclass(v) for v in value):
            return f"{len(value)} {'entry' if len(value) == 1 else 'entries'}"
        return f"{len(value)} {'passage' if len(value) == 1 else 'passages'}"
    if isinstance(value, int) and not isinstance(value, bool):
        return number(value)
    if isinstance(value, PartialDate):
        return md(value.human())
    start = getattr(value, "start", None)
    if isinstance(start, PartialDate):  # a period
        end = getattr(value, "end", None)
        return md(f"{start.human()} – {end.human() if end else 'onwards'}")
    if is_dataclass(value):  # a nested record: the report's wording, a source's own words
        words = next((getattr(value, a) for a in ("quote", "text") if isinstance(getattr(value, a, None), str)), None)
        if words is None:
            parts = [(f.name, getattr(value, f.name)) for f in fields(value) if not f.metadata.get("internal")]
            return "; ".join(f"{name.replace('_', ' ')} {_shown(v, None, content)}" for name, v in parts if v not in (None, []))
        value = words
    text = str(value)
    if text in QUALIFIERS:  # a changed qualifier, in the words the pages use
        return qualifier(text) or text
    return f"“{md(text)}”" if len(text) <= LONG else "(long text, see the file's changes)"


def _pages_showing(kind: Kind, record_id: str, content: Content) -> list[str]:
    """The record's own page first, then every page that refers to it, then the Full report
    if it holds one of those."""
    own = [kind.page] if kind.page and kind.page in content.pages else []
    referring = [
        path for path, refs in content.refs.items()
        if path not in own and any(MARKERS[r.name].kind == kind.name and record_id in r.ids for r in refs)
    ]
    reading_order = list(registry.report_parts())
    referring.sort(key=lambda p: (reading_order.index(p) if p in reading_order else len(reading_order), content.pages[p].title))
    in_report = report.PATH in content.pages and any(path in reading_order for path in own + referring)
    return own + referring + ([report.PATH] if in_report else [])


def _page_link(path: str, content: Content, anchor: str = "") -> str:
    title = content.pages[path].title
    return f"[{md(title)}]({url_path(content.site.url + page_url(path))}{'#' + anchor if anchor else ''})"


def _shown_on(kind: Kind, record_id: str, content: Content) -> str:
    pages = _pages_showing(kind, record_id, content)
    if not pages:
        return "no page"
    own = kind.page or pages[0]
    return ", ".join(_page_link(p, content, record_id if p == own else "") for p in pages)


def _permalink(kind: Kind, record_id: str, content: Content) -> str:
    page = kind.page or next(iter(_pages_showing(kind, record_id, content)), None)
    return f"{content.site.url}{page_url(page)}#{record_id}" if page else ""


def _prose_pages(old: Content, new: Content) -> list[str]:
    prose_before = {p: page for p, page in old.pages.items() if not page.generated}
    prose_after = {p: page for p, page in new.pages.items() if not page.generated}
    out = []
    for path, page in prose_after.items():
        if path not in prose_before:
            out.append(f"- new page: {_page_link(path, new)} `{md_code('docs/' + path)}`")
        elif prose_before[path].markdown != page.markdown:
            out.append(f"- text changed: {_page_link(path, new)} `{md_code('docs/' + path)}`")
    out += [f"- removed: {md(page.title)} `{md_code('docs/' + path)}`" for path, page in prose_before.items() if path not in prose_after]
    return out + _translations(old, new)


def _translations(old: Content, new: Content) -> list[str]:
    """Translated pages whose text changed: readers of that language see it."""
    def written(content: Content) -> dict[str, Any]:
        pages = getattr(content, "translated", {}) or {}
        return {p: t for p, t in pages.items() if t.translated and t.english in content.pages and not content.pages[t.english].generated}

    before, after = written(old), written(new)
    out = []
    for path, page in after.items():
        what = "new translation" if path not in before else "translation changed" if before[path].markdown != page.markdown else ""
        if what:
            title = _H1.search(page.markdown)
            link = f"[{md(title.group(1) if title else path)}]({url_path(new.site.url + page_url(path))})"
            out.append(f"- {what}: {link} `{md_code(_translation_file(path, page.english))}`")
    out += [f"- translation removed: `{md_code(_translation_file(path, page.english))}`" for path, page in before.items() if path not in after]
    return out


_H1 = re.compile(r"^#\s+(.+?)\s*(?:\{[^}]*\})?\s*$", re.M)


def _translation_file(path: str, english: str) -> str:
    """translations/LANG/PATH for the page at LANG/PATH."""
    return f"translations/{path.removesuffix(english).rstrip('/')}/{english}"


def url_path(address: str) -> str:
    """An address for a Markdown link: anything that could end the link or start markup, percent-encoded."""
    return quote(address, safe="/:#?&=%@+,;~.-_")


def within_limit(text: str, full_url: str = "", limit: int = COMMENT_LIMIT) -> str:
    """The Markdown cut at a line below `limit` characters, saying how much is left out and where the whole is."""
    if len(text) <= limit:
        return text
    where = f"[the whole list]({url_path(full_url)})" if full_url else "the whole list in the workflow run's artifacts"
    lines, kept, size = text.splitlines(), [], 0
    for line in lines:
        if size + len(line) + 1 > limit - 300:
            break
        kept.append(line)
        size += len(line) + 1
    left = len(lines) - len(kept)
    return "\n".join([*kept, "", f"… and {left} more line{'s' if left != 1 else ''}, left out to keep this comment within GitHub's limit: see {where}."]) + "\n"
