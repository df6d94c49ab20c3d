"""Opening a map: what the checks in memory cost (see model/filestore.py).

Every open reads the map as bytes, checks any journal, runs `integrity_check`
and the exact-schema check on an in-memory copy, loads and validates it; an
editing open then opens the file with SQLite and loads it again. Each figure
is printed beside a floor measured in the same run: raw sqlite3 opening the
file, `PRAGMA integrity_check` and reading every row of every table.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_open.py [--sizes 500 5000 20000]
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WAYLINE_DATA_DIR", tempfile.mkdtemp(prefix="wayline-bench-"))

from bench.bench_canvas import make_map  # noqa: E402
from model.document import Document  # noqa: E402

TABLES = ("journey", "persona", "stage", "lane", "card", "emotion_marker", "asset")


def floor(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA integrity_check").fetchall()
    for table in TABLES:
        conn.execute(f"SELECT * FROM {table}").fetchall()
    conn.close()


def timed(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000, 20000])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="wayline-bench-open-"))
    print("| cards | read-only open | editing open | floor (sqlite3 check + read) |")
    print("|---|---|---|---|")
    for size in args.sizes:
        path = make_map(folder, size)
        base = timed(lambda: floor(path), args.repeat)
        ro = timed(lambda: Document.open(path, read_only=True).close(), args.repeat)
        rw = timed(lambda: Document.open(path).close(), args.repeat)
        print(f"| {size:,} | {ro:,.1f} ms (×{ro / base:.2f}) | {rw:,.1f} ms (×{rw / base:.2f}) | {base:,.1f} ms |")


if __name__ == "__main__":
    main()
