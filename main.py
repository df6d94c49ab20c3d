"""Wayline: the editor by default, plus command-line subcommands.

    wayline [FILE]                          open the editor (FILE: an existing file or NAME.journey)
    wayline new FILE [--template NAME]      create a map
    wayline templates                       list templates
    wayline info FILE [--json]              what a map holds
    wayline check FILE...                   integrity and identity check, one line a map
    wayline export FILE... --pdf OUT ...    poster export (see --help); OUT "-" is standard output
    wayline completion bash                 a bash completion script
    wayline --version

(`python main.py ...` from a checkout.) Parsing and dispatch, plus the one
check that must come before Qt loads: on Linux, the system libraries Qt's xcb
plugin needs (`missing_xcb_libraries`), because without one Qt aborts the
process with a message that names the wrong package. A user error prints one
line on stderr, exit 2.
"""
from __future__ import annotations

import argparse
import ctypes
import gc
import json
import os
import sys
from pathlib import Path

from resources import VERSION as __version__  # pyproject.toml's, kept in resources/__init__.py

SUBCOMMANDS = ("new", "templates", "info", "check", "export", "backlog", "metrics", "completion")

# What Qt's xcb platform plugin (libqxcb.so and libQt6XcbQpa.so.6) links
# against outside Qt itself, read from their ELF NEEDED entries, with the
# package that ships each: (Debian/Ubuntu, Fedora).
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
}
load_library = ctypes.CDLL  # the dynamic loader, as Qt will meet it (tests replace it)


class Parser(argparse.ArgumentParser):
    """argparse, but a user error is one line on stderr and exit status 2."""

    def error(self, message):
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def fail(message: str, status: int = 2):
    print(f"wayline: {message}", file=sys.stderr)
    return status


def cmd_new(args) -> int:
    from model.document import Document
    with Document.create(args.file, args.template) as doc:
        print(f"Created {doc.path} from the “{args.template}” template.")
    return 0


def cmd_templates(args) -> int:
    from model import templates
    for name, description in templates.names():
        print(f"{name}\t{description}")
    return 0


def cmd_info(args) -> int:
    from model.fileformat import read_header
    from model.plain import PlainDocument
    header = read_header(args.file)
    with PlainDocument.open(args.file) as doc:
        j = doc.journey
        info = {"title": j.title, "stages": len(j.stages), "lanes": len(j.lanes),
                "cards": len(j.cards), "markers": len(j.markers),
                "personas": [{"name": p.name,  # each persona's curves: today's and the target
                              "markers": sum(m.persona_id == p.id and not m.target for m in j.markers),
                              "target_markers": sum(m.persona_id == p.id and bool(m.target) for m in j.markers)}
                             for p in j.personas],
                "schema_version": header.user_version}
    if args.json:
        print(json.dumps(info, ensure_ascii=False))
    else:
        width = max(len(k) for k in info)
        for key, value in info.items():
            if key == "personas":
                value = "; ".join(f"{p['name']} ({p['markers']} markers, {p['target_markers']} target)"
                                  for p in value) or "none"
            print(f"{key.replace('_', ' '):<{width}}  {value}")
    return 0


def check_map(file: str) -> tuple[int, str]:
    """(status, one line) for one map: 0 healthy, 1 with problems. Reads the map
    in memory only: nothing is written, whatever the answer."""
    from model.errors import FileRefused, SchemaDiffers
    from model.fileformat import SCHEMA_VERSION, read_header
    from model.plain import PlainDocument
    header = read_header(file)
    notes = []
    if header.user_version < SCHEMA_VERSION:
        notes.append(f"made by an older Wayline (schema {header.user_version}); "
                     "opening it for editing upgrades it and keeps a backup.")
    try:
        with PlainDocument.open(file) as doc:
            problems = list(doc.notices)
    except SchemaDiffers as e:
        problems = [f"it holds {d}." for d in e.differences]
        problems.append("Wayline will not edit it as it is; open it in Wayline to make a clean copy "
                        "from its data." if e.intact else "It cannot be repaired.")
    except FileRefused as e:
        if not (header.user_version < SCHEMA_VERSION and "older Wayline" in e.message):
            raise
        problems = []
    if problems:
        return 1, f"{file}: " + " ".join(notes + problems)
    return 0, f"{file}: " + " ".join(["healthy;"] + notes if notes else ["healthy"])


def cmd_check(args) -> int:
    return each_map(args.files, check_map)


def each_map(files: list[str], run) -> int:
    """`run(file)` -> (status, line) on every map, one line each; the worst status.
    With one map its refusal is main's one sentence; with several, a refused map is
    one line on stderr, named, and the others still run."""
    from model.errors import JourneyError
    if len(files) == 1:
        status, line = run(files[0])
        print(line or "", end="\n" if line else "")
        return status
    worst = 0
    for file in files:
        try:
            status, line = run(file)
            print(line or "", end="\n" if line else "", flush=True)
        except (JourneyError, OSError) as e:
            status = fail(f"{file}: {e.message if isinstance(e, JourneyError) else os_sentence(e)}")
        worst = max(worst, status)
    return worst


def cmd_export(args) -> int:
    from export.cli import run_export
    return run_export(args, each_map)


def cmd_backlog(args) -> int:
    from export.backlog_cli import run
    return run(args, fail)


def cmd_metrics(args) -> int:
    from export.metrics_cli import run
    return run(args, fail)


def cmd_completion(args) -> int:
    print(bash_completion(build_parser()))
    return 0


def bash_completion(parser: Parser) -> str:
    """A bash function completing the subcommands, each one's options, and maps
    (`*.journey`) and folders for the rest: generated from the parser, so it
    cannot drift from what the command line takes."""
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    cases = "\n".join(f"        {name}) words=\"{' '.join(options(p))}\";;"
                      for name, p in sub.choices.items())
    return f"""# wayline {__version__}: bash completion. Load with
#   source <(wayline completion bash)
_wayline() {{
    local cur=${{COMP_WORDS[COMP_CWORD]}} prev=${{COMP_WORDS[COMP_CWORD-1]}} words
    COMPREPLY=()
    if [[ $prev == --pdf || $prev == --png || $prev == --out-dir || $prev == --each-persona ]]; then
        COMPREPLY=($(compgen -f -- "$cur"))
        return
    fi
    if [[ $COMP_CWORD -eq 1 ]]; then
        words="{' '.join([*sub.choices, *options(parser)])}"
    else
        case ${{COMP_WORDS[1]}} in
{cases}
        esac
    fi
    if [[ $cur == -* || $COMP_CWORD -eq 1 ]]; then
        COMPREPLY=($(compgen -W "$words" -- "$cur"))
    fi
    if [[ $cur != -* ]]; then
        COMPREPLY+=($(compgen -f -X '!*.journey' -- "$cur") $(compgen -d -- "$cur"))
    fi
}}
complete -o filenames -F _wayline wayline wayline-gui"""


def options(parser: argparse.ArgumentParser) -> list[str]:
    return [s for a in parser._actions for s in a.option_strings if s.startswith("--")]


def build_parser() -> Parser:
    parser = Parser(prog="wayline", description="Wayline, a desktop editor for customer journey maps.")
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    p = sub.add_parser("new", help="create a new map from a template")
    p.add_argument("file")
    p.add_argument("--template", default="blank", help="template name (see `templates`)")
    p.set_defaults(run=cmd_new)
    p = sub.add_parser("templates", help="list the bundled templates")
    p.set_defaults(run=cmd_templates)
    p = sub.add_parser("info", help="show what a map holds")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(run=cmd_info)
    p = sub.add_parser("check", help="check maps' integrity, one line a map; exit 0 when all are healthy")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(run=cmd_check)
    try:
        from export.cli import add_arguments
    except ImportError:
        pass
    else:
        p = sub.add_parser("export", help="export a poster PDF or a PNG image")
        add_arguments(p)
        p.set_defaults(run=cmd_export)
        from export.backlog_cli import add_arguments as backlog_arguments
        p = sub.add_parser("backlog", help="the ranked backlog to a tracker's CSV or Markdown, and back")
        backlog_arguments(p)
        p.set_defaults(run=cmd_backlog)
        from export.metrics_cli import add_arguments as metrics_arguments
        p = sub.add_parser("metrics", help="list metrics, or import values from a table or a survey")
        metrics_arguments(p)
        p.set_defaults(run=cmd_metrics)
    p = sub.add_parser("completion", help="print a shell completion script",
                       description="Print a completion script; load it with `source <(wayline completion bash)` "
                                   "or save it in ~/.local/share/bash-completion/completions/wayline.")
    p.add_argument("shell", choices=("bash",))
    p.set_defaults(run=cmd_completion)
    parser.add_argument("--version", action="version", version=f"wayline {__version__}")
    return parser


def build_gui_parser() -> Parser:
    parser = Parser(prog="wayline", description=(
        "Wayline, a desktop editor for customer journey maps. Subcommands: "
        + ", ".join(SUBCOMMANDS) + " (each has --help)."))
    parser.add_argument("file", nargs="?", help="map to open (a NAME.journey that does not exist is created)")
    parser.add_argument("--version", action="version", version=f"wayline {__version__}")
    return parser


def names_a_map(word: str) -> bool:
    """A first word that is no subcommand opens a map only when it exists or ends in
    .journey: a mistyped command must not quietly become a new map."""
    return word.lower().endswith(".journey") or os.path.lexists(word)


def xcb_would_load(environ=os.environ) -> bool:
    """Whether Qt will pick its xcb plugin here. On Linux it does unless told otherwise
    (QT_QPA_PLATFORM: offscreen, wayland, ...; a list tries its first entry first) or
    the session is Wayland, where Qt takes its wayland plugin."""
    if not sys.platform.startswith("linux"):
        return False
    wanted = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0]
    if wanted:
        return wanted == "xcb"
    if environ.get("XDG_SESSION_TYPE") == "wayland":
        return False
    return bool(environ.get("DISPLAY")) or not environ.get("WAYLAND_DISPLAY")


def missing_xcb_libraries() -> list[str]:
    missing = []
    for name in XCB_LIBRARIES:
        try:
            load_library(name)
        except OSError:
            missing.append(name)
    return missing


def xcb_sentence(missing: list[str]) -> str:
    debian = " ".join(dict.fromkeys(XCB_LIBRARIES[m][0] for m in missing))
    fedora = " ".join(dict.fromkeys(XCB_LIBRARIES[m][1] for m in missing))
    return (f"Wayline cannot open its window: this system lacks {', '.join(missing)}, which Qt needs "
            f"for X11; install {'it' if len(missing) == 1 else 'them'} with "
            f"`sudo apt install {debian}` (Debian, Ubuntu) or `sudo dnf install {fedora}` (Fedora), "
            "then start Wayline again.")


def os_sentence(e: OSError) -> str:
    where = f" ({e.filename})" if e.filename else ""
    return f"{e.strerror or e}{where}."


def main(argv: list[str] | None = None) -> int:
    """Run the command line `argv` (the program's own when None) and return its status."""
    if argv is not None:
        return run_command(argv)
    status = run_command(sys.argv[1:])
    # The process ends now: Python's last garbage collection would walk every object
    # the command made (an export's layout, fonts and caches), 20-30 ms of the 250 a
    # command-line PDF takes (bench/README.md, "Export"). Frozen, they go with the
    # process; files are closed and exit handlers run as usual.
    gc.freeze()
    return status


def run_command(argv: list[str]) -> int:
    from model.errors import JourneyError
    try:
        if argv and argv[0] in SUBCOMMANDS:
            args = build_parser().parse_args(argv)
            return args.run(args)
        args = build_gui_parser().parse_args(argv)
        if args.file is not None and not names_a_map(args.file):
            return fail(f"no such command or map: {args.file} (see --help)")
        if xcb_would_load():  # else Qt aborts the process (status 134), naming the wrong package
            missing = missing_xcb_libraries()
            if missing:
                return fail(xcb_sentence(missing))
            if not os.environ.get("DISPLAY"):
                return fail("There is no display to open the editor on (DISPLAY is not set): start Wayline "
                            "on a desktop, or use a command that needs none (see --help).")
        from editor.app import run
        return run(args.file)
    except JourneyError as e:
        return fail(e.message)
    except BrokenPipeError:  # `wayline export m.journey --pdf - | head`: the reader left, as it may
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 141  # as a shell reports a program ended by SIGPIPE
    except OSError as e:  # a file or folder the system refused: still one line, no traceback
        return fail(os_sentence(e))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
