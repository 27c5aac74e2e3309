"""The generated pages, each rendered from the dataset as Markdown with reference markers."""
