"""`wayline export` reads the map with `model.plain`, not the ORM: no SQLAlchemy (and
no Qt) in its process, and the poster is the same drawing as one exported from the
editor's `Document`: the same pages, text and pixels."""
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
from PIL import ImageChops

import main
from model import plain
from model.document import Document

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "PySide6", "shiboken6")


def export_in_a_child(args: list[str], cwd: Path, command: str = "export") -> list[str]:
    """Run `main.py export ARGS` in a fresh process; the heavy libraries it loaded.
    As a program, main leaves what the command made to the exit (`gc.freeze`)."""
    script = (
        "import runpy, sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        f"sys.argv = ['main.py', {command!r}, *{args!r}]\n"
        "try:\n"
        f"    runpy.run_path({str(ROOT / 'main.py')!r}, run_name='__main__')\n"
        "except SystemExit as e:\n"
        "    assert not e.code, e.code\n"
        "import gc\n"
        "assert gc.get_freeze_count() > 0  # left to the exit, not collected (main.main)\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules if m.startswith({HEAVY!r})}}))\n")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    r = subprocess.run([sys.executable, "-c", script], cwd=cwd, env=env, capture_output=True, text=True,
                       timeout=180)
    assert r.returncode == 0, r.stderr
    return eval(r.stdout.strip().splitlines()[-1])


def pages(path: Path) -> list[tuple[str, object]]:
    """Each page's text and a raster of it (PDFium)."""
    pdf = pdfium.PdfDocument(str(path))
    return [(page.get_textpage().get_text_range(), page.render(scale=0.4).to_pil().convert("RGB"))
            for page in pdf]


def assert_same_drawing(a: Path, b: Path) -> None:
    ours, theirs = pages(a), pages(b)
    assert len(ours) == len(theirs) >= 1
    for (text_a, image_a), (text_b, image_b) in zip(ours, theirs):
        assert text_a == text_b and len(text_a) > 100
        assert image_a.size == image_b.size
        assert ImageChops.difference(image_a, image_b).getbbox() is None  # not one pixel differs


def through_the_orm(monkeypatch, args: list[str]) -> None:
    """The same command line, reading the map with the editor's Document instead."""
    monkeypatch.setattr(plain.PlainDocument, "open", lambda path: Document.open(path, read_only=True))
    assert main.main(["export", *args]) == 0


def test_a_pdf_from_the_command_line_loads_no_sqlalchemy_and_is_the_same_drawing(sample_path, tmp_path,
                                                                                 monkeypatch):
    with Document.open(sample_path, read_only=True) as doc:  # pictures on cards and a persona photo
        assert doc.journey.personas[0].photo_id and any(c.asset_id for c in doc.journey.cards)
    args = [str(sample_path), "--pdf", str(tmp_path / "plain.pdf"), "--paper", "a0"]
    assert export_in_a_child(args, tmp_path) == []
    assert export_in_a_child([str(sample_path)], tmp_path, "info") == []
    assert export_in_a_child([str(sample_path)], tmp_path, "check") == []
    through_the_orm(monkeypatch, [str(sample_path), "--pdf", str(tmp_path / "orm.pdf"), "--paper", "a0"])
    assert_same_drawing(tmp_path / "plain.pdf", tmp_path / "orm.pdf")


def test_a_tiled_pdf_of_a_repaired_map_is_the_same_drawing_too(sample_path, tmp_path, monkeypatch):
    """A map with values to repair (a lane of a missing persona, a card of an unknown
    channel, a stage too narrow) is repaired alike before it is drawn."""
    import sqlite3
    conn = sqlite3.connect(sample_path)
    conn.execute("UPDATE lane SET persona_id = 99, height = 5 WHERE id = 2")
    conn.execute("UPDATE card SET channel = 'pigeon', personas = '77' WHERE id % 2 = 0")
    conn.execute("UPDATE stage SET width = 1 WHERE id = 3")
    conn.commit()
    conn.close()
    common = ["--paper", "a2", "--tile", "a4"]
    assert export_in_a_child([str(sample_path), "--pdf", str(tmp_path / "plain.pdf"), *common], tmp_path) == []
    through_the_orm(monkeypatch, [str(sample_path), "--pdf", str(tmp_path / "orm.pdf"), *common])
    assert_same_drawing(tmp_path / "plain.pdf", tmp_path / "orm.pdf")


def test_glyph_outlines_are_fonttools_own_without_fonttools():
    """`draw._PathPen` turns HarfBuzz's quadratic curves into cubic ones exactly as
    fontTools' BasePen does (which the command line no longer imports)."""
    from fontTools.pens.basePen import BasePen

    from export import draw
    from model import text as textmod

    class Reference(BasePen):
        def __init__(self):
            super().__init__(None)
            self.ops = []

        def _moveTo(self, p):
            self.ops.append(("M", *p))

        def _lineTo(self, p):
            self.ops.append(("L", *p))

        def _curveToOne(self, p1, p2, p3):
            self.ops.append(("C", *p1, *p2, *p3))

        def _closePath(self):
            self.ops.append(("Z",))

    compared = 0
    for name in (textmod.REGULAR, "NotoSansArabic-Regular", "NotoSansDevanagari-Regular"):
        font = textmod._hb_font(name)
        for gid in range(0, min(font.face.glyph_count, 400)):
            ours, theirs = draw._PathPen(), Reference()
            font.draw_glyph_with_pen(gid, ours)
            font.draw_glyph_with_pen(gid, theirs)
            assert ours.ops == theirs.ops, (name, gid)
            compared += any(op[0] == "C" for op in ours.ops)
    assert compared > 500


def test_plain_pieces_of_ascii_take_the_short_cut_to_the_same_result():
    """`fonts._plain` writes an ASCII piece in its font as one piece: what the
    per-character code gives (controls dropped, every other character kept)."""
    import random

    from export import fonts
    from model import text as textmod

    rng = random.Random(4)
    alphabet = "abc XYZ 019 .,;!?()#*~\t\x01\x7féü→"
    for _ in range(300):
        piece = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        for name in (textmod.REGULAR, textmod.BOLD, "DejaVuSans"):
            assert fonts._plain(piece, name) == fonts._any_plain(piece, name), (piece, name)
