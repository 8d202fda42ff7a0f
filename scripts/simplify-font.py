#!/usr/bin/env python3
"""Simplifies the outlines of a CFF-flavoured OpenType font within a tolerance (font units).

usage: simplify-font.py SOURCE.otf DEST.otf TOLERANCE

Run once by `make deps` (scripts/link-fonts.sh) for the faces that fonts/manifest.tsv marks
`simplify=N`. Why: FandolFang, the 仿宋 body face, was traced from bitmaps: most of its straight
strokes are drawn as chains of nearly flat cubic curves (~470 numbers a glyph against ~190 in Noto
Serif CJK), and those bytes are most of a notice's PDF. Here a curve that stays within the
tolerance of its chord becomes a line (a cubic keeps within 3/4 of its control points' distance
from the chord), and a run of lines whose inner points lie within the tolerance of one straight
line becomes that line.
The two steps' errors can add up: at a tolerance of 2 units the outline moved by at most 3.2
units (1/300 em, 0.018 mm at 3号; measured), below a 1200 dpi printer's dot. Hints are dropped
(tongbao's subsets drop them anyway). No outline simplifier is kept in fontTools (cu2qu /
qu2cu merge curves, not curves into lines), hence this one.

Everything else in the font (cmap, metrics, GSUB/GPOS, names) is kept; the version string says
that the outlines were simplified (the font's GPL asks modified versions to say so). The output
is deterministic for a given fontTools version: link-fonts.sh checks its sha256 against the
manifest."""
import math
import sys

from fontTools.pens.recordingPen import RecordingPen
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.ttLib import TTFont


def distance(p, a, b):
    """Distance of point p from the segment a-b."""
    (ax, ay), (bx, by), (px, py) = a, b, p
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    if length2 == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def simplify(commands, tolerance):
    """The pen commands of one glyph with flat curves as lines and straight runs of lines merged."""
    out = []
    current = None
    anchor = None  # start of the run of lines that ends at `current`
    passed = []  # the points the run's last line has absorbed
    for op, args in commands:
        if op == "curveTo" and len(args) == 3:
            c1, c2, p = args
            # a cubic stays within 3/4 of its control points' distance from the chord
            if 0.75 * max(distance(c1, current, p), distance(c2, current, p)) <= tolerance:
                op, args = "lineTo", (p,)
        if op == "lineTo":
            p = args[0]
            if p == current:
                continue
            if out and out[-1][0] == "lineTo" and anchor is not None:
                inner = passed + [current]
                if all(distance(m, anchor, p) <= tolerance for m in inner):
                    out[-1] = ("lineTo", (p,))
                    passed = inner
                    current = p
                    continue
            anchor, passed = current, []
            out.append(("lineTo", (p,)))
            current = p
            continue
        out.append((op, args))
        anchor, passed = None, []
        if op == "moveTo" or (args and op != "closePath"):
            current = args[-1]
    return out


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__.split("\n\n")[1])
    source, dest, tolerance = sys.argv[1], sys.argv[2], float(sys.argv[3])
    if not 0 < tolerance <= 4:
        sys.exit(f"simplify-font: tolerance {tolerance} is outside (0, 4] font units")
    font = TTFont(source, recalcTimestamp=False)  # the same bytes on every machine
    if "CFF " not in font:
        sys.exit(f"simplify-font: {source} has no CFF table (only CFF-flavoured fonts are simplified)")
    cff = font["CFF "].cff
    charstrings = cff[cff.fontNames[0]].CharStrings
    metrics = font["hmtx"]
    for name in font.getGlyphOrder():
        old = charstrings[name]
        recording = RecordingPen()
        old.draw(recording)
        pen = T2CharStringPen(metrics[name][0], None)
        for op, args in simplify(recording.value, tolerance):
            getattr(pen, op)(*args)
        new = pen.getCharString(private=old.private, globalSubrs=old.globalSubrs)
        old.program, old.bytecode = new.program, None
    note = f"; outlines simplified within {tolerance:g} unit by tongbao"
    for record in font["name"].names:
        if record.nameID == 5:
            record.string = record.toUnicode() + note
    font.save(dest)


main()
