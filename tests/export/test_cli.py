"""`main.py export`: exit codes, one-line refusals, and no file left behind."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]


def run(*args, cwd):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "export", *map(str, args)],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_pdf_and_png_succeed(sample_path, tmp_path):
    r = run(sample_path, "--pdf", "out.pdf", "--paper", "A2", "--orientation", "landscape", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "Wrote out.pdf" in r.stdout
    page = PdfReader(tmp_path / "out.pdf").pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)
    r = run(sample_path, "--pdf", "tiles.pdf", "--tile", "letter", "--overlap", "15", "--no-marks",
            "--paper", "tabloid", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert len(PdfReader(tmp_path / "tiles.pdf").pages) > 2
    r = run(sample_path, "--png", "out.png", "--width", "600", "--transparent", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("args", [
    ("--pdf", "x.pdf", "--paper", "B7"),
    ("--pdf", "x.pdf", "--tile", "a4", "--overlap", "-5"),
    ("--png", "x.png", "--dpi", "100000"),
    ("--png", "x.png", "--dpi", "300", "--width", "900"),
    ("--pdf", "x.pdf", "--paper", "9000x600mm"),
    ("--pdf", "x.pdf", "--tile", "a3"),
    ("--pdf", "x.pdf", "--orientation", "sideways"),
    ("--pdf", "x.pdf", "--dpi", "300"),
])
def test_bad_values_exit_2_with_one_line_and_write_nothing(sample_path, tmp_path, args):
    before = set(os.listdir(tmp_path))
    r = run(sample_path, *args, cwd=tmp_path)
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert set(os.listdir(tmp_path)) == before


def test_missing_map_is_refused(tmp_path):
    r = run(tmp_path / "nope.journey", "--pdf", "x.pdf", cwd=tmp_path)
    assert r.returncode == 2 and not (tmp_path / "x.pdf").exists()


def test_preflight_warns_on_stderr_and_still_writes(sample_path, tmp_path):
    r = run(sample_path, "--pdf", "a0.pdf", "--paper", "A0", "--viewing-distance", "3", cwd=tmp_path)
    assert r.returncode == 0 and (tmp_path / "a0.pdf").exists()
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith("warning: ") for line in lines)
    assert "92 ppi" in r.stderr and "not from 3 m" in r.stderr


def test_strict_refuses_warnings_and_writes_nothing(sample_path, tmp_path):
    r = run(sample_path, "--pdf", "a4.pdf", "--paper", "A4", "--strict", cwd=tmp_path)
    assert r.returncode == 2 and not (tmp_path / "a4.pdf").exists()
    assert "warning: " in r.stderr and "--strict" in r.stderr.strip().splitlines()[-1]
    r = run(sample_path, "--png", "a4.png", "--dpi", "72", "--paper", "A4", "--strict", cwd=tmp_path)
    assert r.returncode == 2 and not (tmp_path / "a4.png").exists()
    r = run(sample_path, "--pdf", "ok.pdf", "--paper", "A2", "--strict", "--viewing-distance", "0.4", cwd=tmp_path)
    assert r.returncode == 0, r.stderr


def test_strict_refuses_undrawable_characters(tmp_path, monkeypatch, capsys):
    """The script check, in process (the text engine's `undrawable` stands in)."""
    import argparse
    from export import cli
    from model import text as textmod
    from .maps import make_map
    make_map(tmp_path / "m.journey", ["Pay with \U0001e900 coins"]).close()
    monkeypatch.setattr(textmod, "undrawable", lambda s: "".join(ch for ch in s if ord(ch) == 0x1E900),
                        raising=False)
    parser = argparse.ArgumentParser()
    cli.add_arguments(parser)
    args = parser.parse_args([str(tmp_path / "m.journey"), "--pdf", str(tmp_path / "m.pdf"),
                              "--paper", "A2", "--strict"])
    with pytest.raises(Exception, match="--strict"):
        cli.run_export(args)
    assert "U+1E900" in capsys.readouterr().err and not (tmp_path / "m.pdf").exists()
