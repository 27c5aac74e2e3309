"""Stage 4: what leaves the build: downloads, JSON Schemas, share tags, redirects, the Markdown export."""
