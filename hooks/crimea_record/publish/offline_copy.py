"""The offline copy: the whole site as a zip that works opened from disk (file://), search included.

It is a separate build of the same project (`hooks/site.py` runs it after the main build), so
the main site's addresses stay as they are. Its config inherits mkdocs.yml and changes only
what reading from disk needs: page addresses ending in `.html` (`use_directory_urls: false`)
and Material's `offline` plugin, which makes search work without a server. The copy does not
build another copy of itself.
"""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import yaml

ZIP_PATH = "downloads/crimea-record-offline.zip"
FOLDER = "crimea-record-offline"
VARIANT_VARIABLE = "CRIMEA_RECORD_OFFLINE_VARIANT"
BUILD_VARIABLE = "CRIMEA_RECORD_OFFLINE_COPY"
"""Set to 1 to build the offline copy although mkdocs.yml leaves it off (the deploy workflow does)."""
_STAMP = (2026, 1, 1, 0, 0, 0)
SHIM_PATH = "assets/javascripts/iframe-worker-shim.js"
"""Material's search runs in a web worker, which browsers do not start from file://. The
`offline` plugin names a shim for that on another host; this copy ships the shim itself
(npm package iframe-worker 1.0.4, MIT licence, `vendor/`), so the copy loads nothing from elsewhere."""
SHIM = Path(__file__).parent / "vendor" / "iframe-worker-shim.js"


def variant_config(config_file: Path, docs_dir: Path, hooks: list[str], custom_dir: str | None) -> str:
    """A config that inherits `config_file` (absolute paths: it is written elsewhere)."""
    parent = yaml.safe_load(config_file.read_text(encoding="utf-8")) or {}
    plugins = [p for p in parent.get("plugins", []) if p != "offline" and not (isinstance(p, dict) and "offline" in p)]
    config: dict = {
        "INHERIT": str(config_file),
        "docs_dir": str(docs_dir),
        "use_directory_urls": False,
        "hooks": hooks,
        "plugins": plugins + ["offline"],
        "extra": {"offline_copy": False, "polyfills": [SHIM_PATH]},
    }
    if custom_dir:
        config["theme"] = {"custom_dir": custom_dir}
    return json.dumps(config, indent=2)  # JSON is YAML


def zip_folder(folder: Path) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{FOLDER}/{path.relative_to(folder).as_posix()}", _STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    return out.getvalue()
