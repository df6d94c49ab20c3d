"""A rollback journal found beside a map: read it ourselves before SQLite may.

SQLite plays a "hot" journal back on the next writable open, and a journal is
just a file: anyone who can put `MAP.journey-journal` beside a map can make
SQLite rewrite the map with other pages, truncate it, or (through a
"super-journal" record at its end) delete any file the user may delete. A
journal Wayline wrote itself is a single-file rollback journal (we never
ATTACH, so SQLite never writes a super-journal for us), for this map's page
size, holding this map's own earlier pages. So `inspect` parses the journal
the way SQLite's pager.c does and accepts only that; anything else raises
`HostileJournal` and neither file is touched.

`apply` rolls a valid journal back *in memory*: read-only commands see the
map as it was before the interrupted edit without writing a byte.

Format (sqlite.org/fileformat.html#the_rollback_journal): a header of
magic(8) nRec(4) nonce(4) mxPg(4) sectorSize(4) pageSize(4), padded to the
sector size; then nRec records of pgno(4) page(pageSize) checksum(4); more
segments may follow, each starting on a sector boundary. A super-journal
record, if any, is the file's last 16+ bytes and ends with the same magic.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field

MAGIC = bytes.fromhex("d9d505f920a163d7")
HEADER = struct.Struct(">8sIIIII")
PENDING_BYTE = 0x40000000  # SQLite's lock-byte page never holds data


class HostileJournal(Exception):
    """The journal is not one Wayline could have written for this map."""


@dataclass
class Journal:
    """What playing the journal back would do: keep `original_pages` pages and
    put back `pages` (page number -> original bytes)."""
    original_pages: int
    pages: dict[int, bytes] = field(default_factory=dict)


def is_hot(journal: bytes) -> bool:
    """SQLite ignores an empty journal or one whose first byte is zero."""
    return len(journal) > 0 and journal[0] != 0


def names_super_journal(journal: bytes) -> bool:
    """SQLite reads a super-journal name from the last 16 bytes whatever the
    rest holds, so this is checked before anything else."""
    return len(journal) >= 16 and journal[-8:] == MAGIC


def inspect(journal: bytes, db: bytes) -> Journal:
    """Parse a hot journal for the database bytes `db`; raise HostileJournal."""
    if names_super_journal(journal):
        raise HostileJournal("it names another file for SQLite to delete")
    if len(journal) < HEADER.size or journal[:8] != MAGIC:
        raise HostileJournal("it is not a SQLite journal")
    page_size = _page_size(db)
    _, _, _, original, sector, jpage = HEADER.unpack_from(journal, 0)
    if jpage != page_size:
        raise HostileJournal("it was written for a different page size")
    # SQLite writes each header padded to a whole sector of at least 512 bytes;
    # a shorter journal is one SQLite would stop reading at once, so it is
    # refused rather than guessed at.
    if sector < 512 or sector > 65536 or sector & (sector - 1) or len(journal) < sector:
        raise HostileJournal("its header is damaged")
    current = -(-len(db) // page_size)
    if not 1 <= original <= current:
        raise HostileJournal("it does not fit this map's size")
    result = Journal(original)
    offset = 0
    while offset + sector <= len(journal) and journal[offset:offset + 8] == MAGIC:
        offset = _segment(journal, offset, sector, page_size, result)
    _belongs(result, db)
    return result


def _segment(journal: bytes, offset: int, sector: int, page_size: int, result: Journal) -> int:
    """Read one segment's records into `result`; return where the next starts."""
    _, count, nonce, _, _, _ = HEADER.unpack_from(journal, offset)
    record = page_size + 8
    pos = offset + sector
    if count == 0xFFFFFFFF:  # written without syncing: SQLite counts what is there
        count = max(0, (len(journal) - pos) // record)
    for _ in range(count):
        if pos + record > len(journal):
            break
        pgno, = struct.unpack_from(">I", journal, pos)
        data = journal[pos + 4:pos + 4 + page_size]
        checksum, = struct.unpack_from(">I", journal, pos + 4 + page_size)
        if pgno == 0 or pgno == PENDING_BYTE // page_size + 1 or checksum != _checksum(nonce, data):
            return len(journal)  # SQLite stops playing back here: the rest is never used
        if pgno <= result.original_pages:
            result.pages[pgno] = data
        pos += record
    return -(-pos // sector) * sector


def _checksum(nonce: int, data: bytes) -> int:
    total = nonce
    i = len(data) - 200
    while i > 0:
        total += data[i]
        i -= 200
    return total & 0xFFFFFFFF


def _page_size(db: bytes) -> int:
    size, = struct.unpack_from(">H", db, 16)
    return 65536 if size == 1 else size


def _belongs(result: Journal, db: bytes) -> None:
    """The map as it was before the interrupted edit starts with a page 1 that
    is this map's: the journal's copy of it, or (when the edit had not touched
    page 1) the map's own. That page records how many pages the map had then,
    which must be where the journal truncates it; the journal's copy also has
    a change counter equal to the map's or one behind it."""
    first = result.pages.get(1, db[:100])
    if first[:16] != db[:16] or first[16:18] != db[16:18] or first[68:72] != db[68:72]:
        raise HostileJournal("it holds pages of another file")
    counter, pages, valid_for = (struct.unpack_from(">I", first, at)[0] for at in (24, 28, 92))
    if counter == valid_for and pages != result.original_pages:
        raise HostileJournal("it does not fit this map's size")
    ours, = struct.unpack_from(">I", db, 24)
    if (ours - counter) & 0xFFFFFFFF not in (0, 1):
        raise HostileJournal("it holds pages of another file or of another time")


def apply(journal: Journal, db: bytes) -> bytes:
    """The database bytes as SQLite would leave them after playing back."""
    page_size = _page_size(db)
    image = bytearray(db[:journal.original_pages * page_size])
    for pgno, data in journal.pages.items():
        image[(pgno - 1) * page_size:pgno * page_size] = data
    return bytes(image)
