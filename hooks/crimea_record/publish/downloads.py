"""The dataset as downloads: one JSON file, its JSON Schema, and one CSV per kind.

Built from the same records as the pages, in the same build, so the downloads and the pages
cannot disagree; what each file holds is `render/tables.py`, its schema `json_schema.py`.

CSV files are UTF-8 with a byte-order mark and CRLF line ends (RFC 4180): without the mark,
Excel reads UTF-8 as the local code page and garbles “quotes” and dashes. LibreOffice Calc
opened with "Unicode (UTF-8)" drops the mark (checked with LibreOffice 7.4 headless; with
its default Western encoding it garbles the text with or without the mark).
"""
from __future__ import annotations

import csv
import io
import json

from ..model.addresses import SiteInfo
from ..model.dataset import Dataset
from ..model.kinds import KINDS
from ..render.tables import FOLDER, HISTORY_FILE, JSON_FILE, SCHEMA_FILE, Column, Used, columns, history_columns, history_rows, json_document, rows
from .json_schema import download_schema

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
"""What makes a spreadsheet read a cell as a formula (full-width forms too, which some convert)."""


def csv_cell(value: object) -> object:
    """A text cell that a spreadsheet would run as a formula (=HYPERLINK(…), +cmd|…, @SUM, -2+3)
    gets an apostrophe in front, which spreadsheets read as "this is text" and do not show.
    The JSON file keeps the text as written; the Data page says so."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_bytes(cols: list[Column], table: list[dict]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[c.name for c in cols], lineterminator="\r\n")
    writer.writeheader()
    for row in table:
        writer.writerow({k: csv_cell(v) for k, v in row.items()})
    return buffer.getvalue().encode("utf-8-sig")


def _dump(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def downloads(dataset: Dataset, site: SiteInfo, used: Used) -> dict[str, bytes]:
    """Every download, keyed by its path in the site (relative to docs/)."""
    files = {
        f"{FOLDER}/{JSON_FILE}": _dump(json_document(dataset, site, used)),
        f"{FOLDER}/{SCHEMA_FILE}": _dump(download_schema(site)),
        f"{FOLDER}/{HISTORY_FILE}": csv_bytes(history_columns(), history_rows(dataset)),
    }
    for kind in KINDS.values():
        files[f"{FOLDER}/{kind.csv_file}"] = csv_bytes(columns(kind.name), rows(kind.name, dataset, site, used))
    return files
