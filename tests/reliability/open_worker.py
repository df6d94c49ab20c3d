"""Open journey files one by one, as a separate process so a crash counts.

Reads one path per line on stdin; for each, opens it, lays it out, and prints
one line: `OK <n notices>`, `REFUSED <message>` or `ERROR <repr>` (a bug: an
exception that is not a clean refusal). The parent restarts the worker when
it dies and records the file it died on.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from model.document import Document  # noqa: E402
from model.errors import FileRefused  # noqa: E402
from model.layout import layout  # noqa: E402


def try_open(path: str) -> str:
    try:
        with Document.open(path, read_only=True) as doc:
            lay = layout(doc.journey)
            assert lay.width > 0 and lay.height > 0
            return f"OK {len(doc.notices)}"
    except FileRefused as e:
        if "\n" in e.message:
            return f"ERROR multi-line message {e.message!r}"
        return f"REFUSED {e.message}"
    except Exception as e:  # noqa: BLE001 - report any other failure as a bug
        return f"ERROR {type(e).__name__}: {e}"


if __name__ == "__main__":
    for line in sys.stdin:
        print(try_open(line.rstrip("\n")), flush=True)
