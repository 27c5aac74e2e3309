"""Small pieces shared by the generated pages."""
from __future__ import annotations

from ...model.addresses import SiteInfo, edit_url
from ...model.dataset import Dataset
from ..language import _, current, page_title, quoted, registry
from ..markdown_text import external_link, md, safe_url


def marker(name: str, *ids: str) -> str:
    return "{{ " + name + " " + " ".join(ids) + " }}"


def quoted_passages(passages: list[str], indent: str = "", lang: str | None = None) -> list[str]:
    """Verbatim passages as separate block quotes, with an omission mark between them; on a page
    in another language, each marked with the language it is written in (`lang`; default: the source's)."""
    out: list[str] = []
    lang = lang or registry().source.html_lang
    mark = [f'{indent}> {{ lang="{lang}" }}'] if lang != current() else []
    for n, passage in enumerate(passages):
        if n:
            out += [f"{indent}\\[…\\]", ""]
        out += [f"{indent}> {quoted(md(passage))}", *mark, ""]
    return out


def definition(term: str, detail: str) -> str:
    return f"{term}\n:   {detail}\n"


def source_line(dataset: Dataset, source_id: str) -> str:
    """A source reference with the source it is known through, if any."""
    source = dataset.sources[source_id]
    line = marker("source", source_id)
    if source.via:
        line += f" ({_('known through')} {marker('source', source.via)})"
    return line


def edit_link(record, site: SiteInfo | None) -> list[str]:
    """An "Edit" link to the record's first line in the repository's web editor; nothing when
    mkdocs.yml names no repository."""
    loc = record.locs.get("__record__")
    url = edit_url(site, loc.file, loc.line) if site and loc else ""
    if not url:
        return []
    title = _("Edit in {file}, line {line}").format(file=loc.file, line=loc.line)
    return [f'[{_("Edit")}]({safe_url(url)}){{ .record-edit title="{title}" }}', ""]


def official_link(url: str | None, label: str = "Official text") -> str:
    return external_link(md(_(label)), url) if url else ""


def page_list(pages: list[tuple[str, str]], from_page: str) -> str:
    from ..markdown_text import relative

    return ", ".join(f"[{md(page_title(path, title))}]({relative(from_page, path)})" for path, title in pages)


Discussed = dict[tuple[str, str], list[tuple[str, str]]]
"""(kind, id) -> the pages written in docs/ that refer to the record, as (path, title)."""


def discussed_on(discussed: Discussed | None, kind: str, record_id: str, from_page: str) -> list[str]:
    """A 'Discussed on' line listing the pages that refer to a record, or nothing. Left out of
    the site's search, so that a page's name there does not outrank the page itself."""
    pages = (discussed or {}).get((kind, record_id), [])
    if not pages:
        return []
    return ["", f"{_('Discussed on')}: {page_list(pages, from_page)}", "{ .discussed-on data-search-exclude }", ""]


def licence_statement(site: SiteInfo, ukrainian: bool) -> str:
    """The licence paragraph as Markdown; on Ukrainian pages the English text, marked as English."""
    statement = md(site.licence.statement(site.name))
    return f'<span lang="en">{statement}</span>' if ukrainian else statement
