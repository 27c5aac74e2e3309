"""The Data page: the downloads, their fields, the licence note and the as-of date.

Files and fields are listed from tables.py, so the page cannot drift from the files.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ...model.addresses import SiteInfo
from ...model.dataset import Dataset
from ...model.kinds import KINDS
from .. import language, tables
from ..citations import BRIEF_HOLDS, CITATIONS_FOLDER, brief_file
from ..language import _, anchor, human, sentence
from ..markdown_text import md
from . import report
from .common import licence_statement

PATH = "data.md"
ZIP = f"{tables.FOLDER}/crimea-record-data.zip"
OFFLINE_ZIP = f"{tables.FOLDER}/crimea-record-offline.zip"
WHOLE = "crimea-record"


def _in_other_languages(file_of: Callable[[str], str]) -> str:
    """The words after a download's link that name each other language's copy of it ('' if there is none)."""
    others = [f'[{md(other.name)}]({file_of(other.code)}){{ lang="{other.html_lang}" }}' for other in language.registry().languages if other.code != language.current()]
    return f" {_('In other languages')}: {', '.join(others)}." if others else ""


def render(dataset: Dataset, site: SiteInfo | None = None, offline_copy: bool = False) -> str:
    site = site or SiteInfo("", "")
    latest = tables.latest_as_of(dataset)
    folder = tables.FOLDER
    out = [
        f"# {_('Data downloads')}{anchor('Data downloads')}",
        "",
        _("Everything this site states is also available as data, written by the same build from "
          "the same records as the pages, so the files and the pages always agree."),
        "",
        sentence(_("**As of:** the most recent date a current figure refers to is {date}").format(date=md(human(latest)) if latest else _("not stated by any source")))
        + " " + _("Some figures carry no date from their source; their entries say so, in the files as on the pages."),
        "",
        f"## {_('Everything in one file')}{anchor('Everything in one file')}",
        "",
        f"[crimea-record-data.zip]({ZIP}): " + _("every file below, a `datapackage.json` describing the CSV "
          "files ([Frictionless Data Package](https://datapackage.org/), readable by many data tools), the "
          "citations, a README and the licence."),
        "",
    ]
    out += [f"[{_('The brief (PDF, A4)')}]({brief_file(language.current())}): {_(BRIEF_HOLDS)}{_in_other_languages(brief_file)}", ""]
    if site.report_pdf:  # made only by builds that ask for it (publish/report_pdf.py)
        out += [f"[{_('The Full report (PDF, A4)')}]({report.pdf_file(language.current())}): {_(report.PDF_HOLDS)}"
                f"{_in_other_languages(report.pdf_file)}", ""]
    if offline_copy:
        out += [
            f"[crimea-record-offline.zip]({OFFLINE_ZIP}): " + _("the whole site, to read without a connection, for "
              "readers where this site may be blocked. Unpack it and open `index.html` in a browser; search works too."),
            "",
        ]
    out += [
        f"## {_('Files')}{anchor('Files')}",
        "",
        f"| {_('File')} | {_('What it holds')} |",
        "| --- | --- |",
        f"| [{tables.JSON_FILE}]({folder}/{tables.JSON_FILE}) | {_('Every record of every kind, in one JSON file.')} |",
        f"| [{tables.SCHEMA_FILE}]({folder}/{tables.SCHEMA_FILE}) | {_('The JSON Schema the JSON file follows (draft 7).')} |",
    ]
    for kind in KINDS.values():
        out.append(f"| [{kind.csv_file}]({folder}/{kind.csv_file}) | {md(_(kind.heading))}: {_('one row each.')} |")
    out.append(f"| [{tables.HISTORY_FILE}]({folder}/{tables.HISTORY_FILE}) | {_('Earlier values of figures')}: {_('one row each.')} |")
    citations = _("Every figure, violation, provision and source as a citation: BibTeX, RIS and CSL-JSON, for reference managers.")
    out.append(f"| [{WHOLE}.bib]({CITATIONS_FOLDER}/{WHOLE}.bib), [{WHOLE}.ris]({CITATIONS_FOLDER}/{WHOLE}.ris), [{WHOLE}.json]({CITATIONS_FOLDER}/{WHOLE}.json) | {citations} |")
    out += [
        "",
        _("The CSV files are UTF-8 text, comma-separated, with a header row, and begin with a "
          "byte-order mark: Excel needs that mark to read the file as UTF-8 rather than in the "
          "computer's local encoding, which would garble the curly quotation marks and dashes. "
          "LibreOffice Calc asks for the character set when it opens a CSV file: choose Unicode "
          "(UTF-8). A cell that lists several ids separates them with a semicolon; a cell holding "
          "several quoted passages separates them with a blank line."),
        "",
        _("A text cell that begins with =, +, -, @ or a tab would be run as a formula by a "
          "spreadsheet, so in the CSV files such a cell begins with an apostrophe ('), which "
          "spreadsheets take as a sign that the cell is text and do not show. The JSON file holds "
          "the text exactly as written."),
        "",
        f"## {_('Using the figures')}{anchor('Using the figures')}",
        "",
        _("The figures are not this site's: each belongs to the source named with it, and must be "
          "cited to that source. Each figure, violation, provision and source carries a ready-made citation, in the "
          "`citation` column and on the site; see [How to cite](cite.md)."),
        "",
        f"## {_('Licence')}{anchor('Licence')}",
        "",
        licence_statement(site, language.current()),
        "",
        f"## {_('Fields')}{anchor('Fields')}",
        "",
    ]
    if language.translated():
        key = language.lang().data_key
        out += [_("Each text field has its text in this language in the column of the same name beginning with {key}_ "
                  "(in the JSON file: in {key} inside each record). The meanings of the columns are given in English.").format(key=key), ""]
    for kind in KINDS.values():
        out += [f"### {md(kind.csv_file)}", "", _("In the JSON file: the list {key}.").format(key=md(kind.json_key)), ""]
        out += _fields(tables.columns(kind.name))
        if kind.name == "figure":
            out += [
                f"### {md(tables.HISTORY_FILE)}",
                "",
                _("In the JSON file: the list history inside each figure."),
                "",
            ]
            out += _fields(tables.history_columns())
    return "\n".join(out)


def _fields(columns: list[tables.Column]) -> list[str]:
    rows = [f"| {_('Column')} | {_('Meaning')} |", "| --- | --- |"]
    english = ' lang="en"' if language.translated() else ""
    rows += [f"| {md(c.name)} | <span{english}>{md(reader_help(c.help))}</span> |" if english else f"| {md(c.name)} | {md(reader_help(c.help))} |" for c in columns]
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
