"""Command-line export benchmark: `main.py export` as whole processes, beside floors
that are whole processes too.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_cli.py [--sizes 50 500 1000 5000 20000] [--runs 5]
        [--before CHECKOUT]   # an older checkout's `main.py export` in the same alternation

For each honest map (bench_gestures's: a text of its own per card, 3 to 16 words):
  PDF   `main.py export MAP --pdf OUT --paper a0`
        vs  `python bench/floors.py pdf SCENE OUT`: raw ReportLab drawing the same
            boxes and lines in one TTF (the layout handed over as JSON)
  PNG   `main.py export MAP --png OUT --paper a0 --dpi 150`
        vs  `python bench/floors.py png SCENE OUT`: raw QPainter strips, the same encoder
Each side is timed from spawn to exit (start-up on both sides), alternately,
`--runs` times; medians. Also bare processes for scale: `python -c pass`,
`python -c "import sqlalchemy.orm"` (what opening a map through the ORM costs
before any Wayline code runs; the command line reads it with `model.plain` and
never pays it) and ReportLab's canvas. Bytecode is cached before timing (an installed Wayline has
its .pyc files): PYTHONDONTWRITEBYTECODE is dropped and the cache kept in a
temp folder (PYTHONPYCACHEPREFIX), so the checkout is not touched.
"""
from __future__ import annotations

import argparse
import os
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


def child_env(cache: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


def wall(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def alternate(commands: dict[str, list[str]], env: dict, runs: int) -> dict[str, float]:
    """Median wall time of each command, run in turn `runs` times after one untimed round."""
    for cmd in commands.values():
        wall(cmd, env)  # bytecode cached, files warm in the page cache
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            times[name].append(wall(cmd, env))
    return {name: statistics.median(t) for name, t in times.items()}


def scene_for(map_path: Path, scene_path: Path, dpi: float) -> int:
    """Write the floors' scene of the map (A0 sheet, PNG at `dpi`); the card count."""
    from export import paper
    from export.options import PngOptions
    from export.png import pixel_size
    from model.document import Document
    from model.layout import layout
    with Document.open(map_path, read_only=True) as doc:
        lay = layout(doc.journey)
    sheet = paper.fit_sheet(lay.width, lay.height, "a0")
    floors.write_scene(lay, sheet, pixel_size(lay, PngOptions(dpi=dpi, paper="a0")), scene_path)
    return len(lay.cards)


def bench_size(folder: Path, cards: int, env: dict, runs: int, dpi: float, png: bool,
               before: Path | None = None) -> dict:
    from bench_gestures import make_honest_map
    map_path, _ = make_honest_map(folder, cards)
    scene = folder / f"scene-{cards}.json"
    scene_for(map_path, scene, dpi)
    py, main = sys.executable, str(ROOT / "main.py")
    commands = {
        "pdf": [py, main, "export", str(map_path), "--pdf", str(folder / "ours.pdf"), "--paper", "a0"],
        "pdf floor": [py, str(ROOT / "bench" / "floors.py"), "pdf", str(scene), str(folder / "floor.pdf")],
    }
    if before:
        commands["pdf before"] = [py, str(before / "main.py"), "export", str(map_path), "--pdf",
                                  str(folder / "before.pdf"), "--paper", "a0"]
    if png:
        commands["png"] = [py, main, "export", str(map_path), "--png", str(folder / "ours.png"),
                           "--paper", "a0", "--dpi", f"{dpi:g}"]
        commands["png floor"] = [py, str(ROOT / "bench" / "floors.py"), "png", str(scene), str(folder / "floor.png")]
    return alternate(commands, env, runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 500, 1000, 5000, 20000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dpi", type=float, default=150, help="the PNG's resolution on A0 (150)")
    parser.add_argument("--no-png", action="store_true")
    parser.add_argument("--before", type=Path, default=None, metavar="CHECKOUT",
                        help="also time this checkout's `main.py export --pdf`, alternated with ours")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = child_env(folder / "pycache")
        bare = alternate({"pass": [sys.executable, "-c", "pass"],
                          "sqlalchemy": [sys.executable, "-c", "import sqlalchemy.orm"],
                          "reportlab": [sys.executable, "-c", "import reportlab.pdfgen.canvas"]}, env, args.runs)
        print(f"bare processes: python {bare['pass'] * 1000:.0f} ms, + import sqlalchemy.orm "
              f"{bare['sqlalchemy'] * 1000:.0f} ms, + import reportlab's canvas {bare['reportlab'] * 1000:.0f} ms")
        for cards in args.sizes:
            t = bench_size(folder, cards, env, args.runs, args.dpi, not args.no_png, args.before)
            line = (f"{cards:>6,} cards  PDF {t['pdf'] * 1000:6.0f} ms vs floor {t['pdf floor'] * 1000:5.0f} ms "
                    f"= x{t['pdf'] / t['pdf floor']:.2f}")
            if "pdf before" in t:
                line += (f" (before {t['pdf before'] * 1000:5.0f} ms = x{t['pdf before'] / t['pdf floor']:.2f})")
            if "png" in t:
                line += (f"   PNG A0 {args.dpi:g} dpi {t['png']:5.2f} s vs floor {t['png floor']:5.2f} s "
                         f"= x{t['png'] / t['png floor']:.2f}")
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
