"""`python main.py export FILE --pdf OUT ...` and `--png OUT ...`.

Parsing and dispatch only: every check lives in the exporters, which raise
`JourneyError` (main.py prints its one sentence and exits 2) before anything
is written.
"""
from __future__ import annotations

import argparse
import sys

from model.errors import JourneyError

from . import paper

EPILOG = """examples:
  wayline export map.journey --pdf poster.pdf --paper A0
  wayline export map.journey --pdf poster.pdf --paper A1 --tile a4 --overlap 10
  wayline export map.journey --pdf poster.pdf --tile letter --pages-wide 4
  wayline export map.journey --png map.png --dpi 300 --paper A0
  wayline export map.journey --png map.png --width 4000 --transparent
  wayline export map.journey --pdf poster.pdf --paper arch-d --bleed 3 --strict

Before writing, a preflight prints one "warning:" line on stderr for text too
small to read from --viewing-distance, pictures under 150 ppi, lines under
0.25 pt and characters no font can draw; --strict refuses them (exit 2)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EPILOG
    parser.add_argument("file", help="the .journey map")
    out = parser.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", metavar="OUT", help="write a vector PDF poster")
    out.add_argument("--png", metavar="OUT", help="write a PNG image")
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
                         bleed_mm=args.bleed, viewing_distance_m=args.viewing_distance)
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
                      viewing_distance_m=args.viewing_distance)


def preflight_printer(strict: bool):
    """Print each preflight warning as one line on stderr, before anything is written;
    with --strict, refuse the export (exit 2) when there is any."""
    def check(warnings) -> None:
        for w in warnings:
            print(f"warning: {w.sentence}", file=sys.stderr)
        if strict and warnings:
            raise JourneyError(f"--strict: {len(warnings)} preflight warning"
                               f"{'s' * (len(warnings) != 1)}; nothing was written.")
    return check


def run_export(args) -> int:
    from model.document import Document
    options = _pdf_options(args) if args.pdf else _png_options(args)
    with Document.open(args.file, read_only=True) as doc:
        if args.pdf:
            from .pdf import export_pdf
            result = export_pdf(doc, args.pdf, options, check=preflight_printer(args.strict))
        else:
            from .png import export_png
            result = export_png(doc, args.png, options, check=preflight_printer(args.strict))
    print(f"Wrote {result.path}: {result.summary}.", file=sys.stdout)
    return 0
