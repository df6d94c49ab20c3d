"""The command line as a script would use it: exit codes, one-line errors."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "v4-sample.journey"


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
    assert info == {"title": "Online grocery — first order", "stages": 6, "lanes": 10, "cards": 48,
                    "markers": 17, "schema_version": 4,
                    "personas": [{"name": "Maya Chen", "markers": 10, "target_markers": 0},
                                 {"name": "Ruth Adeyemi", "markers": 7, "target_markers": 0}]}


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


# --- issue 13, item 5: --version, no stray maps, "-" for standard output, several maps

import main  # noqa: E402


@pytest.fixture
def editor_calls(monkeypatch):
    """The editor replaced by a recorder: which maps the command line would open."""
    import editor.app
    calls = []
    monkeypatch.setattr(editor.app, "run", lambda file: calls.append(file) or 0)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    return calls


def test_version_is_one_line_from_any_folder(tmp_path):
    out = wayline("--version", cwd=tmp_path)
    assert out.returncode == 0 and out.stdout == f"wayline {main.__version__}\n"


def test_an_unknown_word_is_refused_and_creates_no_map(tmp_path, monkeypatch, capsys, editor_calls):
    monkeypatch.chdir(tmp_path)
    assert main.main(["nosuchcommand"]) == 2
    assert capsys.readouterr().err == "wayline: no such command or map: nosuchcommand (see --help)\n"
    assert editor_calls == [] and list(tmp_path.iterdir()) == []


def test_a_new_journey_name_or_an_existing_file_still_opens_the_editor(tmp_path, monkeypatch, editor_calls):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes").write_text("")
    assert main.main(["Q3 onboarding.journey"]) == 0
    assert main.main(["notes"]) == 0  # the editor itself says what is wrong with it
    assert main.main([]) == 0
    assert editor_calls == ["Q3 onboarding.journey", "notes", None]


# --- issue 13, item 3: Qt's xcb libraries, checked before Qt starts

@pytest.fixture
def loader(monkeypatch):
    """The dynamic loader replaced: `missing` names libraries it cannot find; `asked`
    records every library asked for."""
    class Loader:
        missing: set = set()
        asked: list = []

        def __call__(self, name):
            self.asked.append(name)
            if name in self.missing:
                raise OSError(f"{name}: cannot open shared object file: No such file or directory")
    fake = Loader()
    fake.asked = []
    monkeypatch.setattr(main, "load_library", fake)
    monkeypatch.setattr(main.sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    return fake


def test_a_missing_xcb_library_is_one_sentence_with_the_packages(tmp_path, loader, capsys, editor_calls,
                                                                 monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM")  # editor_calls set offscreen: a desktop has none
    loader.missing = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    assert main.main([str(tmp_path / "m.journey")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("wayline: Wayline cannot open its window")
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in err
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1`" in err
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms`" in err
    assert "cursor" not in err  # Qt's own message names libxcb-cursor0 whatever is missing
    assert editor_calls == [] and list(tmp_path.iterdir()) == []
    assert set(loader.asked) == set(main.XCB_LIBRARIES)


def test_with_every_xcb_library_the_editor_starts(loader, editor_calls, monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert main.main([]) == 0 and editor_calls == [None] and loader.asked


@pytest.mark.parametrize("env", [{"QT_QPA_PLATFORM": "offscreen"}, {"QT_QPA_PLATFORM": "wayland;xcb"},
                                 {"XDG_SESSION_TYPE": "wayland"},
                                 {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ""}])
def test_no_check_where_qt_will_not_load_xcb(loader, editor_calls, monkeypatch, env):
    loader.missing = set(main.XCB_LIBRARIES)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert main.main([]) == 0 and editor_calls == [None] and loader.asked == []


def test_no_display_is_one_sentence_not_an_abort(loader, editor_calls, monkeypatch, capsys):
    for name in ("QT_QPA_PLATFORM", "DISPLAY"):
        monkeypatch.delenv(name)
    assert main.main(["m.journey"]) == 2 and editor_calls == []
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "There is no display to open the editor on" in err


def test_no_check_off_linux(loader, editor_calls, monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM")
    loader.missing = set(main.XCB_LIBRARIES)
    for platform in ("win32", "darwin"):
        monkeypatch.setattr(main.sys, "platform", platform)
        assert main.main([]) == 0
    assert loader.asked == []


def test_subcommands_never_check(loader, capsys, sample_path):
    loader.missing = set(main.XCB_LIBRARIES)
    assert main.main(["templates"]) == 0
    assert main.main(["check", str(sample_path)]) == 0
    assert main.main(["info", str(sample_path)]) == 0
    assert loader.asked == []


def test_the_xcb_table_names_what_qt_links_against():
    """Every library outside Qt that the installed xcb plugin needs is checked."""
    qt = Path(__import__("PySide6").__file__).parent / "Qt"
    plugin = qt / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        pytest.skip("no xcb plugin in this PySide6 (not Linux)")
    needed = set()
    for lib in (plugin, qt / "lib" / "libQt6XcbQpa.so.6"):
        needed |= set(elf_needed(lib.read_bytes()))
    x11 = {n for n in needed if n.startswith(("libxcb", "libxkb", "libX11", "libGL."))}
    assert x11 == set(main.XCB_LIBRARIES)


def elf_needed(data: bytes) -> list[str]:
    """DT_NEEDED names of a 64-bit little-endian ELF file (no readelf in CI)."""
    import struct
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    dynamic = next(s for s in sections if s[1] == 6)  # SHT_DYNAMIC
    strtab = sections[dynamic[6]]  # sh_link: its string table
    names = []
    for off in range(dynamic[4], dynamic[4] + dynamic[5], 16):
        tag, value = struct.unpack_from("<qQ", data, off)
        if tag == 1:  # DT_NEEDED
            start = strtab[4] + value
            names.append(data[start:data.index(b"\0", start)].decode())
    return names


# --- "-" is standard output; check and export take several maps

def test_pdf_to_standard_output_writes_no_file_named_dash(sample_path, tmp_path, monkeypatch, capsysbinary):
    import io
    import pypdf
    monkeypatch.chdir(tmp_path)
    before = sorted(tmp_path.iterdir())
    assert main.main(["export", str(sample_path), "--pdf", "-", "--paper", "A3"]) == 0
    out = capsysbinary.readouterr()
    pdf = pypdf.PdfReader(io.BytesIO(out.out))
    assert "Online grocery" in pdf.pages[0].extract_text()
    assert round(float(pdf.pages[0].mediabox.width) / 72 * 25.4) == 420  # A3 landscape
    assert b"to standard output" in out.err
    assert sorted(tmp_path.iterdir()) == before  # no "-", no temp file left


def test_png_to_standard_output(sample_path, capsysbinary):
    import io
    from PIL import Image
    assert main.main(["export", str(sample_path), "--png", "-", "--width", "300"]) == 0
    image = Image.open(io.BytesIO(capsysbinary.readouterr().out))
    assert image.format == "PNG" and image.width == 300


def test_a_refused_export_to_standard_output_writes_nothing(sample_path, capsysbinary):
    assert main.main(["export", str(sample_path), "--pdf", "-", "--paper", "A4", "--strict"]) == 2
    out = capsysbinary.readouterr()
    assert out.out == b"" and b"--strict" in out.err


def test_standard_output_to_a_pipe_in_a_real_process(sample_path, tmp_path):
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", str(sample_path), "--png", "-",
                          "--width", "120"], capture_output=True, timeout=120, cwd=tmp_path)
    assert out.returncode == 0 and out.stdout.startswith(b"\x89PNG\r\n\x1a\n")
    assert out.stdout.endswith(b"IEND\xaeB`\x82") and list(tmp_path.iterdir()) == [sample_path]


def two_maps(tmp_path):
    from model.document import Document
    first, second = tmp_path / "first.journey", tmp_path / "second.journey"
    Document.create(first, "sample").close()
    Document.create(second, "blank").close()
    return first, second


def test_check_takes_several_maps_one_line_each(tmp_path, capsys):
    first, second = two_maps(tmp_path)
    bad = tmp_path / "bad.journey"
    bad.write_bytes(FIXTURE.read_bytes()[:5000])
    assert main.main(["check", str(first), str(second)]) == 0
    assert capsys.readouterr().out == f"{first}: healthy\n{second}: healthy\n"
    assert main.main(["check", str(first), str(bad), str(tmp_path / "gone.journey"), str(second)]) == 2
    out = capsys.readouterr()
    assert out.out == f"{first}: healthy\n{second}: healthy\n"  # the maps after a refused one are checked
    assert out.err.count("\n") == 2 and f"wayline: {bad}: “bad.journey” is damaged" in out.err
    assert f"wayline: {tmp_path / 'gone.journey'}: “gone.journey” does not exist." in out.err


def test_export_several_maps_into_a_folder(tmp_path, capsys):
    import pypdf
    first, second = two_maps(tmp_path)
    posters = tmp_path / "posters"
    posters.mkdir()
    bad = tmp_path / "bad.journey"
    bad.write_bytes(b"not a map")
    assert main.main(["export", str(first), str(bad), str(second), "--out-dir", str(posters),
                      "--paper", "A2"]) == 2
    out = capsys.readouterr()
    assert sorted(p.name for p in posters.iterdir()) == ["first.pdf", "second.pdf"]
    assert out.out.splitlines()[0].startswith(f"Wrote {posters / 'first.pdf'}: one 594 × 420 mm sheet")
    assert out.out.splitlines()[1].startswith(f"Wrote {posters / 'second.pdf'}: ")
    assert out.err.count(f"wayline: {bad}: ") == 1 and "Traceback" not in out.err
    assert "Online grocery" in pypdf.PdfReader(posters / "first.pdf").pages[0].extract_text()
    assert "Online grocery" not in pypdf.PdfReader(posters / "second.pdf").pages[0].extract_text()
    assert main.main(["export", str(first), "--out-dir", str(posters), "--format", "png",
                      "--width", "200"]) == 0
    assert (posters / "first.png").read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize("args, message", [
    (("a.journey", "b.journey", "--pdf", "x.pdf"), "Several maps need --out-dir DIR"),
    (("a.journey", "--pdf", "x.pdf", "--format", "png"), "--format is for --out-dir"),
    (("a.journey", "--out-dir", "nowhere"), "“nowhere” does not exist"),
    (("a/m.journey", "b/m.journey", "--out-dir", "."), "would both be written to m.pdf"),
])
def test_several_maps_refused_up_front_write_nothing(tmp_path, monkeypatch, capsys, args, message):
    monkeypatch.chdir(tmp_path)
    assert main.main(["export", *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and list(tmp_path.iterdir()) == []


def complete(line: str, cwd) -> list[str]:
    """What bash offers for the last word of `line` with `wayline completion bash` loaded."""
    script = main.bash_completion(main.build_parser())
    words = line.split(" ")
    program = (f"{script}\nCOMP_WORDS=({' '.join(repr(w) for w in words)}); COMP_CWORD={len(words) - 1}\n"
               "_wayline; printf '%s\\n' \"${COMPREPLY[@]}\"")
    out = subprocess.run(["bash", "-c", program], capture_output=True, text=True, cwd=cwd, timeout=30)
    assert out.returncode == 0, out.stderr
    return sorted(filter(None, out.stdout.split("\n")))


@pytest.mark.skipif(not __import__("shutil").which("bash"), reason="no bash")
def test_bash_completion_offers_commands_options_and_maps(tmp_path):
    (tmp_path / "q3.journey").write_text("")
    (tmp_path / "q3.pdf").write_text("")
    (tmp_path / "quarter").mkdir()
    assert complete("wayline ex", tmp_path) == ["export"]
    assert complete("wayline --ver", tmp_path) == ["--version"]
    assert complete("wayline export --out", tmp_path) == ["--out-dir"]
    assert complete("wayline check q", tmp_path) == ["q3.journey", "quarter"]
    assert complete("wayline export q3.journey --pdf q", tmp_path) == ["q3.journey", "q3.pdf", "quarter"]
    assert main.main(["completion", "bash"]) == 0


def test_a_reader_that_leaves_early_is_no_error(sample_path, tmp_path):
    """`wayline export m.journey --pdf - | head -c 8`: status 141 as for SIGPIPE, no message."""
    writer = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "export", str(sample_path), "--pdf", "-",
                               "--paper", "A3"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    assert writer.stdout.read(8) == b"%PDF-1.4"
    writer.stdout.close()  # the PDF (with its fonts) is far larger than a pipe holds
    err = writer.stderr.read().decode()
    assert writer.wait(timeout=120) == 141
    assert "Broken pipe" not in err and "Traceback" not in err and "BrokenPipeError" not in err
