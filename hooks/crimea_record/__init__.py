"""The Crimea conscription record: data in, checked records, Markdown out.

Nothing here imports MkDocs, so the same code serves the MkDocs hook, the command line
and any other site generator.
"""
