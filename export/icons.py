"""Channel and lane-kind icons as plain vector shapes in a unit box (y down).

Pure data, no drawing library: the PDF renders it with ReportLab paths, and
any other painter (Qt) can render the same list, so the marks mean the same
everywhere. Pain points and opportunities differ in shape and symbol (a
warning triangle with "!" versus a circle with "+"), not only in colour, so
they survive greyscale printing and colour-blind readers.

Shapes: ("circle", cx, cy, r, mode), ("rect", x, y, w, h, radius, mode),
("path", ((op, *xy), ...), mode) with ops M, L, C (two control points then
the end point) and Z. Mode: "s" stroke in the icon colour, "f" fill in the
icon colour, "k" fill in white (a knock-out symbol on a filled shape).
"""
from __future__ import annotations

STROKE = 0.09  # line width as a fraction of the icon size

PAIN_COLOUR = "#c0392b"
OPPORTUNITY_COLOUR = "#2e7d4f"


def _poly(points, mode, closed=True):
    ops = [("M",) + points[0]] + [("L",) + p for p in points[1:]]
    if closed:
        ops.append(("Z",))
    return ("path", tuple(ops), mode)


_CIRCLE_K = 0.5523  # cubic Bezier handle length for a quarter circle


def _ellipse(cx, cy, rx, ry, mode):
    k = _CIRCLE_K
    return ("path", (("M", cx + rx, cy),
                     ("C", cx + rx, cy + k * ry, cx + k * rx, cy + ry, cx, cy + ry),
                     ("C", cx - k * rx, cy + ry, cx - rx, cy + k * ry, cx - rx, cy),
                     ("C", cx - rx, cy - k * ry, cx - k * rx, cy - ry, cx, cy - ry),
                     ("C", cx + k * rx, cy - ry, cx + rx, cy - k * ry, cx + rx, cy), ("Z",)), mode)


CHANNELS = {
    "web": (("circle", .5, .5, .42, "s"), _ellipse(.5, .5, .18, .42, "s"),
            _poly(((.08, .5), (.92, .5)), "s", False)),
    "app": (("rect", .25, .06, .5, .88, .08, "s"), ("circle", .5, .8, .06, "f")),
    "email": (("rect", .06, .2, .88, .6, .04, "s"), _poly(((.06, .22), (.5, .55), (.94, .22)), "s", False)),
    "phone": (("path", (("M", .2, .1), ("L", .38, .1), ("L", .45, .32), ("L", .34, .42),
                        ("C", .4, .56, .46, .62, .58, .66), ("L", .68, .55), ("L", .9, .62),
                        ("L", .9, .8), ("C", .9, .88, .84, .92, .76, .92),
                        ("C", .4, .88, .12, .6, .08, .24), ("C", .08, .16, .12, .1, .2, .1), ("Z",)), "f"),),
    "store": (_poly(((.08, .4), (.18, .1), (.82, .1), (.92, .4)), "f"),
              _poly(((.14, .4), (.14, .92), (.86, .92), (.86, .4)), "s", False),
              ("rect", .42, .6, .18, .32, 0, "f")),
    "social": (("circle", .22, .5, .13, "f"), ("circle", .78, .2, .13, "f"), ("circle", .78, .8, .13, "f"),
               _poly(((.22, .5), (.78, .2)), "s", False), _poly(((.22, .5), (.78, .8)), "s", False)),
    "chat": (("path", (("M", .14, .12), ("L", .86, .12), ("C", .92, .12, .94, .16, .94, .22),
                       ("L", .94, .6), ("C", .94, .66, .92, .7, .86, .7), ("L", .46, .7), ("L", .24, .9),
                       ("L", .26, .7), ("L", .14, .7), ("C", .08, .7, .06, .66, .06, .6),
                       ("L", .06, .22), ("C", .06, .16, .08, .12, .14, .12), ("Z",)), "s"),),
    "mail": (("rect", .06, .18, .88, .64, .04, "s"), ("rect", .68, .28, .16, .18, 0, "f"),
             _poly(((.18, .56), (.56, .56)), "s", False), _poly(((.18, .7), (.5, .7)), "s", False)),
    "other": (("circle", .5, .5, .42, "s"), ("circle", .3, .5, .06, "f"), ("circle", .5, .5, .06, "f"),
              ("circle", .7, .5, .06, "f")),
}

KINDS = {
    "actions": (_poly(((.08, .5), (.8, .5)), "s", False), _poly(((.55, .22), (.9, .5), (.55, .78)), "s", False)),
    "touchpoints": (("circle", .5, .5, .42, "s"), ("circle", .5, .5, .22, "s"), ("circle", .5, .5, .07, "f")),
    "thoughts": (_ellipse(.56, .38, .38, .26, "s"), ("circle", .22, .76, .09, "f"), ("circle", .1, .92, .05, "f")),
    "emotions": (("circle", .5, .5, .42, "s"), ("circle", .35, .4, .06, "f"), ("circle", .65, .4, .06, "f"),
                 ("path", (("M", .3, .6), ("C", .38, .76, .62, .76, .7, .6)), "s")),
    "pain_points": (_poly(((.5, .05), (.97, .92), (.03, .92)), "f"),
                    ("rect", .45, .34, .1, .32, .03, "k"), ("circle", .5, .78, .06, "k")),
    "opportunities": (("circle", .5, .5, .46, "f"), ("rect", .44, .22, .12, .56, .02, "k"),
                      ("rect", .22, .44, .56, .12, .02, "k")),
    "backstage": (("circle", .5, .5, .3, "s"), ("circle", .5, .5, .1, "f"),
                  _poly(((.5, .04), (.5, .2)), "s", False), _poly(((.5, .8), (.5, .96)), "s", False),
                  _poly(((.04, .5), (.2, .5)), "s", False), _poly(((.8, .5), (.96, .5)), "s", False)),
    "metrics": (("rect", .1, .55, .2, .37, 0, "f"), ("rect", .4, .3, .2, .62, 0, "f"),
                ("rect", .7, .08, .2, .84, 0, "f")),
    "images": (("rect", .06, .14, .88, .72, .04, "s"), ("circle", .7, .36, .09, "f"),
               _poly(((.1, .82), (.38, .46), (.6, .82)), "f")),
    "notes": (_poly(((.16, .06), (.64, .06), (.86, .28), (.86, .94), (.16, .94)), "s"),
              _poly(((.3, .45), (.7, .45)), "s", False), _poly(((.3, .62), (.7, .62)), "s", False),
              _poly(((.3, .79), (.58, .79)), "s", False)),
}

KIND_ICON_COLOURS = {"pain_points": PAIN_COLOUR, "opportunities": OPPORTUNITY_COLOUR}


def card_icon(kind: str, channel: str | None):
    """(shapes, colour) beside a card's text, or None. Touchpoints show their
    channel; pain points and opportunities their kind mark."""
    if kind == "touchpoints":
        return CHANNELS.get(channel or "other", CHANNELS["other"]), None
    if kind in KIND_ICON_COLOURS:
        return KINDS[kind], KIND_ICON_COLOURS[kind]
    return None
