"""A QR code of the site's address for the printed brief, as inline SVG (segno, pure Python)."""
from __future__ import annotations

import io

import segno


def qr_svg(url: str, title: str) -> str:
    """The code as an <svg> element without an XML declaration, sized by the stylesheet; `title` names it."""
    out = io.BytesIO()
    segno.make(url, error="m", micro=False).save(out, kind="svg", scale=4, border=2, xmldecl=False, svgns=True, nl=False,
                                                 svgclass="qr-code", lineclass=None, title=title)
    return out.getvalue().decode("utf-8")
