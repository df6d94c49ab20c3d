"""Wayline as an installed package and as a checkout (issue 13, item 1): the
wheel carries every package and resource, the `wayline` command works from any
folder of a clean environment, and `make` refuses a Python older than 3.11 with
one sentence."""
import os
import shutil
import site
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import main

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
NOT_SHIPPED = {"tests", "bench", "docs", "packaging", "build", "dist", ".venv", ".git"}


def test_the_version_is_one():
    assert main.__version__ == PYPROJECT["project"]["version"]


def test_every_package_is_in_the_wheel_list():
    """A new sub-package (editor/something/) that pyproject does not name would be
    missing from the installed Wayline: the import fails only on users' machines."""
    folders = {p.parent.relative_to(ROOT) for p in ROOT.rglob("*.py")}  # export/ has no __init__.py
    found = sorted(".".join(f.parts) for f in folders
                   if f.parts and not (NOT_SHIPPED | {"__pycache__"}) & set(f.parts))
    assert sorted(PYPROJECT["tool"]["setuptools"]["packages"]) == found


def test_every_resource_folder_is_package_data():
    patterns = PYPROJECT["tool"]["setuptools"]["package-data"]["resources"]
    for f in (ROOT / "resources").rglob("*"):
        if f.is_file() and f.suffix != ".py" and "__pycache__" not in f.parts:
            rel = f.relative_to(ROOT / "resources")
            assert any(rel.match(p) for p in patterns), f"{rel} would be left out of the wheel"


def build_wheel(tmp_path) -> Path:
    """The wheel, built from a copy of the checkout (the build leaves build/ and
    *.egg-info behind). Without build isolation when the venv can build one, so
    nothing is downloaded; else pip fetches setuptools from the package index."""
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=lambda folder, names: [
        n for n in names if n in NOT_SHIPPED or n == "__pycache__" or n.endswith(".egg-info")])
    isolation = ["--no-build-isolation"] if can_build_here() else []
    out = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", *isolation,
                          "-w", str(tmp_path / "wheels"), str(source)], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    return next((tmp_path / "wheels").glob("wayline-*.whl"))


def can_build_here() -> bool:
    try:
        import setuptools
    except ImportError:
        return False
    major, minor = (int(x) for x in setuptools.__version__.split(".")[:2])
    if (major, minor) >= (70, 1):  # bdist_wheel moved into setuptools
        return True
    try:
        import wheel  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A fresh venv with only the wheel installed; the dependencies (PySide6 and the
    rest) are borrowed from the test venv through a .pth file, not downloaded."""
    tmp = tmp_path_factory.mktemp("packaging")
    wheel = build_wheel(tmp)
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    out = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                          "--no-index", "--quiet", str(wheel)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    own = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                         capture_output=True, text=True, check=True).stdout.strip()
    Path(own, "borrowed-dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    return venv


def run_installed(venv, *args, cwd):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return subprocess.run([str(venv / "bin" / "wayline"), *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(os.name == "nt", reason="the venv layout below is the POSIX one")
def test_the_installed_command_works_from_any_folder(installed, tmp_path):
    assert (installed / "bin" / "wayline-gui").exists()
    out = run_installed(installed, "--version", cwd=tmp_path)
    assert out.returncode == 0 and out.stdout == f"wayline {main.__version__}\n"
    out = run_installed(installed, "templates", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert {line.split("\t")[0] for line in out.stdout.splitlines()} >= {"blank", "sample"}
    # the sample's pictures and the fonts come from the installed resources package
    assert run_installed(installed, "new", "m.journey", "--template", "sample", cwd=tmp_path).returncode == 0
    out = run_installed(installed, "export", "m.journey", "--pdf", "m.pdf", "--paper", "A3", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    from pypdf import PdfReader
    assert "Online grocery" in PdfReader(tmp_path / "m.pdf").pages[0].extract_text()
    where = subprocess.run([str(installed / "bin" / "python"), "-c",
                            "import main, resources; print(main.__file__); print(resources.ROOT)"],
                           cwd=tmp_path, capture_output=True, text=True, timeout=60).stdout.split("\n")
    assert all(Path(w).is_relative_to(installed) for w in where[:2]), where
    assert not (tmp_path / "-").exists()


def fake_python(tmp_path, version: str) -> Path:
    """A `python3` that reports another version to the Makefile's check."""
    fake = tmp_path / "python3"
    major, minor = version.split(".")
    fake.write_text(f"#!{sys.executable}\nimport sys\n"
                    f"sys.version_info = ({major}, {minor}, 2, 'final', 0)\nexec(sys.argv[2])\n")
    fake.chmod(0o755)
    return fake


@pytest.mark.skipif(not shutil.which("make"), reason="no make")
@pytest.mark.parametrize("python, sentence", [
    ("old", "Wayline needs Python 3.11 or newer, and {python} is 3.9: install a newer Python"),
    ("missing", "Wayline needs Python 3.11 or newer, and there is no {python} on this machine"),
])
def test_make_refuses_an_old_python_in_one_sentence(tmp_path, python, sentence):
    python = str(fake_python(tmp_path, "3.9") if python == "old" else tmp_path / "no-python3")
    venv = tmp_path / "venv"
    out = subprocess.run(["make", "-s", "-C", str(ROOT), f"PYTHON={python}", f"VENV={venv}", "test"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode != 0 and sentence.format(python=python) in out.stderr
    assert out.stderr.splitlines()[0].startswith("Wayline needs")
    assert "tomllib" not in out.stderr and not venv.exists()
