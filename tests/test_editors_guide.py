"""The "For editors" page cannot drift: its YAML examples load with the real loader into a copy
of the project, its commands are the README's, and its sample error is what the check prints."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

from crimea_record.errors import DataErrors
from crimea_record.load.yaml_nodes import _Loader
from crimea_record.model.translation import TRANSLATIONS
from crimea_record.pipeline import prepare

GUIDE = (ROOT / "docs/editors.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")
FENCE = re.compile(r"^```(\w+)\n(.*?)^```$", re.M | re.S)
BLOCKS = [(lang, body) for lang, body in FENCE.findall(GUIDE)]
EXAMPLES = [(body.splitlines()[0][2:], body) for lang, body in BLOCKS if lang == "yaml" and body.startswith("# data/")]
ENTRY = re.compile(r"^- id: (\S+)\n(?:(?!- ).*\n|\n)*", re.M)


def entries(text: str) -> dict[str, str]:
    return {m[1]: m[0].rstrip("\n") + "\n" for m in ENTRY.finditer(text)}


def apply(project: Path, examples: list[tuple[str, str]]) -> None:
    """Add each example entry to its file, or replace the entry with the same id."""
    for rel, body in examples:
        path = project / rel
        text = path.read_text(encoding="utf-8")
        for entry_id, entry in entries(body).items():
            current = entries(text).get(entry_id)
            text = text.replace(current, entry) if current else text.rstrip("\n") + "\n\n" + entry
        path.write_text(text, encoding="utf-8")


def as_written(value):
    """A loaded value in the shape YAML gives it, to compare a record with its example."""
    if isinstance(value, list):
        return [as_written(v) for v in value]
    if hasattr(value, "locs"):
        # No translated side is written as no `uk:` mapping at all.
        return {k: as_written(v) for k, v in vars(value).items() if k != "locs" and v is not None and not (k == TRANSLATIONS and not v)}
    if isinstance(value, dict):
        return {k: as_written(v) for k, v in value.items()}
    return value if isinstance(value, int) else " ".join(str(value).split())


def check(project: Path):
    try:
        return prepare(project)
    except DataErrors as errors:
        pytest.fail("an example on the For editors page does not load:\n" + errors.report())


def test_the_guide_covers_every_kind_of_change():
    files = {rel for rel, _ in EXAMPLES}
    assert {"data/figures.yml", "data/sources.yml", "data/legal.yml", "data/violations.yml", "data/events.yml"} <= files
    figure_ids = [entry_id for rel, body in EXAMPLES if rel == "data/figures.yml" for entry_id in entries(body)]
    assert len(figure_ids) > len(set(figure_ids)), "the guide shows a figure before and after an update"


def test_the_examples_as_first_written_load(project):
    first_seen: dict[str, tuple[str, str]] = {}
    for rel, body in EXAMPLES:
        for entry_id, entry in entries(body).items():
            first_seen.setdefault(entry_id, (rel, entry))
    apply(project, list(first_seen.values()))
    check(project)


def test_the_examples_with_the_update_load_and_say_what_the_page_says(project):
    apply(project, EXAMPLES)
    dataset = check(project).dataset
    last_written = {}
    for rel, body in EXAMPLES:
        if rel == "data/corrections.yml":
            continue  # entries without ids: test_the_correction_example_loads
        kind = {"figures": "figure", "sources": "source", "legal": "article", "violations": "violation", "events": "event"}[Path(rel).stem]
        for item in yaml.load(body, Loader=_Loader):
            last_written[(kind, item["id"])] = (rel, item)
    for (kind, entry_id), (rel, item) in last_written.items():
        record = dataset.of_kind(kind)[entry_id]
        for field, value in item.items():
            assert as_written(getattr(record, field)) == as_written(value), f"{rel}: {entry_id}.{field}"
    updated = dataset.figures["example-detentions"]
    assert updated.history and updated.history[0].as_of.sort_key() < updated.as_of.sort_key()


def test_the_correction_example_loads(project):
    apply(project, EXAMPLES)
    (body,) = [body for rel, body in EXAMPLES if rel == "data/corrections.yml"]
    (project / "data/corrections.yml").write_text(body, encoding="utf-8")
    (correction,) = check(project).corrections
    assert correction.figure == "example-detentions" and correction.what.startswith("The value read 12")


def test_the_schema_line_shown_is_the_real_one():
    (shown,) = [body.strip() for lang, body in BLOCKS if lang == "yaml" and "yaml-language-server" in body]
    assert shown == (ROOT / "data/figures.yml").read_text(encoding="utf-8").splitlines()[0]


def test_the_commands_are_the_readmes():
    serve = README.split("<!-- serve-command -->", 1)[1].split("```sh\n", 1)[1].split("\n", 1)[0]
    shell = [body.strip() for lang, body in BLOCKS if lang == "sh"]
    assert serve in shell
    assert ".venv/bin/python -m crimea_record check" in shell
    assert ".venv/bin/python -m crimea_record check" in README


def test_the_sample_error_is_what_the_check_prints(project):
    (sample,) = [body for lang, body in BLOCKS if lang == "text" and "nothing was built" in body]
    figures = project / "data/figures.yml"
    text = figures.read_text(encoding="utf-8")
    convictions = prepare(project).dataset.figures["art328-convictions"].value
    written = re.search(r"'(\d+) convictions' is not a whole number", sample)[1]
    text = text.replace("  source: chrg-report\n", "  source: chrg-repot\n", 1)
    text = text.replace(f"  value: {convictions}\n", f"  value: {written} convictions\n", 1)
    figures.write_text(text, encoding="utf-8")
    with pytest.raises(DataErrors) as caught:
        prepare(project)
    # Line and column follow the real file, which grows; file and message must match exactly.
    without_place = lambda line: re.sub(r":\d+:\d+:", ":L:C:", line.strip())  # noqa: E731
    assert [without_place(line) for line in caught.value.report().splitlines()] == [without_place(line) for line in sample.strip().splitlines()]
