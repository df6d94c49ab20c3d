"""Export floors: the same card boxes and text lines drawn by the libraries alone.

    python bench/floors.py pdf SCENE.json OUT.pdf     # raw ReportLab, one TTF
    python bench/floors.py png SCENE.json OUT.png     # raw QPainter strips, Pillow's encoder

A scene is what our layout computed (the sheet, each card's box and wrapped
lines), written once by the benchmark (`write_scene`), so a floor pays for
drawing and encoding only: no Wayline code, no map file, no layout. This file
imports nothing of Wayline and nothing it does not draw with, so a floor run
as a whole process (`bench_cli.py`) starts as fast as a raw script can.
`first_and_warm` times one drawing in a fresh process and then warm ones.
"""
from __future__ import annotations

import json
import mmap
import statistics
import sys
import time

FONT = "resources/fonts/NotoSans-Regular.ttf"  # relative to the repository root
STRIP_BYTES = 64 * 1024 * 1024                 # as export/png.py paints
COMPRESS_LEVEL = 1                             # as export/png.py encodes


def write_scene(lay, sheet, raster, path) -> None:
    """The cards of layout `lay` on PDF `sheet` (paper.fit_sheet) and PNG `raster`
    (png.pixel_size), as JSON the floors read."""
    cards = [[c.rect.x, c.rect.y, c.rect.w, c.rect.h, c.text.size, c.text.x, c.text.y, c.text.pitch,
              list(c.text.lines)] for c in lay.cards]
    scene = {"sheet": [sheet.width, sheet.height, sheet.x, sheet.y, sheet.scale],
             "raster": [raster.width, raster.height, raster.k, raster.x, raster.y], "cards": cards}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(scene, f)


def read_scene(path) -> dict:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def pdf(scene: dict, out: str, root: str = ".") -> None:
    """Raw ReportLab: card boxes and text lines in one embedded TTF, one page."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas
    if "Floor" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Floor", f"{root}/{FONT}"))
    w, h, x, y, scale = scene["sheet"]
    c = Canvas(out, pagesize=(w, h), pageCompression=1, initialFontName="Floor")
    c.translate(x, h - y)
    c.scale(scale, scale)
    for bx, by, bw, bh, size, tx, ty, pitch, lines in scene["cards"]:
        c.setFillColorRGB(1, 0.95, 0.72)
        c.roundRect(bx, -(by + bh), bw, bh, 4, stroke=1, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.2)
        t = c.beginText()
        t.setFont("Floor", size)
        for i, line in enumerate(lines):
            t.setTextOrigin(tx, -(ty + (i + 0.8) * pitch))
            t.textOut(line)
        c.drawText(t)
    c.showPage()
    c.save()


def png(scene: dict, out: str, root: str = ".") -> None:
    """Raw QPainter into strips of the same size as ours, each copied into one
    RGB buffer that Pillow's C encoder compresses as ours does: unfiltered rows
    at the same level. (Pillow filters only non-palette images, so the rows go
    in as a palette image three times as wide: the same bytes and the same work;
    the floor's file is that grey image, which nobody needs to look at.)"""
    from PIL import Image
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter
    app = QGuiApplication.instance() or QGuiApplication(["floor"])  # noqa: F841 (fonts need it)
    family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(f"{root}/{FONT}"))[0]
    width, height, k, ox, oy = scene["raster"]
    rows = max(1, min(1024, STRIP_BYTES // (width * 4)))
    buffer = mmap.mmap(-1, width * 3 * height)
    for y0 in range(0, height, rows):
        n = min(rows, height - y0)
        image = QImage(width, n, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("#ffffff"))
        p = QPainter(image)
        p.translate(ox, oy - y0)
        p.scale(k, k)
        top, bottom = (y0 - oy) / k, (y0 + n - oy) / k
        font = QFont(family)
        font.setPixelSize(11)
        p.setFont(font)
        p.setBrush(QColor("#fff1b8"))
        for bx, by, bw, bh, size, tx, ty, pitch, lines in scene["cards"]:
            if by + bh < top or by > bottom:
                continue
            p.drawRoundedRect(QRectF(bx, by, bw, bh), 4, 4)
            for i, line in enumerate(lines):
                p.drawText(QPointF(tx, ty + (i + 0.8) * pitch), line)
        p.end()
        rgb = image.convertToFormat(QImage.Format.Format_RGB888)
        view, stride = rgb.constBits(), rgb.bytesPerLine()
        for r in range(n):
            buffer[(y0 + r) * width * 3:(y0 + r + 1) * width * 3] = view[r * stride:r * stride + width * 3]
    Image.frombuffer("P", (width * 3, height), buffer, "raw", "P", 0, 1).save(
        out, "PNG", compress_level=COMPRESS_LEVEL, bits=8)


def first_and_warm(draw, scene: dict, out: str, root: str, warm: int = 3) -> dict:
    """Seconds of the first drawing in this process, and the median of `warm` more."""
    start = time.perf_counter()
    draw(scene, out, root)
    first = time.perf_counter() - start
    times = []
    for _ in range(warm):
        start = time.perf_counter()
        draw(scene, out, root)
        times.append(time.perf_counter() - start)
    return {"first": first, "warm": statistics.median(times) if times else None}


if __name__ == "__main__":
    kind, scene_path, out_path = sys.argv[1:4]
    {"pdf": pdf, "png": png}[kind](read_scene(scene_path), out_path)
