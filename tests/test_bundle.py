"""The double-clickable Wayline (issue 13, item 2): the desktop files, the icon,
the per-user install, and (slow: `make test-long`) a real PyInstaller build run
on a clean HOME, its command line and its window."""
import configparser
import os
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

import main
from model.fileformat import APPLICATION_ID

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons" / "app"
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry(path: Path) -> dict:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    return dict(entry["Desktop Entry"])


def test_the_desktop_entry_opens_journey_files():
    entry = desktop_entry(LINUX / "wayline.desktop")
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert entry["Exec"].split()[-1] == "%f"  # the double-clicked file reaches `wayline [FILE]`
    assert entry["MimeType"] == "application/x-wayline-journey;"
    assert (ICONS / f"{entry['Icon']}.svg").exists()


def test_the_mime_type_matches_the_file_format():
    mime = ET.parse(LINUX / "wayline-journey.xml").getroot().find(f"{MIME}mime-type")
    assert mime.get("type") == "application/x-wayline-journey"
    assert [g.get("pattern") for g in mime.iter(f"{MIME}glob")] == ["*.journey"]
    inner = mime.find(f"{MIME}magic/{MIME}match/{MIME}match")
    assert (inner.get("type"), int(inner.get("offset")), int(inner.get("value"), 16)) == \
        ("big32", 68, APPLICATION_ID)  # where fileformat writes PRAGMA application_id


def test_the_icon_comes_in_every_size():
    for size in (16, 24, 32, 48, 64, 128, 256):
        with Image.open(ICONS / f"wayline-{size}.png") as image:
            assert image.size == (size, size) and image.mode == "RGBA"
            assert image.getpixel((0, 0))[3] == 0 and image.getpixel((size // 2, size // 2))[3] == 255


def test_the_spec_has_no_platform_paths():
    spec = (ROOT / "packaging" / "wayline.spec").read_text()
    assert "bin/" not in spec and "Scripts" not in spec and '"/' not in spec and "\\\\" not in spec
    assert "SPECPATH" in spec


def fake_bundle(tmp_path) -> Path:
    """A bundle folder as make bundle leaves it, with stand-in programs."""
    folder = tmp_path / "my apps" / "wayline"  # a space: the paths must be quoted
    folder.mkdir(parents=True)
    for name in ("wayline", "wayline-gui"):
        (folder / name).write_text("#!/bin/sh\n")
        (folder / name).chmod(0o755)
    subprocess.run(["sh", str(LINUX / "assemble.sh"), str(folder)], check=True, timeout=60)
    return folder


@pytest.mark.skipif(sys.platform != "linux", reason="the freedesktop install is Linux's")
def test_install_adds_menu_entry_icon_and_file_type_for_this_user_only(tmp_path):
    folder = fake_bundle(tmp_path)
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": os.environ["PATH"], "HOME": str(home)}
    out = subprocess.run([str(folder / "install.sh")], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    data = home / ".local" / "share"
    entry = desktop_entry(data / "applications" / "wayline.desktop")
    assert entry["Exec"] == f'"{folder}/wayline-gui" %f' and entry["TryExec"] == f"{folder}/wayline-gui"
    assert (data / "mime" / "packages" / "wayline-journey.xml").exists()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / "wayline.png").exists()
    assert (home / ".local" / "bin" / "wayline").resolve() == folder / "wayline"
    if shutil.which("update-mime-database"):
        assert "application/x-wayline-journey:*.journey" in (data / "mime" / "globs2").read_text()
    out = subprocess.run([str(folder / "install.sh"), "--remove"], env=env, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0 and not (data / "applications" / "wayline.desktop").exists()
    assert not (home / ".local" / "bin" / "wayline").exists()
    assert not (data / "icons" / "hicolor" / "48x48" / "apps" / "wayline.png").exists()


# --- the real bundle: slow (a PyInstaller build takes about a minute), not in CI

@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    pytest.importorskip("PyInstaller", reason="pip install pyinstaller (make bundle does)")
    tmp = tmp_path_factory.mktemp("bundle")
    out = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                          "--distpath", str(tmp / "dist"), "--workpath", str(tmp / "build"),
                          str(ROOT / "packaging" / "wayline.spec")], capture_output=True, text=True,
                         timeout=1200, cwd=tmp)
    assert out.returncode == 0, out.stderr[-3000:]
    return tmp / "dist" / "wayline"


def clean_env(home: Path, **more) -> dict:
    """What a desktop session hands a program: no venv, no PYTHONPATH, a new HOME."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", **more}


@pytest.mark.slow
def test_the_bundle_command_line_on_a_clean_home(bundle, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = clean_env(home)

    def run(*args):
        return subprocess.run([str(bundle / "wayline"), *args], env=env, cwd=home, capture_output=True,
                              text=True, timeout=120)
    assert run("--version").stdout == f"wayline {main.__version__}\n"
    names = {line.split("\t")[0] for line in run("templates").stdout.splitlines()}
    assert names >= {"blank", "sample"}  # the templates travelled as data
    assert run("new", "s.journey", "--template", "sample").returncode == 0
    out = run("export", "s.journey", "--pdf", "s.pdf", "--paper", "A2")  # the fonts travelled too
    assert out.returncode == 0, out.stderr
    from pypdf import PdfReader
    assert "Online grocery" in PdfReader(home / "s.pdf").pages[0].extract_text()
    assert run("nosuchcommand").returncode == 2


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="no xvfb-run")
def test_the_bundle_window_starts_on_a_virtual_display(bundle, tmp_path):
    """First start on a clean HOME: the window opens the sample map it copied."""
    home = tmp_path / "home"
    home.mkdir()
    env = clean_env(home)
    gui = subprocess.Popen(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "env", f"HOME={home}",
                            str(bundle / "wayline-gui")], env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, start_new_session=True)
    try:
        sample = home / "Documents" / "Wayline"
        deadline = time.monotonic() + 60
        while not list(sample.glob("*.journey")) and time.monotonic() < deadline and gui.poll() is None:
            time.sleep(0.5)
        time.sleep(3)  # the window is up and the map open; then it must still be running
        assert gui.poll() is None, gui.stdout.read().decode(errors="replace")
        assert [p.name for p in sample.glob("*.journey")] == ["Sample journey.journey"]
    finally:
        os.killpg(gui.pid, 15)
        gui.wait(timeout=30)
