"""The editors' JSON Schemas: committed, current, referenced by each data file, and in
agreement with the loader on the data and on typical mistakes."""
from __future__ import annotations

import json

import jsonschema
import pytest
import yaml
from conftest import ROOT
from editor_data import BASE, edit
from fixture_project import FIXTURE

from crimea_record.load.yaml_nodes import _Loader
from crimea_record.model.kinds import KINDS
from crimea_record.publish.json_schema import SCHEMA_DIR, render, schema_name
from crimea_record.publish.json_schema import data_file_schemas as build_schemas

DATA_FILES = [kind.data_file for kind in KINDS.values()]


def validator(filename: str) -> jsonschema.Draft7Validator:
    schema = json.loads((SCHEMA_DIR / schema_name(filename)).read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def read(text: str):
    return yaml.load(text, Loader=_Loader)  # dates stay text, as in YAML 1.2 editors


def test_committed_schemas_are_current():
    fresh = build_schemas()
    committed = {p.name: p.read_text(encoding="utf-8") for p in SCHEMA_DIR.glob("*.json")}
    assert set(committed) == set(fresh), "run: python -m crimea_record schemas"
    for name, schema in fresh.items():
        assert committed[name] == render(schema), f"{name} is stale: run python -m crimea_record schemas"


PROJECTS = {"real": ROOT, "fixture": FIXTURE}


@pytest.mark.parametrize("project", PROJECTS)
@pytest.mark.parametrize("filename", DATA_FILES)
def test_each_data_file_names_its_schema_in_its_first_line(project, filename):
    data_dir = PROJECTS[project] / "data"
    first = (data_dir / filename).read_text(encoding="utf-8").splitlines()[0]
    prefix = "# yaml-language-server: $schema="
    assert first.startswith(prefix)
    assert (data_dir / first.removeprefix(prefix)).resolve() == (SCHEMA_DIR / schema_name(filename)).resolve()


@pytest.mark.parametrize("project", PROJECTS)
@pytest.mark.parametrize("filename", DATA_FILES)
def test_the_data_validates(project, filename):
    data = read((PROJECTS[project] / "data" / filename).read_text(encoding="utf-8"))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator(filename).iter_errors(data)]
    assert errors == []


def test_the_field_help_reaches_the_editor():
    figure = json.loads((SCHEMA_DIR / "figures.schema.json").read_text(encoding="utf-8"))["definitions"]["Figure"]
    assert figure["properties"]["source"]["description"].endswith("Must be an id from data/sources.yml.")
    assert figure["required"] == ["id", "label", "value", "qualifier", "unit", "topic", "source"]
    assert figure["additionalProperties"] is False


F = "data/figures.yml"
SAME_MISTAKES = {
    "number-with-unit": edit(F, "value: 100", "value: 574 cases"),
    "negative-number": edit(F, "value: 100", "value: -5"),
    "misspelt-field": edit(F, "value: 100", "valeu: 100"),
    "missing-field": edit(F, "  unit: cases\n", ""),
    "empty-label": edit(F, "label: Example cases", 'label: " "'),
    "qualifier-misspelt": edit(F, "qualifier: exact", "qualifier: atleast"),
    "date-in-words": edit(F, "as_of: 2024-10", "as_of: October 2024"),
    "date-month-13": edit(F, "as_of: 2024-10", "as_of: 2024-13"),
    "invalid-id": edit(F, "- id: convictions", "- id: Convictions 2024"),
    "text-given-as-list": edit(F, "unit: cases", "unit: [cases, trials]"),
    "url-not-http": edit("data/sources.yml", "url: https://example.org/report", "url: ftp://example.org/report"),
    "list-given-as-single-value": edit("data/violations.yml", "sources: [src-a]", "sources: src-a"),
}


@pytest.mark.parametrize("filename", DATA_FILES)
def test_the_example_project_validates(filename):
    assert list(validator(filename).iter_errors(read(BASE["data/" + filename]))) == []


@pytest.mark.parametrize("files", SAME_MISTAKES.values(), ids=SAME_MISTAKES.keys())
def test_the_schema_flags_what_the_loader_rejects_while_typing(files):
    ((rel, text),) = files.items()
    assert list(validator(rel.removeprefix("data/")).iter_errors(read(text))), f"the schema accepts {rel}:\n{text}"
