"""Exports replace their target whole or not at all."""
import pytest

from export import pdf as pdfmod
from export.atomic import replacing
from export.options import PdfOptions, PngOptions
from export.pdf import export_pdf
from export.png import export_png
from model.document import Document
from model.errors import JourneyError


def _leftovers(folder):
    return [p.name for p in folder.iterdir() if p.name.startswith(".")]


def test_a_crash_mid_export_keeps_the_old_file(sample_path, tmp_path, monkeypatch):
    out = tmp_path / "poster.pdf"
    out.write_bytes(b"the previous poster")

    def boom(*args, **kwargs):
        raise RuntimeError("power cut")
    monkeypatch.setattr(pdfmod, "single_page", boom)
    with Document.open(sample_path, read_only=True) as doc:
        with pytest.raises(RuntimeError):
            export_pdf(doc, out, PdfOptions(paper="a3"))
    assert out.read_bytes() == b"the previous poster"
    assert _leftovers(tmp_path) == []


def test_a_refusal_keeps_the_old_file(sample_path, tmp_path):
    out = tmp_path / "map.png"
    out.write_bytes(b"old")
    with Document.open(sample_path, read_only=True) as doc:
        with pytest.raises(JourneyError):
            export_png(doc, out, PngOptions(dpi=5000))
    assert out.read_bytes() == b"old"


def test_a_finished_export_replaces_the_file(sample_path, tmp_path):
    out = tmp_path / "poster.pdf"
    out.write_bytes(b"old")
    with Document.open(sample_path, read_only=True) as doc:
        export_pdf(doc, out, PdfOptions(paper="a4"))
    assert out.read_bytes().startswith(b"%PDF-") and out.read_bytes().rstrip().endswith(b"%%EOF")
    assert _leftovers(tmp_path) == []


def test_the_temp_file_is_beside_the_target_and_removed_on_error(tmp_path):
    with pytest.raises(ValueError):
        with replacing(tmp_path / "x.pdf") as tmp:
            assert tmp.parent == tmp_path
            tmp.write_bytes(b"half")
            raise ValueError
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_a_sentence(tmp_path):
    with pytest.raises(JourneyError, match="does not exist"):
        with replacing(tmp_path / "no" / "x.pdf"):
            pass


def test_a_cancel_after_the_file_is_in_place_is_not_reported_as_nothing_written(tmp_path, sample_path):
    from export.options import PdfOptions
    from export.pdf import export_pdf
    from model.document import Document
    out = tmp_path / "late.pdf"
    with Document.open(sample_path, read_only=True) as doc:
        result = export_pdf(doc, out, PdfOptions(paper="a3"), cancelled=lambda: out.exists())
    assert out.exists() and result.path == str(out)
