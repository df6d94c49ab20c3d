"""Builders of what can lie beside a map: rollback journals (real and crafted),
WAL files, pipes. Each returns paths; nothing here opens a map with Wayline."""
import os
import shutil
import sqlite3
import struct
from pathlib import Path

from model import journal

FIXTURE_V1 = Path(__file__).parent.parent / "fixtures" / "v1-sample.journey"
FIXTURE = Path(__file__).parent.parent / "fixtures" / "v4-sample.journey"  # the v1 map, migrated to the current version
# a new uuid4 in SQL, for rows inserted behind Wayline's back
SQL_UUID = ("lower(printf('%s-%s-4%s-a%s-%s', hex(randomblob(4)), hex(randomblob(2)), "
            "substr(hex(randomblob(2)), 2), substr(hex(randomblob(2)), 2), hex(randomblob(6))))")


def without_uuids(snap: dict) -> dict:
    """A snapshot without the rows' uuids: to compare maps whose new rows were
    made separately (each gets its own uuid)."""
    return {k: ({kk: vv for kk, vv in v.items() if kk != "uuid"} if isinstance(v, dict)
                else [{kk: vv for kk, vv in row.items() if kk != "uuid"} for row in v])
            for k, v in snap.items()}


def files(folder: Path) -> dict[str, bytes]:
    """Every file in a folder and its bytes: to prove nothing changed."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def interrupted_edit(folder: Path, name: str = "m.journey", source: Path = FIXTURE,
                     touch_page_one: bool = True) -> tuple[Path, Path]:
    """A map and the hot journal a Wayline killed mid-edit leaves: the edit's
    pages are already in the map (a small cache makes SQLite spill them), the
    journal holds the originals. Returns (map, a copy of the map before the edit)."""
    work = folder / ".work"
    work.mkdir(exist_ok=True)
    live = work / name
    shutil.copy(source, live)
    conn = sqlite3.connect(live, isolation_level=None)
    conn.execute("PRAGMA cache_size=1")
    conn.execute("BEGIN")
    if touch_page_one:
        conn.execute("CREATE TABLE scratch (x)")  # changes sqlite_master, on page 1
    conn.execute("UPDATE card SET text = 'HALF-DONE ' || text")
    conn.execute("INSERT INTO card (uuid, journey_id, stage_id, lane_id, position, text, votes, personas) "
                 f"SELECT {SQL_UUID}, 1, 1, 1, 0, hex(randomblob(2000)), 0, '' FROM card")
    target = folder / name
    shutil.copy(live, target)
    shutil.copy(live.with_name(name + "-journal"), folder / (name + "-journal"))
    conn.execute("ROLLBACK")
    conn.close()
    before = folder / ".work" / ("before-" + name)
    shutil.copy(live, before)
    return target, before


def header(page_size: int, pages: int, records: int = 0, nonce: int = 7, sector: int = 512) -> bytes:
    head = journal.HEADER.pack(journal.MAGIC, records, nonce, pages, sector, page_size)
    return head + bytes(sector - len(head))


def super_journal_record(victim: Path, page_size: int) -> bytes:
    """What SQLite appends to a journal that belongs to a multi-file commit:
    the name of the super-journal, which playback deletes."""
    name = os.fsencode(str(victim))
    lock_page = journal.PENDING_BYTE // page_size + 1
    return (struct.pack(">I", lock_page) + name + struct.pack(">II", len(name), sum(name) & 0xFFFFFFFF)
            + journal.MAGIC)


def map_geometry(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    page_size = struct.unpack_from(">H", data, 16)[0]
    return page_size, len(data) // page_size


def plant(path: Path, data: bytes, suffix: str = "-journal") -> Path:
    side = path.with_name(path.name + suffix)
    side.write_bytes(data)
    return side
