"""Tiled PDF render time per page: a generated 10,000-card map (bench_export's
generator) tiled on A4, 7 pages wide, each sampled page rasterised at 150 dpi
with pypdfium2 (and, if installed, poppler's pdftoppm, which is what many
Linux viewers and print paths use).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_tiles.py [--cards 10000] [--wide 7]
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cards", type=int, default=10_000)
    ap.add_argument("--wide", type=int, default=7)
    args = ap.parse_args()
    import pypdfium2 as pdfium
    from bench.bench_export import make_map
    from export.options import PdfOptions
    from export.pdf import export_pdf
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        doc = make_map(tmp / "m.journey", args.cards)
        start = time.perf_counter()
        result = export_pdf(doc, tmp / "t.pdf", PdfOptions(tile="a4", pages_wide=args.wide))
        doc.close()
        print(f"export {time.perf_counter() - start:.1f} s, {result.pages} pages, "
              f"{(tmp / 't.pdf').stat().st_size / 1024:.0f} KB")
        pdf = pdfium.PdfDocument(str(tmp / "t.pdf"))
        n = len(pdf)
        sample = sorted({0, 1, n // 3, n // 2, n - 1})
        times = []
        for i in sample:
            t = time.perf_counter()
            pdf[i].render(scale=150 / 72)
            times.append(time.perf_counter() - t)
        pdf.close()
        print("pypdfium2 per page:", " ".join(f"{x:.2f}" for x in times), f"s (pages {sample})")
        if shutil.which("pdftoppm"):
            times = []
            for i in sample:
                t = time.perf_counter()
                subprocess.run(["pdftoppm", "-r", "150", "-f", str(i + 1), "-l", str(i + 1), "-png",
                                str(tmp / "t.pdf"), str(tmp / "p")], check=True)
                times.append(time.perf_counter() - t)
            print("pdftoppm per page: ", " ".join(f"{x:.2f}" for x in times), "s (with process start)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
