"""schema.org `Dataset` JSON-LD for the Data page, so that dataset search engines find the downloads."""
from __future__ import annotations

import json

from ..model.addresses import SiteInfo
from ..model.dataset import Dataset
from ..model.kinds import KINDS
from ..render.tables import FOLDER, JSON_FILE, latest_as_of
from .data_package import ZIP_PATH


def dataset_json_ld(dataset: Dataset, site: SiteInfo) -> str:
    """The JSON-LD text, safe inside a <script> element (no '<' is left unescaped)."""
    url = site.url  # '' without a public address: the addresses below are then relative
    latest = latest_as_of(dataset)
    data = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": site.name,
        "description": "Figures, legal provisions, violations, events and sources on Russia's forced conscription "
        "and mobilisation of residents of occupied Crimea, each figure with its source, date and qualifier.",
        "license": site.licence.url,
        "isAccessibleForFree": True,
        "inLanguage": "en",
        "creator": {"@type": "Organization", "name": site.name},
        "keywords": ["Crimea", "forced conscription", "mobilisation", "international humanitarian law", "Article 328"],
        "distribution": [
            {"@type": "DataDownload", "encodingFormat": "application/zip", "contentUrl": url + ZIP_PATH},
            {"@type": "DataDownload", "encodingFormat": "application/json", "contentUrl": f"{url}{FOLDER}/{JSON_FILE}"},
        ] + [{"@type": "DataDownload", "encodingFormat": "text/csv", "contentUrl": f"{url}{FOLDER}/{k.csv_file}"} for k in KINDS.values()],
    }
    if url:
        data["url"] = url + "data/"
    if latest:
        data["temporalCoverage"] = f"../{latest.iso()}"
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
