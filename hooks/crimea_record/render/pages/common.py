"""Small pieces shared by the generated pages."""
from __future__ import annotations

from ...model.addresses import SiteInfo, edit_url
from ...model.dataset import Dataset
from ..language import N_, _, current, in_language, page_title, quoted, registry, site_name, translated
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


def official_link(url: str | None, label: str) -> str:
    """A link to the official text, `label` already in the page's language."""
    return external_link(md(label), url) if url else ""


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


LICENCE = N_(
    "The text of {who} written by its editors, and its compilation of the data (the selection, arrangement and "
    "descriptions of the records), are licensed under {title} ({name}, {url}): you may share and adapt them for any "
    "purpose, naming {who} as the source. Quoted texts (reports, articles, laws, treaties) remain their authors’ and "
    "are quoted here for reference; each figure belongs to the source named with it and must be cited to that source."
)
"""The licence paragraph in a translation (the source language's is `Licence.statement`, also in the data zip)."""


def licence_statement(site: SiteInfo, code: str) -> str:
    """The licence paragraph as Markdown, in the language `code`."""
    with in_language(code):
        if not translated() or not site.name:
            return md(site.licence.statement(site.name))
        licence = site.licence
        # The licence's own name stays in English (as Creative Commons publishes it), marked as such.
        text = md(_(LICENCE).format(who=quoted(site_name(site.name)), title="\ue000", name="\ue001", url=licence.url))
        return text.replace("\ue000", f'<span lang="en">{md(licence.title)}</span>').replace("\ue001", f'<span lang="en">{md(licence.name)}</span>')


def publisher_statement(site: SiteInfo) -> str:
    """About: who publishes the site and how to reach them; while no publisher is set, says so."""
    if not site.publisher:
        return md(_("The publisher of this site has not been named yet."))
    said = f"{_('This site is published by')} {md(site.publisher)}."
    if site.contact:
        address = site.contact if "://" in site.contact else f"mailto:{site.contact}"
        said += f" {_('Contact')}: [{md(site.contact)}]({address})"
    return said
