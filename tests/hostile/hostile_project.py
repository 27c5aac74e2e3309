"""The fixture project with hostile text in every text field of every data file.

Ids, references, numbers, dates and choices stay valid, so the site builds; every free-text
field (whatever fields model/records.py has), and its Ukrainian text, gets one of HOSTILE_TEXT in
turn, and every address HOSTILE_URL. Tests then look at what the built pages, downloads and a browser make of it.
"""
from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any, get_args, get_origin

import yaml

from crimea_record.load.yaml_nodes import _Loader
from crimea_record.model.fields import field_specs, is_record_type, unwrap_optional
from crimea_record.model.kinds import KINDS
from crimea_record.model.records import Url
from crimea_record.model.translation import HASH, TRANSLATIONS

HOSTILE_TEXT = [
    "Cases <img src=x onerror=alert(document.domain)> <iframe src=https://evil.example/frame></iframe>",
    "\"quoted\" 'single' | pipe \\ backslash `code` *em* _u_ [link](https://evil.example/x) <script>alert(1)</script>",
    '=HYPERLINK("https://evil.example/?leak","click")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "-2+3",
    "{ fig fixture-cases } { .cls onclick=alert(1) } {#evil} {: #x }",
    "</svg></title></desc><script>alert('svg')</script><svg onload=alert(2)>",
    "Крим Qırım القرم 克里米亚 קרים — mixed scripts",
    "&lt;b&gt; &amp; &#60;script&#62; &#x3C;img&#x3E;",
    "javascript:alert(1) //evil.example/x HTTPS://EVIL.EXAMPLE/y",
    "<!-- comment --> <style>body{background:url(https://evil.example/bg.png)}</style> -->",
    "<a href='https://evil.example/single' onmouseover=alert(3)>single-quoted link</a>",
    "![image](https://evil.example/pixel.png) <img src=//evil.example/p.png>",
]
HOSTILE_URL = "https://fixture.example.org/it's%20'quoted'/(paren)?a=1&b=javascript:alert(1)#frag"


def _is_text(tp: Any) -> bool:
    return tp is str


def _hostile(value: Any, tp: Any, texts, same: dict[str, str]) -> Any:
    tp = unwrap_optional(tp)
    if value is None:
        return None
    if get_origin(tp) is list:
        (item_tp,) = get_args(tp)
        return [_hostile(v, item_tp, texts, same) for v in value]
    if is_record_type(tp):
        return _record(value, tp, texts, same)
    if tp is Url:
        return HOSTILE_URL
    if _is_text(tp):
        return next(texts)
    return value


# Who counted: the same counter must stay the same hostile text wherever it is named (a
# figure's counter falls back to its source's publisher), or the counter checks would refuse it.
SAME_TEXT_FIELDS = {"counter", "publisher"}


def _record(raw: dict, cls: type, texts, same: dict[str, str]) -> dict:
    specs = {f.name: tp for f, tp in field_specs(cls)}
    out = {}
    for key, value in raw.items():
        if key in SAME_TEXT_FIELDS and isinstance(value, str):
            out[key] = same.setdefault(value, next(texts))
        elif key in specs:
            out[key] = _hostile(value, specs[key], texts, same)
        elif TRANSLATIONS in specs and isinstance(value, dict):  # a language's mapping (`uk:`): hostile too, from a cycle of its own
            out[key] = {name: text if name == HASH else next(_UK_TEXTS[0]) for name, text in value.items()}
        else:
            out[key] = value
    quote = out.get("quote")
    if isinstance(quote, dict) and "value" in raw:
        # A quote must hold its figure's number: hostile words around it.
        quote["text"] = f"{quote['text']} {raw['value']}"
        if quote.get("translation"):
            # A translation keeps the quote's numbers (check/quotes.py): hostile words, the same number.
            quote["translation"] = quote["text"]
    return out


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data) -> bool:
        return True


# The Ukrainian fields draw from their own cycle, so that the English fields get the same texts
# as they would without them (tests rely on which English field gets which attack).
_UK_TEXTS = [itertools.cycle(HOSTILE_TEXT)]


def make_hostile(project: Path) -> Path:
    """Rewrite the data files of `project` (a copy of the fixture project) in place."""
    texts = itertools.cycle(HOSTILE_TEXT)
    _UK_TEXTS[0] = itertools.cycle(HOSTILE_TEXT[::-1])
    same: dict[str, str] = {}
    for kind in KINDS.values():
        path = project / "data" / kind.data_file
        records = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or []
        hostile = [_record(raw, kind.record, texts, same) for raw in records]
        path.write_text(yaml.dump(hostile, Dumper=_NoAliases, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")
    return project
