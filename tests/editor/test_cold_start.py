"""Cold start (issue 18 item 3): a fresh `wayline MAP` imports what its first
frame needs and defers the rest, and what was deferred works when it is the
first thing asked for. Each test runs a new process (first_frame_child.py),
since in this one every module is long loaded."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pypdf

from canvas import fonts
from model.document import Document
from model.operations import Op

CHILD = Path(__file__).with_name("first_frame_child.py")


def start(tmp_path, path, *action) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WAYLINE_DATA_DIR=str(tmp_path / "data"),
               HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "share"), WAYLINE_INSTANCE=f"cold-start-{tmp_path.name}")
    child = subprocess.run([sys.executable, str(CHILD), str(path), *action], capture_output=True,
                           text=True, env=env, timeout=120)
    lines = child.stdout.strip().splitlines()
    assert child.returncode == 0 and lines, child.stderr[-3000:]
    report = json.loads(lines[-1])
    assert report["exit"] == 0, child.stderr[-3000:]
    return report


def sample(tmp_path) -> Path:
    path = tmp_path / "Sample.journey"
    Document.create(path, "sample").close()
    return path


def test_the_first_frame_loads_nothing_it_does_not_draw(tmp_path):
    report = start(tmp_path, sample(tmp_path), "report")
    # no workshop, export, print, help, recover or PDF machinery before the map is up,
    # and no SQLAlchemy: the first frame is drawn from a stand-in read with sqlite3
    # (editor/first_open), the ORM document swapped in after the paint
    assert report["loaded"] == []
    assert report["swapped_after"]
    # the first frame of the sample map draws Latin text only (its arrow is measured,
    # but cards that small are drawn as plain boxes): every other bundled font waits,
    # and comes once the map has painted
    assert report["fonts"] == ["NotoSans-Bold", "NotoSans-Regular"]
    assert report["fonts_after"] == sorted(fonts.FILES)


def test_a_script_gets_its_font_when_first_drawn(tmp_path):
    """Before the deferred registration has run, text in another script that comes
    into view registers its font as it is drawn (the first frame is zoomed out far
    enough that cards are plain boxes, so the zoom comes first)."""
    path = tmp_path / "Thai.journey"
    with Document.create(path, "blank") as doc:
        j = doc.journey
        doc.apply(Op("add_cards", {"cards": [{"stage_id": j.stages[0].id, "lane_id": j.lanes[0].id,
                                               "text": "ลูกค้าเปรียบเทียบราคา"}]}))
    report = start(tmp_path, path, "zoom")
    assert "NotoSansThai-Regular" not in report["fonts"]
    assert "NotoSansThai-Regular" in report["fonts_zoomed"]
    assert "NotoSansLao-Regular" not in report["fonts_zoomed"]  # a script the map does not hold


def test_the_workshop_first_thing(tmp_path):
    report = start(tmp_path, sample(tmp_path), "workshop")
    assert report["loaded"] == []
    assert report["workshop_active"] and report["projector_shown"]
    assert report["projector_items"] > 46  # the sample map's cards, and its stages and lanes


def test_export_first_thing(tmp_path):
    pdf = tmp_path / "poster.pdf"
    report = start(tmp_path, sample(tmp_path), "export", str(pdf))
    assert report["message"].startswith(f"Exported {pdf}")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    with Document.open(tmp_path / "Sample.journey", read_only=True) as doc:
        first = doc.journey.cards[0].text.split()[0]
    assert first in text
