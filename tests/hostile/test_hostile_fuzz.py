"""Fuzzing the paths hostile text takes: markers inside data, mixed scripts, control and
invisible characters, markup. Whatever a label holds, loading either refuses it with a message
located in its file, or accepts it and every output shows it as text."""
from __future__ import annotations

import json
import shutil
import tempfile
from html import unescape
from pathlib import Path

import markdown
from fixture_project import FIXTURE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crimea_record.errors import ErrorSink
from crimea_record.load.data_files import read_dataset
from crimea_record.load.markers import MARKER
from crimea_record.load.plain_text import FORBIDDEN
from crimea_record.publish.downloads import FORMULA_START, csv_cell
from crimea_record.render import inline
from crimea_record.render.external_links import ExternalLinksExtension
from crimea_record.render.markdown_text import md, typographic

EXTENSIONS = ["abbr", "admonition", "attr_list", "def_list", "md_in_html", "tables", "pymdownx.escapeall", ExternalLinksExtension()]
PIECES = [
    "{{ fig fixture-cases }}", "{{", "}}", "{", "}", "{#id}", "{: .x }", "\\{{ fig x }}", "`{{ fig y }}`",
    "<img src=x onerror=alert(1)>", "<script>", "</svg>", "<iframe src=//evil.example>", "&amp;", "&#60;", "-->",
    '"', "'", "')", "|", "\\", "*", "_", "[x](//evil.example)", "![i](https://evil.example/i.png)",
    "=HYPERLINK(1)", "+1", "-1", "@SUM", "Крим", "Qırım", "القرم", "קרים", "克里米亚", "😀",
    "\u202e", "\u2066", "\u200b", "\u2028", "\x85", "\x07", "\x00", "\ufeff", "\t", "\n", "  ", "12:30", "0x10", "no", "~",
]
label_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), min_size=1, max_size=8).map("".join)

_DATA = {p.name: p.read_text(encoding="utf-8") for p in (FIXTURE / "data").glob("*.yml")}
_LABEL = "label: Fixture cases counted for testing"


def _load(label: str, quoted: bool):
    value = json.dumps(label, ensure_ascii=False) if quoted else label
    project = Path(tempfile.mkdtemp(prefix="fuzz-"))
    folder = project / "data"
    folder.mkdir()
    (project / "translations").mkdir()  # the registry: its data keys make the `uk:` mappings
    (project / "translations" / "languages.yml").write_text((Path(__file__).resolve().parents[2] / "translations" / "languages.yml").read_text(encoding="utf-8"), encoding="utf-8")
    try:
        for name, text in _DATA.items():
            (folder / name).write_text(text.replace(_LABEL, f"label: {value}", 1) if name == "figures.yml" else text, encoding="utf-8", newline="")
        sink = ErrorSink()
        dataset = read_dataset(folder, sink, label_root=folder.parent)
        return dataset, sink.errors
    finally:
        shutil.rmtree(project)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(label=label_text, quoted=st.booleans())
def test_any_label_is_refused_with_its_place_or_shown_as_text(label, quoted):
    dataset, errors = _load(label, quoted)
    figure = dataset.figures.get("fixture-cases")
    if errors:
        assert all(e.loc.file.endswith("figures.yml") and e.loc.line >= 1 and e.loc.col >= 1 for e in errors), errors
        return
    assert figure is not None
    shown = figure.label
    assert not FORBIDDEN.search(shown) and not MARKER.search(shown) and "{{" not in shown and "}}" not in shown
    converter = markdown.Markdown(extensions=EXTENSIONS)
    # In running text: one paragraph whose text is the label, no element made from it.
    html = converter.convert(md(shown))
    assert html.startswith("<p>") and html.endswith("</p>") and "<" not in html[3:-4], html
    assert unescape(html[3:-4]) == typographic(" ".join(shown.split()))  # straight quotes made typographic
    # As a figure reference: one link, its title the tooltip, its text the value.
    html = converter.reset().convert(inline.figure(figure, "index.md", dataset))
    assert html.count("<a ") == 1 and html.count("</a>") == 1, html
    title = html.split(' title="', 1)[1].split('"', 1)[0]
    plain = inline.figure_title(figure, dataset)
    assert unescape(title) == " ".join(plain.replace('"', "”").replace("'", "’").replace("|", "/").split())
    # In a CSV cell: never the start of a formula.
    cell = csv_cell(shown)
    assert not str(cell).startswith(FORMULA_START)
