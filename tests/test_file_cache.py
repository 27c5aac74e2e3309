"""Slow files (share cards, PDF briefs) are made once per input on a machine, then read back."""
from crimea_record.publish import brief_pdf
from crimea_record.publish.file_cache import stored


def test_stored_makes_once_then_reads_back_and_survives_a_read_only_cache(tmp_path):
    made = []

    def make() -> bytes:
        made.append(1)
        return b"made"

    path = tmp_path / "cache" / "key.pdf"
    assert stored(path, make) == b"made" and stored(path, make) == b"made"
    assert len(made) == 1 and path.read_bytes() == b"made" and not list(path.parent.glob("*.part"))
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert stored(blocked / "key.pdf", make) == b"made" and len(made) == 2


def test_a_brief_is_rendered_once_for_the_same_html_on_a_machine(tmp_path, monkeypatch):
    monkeypatch.setenv(brief_pdf.CACHE_VARIABLE, str(tmp_path))
    rendered = []
    monkeypatch.setattr(brief_pdf, "_render", lambda html: rendered.append(html) or b"%PDF-fake")
    brief_pdf._cached.cache_clear()
    html = "<html><body>same brief</body></html>"
    assert brief_pdf.pdf(html) == b"%PDF-fake"
    brief_pdf._cached.cache_clear()  # as a new build process would start
    assert brief_pdf.pdf(html) == b"%PDF-fake" and len(rendered) == 1
    assert len(list(tmp_path.glob("*.pdf"))) == 1
    brief_pdf.pdf(html.replace("same", "changed"))
    assert len(rendered) == 2
