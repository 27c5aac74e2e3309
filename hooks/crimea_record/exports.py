"""The dataset as downloads: one JSON file, its JSON Schema, and one CSV per kind.

Built from the same records as the pages, in the same build, so the downloads and the pages
cannot disagree. Columns and schema are derived from the record classes' field metadata;
the Data page lists them from here too.

CSV files are UTF-8 with a byte-order mark and CRLF line ends (RFC 4180): without the mark,
Excel reads UTF-8 as the local code page and garbles “quotes” and dashes. LibreOffice Calc
opened with "Unicode (UTF-8)" drops the mark (checked with LibreOffice 7.4 headless; with
its default Western encoding it garbles the text with or without the mark).
"""
from __future__ import annotations

import csv
import dataclasses
import io
import json
from dataclasses import dataclass
from typing import Any, Callable, Literal, get_args, get_origin

from .addresses import SiteInfo, page_url, permalink
from .build import field_specs, is_required, unwrap_optional
from .citations import figure_citation, violation_citation
from .dataset import Dataset
from .dates import PartialDate
from .markdown_text import stated_value
from .records import KINDS, Figure, HistoryEntry, Url

FOLDER = "downloads"
JSON_FILE = "crimea-record.json"
SCHEMA_FILE = "crimea-record.schema.json"
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"

# kind -> (CSV file, key in the JSON file, heading on the Data page)
FILES: dict[str, tuple[str, str, str]] = {
    "figure": ("figures.csv", "figures", "Figures"),
    "source": ("sources.csv", "sources", "Sources"),
    "article": ("legal-articles.csv", "legal_articles", "Legal provisions"),
    "violation": ("violations.csv", "violations", "Violations"),
    "event": ("events.csv", "events", "Events"),
    "discrepancy": ("discrepancies.csv", "discrepancies", "Report wording and the record"),
}
HISTORY_FILE = "figure-history.csv"

Used = dict[tuple[str, str], list[tuple[str, str]]]


@dataclass(frozen=True)
class Extra:
    """A column that is not in the YAML but worked out from it."""

    name: str
    help: str
    value: Callable[[Any, Dataset, SiteInfo, Used], str | None]
    nullable: bool = False


def _record_link(kind: str) -> Callable:
    def link(record, dataset, site, used):
        if kind != "discrepancy":
            return permalink(site.url, kind, record.id)
        pages = used.get(("discrepancy", record.id))
        return f"{site.url}{page_url(pages[0][0])}#{record.id}" if pages else None

    return link


EXTRAS: dict[str, list[Extra]] = {
    kind: [Extra("permalink", "This site's permanent link to the entry.", _record_link(kind), nullable=kind == "discrepancy")]
    for kind in KINDS
}
EXTRAS["figure"] += [
    Extra("stated_value", "The value as the source words it, e.g. 'at least 1,732'.", lambda r, d, s, u: stated_value(r)),
    Extra("citation", "Ready-to-paste citation, as shown under the figure on the site.", lambda r, d, s, u: figure_citation(r, d, s)),
]
EXTRAS["violation"] += [
    Extra("citation", "Ready-to-paste citation, as shown under the violation on the site.", lambda r, d, s, u: violation_citation(r, d, s)),
]


@dataclass(frozen=True)
class Column:
    name: str
    help: str


def _is_list(tp) -> bool:
    return get_origin(tp) is list


def _is_record(tp) -> bool:
    return dataclasses.is_dataclass(tp) and tp is not PartialDate


def _json(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return value.iso()
    if dataclasses.is_dataclass(value):
        return {f.name: _json(getattr(value, f.name)) for f, _ in field_specs(type(value))}
    if isinstance(value, list):
        return [_json(v) for v in value]
    return value


def record_json(kind: str, record, dataset: Dataset, site: SiteInfo, used: Used) -> dict:
    out = _json(record)
    for extra in EXTRAS[kind]:
        out[extra.name] = extra.value(record, dataset, site, used)
    return out


def json_document(dataset: Dataset, site: SiteInfo, used: Used) -> dict:
    latest = latest_as_of(dataset)
    doc = {
        "site": {"name": site.name, "url": site.url},
        "latest_as_of": latest.iso() if latest else None,
    }
    for kind, (_, key, _) in FILES.items():
        doc[key] = [record_json(kind, r, dataset, site, used) for r in dataset.of_kind(kind).values()]
    return doc


def latest_as_of(dataset: Dataset) -> PartialDate | None:
    dates = [f.as_of for f in dataset.figures.values() if f.as_of]
    return max(dates, key=PartialDate.sort_key) if dates else None


# --- CSV -------------------------------------------------------------------------------

def columns(kind: str) -> list[Column]:
    cls = KINDS[kind][1]
    return [Column(name, help) for name, help, _ in _flat_fields(cls)] + [Column(e.name, e.help) for e in EXTRAS[kind]]


def history_columns() -> list[Column]:
    return [Column("figure_id", "Id of the figure the earlier value belongs to.")] + [
        Column(name, help) for name, help, _ in _flat_fields(HistoryEntry)
    ]


def _flat_fields(cls: type, prefix: str = ""):
    """(column, help, getter) for each field; nested records become prefixed columns."""
    for f, tp in field_specs(cls):
        inner = unwrap_optional(tp)
        if cls is Figure and f.name == "history":
            continue  # earlier values have their own file
        if _is_record(inner):
            for name, help, get in _flat_fields(inner, f"{f.name}_"):
                yield prefix + name, f"{f.metadata['help']} {help}".strip(), _nested(f.name, get)
        else:
            yield prefix + f.name, f.metadata["help"], _getter(f, inner)


def _nested(name: str, get: Callable) -> Callable:
    return lambda record: None if getattr(record, name) is None else get(getattr(record, name))


def _getter(f: dataclasses.Field, tp) -> Callable:
    separator = "; " if f.metadata.get("ref") else "\n\n"
    if _is_list(tp):
        return lambda record: separator.join(str(v) for v in getattr(record, f.name))
    return lambda record: _json(getattr(record, f.name))


def rows(kind: str, dataset: Dataset, site: SiteInfo, used: Used) -> list[dict]:
    cls = KINDS[kind][1]
    out = []
    for record in dataset.of_kind(kind).values():
        row = {name: get(record) for name, _, get in _flat_fields(cls)}
        row.update({e.name: e.value(record, dataset, site, used) for e in EXTRAS[kind]})
        out.append(row)
    return out


def history_rows(dataset: Dataset) -> list[dict]:
    return [
        {"figure_id": figure.id, **{name: get(entry) for name, _, get in _flat_fields(HistoryEntry)}}
        for figure in dataset.figures.values()
        for entry in figure.history
    ]


def csv_bytes(cols: list[Column], table: list[dict]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[c.name for c in cols], lineterminator="\r\n")
    writer.writeheader()
    for row in table:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return buffer.getvalue().encode("utf-8-sig")


# --- JSON Schema -----------------------------------------------------------------------

def _schema_of(tp, help: str | None = None) -> dict:
    optional = unwrap_optional(tp) is not tp
    inner = unwrap_optional(tp)
    if inner is PartialDate:
        schema = {"type": "string", "pattern": DATE_PATTERN}
    elif inner is int:
        schema = {"type": "integer"}
    elif inner is Url:
        schema = {"type": "string", "pattern": "^https?://"}
    elif get_origin(inner) is Literal:
        schema = {"enum": list(get_args(inner))}
    elif _is_list(inner):
        schema = {"type": "array", "items": _schema_of(get_args(inner)[0])}
    elif _is_record(inner):
        schema = _object_schema(inner)
    else:
        schema = {"type": "string"}
    if optional:
        schema = {"anyOf": [schema, {"type": "null"}]}
    if help:
        schema["description"] = help
    return schema


def _object_schema(cls: type, extras: list[Extra] = ()) -> dict:
    props = {f.name: _schema_of(tp, f.metadata["help"]) for f, tp in field_specs(cls)}
    for extra in extras:
        string = {"type": "string"}
        props[extra.name] = {"anyOf": [string, {"type": "null"}]} if extra.nullable else string
        props[extra.name]["description"] = extra.help
    return {"type": "object", "properties": props, "required": list(props), "additionalProperties": False}


def json_schema(site: SiteInfo) -> dict:
    props = {
        "site": {
            "type": "object",
            "properties": {"name": {"type": "string"}, "url": {"type": "string"}},
            "required": ["name", "url"],
            "additionalProperties": False,
        },
        "latest_as_of": {
            "anyOf": [{"type": "string", "pattern": DATE_PATTERN}, {"type": "null"}],
            "description": "The most recent date any current figure refers to.",
        },
    }
    for kind, (_, key, heading) in FILES.items():
        props[key] = {"type": "array", "description": heading, "items": _object_schema(KINDS[kind][1], EXTRAS[kind])}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{site.url}{FOLDER}/{SCHEMA_FILE}",
        "title": f"{site.name}: data download",
        "type": "object",
        "properties": props,
        "required": list(props),
        "additionalProperties": False,
    }


def _dump(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def downloads(dataset: Dataset, site: SiteInfo, used: Used) -> dict[str, bytes]:
    """Every download, keyed by its path in the site (relative to docs/)."""
    files = {
        f"{FOLDER}/{JSON_FILE}": _dump(json_document(dataset, site, used)),
        f"{FOLDER}/{SCHEMA_FILE}": _dump(json_schema(site)),
        f"{FOLDER}/{HISTORY_FILE}": csv_bytes(history_columns(), history_rows(dataset)),
    }
    for kind, (filename, _, _) in FILES.items():
        files[f"{FOLDER}/{filename}"] = csv_bytes(columns(kind), rows(kind, dataset, site, used))
    return files
