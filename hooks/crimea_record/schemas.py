"""JSON Schemas for the data files, generated from the same records the loader uses.

Editors' YAML extensions read them (each data file names its schema in its first line) and
offer completion, the help text of every field and inline errors while typing. The build
stays the judge: a schema cannot see ids in other files, parts larger than wholes or dates.

    python -m crimea_record schemas     # rewrite hooks/crimea_record/schemas/*.schema.json
"""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

from .build import ID_PATTERN, URL_PATTERN, field_specs, is_required, unwrap_optional
from .dates import PartialDate
from .records import KINDS, Id, Url

SCHEMA_DIR = Path(__file__).parent / "schemas"
# Draft 7: the dialect the common YAML editor extensions understand best.
DIALECT = "http://json-schema.org/draft-07/schema#"

_DATE = {
    "anyOf": [
        {"type": "integer", "minimum": 1000, "maximum": 9999},
        {"type": "string", "pattern": r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"},
    ],
    "examples": [2015, "2024-10", "2022-09-21"],
}


def schema_name(filename: str) -> str:
    return filename.removesuffix(".yml") + ".schema.json"


def build_schemas() -> dict[str, dict]:
    """File name -> JSON Schema, for each data file."""
    return {schema_name(filename): _file_schema(kind, filename, cls) for kind, (filename, cls) in KINDS.items()}


def _file_schema(kind: str, filename: str, cls: type) -> dict:
    defs: dict[str, dict] = {}
    item = _type_schema(cls, defs)
    return {
        "$schema": DIALECT,
        "title": f"data/{filename}",
        "description": f"A list of {kind} entries, each starting with '- id:'. Generated from crimea_record/records.py; do not edit by hand.",
        "type": "array",
        "items": item,
        "definitions": defs,
    }


def _type_schema(tp: Any, defs: dict[str, dict]) -> dict:
    if get_origin(tp) is list:
        return {"type": "array", "items": _type_schema(get_args(tp)[0], defs)}
    if get_origin(tp) is Literal:
        return {"enum": [str(choice) for choice in get_args(tp)]}
    if tp is PartialDate:
        return dict(_DATE)
    if dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = _record_schema(tp, defs)
        return {"$ref": f"#/definitions/{name}"}
    if tp is Id:
        return {"type": "string", "pattern": ID_PATTERN.pattern}
    if tp is Url:
        return {"type": "string", "pattern": URL_PATTERN.pattern}
    if tp is int:
        return {"type": "integer", "minimum": 0}
    if tp is str:
        return {"type": "string", "minLength": 1, "pattern": r"\S"}
    raise TypeError(f"no JSON Schema for {tp!r}")


def _record_schema(cls: type, defs: dict[str, dict]) -> dict:
    properties = {}
    for f, tp in field_specs(cls):
        schema = _type_schema(unwrap_optional(tp), defs)
        description = f.metadata["help"]
        if f.metadata.get("ref"):
            description += f" Must be an id from data/{KINDS[f.metadata['ref']][0]}."
        if not is_required(f):
            schema = _nullable(schema)
        if "$ref" in schema:  # in draft 7, keywords beside $ref are ignored
            schema = {"allOf": [schema]}
        properties[f.name] = {"description": description, **schema}
    return {
        "type": "object",
        "properties": properties,
        "required": [f.name for f, _ in field_specs(cls) if is_required(f)],
        "additionalProperties": False,
    }


def _nullable(schema: dict) -> dict:
    """An optional field may be left empty (`note:`), which YAML reads as null."""
    if "anyOf" in schema:
        return {**schema, "anyOf": [*schema["anyOf"], {"type": "null"}]}
    if "enum" in schema:
        return {**schema, "enum": [*schema["enum"], None]}
    if "type" in schema:
        return {**schema, "type": [schema["type"], "null"]}
    return {"anyOf": [schema, {"type": "null"}]}


def render(schema: dict) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_schemas(out: Path = SCHEMA_DIR) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in build_schemas().items():
        path = out / name
        path.write_text(render(schema), encoding="utf-8")
        written.append(path)
    return written
