"""Stage 3: records into Markdown: inline references, blocks, charts, citations, generated pages."""
