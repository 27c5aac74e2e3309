"""The site's own CSS and scripts are published without their comments, and otherwise as written."""
from __future__ import annotations

import re

from conftest import ROOT

from crimea_record.publish.own_assets import without_comments


def test_a_css_comment_becomes_a_space_so_no_two_words_join():
    assert without_comments("assets/x.css", "@im/**/port url(a);\n/* a note */\n\n.a { color: red; }\n") == "@im port url(a);\n.a { color: red; }\n"


def test_what_cannot_be_stripped_safely_is_published_as_written():
    assert without_comments("assets/x.css", '.a::before { content: "/* not a comment */"; }') is None
    assert without_comments("assets/x.js", "var a = `\n// a line of the string\n`;") is None
    assert without_comments("assets/x.svg", "<!-- a note --><svg/>") is None


def test_script_lines_that_are_only_comments_go_and_code_stays():
    assert without_comments("assets/x.js", "// why\nvar a = 1; // stays\n  // indented\nvar b = 'http://x';\n") == "var a = 1; // stays\nvar b = 'http://x';\n"


def test_the_built_sites_own_assets_are_the_sources_without_comments(small_site):
    words = lambda text: re.sub(r"\s+", " ", text).strip()  # noqa: E731
    for name in ("site.css", "cite.js", "keyboard.js"):
        source = (ROOT / "docs" / "assets" / name).read_text(encoding="utf-8")
        built = (small_site / "assets" / name).read_text(encoding="utf-8")
        assert len(built) < len(source), f"{name} kept its comments"
        if name.endswith(".css"):
            assert "/*" not in built and words(built) == words(re.sub(r"/\*.*?\*/", " ", source, flags=re.S))
        else:
            code = [line for line in source.splitlines() if not line.lstrip().startswith("//")]
            assert built.splitlines() == code
