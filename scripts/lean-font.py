#!/usr/bin/env python3
"""Writes one face of a CJK font collection as a lean OpenType font for the PDF writer.

usage: lean-font.py SOURCE.ttc FACE_INDEX OUT.otf

Every glyph, code point, layout feature and name is kept; the CFF outlines are desubroutinized
and stripped of hints. Why: cairo 1.16 subsets a CFF font's subroutines by following the calls
from each used glyph, and gives up -- embedding ALL subroutines of the face (about 0.5 MB for
Noto Serif CJK SC) -- when it misparses a glyph, which happens once a document uses a few hundred
glyphs (it skips a subroutine it has already seen, so its hint count goes wrong and it misreads
the hintmask bytes). Without subroutines there is nothing to give up on: the embedded subset
holds just the used glyphs, as in Typst's PDFs. Hints are dropped because PDF viewers do not
need them and tongbao renders PNGs with hinting off.
"""
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

src, index, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
options = subset.Options()
options.glyph_names = False
options.layout_features = ["*"]
options.name_IDs = ["*"]
options.name_languages = ["*"]
options.name_legacy = True
options.notdef_outline = True
options.legacy_kern = True
options.symbol_cmap = True
options.desubroutinize = True
options.hinting = False
options.recalc_timestamp = False
font = TTFont(src, fontNumber=index, lazy=False, recalcTimestamp=False)
sub = subset.Subsetter(options)
sub.populate(glyphs=font.getGlyphOrder(), unicodes=font.getBestCmap().keys())
sub.subset(font)
font.save(out)
