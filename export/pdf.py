"""Vector PDF posters: one large sheet, or tiled over A4/Letter pages.

The map is drawn once into a form XObject (`map_form`) and placed on every
page that shows it, so a tiled poster costs little more than a single sheet.
Everything is written through `atomic.replacing`: the target either keeps its
old content or gets the complete new file.

    export_pdf(doc_or_journey, "poster.pdf", PdfOptions(paper="a1"),
               progress=lambda f, msg: ..., cancelled=lambda: False) -> Result
"""
from __future__ import annotations

from functools import lru_cache

from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from model import text as textmod
from model.errors import QT_TRANSLATE_NOOP, Sentence
from model.layout import Layout, layout
from model.theme import STANDARD, Theme

from . import fonts, paper, preflight, tilepages, tiling
from .atomic import replacing
from .draw import Pictures, text
from .furniture import LEGEND_PHOTO, fit_line, footer
from .options import PdfOptions, Result, reporter
from .plan_pages import draw_plan_pages
from model.plan_marks import over_the_map
from .poster import draw, draw_map

# Streams are zlib-compressed binary, not also ASCII85-encoded text (ReportLab's
# default, a relic of 7-bit mail): files are 16-20 % smaller. Wayline is the only
# ReportLab user in the process, so the global switch is ours to set.
rl_config.useA85 = 0

FORM = "WaylineMap"


def sources(source):
    """(journey, asset_bytes, persona photo id) from a Document or a bare Journey."""
    journey = getattr(source, "journey", source)
    photo = journey.personas[0].photo_id if journey.personas else None
    return journey, getattr(source, "asset_bytes", None), photo


def export_pdf(source, out, options: PdfOptions = PdfOptions(), progress=None, cancelled=None,
               theme: Theme = STANDARD, check=None) -> Result:
    """Write the poster PDF to `out`; raises JourneyError (nothing written) when refused.
    `check(warnings)` sees the preflight's warnings before anything is written (it
    may raise to refuse them, as `--strict` does)."""
    step = reporter(progress, cancelled)
    options.check()
    journey, asset_bytes, photo = sources(source)
    step(0.0, "Laying out the map")
    lay = layout(journey, theme, view=options.view)
    plan = plan_for(lay, options)
    warnings = run_preflight(lay, plan.scale, options, preflight.picture_sizes(lay, asset_bytes, photo), photo)
    with replacing(out, getattr(source, "path", None)) as tmp:
        if check is not None:  # after the target is accepted: a refused target is one line
            check(warnings)
        c = new_canvas(tmp, journey.title, plan, options.bleed_mm * paper.MM)
        links = over_the_map(journey, lay.card_by_id, options.links)
        if isinstance(plan, tiling.TilePlan):  # each page draws only what it shows
            tilepages.draw_pages(c, lay, plan, journey.title or "Untitled journey", options, step,
                       theme, Pictures(asset_bytes), photo, links)
        else:
            map_form(c, lay, theme, Pictures(asset_bytes), photo, step, links)
            single_page(c, lay, plan, journey.title or "Untitled journey", options, theme.background)
        if options.pages:
            draw_plan_pages(c, journey, options.pages, options, theme)
        step(0.95, "Writing the file")
        _save(c, out)
    step(1.0, "Done")
    return describe(lay, plan, str(out), warnings)


def preview_pdf(source, options: PdfOptions = PdfOptions(), theme: Theme = STANDARD,
                picture_sizes: dict | None = None) -> Result:
    """What `export_pdf` would make (pages, size, smallest text, preflight warnings),
    writing nothing: for a dialog's live preview. Raises JourneyError for options it
    would refuse. `picture_sizes` (preflight.picture_sizes) saves reading every picture again."""
    options.check()
    journey, asset_bytes, photo = sources(source)
    lay = layout(journey, theme, view=options.view)
    plan = plan_for(lay, options)
    if picture_sizes is None:
        picture_sizes = preflight.picture_sizes(lay, asset_bytes, photo)
    return describe(lay, plan, "", run_preflight(lay, plan.scale, options, picture_sizes, photo))


def run_preflight(lay: Layout, scale: float, options, picture_sizes: dict, photo) -> list:
    band = LEGEND_PHOTO if options.tile else 0.0  # tiled: the legend on every page's info band
    return preflight.run(preflight.Context(lay, scale, options.viewing_distance_m, picture_sizes, photo, band))


def plan_for(lay: Layout, options: PdfOptions):
    """The sheet (paper.Sheet) or the tile plan (tiling.TilePlan) for these options."""
    if options.tile:
        return tiling.plan_poster(lay.width, lay.height, options, tiling.ink_rects(lay), tiling.gutters(lay))
    return paper.fit_sheet(lay.width, lay.height, options.paper, options.orientation,
                           options.margin_mm * paper.MM, options.scale)


def describe(lay: Layout, plan, path: str = "", warnings=()) -> Result:
    """What an export with this plan gives: for a dialog's live preview."""
    _, hint = paper.smallest_text(lay, plan.scale)
    if isinstance(plan, tiling.TilePlan):
        size = (plan.poster_w / paper.MM, plan.poster_h / paper.MM)
        pages = 1 + len(plan.tiles)
        summary = Sentence(QT_TRANSLATE_NOOP("Export", "%1 × %2 mm poster on %3 %4 pages (%5×%6) plus an "
                                                       "assembly page"),
                           f"{size[0]:.0f}", f"{size[1]:.0f}", str(len(plan.tiles)), plan.page_name,
                           str(plan.cols), str(plan.rows))
    elif plan.panels > 1:
        size = (plan.width / paper.MM, plan.height / paper.MM)
        pages = plan.panels
        summary = Sentence(QT_TRANSLATE_NOOP("Export", "%1 × %2 mm on the roll as %3 panels of %4 mm (a PDF "
                                                       "page "
                                                       "stops at 5.08 m), map at %5%"),
                           f"{size[0]:.0f}", f"{size[1]:.0f}", str(plan.panels), f"{plan.panel_w / paper.MM:.0f}",
                           f"{plan.scale * 100:.0f}")
    else:
        size = (plan.width / paper.MM, plan.height / paper.MM)
        pages = 1
        summary = Sentence(QT_TRANSLATE_NOOP("Export", "one %1 × %2 mm sheet, map at %3%"),
                           f"{size[0]:.0f}", f"{size[1]:.0f}", f"{plan.scale * 100:.0f}")
    return Result(path, pages, size, hint, Sentence(QT_TRANSLATE_NOOP("Export", "%1; %2"), summary, hint),
                  tuple(warnings))


def new_canvas(path, title: str, plan, bleed: float = 0.0) -> Canvas:
    """A canvas for this plan's pages, with a TrimBox (the finished size) and a
    BleedBox (the trim plus `bleed` points each side) on every page, and an
    sRGB output intent: the colours are meant as sRGB, as the PNG says too."""
    if isinstance(plan, tiling.TilePlan):
        w, h, bleed = plan.page_w, plan.page_h, 0.0  # tiles are trimmed by hand: no bleed
    else:
        w, h = plan.panel_w, plan.height
    size = (w + 2 * bleed, h + 2 * bleed)
    # the initial font is ours, so no unembedded Helvetica lands in the file
    c = Canvas(str(path), pagesize=size, pageCompression=1,
               initialFontName=fonts.ensure(textmod.REGULAR), initialFontSize=10,
               trimBox=(bleed, bleed, bleed + w, bleed + h), bleedBox=(0, 0) + size)
    c.setTitle(title or "Untitled journey")
    c.setSubject("Customer journey map poster")
    c.setCreator("Wayline")
    c.setProducer("Wayline (ReportLab)")
    c.setAuthor("Wayline")
    srgb_intent(c)
    return c


@lru_cache(maxsize=1)
def _srgb_profile() -> bytes:
    from PIL import ImageCms
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def srgb_intent(c: Canvas) -> None:
    """/OutputIntents in the document catalog: one sRGB ICC profile (Pillow's)."""
    from reportlab.pdfbase import pdfdoc
    stream = pdfdoc.PDFStream(content=_srgb_profile(), filters=[pdfdoc.PDFZCompress])
    stream.dictionary["N"] = 3
    intent = pdfdoc.PDFDictionary({
        "Type": pdfdoc.PDFName("OutputIntent"), "S": pdfdoc.PDFName("GTS_PDFA1"),
        "OutputConditionIdentifier": pdfdoc.PDFString("sRGB IEC61966-2.1"),
        "Info": pdfdoc.PDFString("sRGB IEC61966-2.1"),
        "DestOutputProfile": c._doc.Reference(stream)})
    catalog = c._doc.Catalog
    catalog.__NoDefault__ = list(catalog.__NoDefault__) + ["OutputIntents"]
    catalog.OutputIntents = pdfdoc.PDFArray([intent])


def map_form(c: Canvas, lay: Layout, theme: Theme, pictures: Pictures, photo, step, links=()) -> None:
    """Draw the map once, as form `FORM` with its origin at the map's bottom-left;
    `links`: what is drawn over it (`model.plan_marks.over_the_map`)."""
    c.beginForm(FORM, 0, 0, lay.width, lay.height)
    c.saveState()
    c.translate(0, lay.height)  # draw.py's convention: the top-left is (0, 0), y is drawn as -y
    step(0.05, "Drawing the map")
    draw_map(c, lay, theme, pictures, photo, lambda f: step(0.05 + 0.8 * f, "Drawing the map"))
    draw(c, links, pictures)
    c.restoreState()
    c.endForm()


def place_map(c: Canvas, lay: Layout, x: float, top: float, scale: float) -> None:
    """Place the map form with its top-left at page point (x, top) (y up)."""
    c.saveState()
    c.translate(x, top - lay.height * scale)
    c.scale(scale, scale)
    c.doForm(FORM)
    c.restoreState()


def single_page(c: Canvas, lay: Layout, sheet: paper.Sheet, title: str, options: PdfOptions,
                background: str = "#ffffff") -> None:
    """The sheet, as one page or (a long roll) as `sheet.panels` pages, each with
    its slice of the map and the same footer. With a bleed the whole page is
    moved in by the bleed and the background runs out to the page's edge."""
    bleed = options.bleed_mm * paper.MM
    _, hint = paper.smallest_text(lay, sheet.scale)
    n, slice_w = sheet.panels, (sheet.width - 2 * sheet.margin) / sheet.panels
    size = f"{sheet.panel_w / paper.MM:.0f} × {sheet.height / paper.MM:.0f} mm"
    for i in range(n):
        c.saveState()
        if bleed:
            c.setFillColor(HexColor(background))
            c.rect(0, 0, sheet.panel_w + 2 * bleed, sheet.height + 2 * bleed, stroke=0, fill=1)
        c.translate(bleed, bleed)
        c.saveState()
        if n > 1:  # only this panel's slice (the map's edge margins stay on the end panels)
            left = sheet.margin if i else 0.0
            right = sheet.panel_w if i == n - 1 else sheet.margin + slice_w
            p = c.beginPath()
            p.rect(left, 0, right - left, sheet.height)
            c.clipPath(p, stroke=0, fill=0)
        place_map(c, lay, sheet.x - i * slice_w, sheet.height - sheet.y, sheet.scale)
        c.restoreState()
        where = f"Page 1 of 1 · {size}" if n == 1 else (
            f"Panel {i + 1} of {n} · {size} each, {sheet.width / paper.MM:.0f} mm in all")
        footer(c, sheet.panel_w, sheet.height, sheet.margin, sheet.footer, title,
               f"{options.date} · {hint}", f"{where} · map at {sheet.scale * 100:.0f}%")
        c.restoreState()
        c.showPage()


def _save(c: Canvas, out) -> None:
    from model.errors import JourneyError
    try:
        c.save()
    except OSError as e:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "Wayline could not write “%1” (%2)."),
                                    str(out), e.strerror or e)) from None
