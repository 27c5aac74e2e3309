"""The shortcuts that keep the build linear give the same answers as the slow, plain ways."""
from __future__ import annotations

import sys

import pytest
import yaml
from conftest import ROOT

sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))

from fixture_project import load_dataset  # noqa: E402

from crimea_record.errors import ErrorSink  # noqa: E402
from crimea_record.load import yaml_nodes as yaml_source  # noqa: E402
from crimea_record.load.markers import find_references  # noqa: E402
from crimea_record.pipeline import prepare  # noqa: E402


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(ROOT / "data", label_root=ROOT)


def test_back_links_match_a_scan_of_every_record(dataset):
    assert dataset.violations  # the real data has something to look up
    for article_id in dataset.articles:
        assert dataset.violations_citing(article_id) == [v for v in dataset.violations.values() if article_id in v.articles]
        assert dataset.referring("event", "articles", article_id) == [e for e in dataset.events.values() if article_id in e.articles]
    for figure_id in dataset.figures:
        assert dataset.violations_evidenced_by(figure_id) == [v for v in dataset.violations.values() if figure_id in v.figures]
        assert dataset.parts_of(figure_id) == [f for f in dataset.figures.values() if f.part_of == figure_id]
    for event_id in dataset.events:
        expected = [d for d in dataset.discrepancies.values() if event_id in d.events]
        assert dataset.referring("discrepancy", "events", event_id) == expected
    assert any(dataset.parts_of(f) for f in dataset.figures), "no figure with parts: the test checks nothing"


def test_reference_positions_on_a_long_page_skip_code():
    lines = []
    for n in range(400):
        lines.append(f"Line {n} has {{{{ fig a{n} }}}} and `{{{{ fig in-code{n} }}}}` and more {{{{ law b{n} }}}}.")
        if n % 50 == 0:
            lines += ["```", f"{{{{ fig fenced{n} }}}}", "```"]
    text = "\n".join(lines)
    refs = find_references(text, "page.md")
    ids = [ref.ids[0] for ref in refs]
    assert ids == [i for n in range(400) for i in (f"a{n}", f"b{n}")]
    for ref in refs:
        before = text[: ref.start]
        assert (ref.loc.line, ref.loc.col) == (before.count("\n") + 1, len(before) - before.rfind("\n"))
        assert text[ref.start : ref.end] == ref.raw


def _nodes(node):
    """A node tree as plain values with every location, to compare two parsers."""
    if node.kind == "mapping":
        return str(node.loc), {k: (str(node.key_locs[k]), _nodes(v)) for k, v in node.value.items()}
    if node.kind == "list":
        return str(node.loc), [_nodes(v) for v in node.value]
    return str(node.loc), repr(node.value)


@pytest.mark.parametrize("data_file", sorted((ROOT / "data").glob("*.yml")), ids=lambda p: p.name)
def test_fast_yaml_parser_gives_the_same_values_and_places(data_file, monkeypatch):
    assert yaml_source._FastLoader.__mro__[1] is getattr(yaml, "CSafeLoader", yaml_source._Loader)
    text = data_file.read_text(encoding="utf-8")
    fast = yaml_source.parse_yaml(text, data_file.name, ErrorSink())
    monkeypatch.setattr(yaml_source, "_FastLoader", yaml_source._Loader)
    slow = yaml_source.parse_yaml(text, data_file.name, ErrorSink())
    assert _nodes(fast) == _nodes(slow)


@pytest.mark.parametrize("text", ["- id: a\n  value: [1, 2\n- id: b\n", "- id: a\n  label: x: y\n", "- id: 'a\n"])
def test_broken_yaml_is_reported_as_the_pure_python_parser_words_it(text, monkeypatch):
    def report() -> list[str]:
        sink = ErrorSink()
        assert yaml_source.parse_yaml(text, "figures.yml", sink) is None
        return [str(e) for e in sink.errors]

    fast = report()
    monkeypatch.setattr(yaml_source, "_FastLoader", yaml_source._Loader)
    assert fast == report()
    assert len(fast) == 1 and "YAML syntax error" in fast[0]


def test_synthetic_data_for_the_benchmark_is_valid_and_scaled(tmp_path):
    import synthetic

    counts = synthetic.write_project(tmp_path, 3)
    real = prepare(ROOT)
    content = prepare(tmp_path)  # raises DataErrors on any broken reference
    d, r = content.dataset, real.dataset
    assert (len(d.figures), len(d.sources), len(d.violations), len(d.events)) == (
        3 * len(r.figures), 3 * len(r.sources), 3 * len(r.violations), 3 * len(r.events))
    assert counts["prose page"] == 3 * sum(1 for p in real.pages.values() if not p.generated)
    # copy 2's prose points at copy 2's records, and its figures at copy 2's sources
    page = content.pages["scale/2/index.md"]
    ids = [i for ref in content.refs["scale/2/index.md"] for i in ref.ids]
    assert ids and all(i.endswith("-x2") for i in ids), page.markdown[:200]
    assert all(f.source.endswith("-x2") for i, f in d.figures.items() if i.endswith("-x2"))
