"""Read data/redirects.yml: old addresses and where they live now (written out by `publish/redirects.py`)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ErrorSink, Loc
from ..model.records import meta
from .project_files import read_text, shown_path_no_resolve
from .records_from_yaml import build_record
from .yaml_nodes import parse_yaml

FILE = "redirects.yml"
_ADDRESS = re.compile(r"^/?(?:[a-z0-9][a-z0-9._-]*/)*(?:#[A-Za-z0-9_-]+)?$")


@dataclass(kw_only=True)
class Redirect:
    old: str = meta("An address that no longer works, relative to the site: old-page/ or figures/#old-id.")
    new: str = meta("Where it lives now, relative to the site: figures/ or figures/#new-id.")
    locs: dict[str, Loc] = field(default_factory=dict, compare=False, repr=False, metadata={"internal": True})

    @property
    def old_page(self) -> str:
        return self.old.partition("#")[0]

    @property
    def old_anchor(self) -> str:
        return self.old.partition("#")[2]


def read_redirects(data_dir: Path, root: Path, sink: ErrorSink) -> list[Redirect]:
    path = data_dir / FILE
    if not path.exists() and not path.is_symlink():
        return []
    shown = shown_path_no_resolve(path, root)
    text = read_text(path, shown, sink)
    if text is None:
        return []
    node = parse_yaml(text, shown, sink)
    if node is None:
        return []
    if node.kind != "list":
        sink.add(node.loc, f"{FILE} must be a list of entries, each starting with '- old:'")
        return []
    redirects = []
    for item in node.value:
        redirect = build_record(Redirect, item, "redirect", sink)
        if redirect is None:
            continue
        for name in ("old", "new"):
            value = getattr(redirect, name)
            setattr(redirect, name, value.lstrip("/"))
            if not _ADDRESS.match(value):
                sink.add(
                    redirect.locs.get(name, item.loc),
                    f"redirect: '{value}' is not an address on this site: write it as the page's folder "
                    "with a slash, optionally with an anchor, e.g. figures/ or figures/#art328-cases; the home page is / ",
                )
        redirects.append(redirect)
    return redirects


