"""The command line as a script would use it: exit codes, one-line errors."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "v2-sample.journey"


def wayline(*args, cwd=None):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, timeout=60, cwd=cwd)


def test_templates_lists_name_then_description():
    out = wayline("templates")
    assert out.returncode == 0
    lines = dict(line.split("\t", 1) for line in out.stdout.splitlines())
    assert set(lines) >= {"blank", "sample"}
    assert "grocery" in lines["sample"].lower()


def test_new_then_info_json(tmp_path):
    path = tmp_path / "grocery.journey"
    assert wayline("new", path, "--template", "sample").returncode == 0
    out = wayline("info", path, "--json")
    assert out.returncode == 0
    info = json.loads(out.stdout)
    assert info == {"title": "Online grocery — first order", "stages": 6, "lanes": 10, "cards": 46,
                    "markers": 10, "personas": 1, "schema_version": 2}


def test_new_refuses_to_overwrite(tmp_path):
    path = tmp_path / "m.journey"
    path.write_text("keep me")
    out = wayline("new", path)
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "already exists" in out.stderr
    assert path.read_text() == "keep me"


def test_check_healthy_and_damaged(tmp_path):
    good = tmp_path / "good.journey"
    good.write_bytes(FIXTURE.read_bytes())
    out = wayline("check", good)
    assert out.returncode == 0 and "healthy" in out.stdout
    bad = tmp_path / "bad.journey"
    bad.write_bytes(FIXTURE.read_bytes()[:5000])
    out = wayline("check", bad)
    assert out.returncode == 2 and "damaged" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize("args, message", [
    (("info", "missing.journey"), "does not exist"),
    (("info",), "required"),
    (("new", "x.journey", "--template", "nope"), "no template"),
    (("info", "--bogus", "x"), "unrecognized"),
    (("new", "/no-such-folder/x.journey"), "does not exist"),
])
def test_user_errors_are_one_line_and_exit_2(tmp_path, args, message):
    out = wayline(*args, cwd=tmp_path)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and message in out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("sub", ["new", "templates", "info", "check"])
def test_every_subcommand_has_help(sub):
    out = wayline(sub, "--help")
    assert out.returncode == 0 and "usage" in out.stdout
