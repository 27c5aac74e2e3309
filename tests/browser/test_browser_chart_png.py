"""A figure's chart downloads as a PNG, drawn in the browser from the chart's SVG file."""
from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from htmltree import parse
from PIL import Image

pytestmark = pytest.mark.browser


def _charted_figure_page(site: Path, folder: str) -> tuple[str, str]:
    """The first figure page (URL path) in `folder` offering its chart as a file, and that file's address."""
    for index in sorted((site / folder / "figures").glob("*/index.html")):
        link = parse(index.read_text(encoding="utf-8")).find(cls="chart-png")
        if link is not None:
            return f"{folder}figures/{index.parent.name}/", link.attrs["href"]
    raise AssertionError(f"no figure page in {folder or 'English'} offers a chart")


@pytest.mark.parametrize("folder, code, label", [("", "en", "the chart (PNG)"), ("uk/", "uk", "діаграма (PNG)")])
def test_a_chart_downloads_as_a_png_of_its_svg_file(new_page, base_url, built_site, folder, code, label):
    path, svg_href = _charted_figure_page(built_site, folder)
    figure_id = path.rstrip("/").rsplit("/", 1)[-1]
    page = new_page()
    page.goto(base_url + path)
    links = page.locator("p.figure-files")
    assert re.search(rf"\(SVG\) · {re.escape(label)} · ", " ".join(links.inner_text().split())), links.inner_text()
    with page.expect_download() as event:
        page.get_by_role("link", name=label).click()
    download = event.value
    assert download.suggested_filename == f"{figure_id}-chart-{code}.png"
    picture = Image.open(io.BytesIO(Path(download.path()).read_bytes()))
    assert picture.format == "PNG"
    svg = (built_site / folder / "figures" / figure_id / svg_href).resolve().read_text(encoding="utf-8")
    width, height = (float(n) for n in re.search(r'<svg[^>]* width="([\d.]+)" height="([\d.]+)"', svg).groups())
    assert picture.size == (round(width), round(height))  # the file's own size: twice the page's
    grey = picture.convert("L")
    dark = sum(grey.histogram()[:100])
    assert grey.getpixel((0, 0)) == 255 and dark > 0.005 * width * height, "the PNG is blank or has no white ground"
