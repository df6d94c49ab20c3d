"""`wayline export FILE --pdf OUT ...`, `--png OUT ...`, and several maps at
once with `--out-dir DIR`.

Parsing and dispatch only: every check lives in the exporters, which raise
`JourneyError` (main.py prints its one sentence and exits 2) before anything
is written. OUT `-` is standard output: the export is made whole in a private
temp folder first, so a refused or failed export writes no byte of it.
Maps are read by `model.plain` (the same checks and repairs as the editor's,
without SQLAlchemy, whose import would be most of the command's time).
"""
from __future__ import annotations

import argparse
import dataclasses
import re
import shutil
import sys
import tempfile
from pathlib import Path

from model.errors import JourneyError
from model.personas import PersonaView

from . import paper

EPILOG = """examples:
  wayline export map.journey --pdf poster.pdf --paper A0
  wayline export map.journey --pdf poster.pdf --paper A1 --tile a4 --overlap 10
  wayline export map.journey --pdf poster.pdf --tile letter --pages-wide 4
  wayline export map.journey --png map.png --dpi 300 --paper A0
  wayline export map.journey --png map.png --width 4000 --transparent
  wayline export map.journey --pdf poster.pdf --paper arch-d --bleed 3 --strict
  wayline export map.journey --pdf - --paper A3 | lp
  wayline export *.journey --out-dir posters --format png --dpi 150

Before writing, a preflight prints one "warning:" line on stderr for text too
small to read from --viewing-distance, pictures under 150 ppi, lines under
0.25 pt and characters no font can draw; --strict refuses them (exit 2)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EPILOG
    parser.add_argument("files", nargs="+", metavar="FILE", help="the .journey map (or several, with --out-dir)")
    out = parser.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", metavar="OUT", help="write a vector PDF poster (- : standard output)")
    out.add_argument("--png", metavar="OUT", help="write a PNG image (- : standard output)")
    out.add_argument("--out-dir", metavar="DIR",
                     help="write each map's poster into DIR, named after the map (map.journey → map.pdf)")
    out.add_argument("--each-persona", metavar="DIR",
                     help="one poster per persona into DIR, only that persona's curve on it "
                          "(map.journey → map-maya-chen.pdf)")
    parser.add_argument("--format", choices=("pdf", "png"), default=None,
                        help="with --out-dir or --each-persona (pdf)")
    parser.add_argument("--persona", metavar="NAME", default=None,
                        help="only this persona's emotion curve (the others hidden)")
    parser.add_argument("--split-band", action="store_true",
                        help="mark the stages where personas' felt curves differ by 2 points or more")
    parser.add_argument("--links", action="store_true",
                        help="PDF: draw faint connectors from each opportunity to the pain points it addresses")
    parser.add_argument("--pages", default="", metavar="PAGES",
                        help="PDF: the plan's pages after the map, any of matrix,plan,metrics")
    parser.add_argument("--paper", default=None, metavar="SIZE",
                        help=f"poster size: {', '.join(paper.NAMES)} or WxHmm (default A0); "
                             "for --png, the print size the dpi refers to")
    parser.add_argument("--orientation", default="auto", choices=("auto", "portrait", "landscape"))
    parser.add_argument("--margin", type=float, default=10.0, metavar="MM", help="sheet margin (10)")
    parser.add_argument("--scale", type=float, default=None, metavar="PERCENT",
                        help="print the map at this scale; the sheet is sized to fit")
    parser.add_argument("--tile", default=None, metavar="PAGE", help="tile the poster over a4 or letter pages")
    parser.add_argument("--pages-wide", type=int, default=None, metavar="N",
                        help="tiled: make the poster N pages wide (instead of --paper)")
    parser.add_argument("--overlap", type=float, default=10.0, metavar="MM", help="tiled: glue strip (10)")
    parser.add_argument("--no-marks", action="store_true", help="tiled: no crop marks or glue guides")
    parser.add_argument("--printer-border", type=float, default=5.0, metavar="MM",
                        help="tiled: the border your printer cannot reach; labels and marks stay inside (5)")
    parser.add_argument("--bleed", type=float, default=0.0, metavar="MM",
                        help="one sheet: print the background this far past the trim, for a print shop (3)")
    parser.add_argument("--viewing-distance", type=float, default=1.0, metavar="M",
                        help="warn when the smallest text cannot be read from this far (1.0 m)")
    parser.add_argument("--strict", action="store_true",
                        help="refuse (exit 2, nothing written) when the preflight warns")
    parser.add_argument("--dpi", type=float, default=None, help="PNG resolution, 72 to 600 (150)")
    parser.add_argument("--width", type=int, default=None, metavar="PX", help="PNG width in pixels")
    parser.add_argument("--transparent", action="store_true", help="PNG with a transparent background")


def _pdf_options(args):
    from .options import PdfOptions
    if args.dpi is not None or args.width is not None or args.transparent:
        raise JourneyError("--dpi, --width and --transparent are for --png.")
    if args.scale is not None and args.scale <= 0:
        raise JourneyError("The scale must be a positive percentage, e.g. --scale 100.")
    options = PdfOptions(paper=args.paper or "a0", orientation=args.orientation, margin_mm=args.margin,
                         scale=args.scale / 100 if args.scale is not None else None,
                         tile=args.tile, pages_wide=args.pages_wide, overlap_mm=args.overlap,
                         marks=not args.no_marks, printer_border_mm=args.printer_border,
                         bleed_mm=args.bleed, viewing_distance_m=args.viewing_distance,
                         view=PersonaView(split=args.split_band),
                         pages=tuple(p.strip() for p in args.pages.split(",") if p.strip()), links=args.links)
    options.check()
    if args.paper:
        paper.paper_size(args.paper)  # an unknown paper is refused even when tiling by width
    return options


def _png_options(args):
    from .options import PngOptions
    from .options import check_distance
    if args.tile or args.pages_wide or args.no_marks or args.scale is not None or args.bleed:
        raise JourneyError("--tile, --pages-wide, --scale, --bleed and --no-marks are for --pdf.")
    if args.dpi is not None and args.width is not None:
        raise JourneyError("Give either --dpi or --width, not both.")
    if args.paper:
        paper.paper_size(args.paper)
    check_distance(args.viewing_distance)
    return PngOptions(dpi=args.dpi if args.dpi is not None else (None if args.width else 150.0),
                      width=args.width, transparent=args.transparent, paper=args.paper,
                      orientation=args.orientation, margin_mm=args.margin,
                      viewing_distance_m=args.viewing_distance, view=PersonaView(split=args.split_band))


def preflight_printer(strict: bool, about: str = ""):
    """Print each preflight warning as one line on stderr, before anything is written;
    with --strict, refuse the export (exit 2) when there is any. `about`: the map's
    name, when several are exported, so each warning says whose it is."""
    def check(warnings) -> None:
        for w in warnings:
            print(f"warning: {about + ': ' if about else ''}{w.sentence}", file=sys.stderr)
        if strict and warnings:
            raise JourneyError(f"--strict: {len(warnings)} preflight warning"
                               f"{'s' * (len(warnings) != 1)}; nothing was written.")
    return check


def run_export(args, each_map=None) -> int:
    """`each_map(files, run)` (main.py's) runs `run(file)` -> (status, line) on every
    map, one line each; the options are checked once, before any map is read.
    Without it, a refused map raises its JourneyError."""
    each_map = each_map or _in_turn
    kind = "pdf" if args.pdf else "png" if args.png else args.format or "pdf"
    if args.format and not (args.out_dir or args.each_persona):
        raise JourneyError("--format is for --out-dir and --each-persona; --pdf or --png name the file.")
    if len(args.files) > 1 and not (args.out_dir or args.each_persona):
        raise JourneyError("Several maps need --out-dir DIR: each poster is named after its map there.")
    if args.persona is not None and args.each_persona:
        raise JourneyError("Give either --persona NAME or --each-persona DIR, not both.")
    options = _pdf_options(args) if kind == "pdf" else _png_options(args)
    several = len(args.files) > 1
    if args.each_persona:
        folder = _folder(args.each_persona)
        return each_map(args.files, lambda file: _export_each_persona(
            file, folder, kind, options, preflight_printer(args.strict, file)))
    targets = _targets(args, kind)
    return each_map(args.files, lambda file: _export_one(file, targets[file], kind, options,
                                                         preflight_printer(args.strict, file if several else ""),
                                                         args.persona))


def _in_turn(files, run) -> int:
    worst = 0
    for file in files:
        status, line = run(file)
        if line:
            print(line)
        worst = max(worst, status)
    return worst


def _targets(args, kind: str) -> dict:
    """Where each map's export goes; two maps never share one (a/x and b/x)."""
    if not args.out_dir:
        return {args.files[0]: args.pdf or args.png}
    folder = _folder(args.out_dir)
    targets = {file: str(folder / f"{Path(file).stem}.{kind}") for file in args.files}
    seen = {}
    for file, target in targets.items():
        if target in seen and seen[target] != file:
            raise JourneyError(f"“{seen[target]}” and “{file}” would both be written to {target}; "
                               "export them separately.")
        seen[target] = file
    return targets


def _folder(name: str) -> Path:
    folder = Path(name)
    if not folder.is_dir():
        raise JourneyError(f"The folder “{folder}” does not exist; choose where to save the exports.")
    return folder


def _exporter(kind: str):
    if kind == "pdf":
        from .pdf import export_pdf as export
    else:
        from .png import export_png as export
    return export


def for_persona(journey, name: str, options):
    """The options with only the persona called `name` shown (its curve alone on the poster)."""
    personas = journey.personas
    wanted = next((p for p in personas if p.name.strip().casefold() == name.strip().casefold()), None)
    if wanted is None:
        known = ", ".join(f"“{p.name}”" for p in personas) or "none"
        raise JourneyError(f"This map has no persona called “{name}” (it has {known}).")
    hidden = PersonaView.only(wanted.id, [p.id for p in personas]).hidden
    return dataclasses.replace(options, view=options.view.showing(hidden, None))  # its split band kept


def _export_each_persona(file: str, folder: Path, kind: str, options, check) -> tuple[int, str]:
    """One poster per persona of the map: `<map>-<persona>.<kind>`, only its curve shown."""
    from model.plain import PlainDocument
    export, lines = _exporter(kind), []
    with PlainDocument.open(file) as doc:
        personas = doc.journey.personas
        if not personas:
            raise JourneyError(f"“{Path(file).name}” has no personas; export it with --pdf or --png.")
        names = {}
        for p in personas:
            slug = re.sub(r"[^\w]+", "-", p.name.casefold()).strip("-") or f"persona-{p.id}"
            names[p.id] = slug if slug not in names.values() else f"{slug}-{p.id}"
        for p in personas:
            target = folder / f"{Path(file).stem}-{names[p.id]}.{kind}"
            view = options.view.showing(PersonaView.only(p.id, [q.id for q in personas]).hidden, None)
            result = export(doc, target, dataclasses.replace(options, view=view), check=check)
            lines.append(f"Wrote {result.path} ({p.name}): {result.summary}.")
    return 0, "\n".join(lines)


def _export_one(file: str, target: str, kind: str, options, check, persona: str | None = None) -> tuple[int, str]:
    from model.plain import PlainDocument
    export = _exporter(kind)
    with PlainDocument.open(file) as doc:
        if persona is not None:
            options = for_persona(doc.journey, persona, options)
        if target != "-":
            result = export(doc, target, options, check=check)
            return 0, f"Wrote {result.path}: {result.summary}."
        if sys.stdout.isatty():
            raise JourneyError(f"Standard output is a terminal: send the {kind.upper()} to a file "
                               f"(> poster.{kind}) or a program (| lp).")
        with tempfile.TemporaryDirectory(prefix="wayline-export-") as folder:
            whole = Path(folder) / f"export.{kind}"
            result = export(doc, whole, options, check=check)
            with open(whole, "rb") as f:  # only once it is whole: a refusal writes nothing
                shutil.copyfileobj(f, sys.stdout.buffer)
            sys.stdout.buffer.flush()
    print(f"Wrote the {kind.upper()} of {file} to standard output: {result.summary}.", file=sys.stderr)
    return 0, ""  # the line went to stderr: standard output holds the export alone
