#!/usr/bin/env python3
"""Checks a .docx tongbao wrote, as Word, WPS and LibreOffice would read it.

usage: docxcheck.py FILE.docx SAME.pdf [LIBREOFFICE.pdf]

1. The XML rules both suites need (python-docx + lxml): an East-Asian font on the defaults and on
   every style that sets run properties; w:tblGrid/w:gridCol and w:tblW on every table, header rows
   repeated, header and 版记 rows never split (body rows all alike, as `[table] split_rows`
   says); no w:numPr (automatic numbering) anywhere; odd/even footers; the
   document grid; the 版记 as the last element.
2. The text of the .docx equals the text of the PDF tongbao wrote for the same content, block by
   block (page numbers aside; a chart is an image in the .docx, so its labels are skipped there;
   a table's header repeated on a new page is skipped).
3. With LIBREOFFICE.pdf (the .docx converted by `soffice --headless --convert-to pdf`), the GB/T 9704
   page as ../shared/tools/pdfcheck.py measures it: A4, the text inside the block within 1 mm,
   28 characters x 22 lines, page numbers odd right / even left. Two things are reported, not
   failed, because they are LibreOffice's and not the document's: closing punctuation hung past
   the right margin (LibreOffice 7.4 reads `w:overflowPunct w:val="0"` — "do not hang", as Word
   and WPS read it — as "hang": writerfilter sets ParaIsHangingPunctuation to `val == 0`), and
   its looser justification of CJK lines (about 1 pt).
Exit 0 when all pass, 1 otherwise.
"""
import json
import os
import re
import subprocess
import sys

import docx
import fitz  # PyMuPDF
from docx.oxml.ns import qn

failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def check_xml(path):
    d = docx.Document(path)
    styles = d.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    fonts = defaults.find(".//" + qn("w:rFonts")) if defaults is not None else None
    if fonts is None or not fonts.get(qn("w:eastAsia")):
        fail("docDefaults: no w:rFonts w:eastAsia")
    for st in styles.findall(qn("w:style")):
        rpr = st.find(qn("w:rPr"))
        if rpr is None:
            continue
        f = rpr.find(qn("w:rFonts"))
        if f is None or not f.get(qn("w:eastAsia")) or f.get(qn("w:hint")) != "eastAsia":
            fail(f"style {st.get(qn('w:styleId'))}: run style without w:rFonts w:eastAsia and the eastAsia hint")
    body = d.element.body
    if body.findall(".//" + qn("w:numPr")):
        fail("w:numPr (automatic numbering) present; headings must carry their numbers as text")
    tables = body.findall(qn("w:tbl"))
    body_rows_whole = set()
    for i, t in enumerate(tables):
        grid = t.find(qn("w:tblGrid"))
        cols = grid.findall(qn("w:gridCol")) if grid is not None else []
        if not cols:
            fail(f"table {i + 1}: no w:tblGrid/w:gridCol (WPS lays columns out from these)")
        if t.find(qn("w:tblPr") + "/" + qn("w:tblW")) is None:
            fail(f"table {i + 1}: no w:tblW (Word lays the table out from it)")
        rows = t.findall(qn("w:tr"))
        headed_table = t.find(qn("w:tr") + "/" + qn("w:trPr") + "/" + qn("w:tblHeader")) is not None
        for r in rows:
            whole = r.find(qn("w:trPr") + "/" + qn("w:cantSplit")) is not None
            header = r.find(qn("w:trPr") + "/" + qn("w:tblHeader")) is not None
            # the header row and the 版记's rows never split; body rows follow [table] split_rows,
            # one setting for every body row of the document
            if not whole and (header or not headed_table):
                fail(f"table {i + 1}: a header or 版记 row may split across pages (no w:cantSplit)")
                break
            if headed_table and not header:
                body_rows_whole.add(whole)
            cells = len(r.findall(qn("w:tc")))
            spans = sum(int(tc.find(qn("w:tcPr") + "/" + qn("w:gridSpan")).get(qn("w:val")))
                        for tc in r.findall(qn("w:tc")) if tc.find(qn("w:tcPr") + "/" + qn("w:gridSpan")) is not None)
            if cells + max(0, spans - (1 if spans else 0)) > len(cols) + 1:
                fail(f"table {i + 1}: a row has more cells than grid columns")
                break
    if len(body_rows_whole) > 1:
        fail("some body rows may split across pages and some not (w:cantSplit on part of them)")
    headed = [t for t in tables if t.find(qn("w:tr") + "/" + qn("w:trPr") + "/" + qn("w:tblHeader")) is not None]
    if len(tables) > 1 and not headed:
        fail("no table repeats its header row (w:tblHeader)")
    settings = d.settings.element
    if settings.find(qn("w:evenAndOddHeaders")) is None:
        fail("settings: no w:evenAndOddHeaders (odd and even page numbers)")
    sect = body.find(qn("w:sectPr"))
    grid = sect.find(qn("w:docGrid")) if sect is not None else None
    if grid is None or grid.get(qn("w:type")) != "linesAndChars":
        fail("sectPr: no w:docGrid w:type=linesAndChars")
    elements = [e for e in body if e.tag != qn("w:sectPr")]
    def is_end_block(e):
        return e.tag == qn("w:tbl") and "印发" in "".join(x.text or "" for x in e.iter(qn("w:t")))
    # a layout without a 版记 (the meeting layout) has none; one that has it ends with it
    if any(is_end_block(e) for e in elements) and not is_end_block(elements[-1]):
        fail("the 版记 (…印发) is not the last element")
    return d


def docx_blocks(d):
    """Body elements in order: ("p", text) | ("table", header, [rows]) | ("image",)."""
    out = []
    for e in d.element.body:
        if e.tag == qn("w:p"):
            if e.findall(".//" + qn("w:drawing")):
                out.append(("image",))
                continue
            out.append(("p", "".join(t.text or "" for t in e.iter(qn("w:t")))))
        elif e.tag == qn("w:tbl"):
            rows = []
            header = None
            for r in e.findall(qn("w:tr")):
                cells = ["".join(t.text or "" for t in tc.iter(qn("w:t"))) for tc in r.findall(qn("w:tc"))]
                if r.find(qn("w:trPr") + "/" + qn("w:tblHeader")) is not None and header is None:
                    header = "".join(cells)
                else:
                    rows.append(cells)
            out.append(("table", header, rows))
    return out


def squeeze(s):
    return re.sub(r"\s+", "", s)


def pdf_stream(path):
    doc = fitz.open(path)
    parts = []
    for page in doc:
        for line in page.get_text("text", sort=False).splitlines():
            if re.fullmatch(r"\s*—\s*\d+\s*—\s*", line):
                continue
            parts.append(line)
    return squeeze("".join(parts))


def check_text(d, pdf):
    s = pdf_stream(pdf)
    pos = 0
    skip = False  # after an image: the chart's labels in the PDF are skipped
    where = lambda: s[pos:pos + 30]

    def take(t, what):
        nonlocal pos, skip
        t = squeeze(t)
        if not t:
            return True
        if s.startswith(t, pos):
            pos += len(t)
            skip = False
            return True
        if skip:
            k = s.find(t, pos)
            if k >= 0:
                pos = k + len(t)
                skip = False
                return True
        fail(f"{what}: the .docx has {t[:30]!r}…, the PDF {where()!r}…")
        return False

    for b in docx_blocks(d):
        if b[0] == "image":
            skip = True
        elif b[0] == "p":
            if not take(b[1], "paragraph"):
                return
        else:
            header, rows = b[1], b[2]
            if header is not None and not take(header, "table header"):
                return
            h = squeeze(header or "")
            for cells in rows:
                r = squeeze("".join(cells))
                if h and not r.startswith(h) and s.startswith(h, pos) and not s.startswith(r, pos):
                    pos += len(h)  # the header repeated on the next page
                if not s.startswith(r, pos) and h:
                    end = split_row([squeeze(c) for c in cells], h, s, pos)
                    if end is not None:
                        pos = end  # a row broken across pages ([table] split_rows)
                        skip = False
                        continue
                if not take(r, "table row"):
                    return
    if s[pos:]:
        fail(f"the PDF has text the .docx lacks: {s[pos:pos + 40]!r}…")


def split_row(cells, header, s, pos):
    """Where in `s` from `pos` a row broken across pages ends: each page holds the next lines of
    every cell in column order (some none), and the pages after the first open with the header
    row again. None when the text there is not such a row."""
    seen = set()

    def walk(i, offsets, p, piece_chars, pieces):
        key = (i, offsets, p)
        if key in seen:
            return None
        seen.add(key)
        if i == len(cells):
            if all(o == len(c) for o, c in zip(offsets, cells)):
                return p if pieces > 0 else None
            if piece_chars == 0 or not s.startswith(header, p):
                return None
            return walk(0, offsets, p + len(header), 0, pieces + 1)
        c, o = cells[i], offsets[i]
        for n in range(len(c) - o, -1, -1):  # the longest piece of this cell first
            if s.startswith(c[o:o + n], p):
                nxt = offsets[:i] + (o + n,) + offsets[i + 1:]
                found = walk(i + 1, nxt, p + n, piece_chars + n, pieces)
                if found is not None:
                    return found
        return None

    return walk(0, tuple(0 for _ in cells), pos, 0, 0)


def check_page(lo_pdf):
    here = os.path.dirname(os.path.abspath(__file__))
    checker = os.path.join(os.environ.get("SHARED", os.path.join(here, "..", "..", "shared")), "tools", "pdfcheck.py")
    r = subprocess.run([sys.executable, checker, lo_pdf, "--profile", "gbt9704", "--json"], capture_output=True, text=True)
    try:
        report = json.loads(r.stdout)
    except json.JSONDecodeError:
        fail(f"pdfcheck could not read {lo_pdf}: {r.stderr.strip()[-200:]}")
        return
    f = report["findings"]
    for p in report["pages"]:
        if not p.get("a4"):
            fail(f"p{p['page']}: not A4")
    cap = f.get("lines_per_page_capacity")
    if cap != 22:
        fail(f"lines per page: capacity {cap}, expected 22")
    # the capacity (block width / measured character pitch) decides, within a quarter character of
    # measuring noise below (justified lines widen the pitch; 27 characters a line measure 27.6);
    # the most common full line may be 29 where LibreOffice hangs a comma past the margin
    cpl = f.get("chars_per_line_capacity") or 0
    if not 27.75 <= cpl < 29:
        fail(f"characters per line: capacity {cpl}, expected 28")
    numbers = f.get("page_numbers") or []
    if len(numbers) != len(report["pages"]):
        fail(f"{len(numbers)} page numbers on {len(report['pages'])} pages")
    for n in numbers:
        want = "right" if n["number"] % 2 else "left"
        if n["number"] != n["page"] or n["side"] != want or not re.fullmatch(r"— \d+ —", n["text"]):
            fail(f"p{n['page']}: page number {n['text']!r} on the {n['side']}, expected — {n['page']} — on the {want}")
    # text inside the block within 1 mm; closing punctuation hung past the right edge is LibreOffice's
    closing = set("、，。．：；？！”’）》」』】〕〗〉｝］")
    doc = fitz.open(lo_pdf)
    L, T, R, B = 28.0, 37.0, 184.0, 262.0
    mm = 25.4 / 72
    hung = 0
    for pn, page in enumerate(doc):
        for block in page.get_text("rawdict")["blocks"]:
            for line in block.get("lines", []):
                chars = [c for s in line["spans"] for c in s["chars"] if not c["c"].isspace()]
                if not chars:
                    continue
                text = "".join(c["c"] for c in chars)
                if re.fullmatch(r"—\d+—", text):
                    continue
                size = line["spans"][0]["size"]
                x0 = min(c["bbox"][0] for c in chars) * mm
                x1 = max(c["bbox"][2] for c in chars) * mm
                base = line["spans"][0]["origin"][1]
                y0, y1 = (base - 0.88 * size) * mm, (base + 0.12 * size) * mm
                if x1 > R + 1:
                    rest = [c for c in chars if c["bbox"][2] * mm > R + 1]
                    if all(c["c"] in closing for c in rest):
                        hung += 1
                    else:
                        fail(f"p{pn + 1}: text past the block's right edge ({x1:.1f} mm): {text[-10:]}")
                if x0 < L - 1 or y0 < T - 1 or y1 > B + 1:
                    fail(f"p{pn + 1}: text outside the block ({x0:.1f}, {y0:.1f}–{y1:.1f} mm): {text[:10]}")
    print(f"LibreOffice: {len(report['pages'])} pages, pitch {f.get('line_pitch_pt')} pt, {cpl} characters per line,"
          f" {hung} line(s) with hanging punctuation, justification spread {f.get('justify_right_edge_spread_pt')} pt")


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    d = check_xml(sys.argv[1])
    check_text(d, sys.argv[2])
    if len(sys.argv) > 3:
        check_page(sys.argv[3])
    print(("FAIL " if failures else "PASS ") + os.path.basename(sys.argv[1]))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
