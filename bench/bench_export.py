"""Export benchmark: honest maps of 50 to 20,000 cards as an A0 PDF, tiled on A4, and an A0 PNG.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_export.py [--sizes 50 1000 5000 20000]
        [--runs 3] [--dpi 300] [--no-png]

The maps are bench_gestures's: a text of its own per card (3 to 16 words, so
line counts and row heights vary and the wrapping cache never helps). Every
export runs in a fresh child process that has imported what it needs: its
*first* export (fonts parsed, caches cold: what a command line or a first
click pays) and then *warm* ones (the median of the next two), each beside a
floor of the same kind run the same way, in its own fresh process, from
`bench/floors.py`: raw ReportLab drawing the same card boxes and lines (PDF),
raw QPainter strips and the same Pillow encoder (PNG). Start-up is on neither
side (bench_cli.py times whole processes). Ours and the floor alternate,
`--runs` times; medians. The PNG child also reports its peak RSS
(`ru_maxrss`): the export's own, as the child does nothing else.
Targets (issues 4 and 18): each within 2x its floor; the tiled PDF at most
1.2x the single sheet's size; peak RSS of the A0 300 dpi PNG under 1 GB.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import floors  # noqa: E402

STAGES = 24  # make_map's: wide enough that the map has about A0's proportions


def make_map(path: Path, n: int):
    """bench_tiles's map: n cards over 24 stages, one sentence each with its own number."""
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


def first_and_warm(export, warm: int = 2) -> dict:
    start = time.perf_counter()
    result = export()
    first = time.perf_counter() - start
    times = []
    for _ in range(warm):
        start = time.perf_counter()
        export()
        times.append(time.perf_counter() - start)
    return {"first": first, "warm": statistics.median(times), "result": result}


def child(kind: str, map_path: str, scene_path: str, out: str, dpi: float) -> dict:
    """One kind of export in this fresh process: its first run, then warm runs."""
    if kind.endswith("floor"):
        draw = floors.pdf if kind == "pdf floor" else floors.png
        if kind == "png floor":
            from PySide6.QtGui import QGuiApplication  # the application the export makes, made before timing
            app = QGuiApplication.instance() or QGuiApplication(["floor"])  # noqa: F841
        times = floors.first_and_warm(draw, floors.read_scene(scene_path), out, str(ROOT),
                                      warm=1 if kind == "png floor" else 2)
    else:
        from export.options import PdfOptions, PngOptions
        from export.pdf import export_pdf
        from export.png import _qt_app, export_png
        from model.document import Document
        doc = Document.open(map_path, read_only=True)
        if kind == "png":
            _qt_app()  # as the floor's: made before timing
            times = first_and_warm(lambda: export_png(doc, out, PngOptions(dpi=dpi, paper="a0")), warm=1)
        else:
            options = PdfOptions(paper="a0", tile="a4" if kind == "tiled" else None)
            times = first_and_warm(lambda: export_pdf(doc, out, options))
        times["pages"] = times.pop("result").pages
    times["bytes"] = os.path.getsize(out)
    times["rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return times


def run_child(kind: str, map_path: Path, scene: Path, out: Path, dpi: float) -> dict:
    r = subprocess.run([sys.executable, __file__, "--child", kind, str(map_path), str(scene), str(out), str(dpi)],
                       capture_output=True, text=True, cwd=ROOT)
    if r.returncode:
        raise SystemExit(f"{kind} child failed:\n{r.stderr}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def medians(runs: list[dict]) -> dict:
    return {key: statistics.median(r[key] for r in runs) for key in runs[0] if isinstance(runs[0][key], (int, float))}


def bench_size(folder: Path, cards: int, runs: int, dpi: float, png: bool) -> dict:
    from bench_gestures import make_honest_map  # imports Qt and the editor: the parent only, never a child
    from export import paper
    from export.options import PngOptions
    from export.png import pixel_size
    from model.document import Document
    from model.layout import layout
    map_path, _ = make_honest_map(folder, cards)
    with Document.open(map_path, read_only=True) as doc:
        lay = layout(doc.journey)
    scene = folder / f"scene-{cards}.json"
    floors.write_scene(lay, paper.fit_sheet(lay.width, lay.height, "a0"),
                       pixel_size(lay, PngOptions(dpi=dpi, paper="a0")), scene)
    kinds = ["pdf", "pdf floor", "tiled"] + (["png", "png floor"] if png else [])
    found: dict[str, list] = {k: [] for k in kinds}
    for _ in range(runs):
        for kind in kinds:
            suffix = "png" if kind.startswith("png") else "pdf"
            found[kind].append(run_child(kind, map_path, scene, folder / f"{kind.replace(' ', '-')}.{suffix}", dpi))
    return {"cards": cards, "size": (lay.width, lay.height), **{k: medians(v) for k, v in found.items()}}


def report(r: dict, dpi: float) -> None:
    def pair(ours, floor):
        return (f"first {ours['first'] * 1000:7.0f} ms (x{ours['first'] / floor['first']:.2f}), "
                f"warm {ours['warm'] * 1000:7.0f} ms (x{ours['warm'] / floor['warm']:.2f})")
    pf = r["pdf floor"]
    print(f"{r['cards']:,} cards, map {r['size'][0]:,.0f} x {r['size'][1]:,.0f} pt")
    print(f"  PDF floor             first {pf['first'] * 1000:7.0f} ms, warm {pf['warm'] * 1000:7.0f} ms, "
          f"{pf['bytes'] / 1024:,.0f} KiB")
    print(f"  PDF A0 single sheet   {pair(r['pdf'], pf)}, {r['pdf']['bytes'] / 1024:,.0f} KiB")
    t = r["tiled"]
    print(f"  PDF A0 tiled on A4    {pair(t, pf)}, {t['bytes'] / 1024:,.0f} KiB "
          f"= x{t['bytes'] / r['pdf']['bytes']:.2f} the single sheet, {t['pages']:.0f} pages")
    if "png" in r:
        g, gf = r["png"], r["png floor"]
        print(f"  PNG floor             first {gf['first']:7.2f} s,  warm {gf['warm']:7.2f} s,  "
              f"peak RSS {gf['rss']:,.0f} MB")
        print(f"  PNG A0 at {dpi:g} dpi     first {g['first']:7.2f} s (x{g['first'] / gf['first']:.2f}), "
              f"warm {g['warm']:7.2f} s (x{g['warm'] / gf['warm']:.2f}), {g['bytes'] / 1e6:.1f} MB, "
              f"peak RSS {g['rss']:,.0f} MB")


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        kind, map_path, scene, out, dpi = sys.argv[2:7]
        print(json.dumps(child(kind, map_path, scene, out, float(dpi))))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 1000, 5000, 20000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dpi", type=float, default=300)
    parser.add_argument("--no-png", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for cards in args.sizes:
            report(bench_size(Path(folder), cards, args.runs, args.dpi, not args.no_png), args.dpi)
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
