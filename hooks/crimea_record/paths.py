"""Where each kind of record has its permanent anchor. Anchors are the records' ids."""

FIGURES = "figures.md"
LEGAL = "legal.md"
VIOLATIONS = "violations.md"
SOURCES = "sources.md"
TIMELINE = "timeline.md"

PAGE_OF_KIND = {
    "figure": FIGURES,
    "article": LEGAL,
    "violation": VIOLATIONS,
    "source": SOURCES,
    "event": TIMELINE,
}
