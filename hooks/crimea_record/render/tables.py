"""Records as rows and columns: what the downloads hold and the Data page describes.

Columns come from the record classes' field metadata, plus a few worked out from the data
(`Extra`); the JSON document holds the same records with nested values kept nested.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, get_origin

from ..model.addresses import SiteInfo, page_url, permalink
from ..model.dataset import Dataset
from ..model.dates import PartialDate
from ..model.fields import field_specs, is_record_type, unwrap_optional
from ..model.kinds import KINDS
from ..model.records import UNTITLED, Figure, HistoryEntry
from ..model.translation import TRANSLATIONS, side, translated_fields
from .citations import article_citation, figure_citation, source_citation, violation_citation
from .language import registry
from .markdown_text import stated_value

FOLDER = "downloads"
JSON_FILE = "crimea-record.json"
SCHEMA_FILE = "crimea-record.schema.json"
HISTORY_FILE = "figure-history.csv"

Used = dict[tuple[str, str], list[tuple[str, str]]]
"""(kind, id) -> pages that show the record, as (path, title), in page order."""


@dataclass(frozen=True)
class Extra:
    """A column that is not in the YAML but worked out from it."""

    name: str
    help: str
    value: Callable[[Any, Dataset, SiteInfo, Used], str | None]
    nullable: bool = False


@dataclass(frozen=True)
class Column:
    name: str
    help: str


def _record_link(kind: str) -> Callable[[Any, Dataset, SiteInfo, Used], str | None]:
    def link(record, dataset, site, used):
        if KINDS[kind].page is not None:
            return permalink(site.url, kind, record.id)
        pages = used.get((kind, record.id))
        return f"{site.url}{page_url(pages[0][0])}#{record.id}" if pages else None

    return link


def _known_through(dataset: Dataset, source_id: str) -> Any:
    """The document a source is known through (its `via:`), or None."""
    via = dataset.sources[source_id].via
    return dataset.sources[via] if via else None


def known_through_url(dataset: Dataset, source_id: str) -> str | None:
    """The address of the document a source is known through, where it has one."""
    through = _known_through(dataset, source_id)
    return (through.url or None) if through is not None else None


def _known_through_name(dataset: Dataset, source_id: str) -> str | None:
    through = _known_through(dataset, source_id)
    if through is None:
        return None
    return f"{through.publisher}, [{UNTITLED}]" if through.untitled else f"{through.publisher}, {through.title}"


EXTRAS: dict[str, list[Extra]] = {
    kind.name: [Extra("permalink", "This site's permanent link to the entry.", _record_link(kind.name), nullable=kind.page is None)]
    for kind in KINDS.values()
}
EXTRAS["figure"] += [
    Extra("stated_value", "The value as the source words it, e.g. 'at least 1,732'.", lambda r, d, s, u: stated_value(r)),
    # The source by name, title and address, so that a spreadsheet of figures needs no look-up in sources.csv.
    Extra("source_publisher", "Who published the figure's source.", lambda r, d, s, u: d.sources[r.source].publisher),
    Extra("source_title", "The source's own title, as published; [untitled] when its real title is not known.",
          lambda r, d, s, u: f"[{UNTITLED}]" if d.sources[r.source].untitled else d.sources[r.source].title),
    Extra("source_url", "The source's web address (empty when it has none: source_known_through_url then gives the document it is known through).",
          lambda r, d, s, u: d.sources[r.source].url, nullable=True),
    Extra("source_known_through", "For a source the editors know only through another document (e.g. a report through the "
          "article that summarises it): that document, by publisher and title; empty otherwise.",
          lambda r, d, s, u: _known_through_name(d, r.source), nullable=True),
    Extra("source_known_through_url", "That document's web address.", lambda r, d, s, u: known_through_url(d, r.source), nullable=True),
    Extra("citation", "Ready-to-paste citation, as shown under the figure on the site.", lambda r, d, s, u: figure_citation(r, d, s)),
]
EXTRAS["violation"] += [
    Extra("citation", "Ready-to-paste citation, as shown under the violation on the site.", lambda r, d, s, u: violation_citation(r, d, s)),
]
EXTRAS["article"] += [
    Extra("citation", "Ready-to-paste citation, as shown under the provision on the site.", lambda r, d, s, u: article_citation(r, d, s)),
]
EXTRAS["source"] += [
    Extra("citation", "Ready-to-paste citation, as shown under the source on the site.", lambda r, d, s, u: source_citation(r, d, s)),
]


def plain(value: Any) -> Any:
    """A record or value as JSON-ready data: dates as ISO text, records as dicts."""
    if isinstance(value, PartialDate):
        return value.iso()
    if dataclasses.is_dataclass(value):
        cls: Any = type(value)
        out = {}
        for f, _ in field_specs(cls):
            if f.name == TRANSLATIONS:  # "uk": {...}: each translated language's mapping, as in the YAML
                for key in data_keys():
                    translation = side(value, key)
                    out[key] = None if translation is None else translation.as_mapping()
            else:
                out[f.name] = plain(getattr(value, f.name))
        return out
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def record_json(kind: str, record, dataset: Dataset, site: SiteInfo, used: Used) -> dict:
    out = plain(record)
    for extra in EXTRAS[kind]:
        out[extra.name] = extra.value(record, dataset, site, used)
    return out


def json_document(dataset: Dataset, site: SiteInfo, used: Used) -> dict:
    latest = latest_as_of(dataset)
    doc: dict[str, Any] = {
        "site": {"name": site.name, "url": site.url},
        "latest_as_of": latest.iso() if latest else None,
    }
    for kind in KINDS.values():
        doc[kind.json_key] = [record_json(kind.name, r, dataset, site, used) for r in dataset.of_kind(kind.name).values()]
    return doc


def latest_as_of(dataset: Dataset) -> PartialDate | None:
    dates = [f.as_of for f in dataset.figures.values() if f.as_of]
    return max(dates, key=PartialDate.sort_key) if dates else None


def columns(kind: str) -> list[Column]:
    """The record's own fields, then what is worked out from them (source, permanent link,
    citation), then the other languages' texts: what a spreadsheet reader wants first, first."""
    cls = KINDS[kind].record
    return ([Column(name, help) for name, help, _ in _flat_fields(cls)] + [Column(e.name, e.help) for e in EXTRAS[kind]]
            + [Column(name, help) for name, help, _ in translated_columns(cls)])


def history_columns() -> list[Column]:
    return [Column("figure_id", "Id of the figure the earlier value belongs to.")] + [
        Column(name, help) for name, help, _ in [*_flat_fields(HistoryEntry), *translated_columns(HistoryEntry)]
    ]


def _flat_fields(cls: type, prefix: str = ""):
    """(column, help, getter) for each field; nested records become prefixed columns. A record's
    own translated texts come last (`translated_columns`); a nested record's stay beside it."""
    for f, tp in field_specs(cls):
        inner = unwrap_optional(tp)
        if cls is Figure and f.name == "history":
            continue  # earlier values have their own file
        if f.name == TRANSLATIONS:
            if prefix:
                yield from translated_columns(cls, prefix)
        elif is_record_type(inner):
            # Each column keeps its own field's help; a part of an optional record may be empty too.
            optional = f.metadata["help"].startswith("Optional.")
            for name, help, get in _flat_fields(inner, f"{f.name}_"):
                own = f"Optional. {help}" if optional and not help.startswith("Optional.") else help
                yield prefix + name, own, _nested(f.name, get)
        else:
            yield prefix + f.name, f.metadata["help"], _getter(f, inner)


def data_keys() -> list[str]:
    """The registry's translated languages' data keys, in its order: the downloads' translated parts."""
    return [lang.data_key for lang in registry().translated if lang.data_key]


def translated_columns(cls: type, prefix: str = ""):
    """uk_label, uk_note, …: each translated language's text of each translated field, in columns
    named after its registry data_key (`uk_`, `ru_`, …). The hash that tracks whether a translation
    is stale is the editors' bookkeeping: it stays in the JSON document, out of the tables."""
    for lang in registry().translated:
        if not lang.data_key:
            continue
        for name in translated_fields(cls):
            yield f"{prefix}{lang.data_key}_{name}", f"'{name}' in {lang.english_name}.", _translated_getter(lang.data_key, name)


def _translated_getter(key: str, name: str) -> Callable:
    def get(record):
        translation = record.translations.get(key)
        return None if translation is None else translation.as_mapping().get(name)

    return get


def _nested(name: str, get: Callable) -> Callable:
    return lambda record: None if getattr(record, name) is None else get(getattr(record, name))


def _getter(f: dataclasses.Field, tp) -> Callable:
    separator = "; " if f.metadata.get("ref") else "\n\n"
    if get_origin(tp) is list:
        return lambda record: separator.join(str(v) for v in getattr(record, f.name))
    return lambda record: plain(getattr(record, f.name))


def rows(kind: str, dataset: Dataset, site: SiteInfo, used: Used) -> list[dict]:
    cls = KINDS[kind].record
    out = []
    for record in dataset.of_kind(kind).values():
        row = {name: get(record) for name, _, get in [*_flat_fields(cls), *translated_columns(cls)]}
        row.update({e.name: e.value(record, dataset, site, used) for e in EXTRAS[kind]})
        out.append(row)
    return out


def history_rows(dataset: Dataset) -> list[dict]:
    return [
        {"figure_id": figure.id, **{name: get(entry) for name, _, get in [*_flat_fields(HistoryEntry), *translated_columns(HistoryEntry)]}}
        for figure in dataset.figures.values()
        for entry in figure.history
    ]
