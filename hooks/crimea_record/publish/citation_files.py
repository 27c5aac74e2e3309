"""The citations as files reference managers import: CSL-JSON, BibTeX and RIS.

One CSL-JSON item per figure, violation, provision and source is the single description;
BibTeX and RIS are written from it, so the three formats always agree. Each entry has its
own three files (linked under its "Cite this" box), and each format has one file for the
whole record. Authors are organisations, so they are written as one literal name (BibTeX:
in braces, so that no manager splits them into first and last names).
"""
from __future__ import annotations

import json
import re
from typing import Any

from ..i18n.languages import DATA_LANGUAGE
from ..model.addresses import SiteInfo, permalink
from ..model.dataset import Dataset
from ..model.dates import PartialDate
from ..model.records import UNTITLED, Source
from ..render.citations import CITATIONS_FOLDER, CITE, citation_file, dataset_citation, site_citation
from ..render.markdown_text import stated_value

WHOLE = "crimea-record"
SITE_ITEM, DATASET_ITEM = "site", "dataset"
"""The whole site and the dataset: each its own item, in the whole record's files and in files of their own."""
SOURCE_TYPES = {"report": "report", "article": "article-newspaper", "official": "document", "law": "legislation", "analysis": "report"}
RIS_TYPES = {"dataset": "DATA", "report": "RPRT", "article-newspaper": "NEWS", "document": "GEN", "legislation": "LEGAL", "webpage": "ELEC"}
BIB_TYPES = {"report": "techreport", "article-newspaper": "article"}


def source_title_text(source: Source) -> str:
    return f"[{UNTITLED}]" if source.untitled else str(source.title)


def _issued(date: PartialDate | None) -> dict | None:
    if date is None:
        return None
    return {"date-parts": [[p for p in (date.year, date.month, date.day) if p]]}


def csl_items(dataset: Dataset, site: SiteInfo) -> list[dict[str, Any]]:
    """Every citable record as a CSL-JSON item, figures first."""
    items: list[dict[str, Any]] = []
    for figure in dataset.figures.values():
        source = dataset.sources[figure.source]
        items.append({
            "id": f"figure-{figure.id}", "type": "dataset",
            "title": f"{figure.label}: {stated_value(figure)} {figure.unit}",
            "author": [{"literal": source.publisher}], "issued": _issued(figure.as_of),
            "container-title": site.name, "URL": permalink(site.url, "figure", figure.id) if site.url else None,
            "note": CITE["figure"](figure, dataset, site),
        })
    for violation in dataset.violations.values():
        items.append({
            "id": f"violation-{violation.id}", "type": "webpage", "title": violation.practice,
            "author": [{"literal": site.name}], "container-title": site.name,
            "URL": permalink(site.url, "violation", violation.id) if site.url else None,
            "note": CITE["violation"](violation, dataset, site),
        })
    for article in dataset.articles.values():
        source = dataset.sources[article.source]
        items.append({
            "id": f"article-{article.id}", "type": "legislation", "title": article.name,
            "author": [{"literal": source.publisher}], "issued": _issued(source.date),
            "URL": article.url or source.url, "note": CITE["article"](article, dataset, site),
        })
    for source in dataset.sources.values():
        items.append({
            "id": f"source-{source.id}", "type": SOURCE_TYPES[source.kind],
            # The document's own title, or "[untitled]": never a description of it.
            "title": source_title_text(source),
            "language": source.title_language or DATA_LANGUAGE,  # no title_language: English, as data/ is
            # A person where the document names one, else the publishing organisation.
            "author": [{"literal": source.author or source.publisher}], "publisher": source.publisher,
            "container-title": source.publisher if source.kind == "article" else None,
            "source": source.outlet,
            "issued": _issued(source.date), "URL": source.url, "note": CITE["source"](source, dataset, site),
            "_translated-title": source.title_translation if not source.untitled else None,
        })
    accessed = {"date-parts": [[site.accessed.year, site.accessed.month, site.accessed.day]]}
    updated = PartialDate.parse(site.updated) if site.updated else None
    author = [{"literal": site.publisher or site.name}]
    items.insert(0, {
        "id": DATASET_ITEM, "type": "dataset", "title": f"{site.name}: figures, violations, legal provisions and sources",
        "author": author, "publisher": site.publisher or None, "issued": _issued(updated), "version": site.updated or None,
        "URL": f"{site.url}data/" if site.url else None, "note": dataset_citation(site),
    })
    items.insert(0, {
        "id": SITE_ITEM, "type": "webpage", "title": site.name, "author": author, "publisher": site.publisher or None,
        "issued": _issued(updated), "URL": site.url or None, "note": site_citation(site),
    })
    for item in items:
        if item["id"].split("-")[0] in ("figure", "violation") and site.publisher:
            item["publisher"] = site.publisher  # the site's publisher: these entries are cited from the site
        item["accessed"] = accessed
    return [{k: v for k, v in item.items() if v is not None} for item in items]


_BIB_SPECIAL = re.compile(r"([\\{}%&$#_^~])")
_BIB_ESCAPES = {"\\": r"\textbackslash{}", "^": r"\^{}", "~": r"\~{}"}


def _bib(text: str) -> str:
    return _BIB_SPECIAL.sub(lambda m: _BIB_ESCAPES.get(m.group(1), "\\" + m.group(1)), " ".join(str(text).split()))


def bibtex_entry(item: dict[str, Any]) -> str:
    kind = BIB_TYPES.get(item["type"], "misc")
    fields = [("title", "{" + _bib(item["title"]) + "}"), ("author", "{" + _bib(item["author"][0]["literal"]) + "}")]
    if kind == "techreport":
        fields.append(("institution", _bib(item.get("publisher") or item["author"][0]["literal"])))
    if kind == "article":
        fields.append(("journal", _bib(item.get("container-title") or item.get("publisher") or item["author"][0]["literal"])))
    if item.get("_translated-title"):
        fields.append(("titleaddon", "{" + _bib(item["_translated-title"]) + "}"))
    if item.get("language") and item["language"] != DATA_LANGUAGE:
        fields.append(("language", item["language"]))
    parts = item.get("issued", {}).get("date-parts", [[]])[0]
    if parts:
        fields.append(("year", str(parts[0])))
        fields.append(("date", "-".join(f"{p:02d}" if n else str(p) for n, p in enumerate(parts))))
    if item.get("container-title") and kind != "article":
        fields.append(("howpublished", _bib(item["container-title"])))
    if item.get("publisher") and kind == "misc":
        fields.append(("publisher", _bib(item["publisher"])))
    if item.get("URL"):
        fields.append(("url", item["URL"].replace("{", "%7B").replace("}", "%7D")))
    if item.get("accessed"):
        fields.append(("urldate", _iso(item["accessed"])))
    fields.append(("note", _bib(item["note"])))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{kind}{{{item['id']},\n{body}\n}}\n"


def ris_entry(item: dict[str, Any]) -> str:
    lines = [("TY", RIS_TYPES.get(item["type"], "GEN")), ("ID", item["id"]), ("TI", item["title"]), ("AU", item["author"][0]["literal"])]
    if item.get("_translated-title"):
        lines.append(("TT", item["_translated-title"]))
    if item.get("language") and item["language"] != DATA_LANGUAGE:
        lines.append(("LA", item["language"]))
    parts = item.get("issued", {}).get("date-parts", [[]])[0]
    if parts:
        lines.append(("PY", str(parts[0])))
        year, month, day = (parts + [0, 0])[:3]
        lines.append(("DA", f"{year}/{month:02d}/{day:02d}/".replace("/00", "/")))
    if item.get("container-title"):
        lines.append(("T2", item["container-title"]))
    if item.get("publisher"):
        lines.append(("PB", item["publisher"]))
    if item.get("source"):
        lines.append(("DP", item["source"]))
    if item.get("URL"):
        lines.append(("UR", item["URL"]))
    if item.get("accessed"):
        lines.append(("Y2", _iso(item["accessed"]).replace("-", "/")))
    lines.append(("N1", item["note"]))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {' '.join(str(value).split())}".rstrip() + "\r\n" for tag, value in lines)


def _iso(date: dict) -> str:
    return "-".join(f"{p:02d}" if n else str(p) for n, p in enumerate(date["date-parts"][0]))


def _json(value: Any) -> bytes:
    # Keys starting with "_" feed BibTeX and RIS only (CSL-JSON has no field for a translated
    # title; the item's note carries it).
    value = [{k: v for k, v in item.items() if not k.startswith("_")} for item in value]
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def citation_files(dataset: Dataset, site: SiteInfo) -> dict[str, bytes]:
    """Every citation file, keyed by its path relative to docs/."""
    items = csl_items(dataset, site)
    files = {
        f"{CITATIONS_FOLDER}/{WHOLE}.bib": "\n".join(bibtex_entry(i) for i in items).encode("utf-8"),
        f"{CITATIONS_FOLDER}/{WHOLE}.ris": "".join(ris_entry(i) for i in items).encode("utf-8"),
        f"{CITATIONS_FOLDER}/{WHOLE}.json": _json(items),
    }
    for item in items:
        if item["id"] in (SITE_ITEM, DATASET_ITEM):
            files[f"{CITATIONS_FOLDER}/{item['id']}.bib"] = bibtex_entry(item).encode("utf-8")
            files[f"{CITATIONS_FOLDER}/{item['id']}.ris"] = ris_entry(item).encode("utf-8")
            files[f"{CITATIONS_FOLDER}/{item['id']}.json"] = _json([item])
            continue
        kind, _, record_id = item["id"].partition("-")
        files[citation_file(kind, record_id, "bib")] = bibtex_entry(item).encode("utf-8")
        files[citation_file(kind, record_id, "ris")] = ris_entry(item).encode("utf-8")
        files[citation_file(kind, record_id, "json")] = _json([item])
    return files
