"""`python -m crimea_record.publish.render_brief`: a brief's HTML on standard input, its PDF on standard output.

Under `mkdocs serve` the briefs an edit changed are rendered in this separate process
(hooks/serve_later.py): rendering them in the server's own process slowed the next rebuild.
"""
from __future__ import annotations

import sys

from .brief_pdf import PdfEngineMissing, pdf


def main() -> int:
    try:
        data = pdf(sys.stdin.buffer.read().decode("utf-8"))
    except PdfEngineMissing as missing:
        print(missing, file=sys.stderr)
        return 1
    sys.stdout.buffer.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
