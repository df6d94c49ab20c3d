"""What an export is asked to do, and how it reports back (no Qt, no I/O).

The export dialogs (editor/export_dialogs.py) and the command line
(export/cli.py) build these; a dialog shows `pdf.preview_pdf`'s `Result` as a
live preview (page count, final size, smallest text, preflight warnings) and
then calls `export_pdf`/`export_png` with `progress(fraction, message)` and
`cancelled() -> bool` callables, which `reporter` turns into one step function.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from model.errors import QT_TRANSLATE_NOOP, Figure, JourneyError, Sentence
from model.personas import EVERYONE, PersonaView

MM = 72 / 25.4


class Cancelled(JourneyError):
    """The user stopped the export; nothing was written."""

    def __init__(self):
        super().__init__("Export cancelled; no file was written.")


@dataclass(frozen=True)
class PdfOptions:
    paper: str = "a0"                 # a name from paper.NAMES or "WxHmm"
    orientation: str = "auto"         # auto | portrait | landscape
    margin_mm: float = 10.0
    scale: float | None = None        # fixed scale (1.0 = 100%); None fits the paper
    tile: str | None = None           # "a4" | "letter": tile the poster over these pages
    pages_wide: int | None = None     # tiled: final width as a number of pages
    overlap_mm: float = 10.0          # tiled: glue strip shared by neighbouring pages
    marks: bool = True                # tiled: crop marks and glue-strip guides
    printer_border_mm: float = 5.0    # tiled: what the office printer cannot reach; furniture stays inside
    bleed_mm: float = 0.0             # one sheet: background printed this far past the trim (3 for a print shop)
    viewing_distance_m: float = 1.0   # preflight: the smallest text must read from here
    date: str = field(default_factory=lambda: datetime.date.today().isoformat())
    view: PersonaView = EVERYONE      # whose emotion curves are printed (all, by default)
    pages: tuple[str, ...] = ()       # the plan's pages after the map: of PLAN_PAGES, in that order
    links: bool = False               # faint connectors from each opportunity to the pain points it addresses

    def check(self) -> None:
        if self.overlap_mm < 0:
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "The overlap cannot be negative.")))
        if self.overlap_mm > 50:
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "An overlap over 50 mm wastes most of "
                                                                     "each page; use 5 to 20 mm.")))
        if self.margin_mm < 0 or self.margin_mm > 200:
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "The margin must be between 0 and 200 "
                                                                     "mm.")))
        if self.tile is not None and self.tile.lower() not in ("a4", "letter"):
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "Tiles are printed on A4 or Letter "
                                                                     "pages, not “%1”."), str(self.tile)))
        if self.pages_wide is not None and not 1 <= self.pages_wide <= 40:
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A tiled poster is 1 to 40 pages wide.")))
        if not 0 <= self.printer_border_mm <= 25:
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "The printer border must be between 0 "
                                                                     "and 25 mm.")))
        if not 0 <= self.bleed_mm <= 10:
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "The bleed must be between 0 and 10 mm "
                                                                     "(3 mm is usual).")))
        check_distance(self.viewing_distance_m)
        unknown = [p for p in self.pages if p not in PLAN_PAGES]
        if unknown:
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "The plan's pages are: %1; not “%2”."),
                                        ", ".join(PLAN_PAGES), ", ".join(unknown)))


PLAN_PAGES = ("matrix", "plan", "metrics")  # the opportunity matrix, the ranked action plan, metrics per stage


def check_distance(metres: float) -> None:
    if not 0.1 <= metres <= 50:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A viewing distance of %1 m is out of range "
                                                                 "(0.1 to 50 m)."),
                                    Figure(format(metres, "g"))))


@dataclass(frozen=True)
class PngOptions:
    dpi: float | None = 150.0         # pixels per inch at the poster's printed size
    width: int | None = None          # or a width in pixels (then dpi is derived)
    transparent: bool = False
    paper: str | None = None          # the sheet (as the PDF's, margins and all); None = the map at 100%
    orientation: str = "auto"         # with paper: as PdfOptions
    margin_mm: float = 10.0           # with paper: as PdfOptions
    viewing_distance_m: float = 1.0   # preflight: the smallest text must read from here
    view: PersonaView = EVERYONE      # whose emotion curves are drawn (all, by default)


@dataclass
class Result:
    path: str
    pages: int
    size_mm: tuple[float, float]      # final poster size
    smallest_text: str                # "smallest text 3.1 mm — readable from about 1 m"
    summary: str = ""
    warnings: tuple = ()              # preflight.Warning: what may print badly


def reporter(progress, cancelled):
    """One callable that reports progress and raises `Cancelled` when asked to stop.
    The last report (1.0) comes after the file is in place: a cancel then is too
    late to honour, and saying "nothing was written" would be untrue."""
    def step(fraction: float, message: str = "") -> None:
        if fraction < 1.0 and cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(max(0.0, min(1.0, fraction)), message)
    return step
