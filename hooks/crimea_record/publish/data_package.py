"""The data as one zip that travels with its sources: a Frictionless Data Package.

`datapackage.json` describes each CSV with a Table Schema made from the same field metadata
as the editors' JSON Schemas (`model/records.py` through `model/fields.py`), so the package,
the Data page and the downloads cannot disagree. The zip also holds the JSON, its schema, the
citations (BibTeX, RIS, CSL-JSON), a README and the licence.
"""
from __future__ import annotations

import io
import json
import zipfile
from typing import Any, Literal, get_args, get_origin

from ..model.addresses import SiteInfo
from ..model.fields import field_specs, is_record_type, is_required, unwrap_optional
from ..model.kinds import KINDS
from ..model.records import Figure, HistoryEntry
from ..model.translation import TRANSLATIONS
from ..render.citations import CITATIONS_FOLDER
from ..render.tables import EXTRAS, FOLDER, HISTORY_FILE, JSON_FILE, SCHEMA_FILE, translated_columns
from .citation_files import WHOLE

ZIP_PATH = f"{FOLDER}/crimea-record-data.zip"
_STAMP = (2026, 1, 1, 0, 0, 0)  # every member gets the same date, so that the zip is the same for the same data


def _table_fields(cls: type, prefix: str = "", parent_optional: bool = False) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for f, tp in field_specs(cls):
        inner = unwrap_optional(tp)
        if cls is Figure and f.name == "history":
            continue
        optional = parent_optional or not is_required(f) or inner is not tp
        if f.name == TRANSLATIONS:  # uk_label, uk_note, …: a nested record's beside it, a record's own last (as in the CSV)
            if prefix:
                out += _translated_fields(cls, prefix)
            continue
        if is_record_type(inner):
            out += _table_fields(inner, f"{f.name}_", optional)
            continue
        field: dict[str, Any] = {"name": prefix + f.name, "description": f.metadata["help"], "type": "integer" if inner is int else "string"}
        constraints: dict[str, Any] = {}
        if get_origin(inner) is Literal:
            constraints["enum"] = list(get_args(inner))
        if not optional and get_origin(inner) is not list:
            constraints["required"] = True
        if constraints:
            field["constraints"] = constraints
        out.append(field)
    return out


def _translated_fields(cls: type, prefix: str = "") -> list[dict[str, Any]]:
    return [{"name": name, "description": help, "type": "string"} for name, help, _get in translated_columns(cls, prefix)]


def _resource(name: str, path: str, fields: list[dict[str, Any]], title: str, key: list[str] | None) -> dict[str, Any]:
    schema: dict[str, Any] = {"fields": fields}
    if key:
        schema["primaryKey"] = key
    return {
        "name": name, "path": path, "title": title, "profile": "tabular-data-resource",
        "format": "csv", "mediatype": "text/csv", "encoding": "utf-8-sig", "schema": schema,
    }


def datapackage(site: SiteInfo) -> dict[str, Any]:
    resources = []
    for kind in KINDS.values():
        fields = _table_fields(kind.record) + [
            {"name": e.name, "description": e.help, "type": "string"} for e in EXTRAS[kind.name]
        ] + _translated_fields(kind.record)
        resources.append(_resource(kind.csv_file.removesuffix(".csv"), kind.csv_file, fields, kind.heading, ["id"]))
    history = [{"name": "figure_id", "description": "Id of the figure the earlier value belongs to.", "type": "string", "constraints": {"required": True}}]
    resources.append(_resource(HISTORY_FILE.removesuffix(".csv"), HISTORY_FILE, history + _table_fields(HistoryEntry) + _translated_fields(HistoryEntry), "Earlier values of figures", None))
    package: dict[str, Any] = {
        "name": "crimea-record",
        "title": site.name,
        "description": "Figures, legal provisions, violations, events and sources on Russia's forced conscription of residents of occupied Crimea, each with its source.",
        "licenses": [{"name": site.licence.spdx, "title": site.licence.title, "path": site.licence.url}],
        "resources": resources,
    }
    if site.url:
        package["homepage"] = site.url
    if site.publisher:
        publisher: dict[str, str] = {"title": site.publisher, "role": "publisher"}
        if site.contact:
            publisher["email" if "@" in site.contact and "://" not in site.contact else "path"] = site.contact
        package["contributors"] = [publisher]
    if site.updated:
        package["version"] = site.updated
    return package


def readme(site: SiteInfo) -> str:
    return "\n".join([
        f"# {site.name}: the data",
        "",
        *([f"Published by {site.publisher}" + (f" ({site.contact})." if site.contact else "."), ""] if site.publisher else []),
        *([f"Date of the data: {site.updated}.", ""] if site.updated else []),
        "This archive holds the whole record as data, written by the same build as the site's pages:",
        "",
        "- `datapackage.json`: a Frictionless Data Package describing each CSV file (fields, types, allowed values).",
        f"- one CSV file per kind of record, and `{HISTORY_FILE}` (earlier values of figures): UTF-8 with a byte-order mark, comma-separated, with a header row.",
        f"- `{JSON_FILE}`: every record in one JSON file, and `{SCHEMA_FILE}`, its JSON Schema.",
        f"- `citations/`: every figure, violation, provision and source as BibTeX (`{WHOLE}.bib`), RIS (`{WHOLE}.ris`) and CSL-JSON (`{WHOLE}.json`).",
        "- `LICENSE.txt`: the licence.",
        "",
        "Each figure belongs to the source named with it (the `source` column, described in `sources.csv`) and must be cited to that source; "
        "each row's `citation` column holds a ready-made citation.",
        "",
        "## Licence",
        "",
        site.licence.statement(site.name),
        "",
    ] + ([f"Site: {site.url}", ""] if site.url else []))


def data_zip(downloads: dict[str, bytes], site: SiteInfo) -> bytes:
    """The zip, from the downloads already made (so its files are the site's, byte for byte)."""
    members: dict[str, bytes] = {
        "datapackage.json": (json.dumps(datapackage(site), ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
        "README.md": readme(site).encode("utf-8"),
        "LICENSE.txt": (site.licence.statement(site.name) + "\n").encode("utf-8"),
    }
    for path, data in downloads.items():
        if path.startswith(f"{CITATIONS_FOLDER}/{WHOLE}."):
            members["citations/" + path.rsplit("/", 1)[1]] = data
        elif path.startswith(f"{FOLDER}/") and path.count("/") == 1 and not path.endswith(".zip"):
            members[path.split("/", 1)[1]] = data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(members):
            info = zipfile.ZipInfo(f"crimea-record-data/{name}", _STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, members[name])
    return out.getvalue()
