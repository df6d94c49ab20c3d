"""Export benchmark: a generated 2,000-card map as an A0 PDF, tiled on A4, and a 300 dpi A0 PNG.

Each time is printed as a ratio against a *floor* measured in the same run on
the same machine: raw ReportLab (or raw QPainter plus the same row encoder)
drawing the same card rectangles and text lines, with none of our code in
between. Targets (issue 4): each within 2x its floor; the tiled PDF at most
1.2x the single sheet's size; peak RSS of the A0 300 dpi PNG under 1 GB,
measured in a child process that does nothing else.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_export.py [--cards 2000] [--dpi 300]
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STAGES = 24  # wide enough that the map has about A0's proportions


def make_map(path: Path, n: int):
    from model.document import Document
    from model.operations import Op
    doc = Document.create(path, "blank")
    for i in range(STAGES - len(doc.journey.stages)):
        doc.apply(Op("add_stage", {"name": f"Stage {i + 7}"}))
    j = doc.journey
    lanes = [lane for lane in j.lanes if lane.kind != "emotions"]
    cards = [{"stage_id": j.stages[i % STAGES].id, "lane_id": lanes[(i // STAGES) % len(lanes)].id,
              "text": f"Card {i}: the customer compares delivery slots and fees again",
              "channel": "web" if lanes[(i // STAGES) % len(lanes)].kind == "touchpoints" else None,
              "votes": i % 3} for i in range(n)]
    doc.apply(Op("add_cards", {"cards": cards}))
    return doc


def timed(fn, *args, repeat: int = 3, **kw):
    """Best of `repeat` runs after one warm-up (font parsing, imports, caches)."""
    result = fn(*args, **kw)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn(*args, **kw)
        best = min(best, time.perf_counter() - start)
    return best, result


def floor_pdf(lay, sheet, out: Path) -> None:
    """Raw ReportLab: the same card boxes and text lines, one TTF, no forms, no fallbacks."""
    from reportlab.pdfgen.canvas import Canvas
    from export import fonts
    from model import text as textmod
    font = fonts.ensure(textmod.REGULAR)
    c = Canvas(str(out), pagesize=(sheet.width, sheet.height), pageCompression=1, initialFontName=font)
    c.translate(sheet.x, sheet.height - sheet.y)
    c.scale(sheet.scale, sheet.scale)
    for card in lay.cards:
        r = card.rect
        c.setFillColorRGB(1, 0.95, 0.72)
        c.roundRect(r.x, -r.bottom, r.w, r.h, 4, stroke=1, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.2)
        t = c.beginText()
        t.setFont(font, card.text.size)
        for i, line in enumerate(card.text.lines):
            t.setTextOrigin(card.text.x, -(card.text.y + (i + 0.8) * card.text.pitch))
            t.textOut(line)
        c.drawText(t)
    c.showPage()
    c.save()


def floor_png(lay, k: float, width: int, height: int, out: Path) -> None:
    """Raw QPainter: the same boxes and text into the same strips, the same row encoder."""
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QFont, QImage, QPainter
    from canvas import fonts as canvas_fonts
    from export.png import STRIP_BYTES, PngWriter
    canvas_fonts.register()
    rows = max(1, min(1024, STRIP_BYTES // (width * 4)))
    with open(out, "wb") as f:
        png = PngWriter(f, width, height, 3, 300)
        for y0 in range(0, height, rows):
            n = min(rows, height - y0)
            image = QImage(width, n, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(QColor("#ffffff"))
            p = QPainter(image)
            p.translate(0, -y0)
            p.scale(k, k)
            top, bottom = y0 / k, (y0 + n) / k
            font = QFont("Noto Sans")
            font.setPixelSize(11)
            p.setFont(font)
            p.setBrush(QColor("#fff1b8"))
            for card in lay.cards:
                r = card.rect
                if r.bottom < top or r.y > bottom:
                    continue
                p.drawRoundedRect(QRectF(r.x, r.y, r.w, r.h), 4, 4)
                for i, line in enumerate(card.text.lines):
                    p.drawText(QPointF(card.text.x, card.text.y + (i + 0.8) * card.text.pitch), line)
            p.end()
            rgb = image.convertToFormat(QImage.Format.Format_RGB888)
            view, stride = rgb.constBits(), rgb.bytesPerLine()
            png.rows(bytes(view[r * stride:r * stride + width * 3]) for r in range(n))
        png.close()


def child_png(map_path: str, out: str, dpi: float) -> None:
    """Run in a child process: one PNG export, then print peak RSS in MB."""
    from export.options import PngOptions
    from export.png import export_png
    from model.document import Document
    with Document.open(map_path, read_only=True) as doc:
        export_png(doc, out, PngOptions(dpi=dpi, paper="a0"))
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def bench_pdf(doc, lay, tmp: Path) -> None:
    from export import paper
    from export.options import PdfOptions
    from export.pdf import export_pdf
    from model.layout import layout
    sheet = paper.fit_sheet(lay.width, lay.height, "a0")
    floor, _ = timed(floor_pdf, lay, sheet, tmp / "floor.pdf")
    single, _ = timed(export_pdf, doc, tmp / "a0.pdf", PdfOptions(paper="a0"))
    tiled, result = timed(export_pdf, doc, tmp / "tiled.pdf", PdfOptions(paper="a0", tile="a4"))
    size = {name: (tmp / name).stat().st_size for name in ("floor.pdf", "a0.pdf", "tiled.pdf")}
    print(f"PDF floor (raw ReportLab, same boxes+text): {floor:.2f} s, {size['floor.pdf'] / 1024:.0f} KiB")
    lay_time, _ = timed(layout, doc.journey)
    print(f"PDF A0 single sheet:   {single:.2f} s = {single / floor:.2f}x floor, {size['a0.pdf'] / 1024:.0f} KiB "
          f"(of which laying out the map {lay_time:.2f} s; the floor gets the layout for free)")
    print(f"PDF A0 tiled on A4:    {tiled:.2f} s = {tiled / floor:.2f}x floor, {size['tiled.pdf'] / 1024:.0f} KiB "
          f"= {size['tiled.pdf'] / size['a0.pdf']:.3f}x single sheet, {result.pages} pages")


def bench_png(map_path: Path, lay, tmp: Path, dpi: float) -> None:
    from export.options import PngOptions
    from export.png import pixel_size
    width, height, k, _ = pixel_size(lay, PngOptions(dpi=dpi, paper="a0"))
    floor, _ = timed(floor_png, lay, k, width, height, tmp / "floor.png", repeat=1)
    start = time.perf_counter()
    child = subprocess.run([sys.executable, __file__, "--child", str(map_path), str(tmp / "a0.png"), str(dpi)],
                           capture_output=True, text=True, check=True)
    ours = time.perf_counter() - start
    peak = float(child.stdout.strip().splitlines()[-1])
    print(f"PNG floor (raw QPainter + same encoder): {floor:.2f} s for {width:,} x {height:,} px")
    print(f"PNG A0 at {dpi:g} dpi:      {ours:.2f} s = {ours / floor:.2f}x floor (incl. child start-up), "
          f"{(tmp / 'a0.png').stat().st_size / 1e6:.1f} MB, peak RSS {peak:.0f} MB")


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        child_png(sys.argv[2], sys.argv[3], float(sys.argv[4]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=2000)
    parser.add_argument("--dpi", type=float, default=300)
    args = parser.parse_args()
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (fonts need it)
    from model.layout import layout
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        doc = make_map(tmp / "bench.journey", args.cards)
        lay = layout(doc.journey)
        print(f"{args.cards:,} cards, map {lay.width:.0f} x {lay.height:.0f} pt")
        bench_pdf(doc, lay, tmp)
        doc.close()
        bench_png(tmp / "bench.journey", lay, tmp, args.dpi)
    return 0


if __name__ == "__main__":
    sys.exit(main())
