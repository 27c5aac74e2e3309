"""The bad-input suite: each way an editor can break data/ or a page, and the exact message.

Every case starts from the small valid project in `editor_data.py`, breaks it one way (or
three, in the last case) and asserts the complete list of messages, each with its file, line
and column. A mistake whose consequences show elsewhere (a broken entry that other entries
refer to) must be reported once, where it was made.
"""
from __future__ import annotations

import datetime as dt

import pytest
from editor_data import BASE, edit, write_project

from crimea_record.errors import DataErrors
from crimea_record.pipeline import prepare

TODAY = dt.date(2026, 6, 1)
F = "data/figures.yml"


def case(name: str, files: dict, expected: list[str]):
    return pytest.param(files, expected, id=name)


CASES = [
    case(
        "yaml-colon-in-value",
        edit(F, "label: Example cases", "label: Cases: all of them"),
        [
            'data/figures.yml:2:15: YAML syntax error: a colon followed by a space inside a value, or a line indented too far: put text that holds \': \' in double quotes, e.g. label: "Cases: all"',
        ],
    ),
    case(
        "yaml-unclosed-quote",
        edit(F, "label: Example cases", 'label: "Example cases'),
        [
            'data/figures.yml:2:10: YAML syntax error: a quote opened here is never closed: close it on the same value, or use double quotes around text that holds an apostrophe',
        ],
    ),
    case(
        "yaml-apostrophe-in-single-quotes",
        edit(F, "label: Example cases", "label: 'Crimea's cases'"),
        [
            'data/figures.yml:2:18: YAML syntax error: unexpected text after a value: put text that holds quotes or an apostrophe in double quotes, and check the indentation',
        ],
    ),
    case(
        "yaml-entry-indented-wrongly",
        edit(F, "- id: convictions", " - id: convictions"),
        [
            "data/figures.yml:10:2: YAML syntax error: this entry is indented differently from the ones before: start every entry with '- ' at the same column",
        ],
    ),
    case(
        "yaml-missing-colon",
        edit(F, "unit: cases", "unit cases"),
        [
            "data/figures.yml:5:3: YAML syntax error: this line is not a 'field: value' pair: write a colon and a space after the field name, e.g. unit: people",
        ],
    ),
    case(
        "yaml-unclosed-list",
        edit("data/violations.yml", "articles: [law-a]", "articles: [law-a"),
        [
            'data/violations.yml:4:13: YAML syntax error: a list opened here with [ is not closed with ]: write it as [first-id, second-id]',
        ],
    ),
    case(
        "invisible-control-character",
        edit(F, "unit: cases", "unit: ca\x00ses"),
        [
            "data/figures.yml:5:11: U+0000: a control character; delete it (retype the text around it if unsure)",
        ],
    ),
    case(
        "tab-indentation",
        edit(F, "  unit: cases", "\tunit: cases"),
        [
            'data/figures.yml:5:1: tab used for indentation: YAML needs spaces; replace the tab with spaces',
        ],
    ),
    case(
        "duplicate-key",
        edit(F, "  as_of: 2024-10", "  as_of: 2024-10\n  value: 120"),
        [
            "data/figures.yml:9:3: figure 'cases': duplicate key 'value' (first given on line 3): keep one of them",
        ],
    ),
    case(
        "file-is-not-a-list",
        {F: "id: cases\nlabel: Example cases\n"},
        [
            "data/figures.yml:1:1: figures.yml must be a list of entries, each starting with '- id:'",
        ],
    ),
    case(
        "entry-is-not-a-mapping",
        edit("data/events.yml", "- id: event-a", "- event-a\n- id: event-a"),
        [
            "data/events.yml:1:3: event number 1 in the file (no id yet): expected a set of 'field: value' lines (such as '- id: …' then '  label: …'), found 'event-a'",
        ],
    ),
    case(
        "missing-field",
        edit(F, "  unit: cases\n", ""),
        [
            "data/figures.yml:1:3: figure 'cases': missing field 'unit': add 'unit:' to this entry. What one unit is, in the plural: criminal cases, people, soldiers.",
        ],
    ),
    case(
        "missing-id",
        edit(F, "- id: convictions\n  label", "- label"),
        [
            "data/figures.yml:10:3: figure number 2 in the file (no id yet): missing field 'id': add 'id:' to this entry. Permanent id, used in links: lower case, digits and hyphens. Never change it.",
        ],
    ),
    case(
        "field-without-value",
        edit(F, "label: Example cases", "label:"),
        [
            "data/figures.yml:2:3: figure 'cases': field 'label' has no value: What the number counts, in one line.",
        ],
    ),
    case(
        "empty-label",
        edit(F, "label: Example cases", 'label: ""'),
        [
            "data/figures.yml:2:10: figure 'cases': field 'label' is empty: write the text or leave the field out if it is optional",
        ],
    ),
    case(
        "misspelt-field",
        edit(F, "value: 100", "valeu: 100"),
        [
            "data/figures.yml:3:3: figure 'cases': unknown field 'valeu' (did you mean 'value'?)",
        ],
    ),
    case(
        "unknown-field",
        edit(F, "  as_of: 2024-10", "  as_of: 2024-10\n  tint: red"),
        [
            "data/figures.yml:9:3: figure 'cases': unknown field 'tint'; allowed fields: id, label, value, qualifier, unit, topic, source, counter, quote, no_quote, uncertain, as_of, period, part_of, note, history, uk",
        ],
    ),
    case(
        "number-with-unit",
        edit(F, "value: 100", "value: 574 cases"),
        [
            "data/figures.yml:3:10: figure 'cases': field 'value': '574 cases' is not a whole number: write just 574; words such as 'cases' belong in unit",
        ],
    ),
    case(
        "number-with-qualifier",
        edit(F, "value: 100", "value: about 50,000"),
        [
            "data/figures.yml:3:10: figure 'cases': field 'value': 'about 50,000' is not a whole number: write just 50000 (no separators); put 'about' into qualifier (about or at-least)",
        ],
    ),
    case(
        "number-with-separator",
        edit(F, "value: 100", "value: 1,732"),
        [
            "data/figures.yml:3:10: figure 'cases': field 'value': '1,732' is not a whole number: write just 1732 (no separators)",
        ],
    ),
    case(
        "negative-number",
        edit(F, "value: 100", "value: -5"),
        [
            "data/figures.yml:3:10: figure 'cases': field 'value': -5 is negative; a count is zero or more",
        ],
    ),
    case(
        "decimal-number",
        edit(F, "value: 100", "value: 12.5"),
        [
            "data/figures.yml:3:10: figure 'cases': field 'value': '12.5' is not a whole number: write a whole number without decimals, e.g. 12",
        ],
    ),
    case(
        "qualifier-misspelt",
        edit(F, "qualifier: exact", "qualifier: atleast"),
        [
            "data/figures.yml:4:14: figure 'cases': field 'qualifier': 'atleast' is not allowed; use one of: exact, at-least, more-than, about (did you mean 'at-least'?)",
        ],
    ),
    case(
        "topic-unknown",
        edit(F, "topic: prosecutions", "topic: sport"),
        [
            "data/figures.yml:6:10: figure 'cases': field 'topic': 'sport' is not allowed; use one of: conscription, prosecutions, mobilisation, children",
        ],
    ),
    case(
        "date-in-words",
        edit(F, "as_of: 2024-10", "as_of: October 2024"),
        [
            "data/figures.yml:8:10: figure 'cases': field 'as_of': 'October 2024' is not a date: write a year (2015), a month (2024-10) or a day (2022-09-21)",
        ],
    ),
    case(
        "date-month-13",
        edit(F, "as_of: 2024-10", "as_of: 2024-13"),
        [
            "data/figures.yml:8:10: figure 'cases': field 'as_of': '2024-13' has no month 13: months run from 01 to 12",
        ],
    ),
    case(
        "date-no-such-day",
        edit("data/events.yml", "date: 2022-09-21", "date: 2022-02-30"),
        [
            "data/events.yml:2:9: event 'event-a': field 'date': '2022-02-30' is not a day in that month: check the day",
        ],
    ),
    case(
        "as-of-in-future",
        edit(F, "as_of: 2024-10", "as_of: 2031-01"),
        [
            "data/figures.yml:8:10: figure 'cases': as_of 2031-01 is in the future; give the date the figure was true",
        ],
    ),
    case(
        "as-of-before-period",
        edit(F, "  as_of: 2024-10", "  as_of: 2024-10\n  period: {start: 2025, end: 2025}"),
        [
            "data/figures.yml:8:10: figure 'cases': as_of 2024-10 is before its period starts (2025); correct one of them",
        ],
    ),
    case(
        "period-ends-before-start",
        edit(F, "  as_of: 2024-10", "  as_of: 2024-10\n  period: {start: 2020, end: 2019}"),
        [
            "data/figures.yml:9:30: figure 'cases': period ends (2019) before it starts (2020); swap or correct the dates",
        ],
    ),
    case(
        "history-newer-than-current",
        edit(F, "  as_of: 2024-10", "  as_of: 2024-10\n  history:\n    - value: 90\n      qualifier: exact\n      as_of: 2025-03\n      source: src-a"),
        [
            "data/figures.yml:12:14: figure 'cases': history entry as_of 2025-03 is not earlier than the current as_of 2024-10; the current value must be the newest",
        ],
    ),
    case(
        "history-in-future",
        edit(F, "  as_of: 2024-10", "  as_of: 2024-10\n  history:\n    - value: 90\n      qualifier: exact\n      as_of: 2030-03\n      source: src-a"),
        [
            "data/figures.yml:12:14: figure 'cases': history entry as_of 2030-03 is in the future",
        ],
    ),
    case(
        "history-missing-source",
        edit(F, "  as_of: 2024-10", "  as_of: 2024-10\n  history:\n    - value: 90\n      qualifier: exact\n      as_of: 2023-03"),
        [
            "data/figures.yml:10:7: figure 'cases': field 'history' item 1: missing field 'source': add 'source:' to this entry. Id of the source that published the earlier value.",
        ],
    ),
    case(
        "quote-without-its-number",
        edit(F, "  as_of: 2024-10", "  as_of: 2024-10\n  quote:\n    text: The example counts 1,000 cases."),
        [
            "data/figures.yml:10:11: figure 'cases': the quote does not contain 100 as the source writes it; quote the source's sentence that states the number, exactly",
        ],
    ),
    case(
        "quote-without-translation",
        edit(F, "  as_of: 2024-10", "  as_of: 2024-10\n  quote:\n    text: Приклад налічує 100 справ.\n    language: uk"),
        [
            "data/figures.yml:11:15: figure 'cases': a quote in 'uk' needs a translation: your English rendering, shown as the editors'",
        ],
    ),
    case(
        "history-of-another-counter",
        edit(F, "  as_of: 2024-10", "  as_of: 2024-10\n  history:\n    - value: 90\n      qualifier: exact\n      as_of: 2023-03\n      source: src-a\n      counter: Another counter"),
        [
            "data/figures.yml:14:16: figure 'cases': history entry 90 was counted by Another counter, the figure by Example publisher; "
            "a history holds one counter's values: make it a figure of its own, or set counter if the source reports the same counter's count",
        ],
    ),
    case(
        "chart-of-two-counters",
        {
            **edit(F, "  part_of: cases\n", "  part_of: cases\n  counter: Another counter\n"),
            "docs/index.md": BASE["docs/index.md"] + "\n{{ bars cases convictions }}\n",
        },
        [
            "docs/index.md:5:1: {{ bars cases convictions }}: a chart draws one counter's figures, but these come from Example publisher and Another counter; "
            "chart each counter apart, or show them side by side with {{ compare ID ID … }}",
        ],
    ),
    case(
        "duplicate-id",
        edit(F, "- id: convictions", "- id: cases"),
        [
            "data/figures.yml:10:7: figure 'cases': this id is already used on line 1: give each figure its own id",
        ],
    ),
    case(
        "invalid-id",
        edit(F, "- id: convictions", "- id: Convictions 2024"),
        [
            "data/figures.yml:10:7: figure 'Convictions 2024': field 'id': 'Convictions 2024' is not a valid id: use lower-case letters, digits and single hyphens, e.g. convictions-2024",
        ],
    ),
    case(
        "unknown-source-close",
        edit(F, "source: src-a", "source: src-b"),
        [
            "data/figures.yml:7:11: figure 'cases': source 'src-b' is not defined (did you mean 'src-a'?)",
        ],
    ),
    case(
        "unknown-source-far",
        edit(F, "source: src-a", "source: hrw-report"),
        [
            "data/figures.yml:7:11: figure 'cases': source 'hrw-report' is not defined: add it to data/sources.yml or correct the id",
        ],
    ),
    case(
        "unknown-id-in-list",
        edit("data/violations.yml", "articles: [law-a]", "articles: [law-a, law-b]"),
        [
            "data/violations.yml:4:21: violation 'practice-a': articles: article 'law-b' is not defined (did you mean 'law-a'?)",
        ],
    ),
    case(
        "list-given-as-single-value",
        edit("data/violations.yml", "sources: [src-a]", "sources: src-a"),
        [
            "data/violations.yml:6:12: violation 'practice-a': field 'sources' must be a list, e.g. [a, b], found 'src-a'",
        ],
    ),
    case(
        "text-given-as-list",
        edit(F, "unit: cases", "unit: [cases, trials]"),
        [
            "data/figures.yml:5:9: figure 'cases': field 'unit': expected a single value, found a list",
        ],
    ),
    case(
        "part-larger-than-whole",
        edit(F, "value: 80", "value: 180"),
        [
            "data/figures.yml:12:10: figure 'convictions': value 180 is larger than 100, the value of 'cases' it is part of; check both numbers",
        ],
    ),
    case(
        "part-of-itself",
        edit(F, "part_of: cases", "part_of: convictions"),
        [
            "data/figures.yml:17:12: figure 'convictions': a figure cannot be part of itself; remove part_of or name its whole",
        ],
    ),
    case(
        "part-of-circle",
        edit(F, "  as_of: 2024-10", "  as_of: 2024-10\n  part_of: convictions"),
        [
            "data/figures.yml:9:12: figure 'cases': part_of goes round in a circle (cases → convictions → cases); a whole cannot be part of its own part",
        ],
    ),
    case(
        "event-in-future",
        edit("data/events.yml", "date: 2022-09-21", "date: 2099"),
        [
            "data/events.yml:2:9: event 'event-a': date 2099 is in the future; the timeline records what has happened",
        ],
    ),
    case(
        "source-date-in-future",
        edit("data/sources.yml", "date: 2024-10", "date: 2099-01-01"),
        [
            "data/sources.yml:5:9: source 'src-a': date 2099-01-01 is in the future",
        ],
    ),
    case(
        "url-not-http",
        edit("data/sources.yml", "url: https://example.org/report", "url: ftp://example.org/report"),
        [
            "data/sources.yml:6:8: source 'src-a': field 'url': 'ftp://example.org/report' is not a web address: only http:// or https:// links may leave the site",
        ],
    ),
    case(
        "url-javascript",
        edit("data/sources.yml", "url: https://example.org/report", "url: javascript:alert(1)"),
        [
            "data/sources.yml:6:8: source 'src-a': field 'url': 'javascript:alert(1)' is not a web address: only http:// or https:// links may leave the site",
        ],
    ),
    case(
        "source-without-title",
        edit("data/sources.yml", "  title: Example report\n", ""),
        [
            "data/sources.yml:1:3: source 'src-a': missing field 'title': add 'title:' to this entry. The document's own title (headline), exactly as published and in its own language; `untitled` when the real title is not known. Never a description: that goes into `note`.",
        ],
    ),
    case(
        "article-without-text",
        edit("data/legal.yml", '  text:\n    - "Example text."\n', ""),
        [
            "data/legal.yml:1:3: article 'law-a': give the verbatim text or a summary in your own words",
        ],
    ),
    case(
        "missing-data-file",
        {"data/events.yml": None},
        [
            'data/events.yml:1:1: the data file is missing: create events.yml (an empty list [] is fine)',
        ],
    ),
    case(
        "not-utf8",
        {"data/events.yml": BASE["data/events.yml"].replace("Example event", "Exampl\xe9 event").encode("latin-1")},
        [
            'data/events.yml:3:16: the file is not UTF-8 text (invalid continuation byte): save it as UTF-8',
        ],
    ),
    case(
        "docs-unknown-figure",
        {"docs/index.md": "# Home\n\nThere were {{ fig case }} cases.\n"},
        [
            "docs/index.md:3:12: {{ fig case }}: figure 'case' is not defined (did you mean 'cases'?)",
        ],
    ),
    case(
        "docs-unknown-marker",
        {"docs/index.md": "# Home\n\nThere were {{ figure cases }} cases.\n"},
        [
            "docs/index.md:3:12: {{ figure cases }}: unknown marker 'figure' (did you mean 'fig'?)",
        ],
    ),
    case(
        "docs-two-ids",
        {"docs/index.md": "# Home\n\nThere were {{ fig cases convictions }} cases.\n"},
        [
            'docs/index.md:3:12: {{ fig cases convictions }} needs exactly one id: write {{ fig ID }}',
        ],
    ),
    case(
        "docs-generated-page",
        {"docs/figures.md": "# Figures\n"},
        [
            'docs/figures.md:1:1: docs/figures.md is generated from data/: remove this file or rename it',
        ],
    ),
    case(
        "broken-entry-not-reported-twice",
        edit(F, "value: 100", "value: a hundred"),
        [
            "data/figures.yml:3:10: figure 'cases': field 'value': 'a hundred' is not a whole number: write the number alone, in digits, e.g. 1732",
        ],
    ),
    case(
        "three-mistakes-at-once",
        {
        **edit(F, "source: src-a", "source: src-b"),
        **edit("data/events.yml", "date: 2022-09-21", "date: 2099"),
        "docs/index.md": "# Home\n\nThere were {{ fig cases }} and {{ fig convicions }}.\n",
    },
        [
            "data/events.yml:2:9: event 'event-a': date 2099 is in the future; the timeline records what has happened",
            "data/figures.yml:7:11: figure 'cases': source 'src-b' is not defined (did you mean 'src-a'?)",
            "docs/index.md:3:32: {{ fig convicions }}: figure 'convicions' is not defined (did you mean 'convictions'?)",
        ],
    ),
    case(
        "ukrainian-unknown-field",
        edit(F, "  as_of: 2024-10\n", "  as_of: 2024-10\n  uk:\n    lable: Вигадані справи\n    value: сто\n"),
        [
            "data/figures.yml:10:5: figure 'cases': 'uk:' has no field 'lable' (did you mean 'label'?)",
            "data/figures.yml:11:5: figure 'cases': 'uk:' has no field 'value'; 'value' stays as it is in both languages (ids, numbers, dates, addresses, quotes and legal texts are not translated). Ukrainian text goes under: label, unit, counter, no_quote, uncertain, note, translated_from",
        ],
    ),
    case(
        "ukrainian-without-english",
        edit(F, "  as_of: 2024-10\n", "  as_of: 2024-10\n  uk:\n    note: Вигадана примітка\n"),
        [
            "data/figures.yml:10:11: figure 'cases': Ukrainian 'note' without an English 'note': add 'note:' in English to this entry, or remove it from 'uk:'",
        ],
    ),
    case(
        "ukrainian-hash-and-empty-text",
        edit(F, "  as_of: 2024-10\n", "  as_of: 2024-10\n  uk:\n    translated_from: abc\n    label:\n"),
        [
            "data/figures.yml:10:22: figure 'cases': 'uk: translated_from': 'abc' is not a hash of the English text: copy the 16 letters and digits the build names",
            "data/figures.yml:11:5: figure 'cases': 'uk: label' has no text: write the Ukrainian text or remove the line",
        ],
    ),
    case(
        "ukrainian-not-a-mapping",
        edit(F, "  as_of: 2024-10\n", "  as_of: 2024-10\n  uk: Вигадані справи\n"),
        [
            "data/figures.yml:9:7: figure 'cases': 'uk:' holds the Ukrainian text as 'field: text' lines under it (such as '  label: …'), found 'Вигадані справи'",
        ],
    ),
]


def test_the_example_project_is_valid(tmp_path):
    content = prepare(write_project(tmp_path, {}), today=TODAY)
    assert set(content.dataset.figures) == {"cases", "convictions"}


@pytest.mark.parametrize("files, expected", CASES)
def test_each_mistake_is_reported_exactly(tmp_path, files, expected):
    with pytest.raises(DataErrors) as caught:
        prepare(write_project(tmp_path, files), today=TODAY)
    assert [str(error) for error in caught.value.errors] == expected


def test_the_suite_holds_at_least_30_distinct_mistakes():
    messages = {tuple(param.values[1]) for param in CASES}
    assert len(CASES) == len(messages) >= 30


def test_the_fixture_project_is_valid(small_project):
    content = prepare(small_project)
    assert set(content.dataset.figures) == {"fixture-cases", "fixture-convictions", "fixture-recent-cases", "fixture-people", "fixture-pupils"}


def test_the_issue_example_on_the_fixture_project(small_project):
    """The issue's example (a misspelt source id), in a project with the full page set."""
    path = small_project / "data/figures.yml"
    text = path.read_text(encoding="utf-8")
    assert "  source: fixture-report\n" in text
    path.write_text(text.replace("  source: fixture-report\n", "  source: fixture-repot\n", 1), encoding="utf-8")
    with pytest.raises(DataErrors) as caught:
        prepare(small_project)
    assert [str(e) for e in caught.value.errors] == [
        "data/figures.yml:10:11: figure 'fixture-cases': source 'fixture-repot' is not defined (did you mean 'fixture-report'?)"
    ]
