"""Pictures inside a map are hostile input: only PNG, JPEG, GIF, WebP and BMP are
ever decoded (never by Ghostscript or another Pillow plugin, never by a Qt reader
guessing from content), `check` names any other format, and however large or
many the pictures, the editor keeps a bounded amount of them decoded."""
import io
import sqlite3
import subprocess

import pytest
from PIL import EpsImagePlugin, IcnsImagePlugin, Image, PsdImagePlugin, TiffImagePlugin

from model.entities import new_uuid
import main
from model.document import Document

# A tiny EPS whose PostScript never ends: Ghostscript would hang on it
EPS = (b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n%%EndComments\n"
       b"{ } loop\nshowpage\n%%EOF\n")
SVG = (b"<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'>"
       b"<rect width='10' height='10' fill='red'/></svg>")


def _psd() -> bytes:
    """A minimal 10 x 10 RGB Photoshop file, raw pixels."""
    head = b"8BPS" + (1).to_bytes(2, "big") + bytes(6) + (3).to_bytes(2, "big")
    head += (10).to_bytes(4, "big") * 2 + (8).to_bytes(2, "big") + (3).to_bytes(2, "big")
    return head + bytes(4) * 3 + bytes(2) + bytes(300)


def _saved(fmt: str, size=(10, 10)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "red").save(out, fmt)
    return out.getvalue()


FOREIGN = {"EPS": EPS, "PSD": _psd(), "TIFF": _saved("TIFF"), "SVG": SVG, "ICNS": _saved("ICNS", (16, 16))}


@pytest.fixture
def foreign_plugins(monkeypatch):
    """Every plugin or program a foreign picture could reach records its call and
    fails loudly; the test asserts the record is empty."""
    calls = []

    def refuse(what):
        def call(*args, **kwargs):
            calls.append(what)
            raise AssertionError(f"{what} was reached")
        return call
    for plugin, cls in ((EpsImagePlugin, "EpsImageFile"), (PsdImagePlugin, "PsdImageFile"),
                        (TiffImagePlugin, "TiffImageFile"), (IcnsImagePlugin, "IcnsImageFile")):
        monkeypatch.setattr(getattr(plugin, cls), "_open", refuse(f"{cls}._open"))
    monkeypatch.setattr(EpsImagePlugin, "Ghostscript", refuse("Ghostscript"))
    monkeypatch.setattr(EpsImagePlugin, "has_ghostscript", refuse("has_ghostscript"))
    for name in ("Popen", "run", "call", "check_call", "check_output"):
        monkeypatch.setattr(subprocess, name, refuse(f"subprocess.{name}"))
    return calls


def store_picture(path, data: bytes, mime: str = "image/png") -> int:
    """Put `data` in the map as an asset, shown on card 1 and as the persona's photo."""
    conn = sqlite3.connect(path)
    with conn:
        cur = conn.execute("INSERT INTO asset (uuid, sha256, mime, width, height, data) "
                           "VALUES (?, ?, ?, 10, 10, ?)",
                           (new_uuid(), f"hostile-{len(data)}-{hash(data)}", mime, data))
        conn.execute("UPDATE card SET asset_id = ? WHERE id = 1", (cur.lastrowid,))
        conn.execute("UPDATE persona SET photo_id = ?", (cur.lastrowid,))
    conn.close()
    return cur.lastrowid


@pytest.mark.parametrize("name", sorted(FOREIGN))
def test_check_names_a_picture_in_a_foreign_format(sample_path, name, capsys, foreign_plugins):
    store_picture(sample_path, FOREIGN[name])
    assert main.main(["check", str(sample_path)]) == 1
    out = capsys.readouterr()
    assert f"A picture was stored in a format Wayline does not open ({name}) and is not shown." in out.out
    assert "Traceback" not in out.err and out.err == ""
    assert foreign_plugins == []


def test_check_names_an_unused_foreign_picture_too(sample_path, capsys):
    conn = sqlite3.connect(sample_path)
    with conn:
        conn.execute("INSERT INTO asset (uuid, sha256, mime, width, height, data) "
                     "VALUES (?, 'x', 'image/png', 1, 1, ?)", (new_uuid(), EPS))
    conn.close()
    assert main.main(["check", str(sample_path)]) == 1
    assert "(EPS)" in capsys.readouterr().out


def test_a_foreign_picture_is_left_out_when_the_map_opens(sample_path, foreign_plugins):
    store_picture(sample_path, EPS)
    with Document.open(sample_path, read_only=True) as doc:
        card = next(c for c in doc.journey.cards if c.id == 1)
        assert card.asset_id is None and doc.journey.personas[0].photo_id is None
        assert doc.notices == ["A picture was stored in a format Wayline does not open (EPS) "
                               "and is not shown."]
    assert foreign_plugins == []


def test_pdf_and_png_exports_never_run_ghostscript(sample_path, tmp_path, qapp, foreign_plugins):
    from export.options import PdfOptions, PngOptions
    from export.pdf import export_pdf
    from export.png import export_png
    store_picture(sample_path, EPS)
    with Document.open(sample_path, read_only=True) as doc:
        export_pdf(doc, tmp_path / "m.pdf", PdfOptions())
        export_png(doc, tmp_path / "m.png", PngOptions(dpi=72))
    assert foreign_plugins == []


@pytest.mark.parametrize("name", sorted(FOREIGN))
def test_the_pdf_pictures_refuse_a_foreign_format_even_when_asked(name, foreign_plugins):
    """Below the check at open: the exporter itself decodes nothing foreign."""
    from export.draw import Pictures
    assert Pictures(lambda asset_id: FOREIGN[name]).get(1) is None
    assert foreign_plugins == []


@pytest.mark.parametrize("name", sorted(FOREIGN))
def test_qt_paths_never_guess_a_format_from_content(name, sample_path, qtbot, qapp, foreign_plugins):
    """Qt reads TIFF, SVG and ICNS itself: the editor and the PNG export must not."""
    from editor.mapeditor import MapEditor
    from export.qtpaint import StripPainter
    from model.layout import layout
    from model.theme import STANDARD
    asset = store_picture(sample_path, FOREIGN[name])
    with Document.open(sample_path, read_only=True) as doc:
        editor = MapEditor(doc)
        qtbot.addWidget(editor.view)
        assert editor.picture(asset) is None and editor.persona_photo() is None
        painter = StripPainter(layout(doc.journey), STANDARD, doc.asset_bytes, asset, 1.0, 72, False)
        assert painter.picture(asset) is None and painter.photo is None
    assert foreign_plugins == []


def test_a_picture_in_an_allowed_format_is_still_shown_everywhere(sample_path, qtbot, qapp):
    from editor.mapeditor import MapEditor
    from export.draw import Pictures
    asset = store_picture(sample_path, _saved("PNG", (40, 20)))
    with Document.open(sample_path, read_only=True) as doc:
        assert doc.notices == []
        editor = MapEditor(doc)
        qtbot.addWidget(editor.view)
        assert editor.picture(asset).size().toTuple() == (40, 20)
        assert Pictures(doc.asset_bytes).get(asset).getSize() == (40, 20)


def _big_jpeg(side=6000) -> bytes:
    """A large but legal picture that compresses to little (a few halves of colour)."""
    im = Image.new("RGB", (side, side), "white")
    im.paste(Image.new("RGB", (side // 2, side), "navy"))
    out = io.BytesIO()
    im.save(out, "JPEG", quality=50)
    return out.getvalue()


def test_many_large_pictures_keep_the_editor_cache_bounded(sample_path, qtbot, monkeypatch):
    from editor import mapeditor
    big = _big_jpeg()
    conn = sqlite3.connect(sample_path)
    with conn:
        ids = [conn.execute("INSERT INTO asset (uuid, sha256, mime, width, height, data) "
                            "VALUES (?, ?, 'image/jpeg', 6000, 6000, ?)", (new_uuid(), f"big-{i}", big)).lastrowid
               for i in range(8)]
    conn.close()
    budget = 3 * mapeditor.PICTURE_SIDE ** 2 * 4  # room for three at the largest decoded size
    monkeypatch.setattr(mapeditor, "PICTURE_CACHE_BYTES", budget)
    with Document.open(sample_path, read_only=True) as doc:
        editor = mapeditor.MapEditor(doc)
        qtbot.addWidget(editor.view)
        for asset in ids * 2:
            image = editor.picture(asset)
            assert max(image.width(), image.height()) <= mapeditor.PICTURE_SIDE  # decoded at the size drawn
            assert editor.pictures.bytes <= budget
        assert len(editor.pictures) == 3


def test_the_png_export_decodes_a_picture_at_the_size_it_prints(sample_path, qapp):
    """Sharp at the export's dpi (covers its box), yet never the picture's full 6000 px."""
    from export.qtpaint import MAX_PICTURE_SIDE, StripPainter
    from model.layout import layout
    from model.theme import STANDARD
    asset = store_picture(sample_path, _big_jpeg())
    with Document.open(sample_path, read_only=True) as doc:
        lay = layout(doc.journey)
        box = next(c.image for c in lay.cards if c.asset_id == asset)
        for k in (1.0, 300 / 72):
            image = StripPainter(lay, STANDARD, doc.asset_bytes, None, k, 72 * k, False).picture(asset)
            need_w, need_h = round(box.w * k, 6), round(box.h * k, 6)  # as many pixels as it covers
            assert need_w <= image.width() <= need_w + 1 and image.height() >= need_h
            assert image.width() <= MAX_PICTURE_SIDE


def test_sized_cache_lets_the_oldest_go_first():
    from model import decode
    cache = decode.SizedCache(300, len)
    for key in "abc":
        cache.get(key, lambda: "x" * 100)
    cache.get("a", lambda: "never made")  # a is now the most recent
    cache.get("d", lambda: "x" * 100)
    assert "b" not in cache and all(k in cache for k in "acd") and cache.bytes == 300
    assert cache.get("huge", lambda: "x" * 1000) == "x" * 1000 and "huge" not in cache
