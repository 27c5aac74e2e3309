"""Property: however the real data files are broken, the outcome is a clean result or errors
of the form `file:line:col: message`. Never a traceback, never a half-written site.

Mutations are the slips editors make: a deleted line or key, a value of the wrong type, a
mangled id, a file cut short, a stray tab, colon or quote.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys

from conftest import MKDOCS_ENV, ROOT, copy_project
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crimea_record.errors import DataErrors
from crimea_record.pipeline import prepare

DATA_FILES = sorted(f"data/{p.name}" for p in (ROOT / "data").glob("*.yml"))
DOCS_PAGES = sorted(f"docs/{p.name}" for p in (ROOT / "docs").glob("*.md"))
ORIGINAL = {name: (ROOT / name).read_text(encoding="utf-8") for name in DATA_FILES + DOCS_PAGES}
IDS = sorted({m for text in ORIGINAL.values() for m in re.findall(r"(?m)^- id: (\S+)", text)})
ERROR_LINE = re.compile(r"^(data|docs|translations)/[\w./-]+:(\d+):(\d+): \S.*$")

WRONG_VALUES = ["574 cases", '""', "[a, b]", "{a: 1}", "-3", "12.5", "yes", "2031-01-01", "October 2024", "ftp://x.org", "~", "'unclosed"]
STRAY = ["\t", ": ", '"', "'", "[", "{", "- ", "#", "*", "&", "\n  ", "\n- ", "\x00"]


@st.composite
def mutation(draw):
    """One slip in one data file, as (file name, new text)."""
    name = draw(st.sampled_from(DATA_FILES + DOCS_PAGES))
    if name in DOCS_PAGES:
        return name, draw(docs_slip(name))
    text = ORIGINAL[name]
    lines = text.split("\n")
    kind = draw(st.sampled_from(["delete-line", "wrong-value", "corrupt-id", "truncate", "stray", "duplicate-line", "swap-ids"]))
    if kind == "truncate":
        return name, text[: draw(st.integers(0, len(text)))]
    if kind == "stray":
        at = draw(st.integers(0, len(text)))
        return name, text[:at] + draw(st.sampled_from(STRAY)) + text[at:]
    if kind == "swap-ids":
        old, new = draw(st.sampled_from(IDS)), draw(st.sampled_from(IDS))
        return name, re.sub(rf"\b{re.escape(old)}\b", new, text, count=1)
    keyed = [n for n, line in enumerate(lines) if re.match(r"^\s*-?\s*\w+:", line)]
    if not keyed:  # a file with no entries yet (data/corrections.yml): a stray character instead
        at = draw(st.integers(0, len(text)))
        return name, text[:at] + draw(st.sampled_from(STRAY)) + text[at:]
    n = draw(st.sampled_from(keyed))
    if kind == "delete-line":
        del lines[n]
    elif kind == "duplicate-line":
        lines.insert(n, lines[n])
    elif kind == "wrong-value":
        lines[n] = re.sub(r":.*$", ": " + draw(st.sampled_from(WRONG_VALUES)), lines[n], count=1)
    else:  # corrupt-id: a mangled id where an id is given or referred to
        lines[n] = re.sub(r"([a-z0-9]+-[a-z0-9-]+)", lambda m: draw(st.sampled_from([m[1].upper(), m[1] + "x", m[1][:-1], m[1].replace("-", "_")])), lines[n], count=1)
    return name, "\n".join(lines)


@st.composite
def docs_slip(draw, name):
    """A reference in a page written wrongly: a brace lost, an id or marker name mangled."""
    text = ORIGINAL[name]
    markers = [m for m in re.finditer(r"\{\{[^}]*\}\}", text)]
    if not markers:
        at = draw(st.integers(0, len(text)))
        return text[:at] + draw(st.sampled_from(["{{ fig }}", "{{ fig nope }}", "{{", "}}", "{{ x y }}"])) + text[at:]
    m = draw(st.sampled_from(markers))
    raw = m[0]
    new = draw(st.sampled_from([raw[:-1], raw[1:], raw.replace("{{ ", "{{"), raw.replace(" }}", "x }}"), raw.replace("{{ ", "{{ z"), "{{ " + raw[3:].split()[0] + " }}", raw + raw]))
    return text[: m.start()] + new + text[m.end() :]


def write_mutations(project, mutations) -> None:
    texts = dict(ORIGINAL)
    for name, _ in mutations:
        texts[name] = ORIGINAL[name]
    for name, new in mutations:
        texts[name] = new
    for name, text in texts.items():
        (project / name).write_text(text, encoding="utf-8")


def assert_editor_errors(lines: list[str], project) -> None:
    assert lines, "a failed check must name at least one mistake"
    for line in lines:
        match = ERROR_LINE.match(line)
        assert match, f"not of the form file:line:col: message: {line!r}"
        path = project / line.split(":", 1)[0]
        if path.exists():
            assert 1 <= int(match[2]) <= path.read_bytes().count(b"\n") + 1, line


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutations=st.lists(mutation(), min_size=1, max_size=3))
def test_any_slip_gives_a_clean_result_or_editor_errors(tmp_path_factory, mutations):
    project = tmp_path_factory.mktemp("mutated")
    shutil.copytree(ROOT / "data", project / "data")
    shutil.copytree(ROOT / "docs", project / "docs")
    write_mutations(project, mutations)
    try:
        content = prepare(project)
    except DataErrors as errors:
        assert_editor_errors([str(e) for e in errors.errors], project)
    else:
        for path in content.pages:  # a clean result renders every page without error
            content.expanded(path)


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutations=st.lists(mutation(), min_size=1, max_size=2))
def test_a_real_build_of_mutated_data_is_whole_or_untouched(tmp_path_factory, mutations):
    project = copy_project(tmp_path_factory.mktemp("mutated-build"))
    write_mutations(project, mutations)
    site = project / "site"
    site.mkdir()
    (site / "earlier.html").write_text("the last good build", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml")],
        capture_output=True, text=True, env=MKDOCS_ENV, cwd=project,
    )
    assert "Traceback" not in result.stderr, result.stderr
    if result.returncode == 0:
        assert (site / "index.html").exists() and (site / "figures" / "index.html").exists()
        assert not (site / "earlier.html").exists()
    else:
        assert [p.name for p in site.iterdir()] == ["earlier.html"], "a failed check must leave the output folder as it was"
        reported = [line[2:] for line in result.stderr.splitlines() if line.startswith("  ")]
        assert_editor_errors(reported, project)
