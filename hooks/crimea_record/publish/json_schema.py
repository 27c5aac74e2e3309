"""JSON Schemas from the record classes: one generator for two uses.

- The editors' schemas, one per data file (`hooks/crimea_record/schemas/*.schema.json`,
  named in each YAML file's first line): editors' YAML extensions offer completion, each
  field's help and inline errors while typing. The build stays the judge: a schema cannot
  see ids in other files, parts larger than wholes or dates.
- The schema of the JSON download, published beside it.

Both describe the same fields with the same rules; they differ where the two documents
do: a YAML file may write a year as a number and leave optional fields out, while the JSON
download writes dates as text and every field, null when empty, plus worked-out columns.

    python -m crimea_record schemas     # rewrite the editors' schemas after changing records.py
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

from ..model.addresses import SiteInfo
from ..model.dates import PartialDate
from ..model.fields import field_specs, is_record_type, is_required, unwrap_optional
from ..model.kinds import KINDS
from ..model.records import ID_PATTERN, URL_PATTERN, Id, Url
from ..model.translation import HASH, TRANSLATIONS, translated_fields
from ..render.language import registry
from ..render.tables import EXTRAS, FOLDER, SCHEMA_FILE, Extra

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
# Draft 7: the dialect the common YAML editor extensions understand best.
DIALECT = "http://json-schema.org/draft-07/schema#"

_DATE_TEXT = {"type": "string", "pattern": r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"}
_YAML_DATE = {
    "anyOf": [{"type": "integer", "minimum": 1000, "maximum": 9999}, _DATE_TEXT],
    "examples": [2015, "2024-10", "2022-09-21"],
}


class _Generator:
    """Walks the record classes once per schema, collecting each record class in `definitions`."""

    def __init__(self, *, for_yaml: bool) -> None:
        self.for_yaml = for_yaml
        self.definitions: dict[str, dict] = {}

    def type_schema(self, tp: Any) -> dict:
        if get_origin(tp) is list:
            return {"type": "array", "items": self.type_schema(get_args(tp)[0])}
        if get_origin(tp) is Literal:
            return {"enum": [str(choice) for choice in get_args(tp)]}
        if tp is PartialDate:
            return dict(_YAML_DATE if self.for_yaml else _DATE_TEXT)
        if is_record_type(tp):
            return self.record_ref(tp)
        if tp is Id:
            return {"type": "string", "pattern": ID_PATTERN.pattern}
        if tp is Url:
            return {"type": "string", "pattern": URL_PATTERN.pattern}
        if tp is int:
            return {"type": "integer", "minimum": 0}
        if tp is str:
            return {"type": "string", "minLength": 1, "pattern": r"\S"}
        raise TypeError(f"no JSON Schema for {tp!r}")

    def record_ref(self, cls: type, extras: list[Extra] | None = None) -> dict:
        name = cls.__name__
        if name not in self.definitions:
            self.definitions[name] = {}  # taken before recursing, for records that nest themselves
            self.definitions[name] = self._record_schema(cls, extras or [])
        return {"$ref": f"#/definitions/{name}"}

    def _record_schema(self, cls: type, extras: list[Extra]) -> dict:
        properties = {}
        for f, tp in field_specs(cls):
            if f.name == TRANSLATIONS:  # `uk:`, …: one mapping per translated language
                for lang in registry().translated:
                    if lang.data_key:
                        schema = _nullable(_translated_schema(cls, lang.english_name))
                        properties[lang.data_key] = _described(schema, f.metadata["help"].format(language=lang.english_name))
                continue
            schema = self.type_schema(unwrap_optional(tp))
            description = f.metadata["help"]
            if f.metadata.get("ref") and self.for_yaml:
                description += f" Must be an id from data/{KINDS[f.metadata['ref']].data_file}."
            if not is_required(f):
                schema = _nullable(schema)
            properties[f.name] = _described(schema, description)
        for extra in extras:
            text = {"type": "string"}
            properties[extra.name] = _described(_nullable(text) if extra.nullable else text, extra.help)
        # The download writes every field (null when empty); a YAML entry may leave optional ones out.
        required = [f.name for f, _ in field_specs(cls) if is_required(f)] if self.for_yaml else list(properties)
        return {"type": "object", "properties": properties, "required": required, "additionalProperties": False}


def _translated_schema(cls: type, language: str) -> dict:
    """An entry's mapping for one language (`uk:`): its translated fields' text (model/translation.py)."""
    properties: dict[str, dict] = {}
    if any(f.name == "id" for f, _ in field_specs(cls)):
        properties[HASH] = {"description": f"The hash of the English text this {language} text was made from, as the build names it.", "type": "string", "pattern": "^[0-9a-f]{16}$"}
    for f, _ in field_specs(cls):
        if f.name in translated_fields(cls):
            properties[f.name] = {"description": f"In {language}: {f.metadata['help'].removeprefix('Optional. ')}", "type": "string", "minLength": 1, "pattern": r"\S"}
    return {"type": "object", "properties": properties, "additionalProperties": False}


def _described(schema: dict, description: str) -> dict:
    if "$ref" in schema:  # in draft 7, keywords beside $ref are ignored
        schema = {"allOf": [schema]}
    return {"description": description, **schema}


def _nullable(schema: dict) -> dict:
    """An optional field may be empty: left blank in YAML (`note:`), null in the JSON download."""
    if "anyOf" in schema:
        return {**schema, "anyOf": [*schema["anyOf"], {"type": "null"}]}
    if "enum" in schema:
        return {**schema, "enum": [*schema["enum"], None]}
    if "type" in schema:
        return {**schema, "type": [schema["type"], "null"]}
    return {"anyOf": [schema, {"type": "null"}]}


def schema_name(filename: str) -> str:
    return filename.removesuffix(".yml") + ".schema.json"


def data_file_schemas() -> dict[str, dict]:
    """Schema file name -> the editors' JSON Schema of that data file."""
    schemas = {}
    for kind in KINDS.values():
        generator = _Generator(for_yaml=True)
        items = generator.record_ref(kind.record)
        schemas[schema_name(kind.data_file)] = {
            "$schema": DIALECT,
            "title": f"data/{kind.data_file}",
            "description": f"A list of {kind.name} entries, each starting with '- id:'. Generated from crimea_record/model/records.py; do not edit by hand.",
            "type": "array",
            "items": items,
            "definitions": generator.definitions,
        }
    return schemas


def download_schema(site: SiteInfo) -> dict:
    """The JSON Schema of the JSON download."""
    generator = _Generator(for_yaml=False)
    props: dict[str, dict] = {
        "site": {
            "type": "object",
            "properties": {"name": {"type": "string"}, "url": {"type": "string"}},
            "required": ["name", "url"],
            "additionalProperties": False,
        },
        "latest_as_of": _described(_nullable(dict(_DATE_TEXT)), "The most recent date any current figure refers to."),
    }
    for kind in KINDS.values():
        props[kind.json_key] = {"type": "array", "description": kind.heading, "items": generator.record_ref(kind.record, EXTRAS[kind.name])}
    return {
        "$schema": DIALECT,
        "$id": f"{site.url}{FOLDER}/{SCHEMA_FILE}",
        "title": f"{site.name}: data download",
        "type": "object",
        "properties": props,
        "required": list(props),
        "additionalProperties": False,
        "definitions": generator.definitions,
    }


def render(schema: dict) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_schemas(out: Path = SCHEMA_DIR) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in data_file_schemas().items():
        path = out / name
        path.write_text(render(schema), encoding="utf-8")
        written.append(path)
    return written
