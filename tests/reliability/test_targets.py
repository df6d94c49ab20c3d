"""Where Wayline writes (issue 9): an export never lands on an open map,
whatever name reaches it; a symlink is written through, a read-only file,
a pipe or a device is refused."""
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import main
from model.document import Document
from model.errors import JourneyError

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_V1 = ROOT / "tests" / "fixtures" / "v1-sample.journey"
HOUR_AGO = time.time() - 2 * 3600


def a_map(folder: Path, name: str = "m.journey") -> Path:
    path = folder / name
    shutil.copy(FIXTURE_V1, path)
    return path


def export(capsys, *args) -> tuple[int, str]:
    status = main.main(["export", *map(str, args)])
    return status, capsys.readouterr().err


def _old(*paths):
    for p in paths:
        os.utime(p, (HOUR_AGO, HOUR_AGO), follow_symlinks=False)


def no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.startswith(".~wayline-")]


# -- exports never overwrite the map (item 7) --------------------------------------
@pytest.mark.parametrize("spelling", ["same", "dotted", "hard link", "symlink"])
def test_export_onto_the_map_itself_is_refused(tmp_path, capsys, spelling):
    path = a_map(tmp_path)
    (tmp_path / "sub").mkdir()
    out = {"same": lambda: path,
           "dotted": lambda: tmp_path / "sub" / ".." / "m.journey",
           "hard link": lambda: (os.link(path, tmp_path / "poster.pdf"), tmp_path / "poster.pdf")[1],
           "symlink": lambda: ((tmp_path / "poster.pdf").symlink_to(path), tmp_path / "poster.pdf")[1]}[spelling]()
    before = path.read_bytes()
    status, err = export(capsys, path, "--pdf", out, "--paper", "a4")
    assert status == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert "map itself" in err
    assert path.read_bytes() == before
    assert no_temp_files(tmp_path)


def test_export_onto_any_map_open_in_this_process_is_refused(tmp_path, capsys):
    path = a_map(tmp_path)
    other = a_map(tmp_path, "other.journey")
    before = other.read_bytes()
    with Document.open(other):
        status, err = export(capsys, path, "--png", other, "--width", "200")
    assert status == 2 and "open in Wayline" in err
    assert other.read_bytes() == before


def test_export_onto_a_read_only_file_is_refused(tmp_path, capsys):
    path = a_map(tmp_path)
    out = tmp_path / "poster.pdf"
    out.write_bytes(b"the signed-off poster")
    out.chmod(0o444)
    status, err = export(capsys, path, "--pdf", out, "--paper", "a4")
    assert status == 2 and "read-only" in err and err.count("\n") == 1
    assert out.read_bytes() == b"the signed-off poster"
    assert no_temp_files(tmp_path)


def test_export_onto_a_symlink_writes_its_target_and_keeps_the_link(tmp_path, capsys):
    path = a_map(tmp_path)
    shared = tmp_path / "shared"
    shared.mkdir()
    real = shared / "poster.pdf"
    real.write_bytes(b"old poster")
    link = tmp_path / "poster.pdf"
    link.symlink_to(real)
    status, err = export(capsys, path, "--pdf", link, "--paper", "a4")
    assert status == 0, err
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes().startswith(b"%PDF-")
    assert no_temp_files(tmp_path) and no_temp_files(shared)


def test_export_onto_a_fifo_is_refused_at_once(tmp_path):
    path = a_map(tmp_path)
    fifo = tmp_path / "poster.pdf"
    os.mkfifo(fifo)
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", str(path), "--pdf", str(fifo),
                          "--paper", "a4"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "pipe" in out.stderr
    assert Path(fifo).is_fifo()
    assert no_temp_files(tmp_path)


def test_a_device_is_never_replaced():
    from model import targets
    with pytest.raises(JourneyError, match="not an ordinary file"):
        targets.check_output("/dev/null")


def test_a_killed_export_is_swept_by_the_next_export_there(tmp_path, capsys):
    path = a_map(tmp_path)
    out_folder = tmp_path / "posters"
    out_folder.mkdir()
    left = out_folder / ".~wayline-x1.part"
    left.write_bytes(b"half a poster")
    _old(left)
    status, err = export(capsys, path, "--pdf", out_folder / "p.pdf", "--paper", "a4")
    assert status == 0, err
    assert not left.exists()
