"""The Data page: the downloads, their fields, the licence note and the as-of date.

Files and fields are listed from tables.py, so the page cannot drift from the files.
"""
from __future__ import annotations

import re

from ...kinds import KINDS
from ...model.addresses import SiteInfo
from ...model.dataset import Dataset
from .. import tables
from ..citations import CITATIONS_FOLDER
from ..markdown_text import md

PATH = "data.md"
ZIP = f"{tables.FOLDER}/crimea-record-data.zip"
OFFLINE_ZIP = f"{tables.FOLDER}/crimea-record-offline.zip"
WHOLE = "crimea-record"


def render(dataset: Dataset, site: SiteInfo | None = None, offline_copy: bool = False) -> str:
    site = site or SiteInfo("", "")
    latest = tables.latest_as_of(dataset)
    folder = tables.FOLDER
    out = [
        "# Data downloads",
        "",
        "Everything this site states is also available as data, written by the same build from "
        "the same records as the pages, so the files and the pages always agree.",
        "",
        f"**As of:** the most recent date a current figure refers to is {md(latest.human()) if latest else 'not stated by any source'}. "
        "Some figures carry no date from their source; their entries say so, in the files as on the pages.",
        "",
        "## Everything in one file",
        "",
        f"[crimea-record-data.zip]({ZIP}): every file below, a `datapackage.json` describing the CSV "
        "files ([Frictionless Data Package](https://datapackage.org/), readable by many data tools), the "
        "citations, a README and the licence.",
        "",
    ]
    if offline_copy:
        out += [
            f"[crimea-record-offline.zip]({OFFLINE_ZIP}): the whole site, to read without a connection, for "
            "readers where this site may be blocked. Unpack it and open `index.html` in a browser; search works too.",
            "",
        ]
    out += [
        "## Files",
        "",
        "| File | What it holds |",
        "| --- | --- |",
        f"| [{tables.JSON_FILE}]({folder}/{tables.JSON_FILE}) | Every record of every kind, in one JSON file. |",
        f"| [{tables.SCHEMA_FILE}]({folder}/{tables.SCHEMA_FILE}) | The JSON Schema the JSON file follows (draft 7). |",
    ]
    for kind in KINDS.values():
        out.append(f"| [{kind.csv_file}]({folder}/{kind.csv_file}) | {md(kind.heading)}: one row each. |")
    out.append(f"| [{tables.HISTORY_FILE}]({folder}/{tables.HISTORY_FILE}) | Earlier values of figures: one row each. |")
    out.append(f"| [{WHOLE}.bib]({CITATIONS_FOLDER}/{WHOLE}.bib), [{WHOLE}.ris]({CITATIONS_FOLDER}/{WHOLE}.ris), [{WHOLE}.json]({CITATIONS_FOLDER}/{WHOLE}.json) | Every figure, violation, provision and source as a citation: BibTeX, RIS and CSL-JSON, for reference managers. |")
    out += [
        "",
        "The CSV files are UTF-8 text, comma-separated, with a header row, and begin with a "
        "byte-order mark: Excel needs that mark to read the file as UTF-8 rather than in the "
        "computer's local encoding, which would garble the curly quotation marks and dashes. "
        "LibreOffice Calc asks for the character set when it opens a CSV file: choose Unicode "
        "(UTF-8). A cell that lists several ids separates them with a semicolon; a cell holding "
        "several quoted passages separates them with a blank line.",
        "",
        "A text cell that begins with =, +, -, @ or a tab would be run as a formula by a "
        "spreadsheet, so in the CSV files such a cell begins with an apostrophe ('), which "
        "spreadsheets take as a sign that the cell is text and do not show. The JSON file holds "
        "the text exactly as written.",
        "",
        "## Using the figures",
        "",
        "The figures are not this site's: each belongs to the source named with it, and must be "
        "cited to that source. Each figure, violation, provision and source carries a ready-made citation, in the "
        "`citation` column and on the site; see [How to cite](cite.md).",
        "",
        "## Licence",
        "",
        md(site.licence.statement(site.name)),
        "",
        "## Fields",
        "",
    ]
    for kind in KINDS.values():
        out += [f"### {md(kind.csv_file)}", "", f"In the JSON file: the list {md(kind.json_key)}.", ""]
        out += _fields(tables.columns(kind.name))
        if kind.name == "figure":
            out += [
                f"### {md(tables.HISTORY_FILE)}",
                "",
                "In the JSON file: the list history inside each figure.",
                "",
            ]
            out += _fields(tables.history_columns())
    return "\n".join(out)


def _fields(columns: list[tables.Column]) -> list[str]:
    rows = ["| Column | Meaning |", "| --- | --- |"]
    rows += [f"| {md(c.name)} | {md(reader_help(c.help))} |" for c in columns]
    return rows + [""]


# The field help is written for editors (docs/editors.md and the schemas show it as it is);
# the Data page tells data users what a column holds, without editing instructions.
_EDITING_ONLY = re.compile(r"\b(Never change|Use |Leave out|leave out|Must )")
_WORDING = [
    (re.compile(r"\byour own words\b"), "this site's words"),
    (re.compile(r"\b[Yy]our translation\b"), "A translation by this site"),
    (re.compile(r"\bthe editors'"), "this site's"),
    (re.compile(r"\bthe editors\b"), "this site"),
    (re.compile(r":?\s*\{[^}]*\}(, [^.]*)?"), ""),  # YAML examples such as {start: 2015, end: 2024}
    (re.compile(r"`"), ""),
    (re.compile(r";\s*leave out[^.]*"), ""),
]


def reader_help(help_text: str) -> str:
    """An editor's field help as a data user reads it: what the column holds, and whether it may be empty."""
    text = help_text
    optional = "Optional. " in text
    text = text.replace("Optional. ", "")
    for pattern, replacement in _WORDING:
        text = pattern.sub(replacement, text)
    sentences = [s for s in re.split(r"(?<=\.)\s+", text) if s and not _EDITING_ONLY.match(s)]
    text = " ".join(sentences).strip()
    if text and not text.endswith("."):
        text += "."
    return f"{text} May be empty." if optional else text
