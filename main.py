"""Wayline: the editor by default, plus command-line subcommands.

    python main.py [FILE]                       open the editor
    python main.py new FILE [--template NAME]   create a map
    python main.py templates                    list templates
    python main.py info FILE [--json]           what a map holds
    python main.py check FILE                   integrity and identity check
    python main.py export FILE --pdf OUT ...    poster export (see --help)

Parsing and dispatch only. A user error prints one line on stderr, exit 2.
"""
from __future__ import annotations

import argparse
import json
import sys

SUBCOMMANDS = ("new", "templates", "info", "check", "export")


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
    from model.document import Document
    from model.fileformat import read_header
    header = read_header(args.file)
    with Document.open(args.file, read_only=True) as doc:
        j = doc.journey
        info = {"title": j.title, "stages": len(j.stages), "lanes": len(j.lanes),
                "cards": len(j.cards), "markers": len(j.markers), "personas": len(j.personas),
                "schema_version": header.user_version}
    if args.json:
        print(json.dumps(info, ensure_ascii=False))
    else:
        width = max(len(k) for k in info)
        for key, value in info.items():
            print(f"{key.replace('_', ' '):<{width}}  {value}")
    return 0


def cmd_check(args) -> int:
    """Reads the map in memory only: nothing is written, whatever the answer."""
    from model.document import Document
    from model.errors import FileRefused, SchemaDiffers
    from model.fileformat import SCHEMA_VERSION, read_header
    header = read_header(args.file)
    if header.user_version < SCHEMA_VERSION:
        print(f"{args.file}: made by an older Wayline (schema {header.user_version}); "
              "opening it for editing upgrades it and keeps a backup.")
    try:
        with Document.open(args.file, read_only=True) as doc:
            problems = list(doc.notices)
    except SchemaDiffers as e:
        problems = [f"it holds {d}." for d in e.differences]
        problems.append("Wayline will not edit it as it is; open it in Wayline to make a clean copy "
                        "from its data." if e.intact else "It cannot be repaired.")
    except FileRefused as e:
        if header.user_version < SCHEMA_VERSION and "older Wayline" in e.message:
            return 0
        raise
    for p in problems:
        print(f"{args.file}: {p}")
    if problems:
        return 1
    print(f"{args.file}: healthy")
    return 0


def cmd_export(args) -> int:
    from export.cli import run_export
    return run_export(args)


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
    p = sub.add_parser("check", help="check a map's integrity; exit 0 when healthy")
    p.add_argument("file")
    p.set_defaults(run=cmd_check)
    try:
        from export.cli import add_arguments
    except ImportError:
        pass
    else:
        p = sub.add_parser("export", help="export a poster PDF or a PNG image")
        add_arguments(p)
        p.set_defaults(run=cmd_export)
    return parser


def build_gui_parser() -> Parser:
    parser = Parser(prog="wayline", description=(
        "Wayline, a desktop editor for customer journey maps. Subcommands: "
        + ", ".join(SUBCOMMANDS) + " (each has --help)."))
    parser.add_argument("file", nargs="?", help="map to open (created when it does not exist)")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from model.errors import JourneyError
    try:
        if argv and argv[0] in SUBCOMMANDS:
            args = build_parser().parse_args(argv)
            return args.run(args)
        args = build_gui_parser().parse_args(argv)
        from editor.app import run
        return run(args.file)
    except JourneyError as e:
        return fail(e.message)
    except OSError as e:  # a file or folder the system refused: still one line, no traceback
        where = f" ({e.filename})" if e.filename else ""
        return fail(f"{e.strerror or e}{where}.")
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
