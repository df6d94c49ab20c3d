"""Builders of hostile `.journey` files, and a crash-proof way to open them."""
import io
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
FIXTURE_V1 = HERE.parent / "fixtures" / "v1-sample.journey"


def _sql(path: Path, *statements: str, params=()):
    shutil.copy(FIXTURE_V1, path)
    conn = sqlite3.connect(path)
    for s in statements:
        conn.execute(s, params) if "?" in s else conn.execute(s)
    conn.commit()
    conn.close()
    return path


def _bytes(path: Path, data: bytes):
    path.write_bytes(data)
    return path


def _drop_column(path: Path):
    return _sql(path, "CREATE TABLE stage2 AS SELECT id, journey_id, position, name, colour FROM stage",
                "DROP TABLE stage", "ALTER TABLE stage2 RENAME TO stage")


def _bomb_png() -> bytes:
    """A tiny PNG that claims 40,000 × 40,000 pixels."""
    from PIL import Image
    buf = io.BytesIO()
    Image.new("1", (40000, 40000)).save(buf, "PNG")
    return buf.getvalue()


def _many_cards(path: Path, n: int):
    shutil.copy(FIXTURE_V1, path)
    conn = sqlite3.connect(path)
    conn.executemany("INSERT INTO card (journey_id, stage_id, lane_id, position, text, votes) "
                     "VALUES (1, ?, 1, ?, ?, 0)", ((1 + i % 6, i, f"card {i}") for i in range(n)))
    conn.commit()
    conn.close()
    return path


def corpus(folder: Path) -> list[Path]:
    """The fixed corpus the CI suite opens: one file per kind of damage."""
    real = FIXTURE_V1.read_bytes()
    rng = random.Random(7)
    f = folder
    cases = [
        _bytes(f / "empty.journey", b""),
        _bytes(f / "random.journey", rng.randbytes(20000)),
        _bytes(f / "random-with-magic.journey", b"SQLite format 3\x00" + rng.randbytes(20000)),
        _bytes(f / "header-only.journey", real[:100]),
        _bytes(f / "truncated-half.journey", real[:len(real) // 2]),
        _bytes(f / "truncated-page.journey", real[:4096 * 3 + 17]),
        _sql(f / "missing-table.journey", "DROP TABLE card"),
        _drop_column(f / "missing-column.journey"),
        _sql(f / "wrong-types.journey", "UPDATE stage SET width = 'wide', name = x'00ff'",
             "UPDATE card SET votes = 'lots', text = 42, position = 'first'",
             "UPDATE emotion_marker SET feeling = 'sad', offset = x'01'"),
        _sql(f / "missing-refs.journey", "UPDATE card SET stage_id = 9999 WHERE id % 2 = 0",
             "UPDATE emotion_marker SET lane_id = 1"),
        _sql(f / "absurd-geometry.journey", "UPDATE stage SET width = -300 WHERE id = 1",
             "UPDATE stage SET width = 1e308 WHERE id = 2", "UPDATE lane SET height = -1e308",
             "UPDATE emotion_marker SET feeling = 1e308, offset = -5"),
        _sql(f / "huge-text.journey", "UPDATE card SET text = ? WHERE id = 1", params=("w " * 500_000,)),
        _sql(f / "no-stages.journey", "DELETE FROM stage"),
        _sql(f / "no-journey.journey", "DELETE FROM journey"),
        _sql(f / "bomb-asset.journey", "INSERT INTO asset (id, sha256, mime, width, height, data) "
             "VALUES (1, 'b', 'image/png', 40000, 40000, ?)", params=(_bomb_png(),)),
        _sql(f / "not-an-image-asset.journey", "INSERT INTO asset (id, sha256, mime, width, height, data) "
             "VALUES (2, 'n', 'image/png', 10, 10, ?)", params=(b"this is not a picture",)),
        _many_cards(f / "fifty-thousand-cards.journey", 50_000),
    ]
    for name in ("bomb-asset", "not-an-image-asset"):
        conn = sqlite3.connect(f / f"{name}.journey")
        conn.execute("UPDATE card SET asset_id = (SELECT max(id) FROM asset) WHERE id = 1")
        conn.commit()
        conn.close()
    for k in range(6):
        data = bytearray(real)
        for _ in range(rng.randint(1, 16)):
            data[rng.randrange(100, len(data))] ^= 1 << rng.randrange(8)
        cases.append(_bytes(f / f"flipped-{k}.journey", bytes(data)))
    return cases


class Opener:
    """A worker process that opens files; a crash or hang is reported, not fatal."""

    def __init__(self, timeout: float = 60.0):
        self.timeout = timeout
        self.proc = None

    def _start(self):
        self.proc = subprocess.Popen([sys.executable, str(HERE / "open_worker.py")], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)

    def open(self, path: Path) -> str:
        if self.proc is None or self.proc.poll() is not None:
            self._start()
        started = time.monotonic()
        self.proc.stdin.write(f"{path}\n")
        self.proc.stdin.flush()
        line = self._readline()
        if line is None:
            self.close()
            return f"CRASH or HANG after {time.monotonic() - started:.1f}s"
        return line

    def _readline(self):
        import selectors
        sel = selectors.DefaultSelector()
        sel.register(self.proc.stdout, selectors.EVENT_READ)
        if not sel.select(self.timeout):
            return None
        line = self.proc.stdout.readline()
        return line.strip() or None

    def close(self):
        if self.proc:
            self.proc.kill()
            self.proc.wait()
            self.proc = None
