#!/usr/bin/env python3
"""Checks an OFD tongbao wrote against the PDF of the same pages, with independent readers.

    ofdcheck.py FILE.ofd FILE.pdf [--png DIR] [--page N]

- Package: the zip opens; OFD.xml, Document.xml, PublicRes.xml and every page's Content.xml
  parse; the page list matches the PDF's page count; every font file named in PublicRes is in the
  package and opens with fontTools, with an outline table (glyf or CFF); every character of a
  TextCode without a CGTransform is in that font's cmap and every CGTransform glyph id exists.
- easyofd (PyPI) parses the package; the characters it extracts per page equal the PDF's
  (PyMuPDF), whitespace aside, and each character's position (easyofd's reading of Boundary, X,
  Y and DeltaX) is within 0.5 mm of the PDF's glyph origin.
- easyofd renders the package to PDF (reportlab); the result has the same number of pages and is
  not easyofd's "cannot parse" page. With --png, page N of that rendering and of the PDF are
  written as PNGs for a look side by side. easyofd draws every character with one font it names
  "宋体" (it does not draw the embedded faces); --png registers that name with --draw-font so
  the characters show.

Exit 0 when every check passes, 1 otherwise; the last line is `SUMMARY: PASS|FAIL …`.
"""
import argparse
import base64
import contextlib
import io
import os
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

NS = {"ofd": "http://www.ofdspec.org/2016"}
TOLERANCE_MM = 0.5
PT = 25.4 / 72


def package_problems(path, pdf_pages):
    """Structure checks on the zip itself; returns (problems, page count)."""
    from fontTools.ttLib import TTFont

    problems = []
    z = zipfile.ZipFile(path)
    names = set(z.namelist())

    def xml(name):
        if name not in names:
            problems.append(f"{name}: missing")
            return None
        try:
            return ET.fromstring(z.read(name))
        except ET.ParseError as e:
            problems.append(f"{name}: not well-formed XML: {e}")
            return None

    entry = xml("OFD.xml")
    if entry is None:
        return problems, 0
    root_loc = entry.findtext("ofd:DocBody/ofd:DocRoot", namespaces=NS)
    info = entry.find("ofd:DocBody/ofd:DocInfo", NS)
    for field in ("DocID", "Title", "CreationDate", "Creator"):
        if info is None or not (info.findtext(f"ofd:{field}", namespaces=NS) or "").strip():
            problems.append(f"OFD.xml: DocInfo has no {field}")
    if not root_loc:
        problems.append("OFD.xml: no DocRoot")
        return problems, 0
    base = os.path.dirname(root_loc)
    doc = xml(root_loc)
    if doc is None:
        return problems, 0
    pages = doc.findall("ofd:Pages/ofd:Page", NS)
    if len(pages) != pdf_pages:
        problems.append(f"Document.xml lists {len(pages)} pages, the PDF has {pdf_pages}")
    ids = [int(e.get("ID")) for e in doc.iter() if e.get("ID")]
    max_id = int(doc.findtext("ofd:CommonData/ofd:MaxUnitID", "0", NS))

    fonts = {}
    for loc in doc.findall("ofd:CommonData/ofd:PublicRes", NS):
        res_name = f"{base}/{loc.text}"
        res = xml(res_name)
        if res is None:
            continue
        res_base = f"{base}/{res.get('BaseLoc', '')}".rstrip("/")
        for f in res.findall("ofd:Fonts/ofd:Font", NS):
            ids.append(int(f.get("ID")))
            file_name = f"{res_base}/{f.findtext('ofd:FontFile', '', NS)}"
            if file_name not in names:
                problems.append(f"{res_name}: font {f.get('FontName')} names {file_name}, not in the package")
                continue
            try:
                tt = TTFont(io.BytesIO(z.read(file_name)))
            except Exception as e:  # noqa: BLE001 (any failure to open is the finding)
                problems.append(f"{file_name}: fontTools cannot open it: {e}")
                continue
            if not any(t in tt for t in ("glyf", "CFF ", "CFF2")):
                problems.append(f"{file_name}: no outline table (glyf, CFF)")
            fonts[f.get("ID")] = (file_name, tt.getBestCmap() or {}, len(tt.getGlyphOrder()))

    for p in pages:
        name = f"{base}/{p.get('BaseLoc')}"
        content = xml(name)
        if content is None:
            continue
        for e in content.iter():
            if e.get("ID"):
                ids.append(int(e.get("ID")))
        for t in content.iter(f"{{{NS['ofd']}}}TextObject"):
            font = fonts.get(t.get("Font"))
            if font is None:
                problems.append(f"{name}: TextObject {t.get('ID')} uses font {t.get('Font')}, not in PublicRes")
                continue
            file_name, cmap, count = font
            transform = t.find("ofd:CGTransform", NS)
            code = t.find("ofd:TextCode", NS)
            if transform is not None:
                glyphs = [int(g) for g in (transform.findtext("ofd:Glyphs", "", NS)).split()]
                if len(glyphs) != int(transform.get("GlyphCount", "-1")) or any(g <= 0 or g >= count for g in glyphs):
                    problems.append(f"{name}: TextObject {t.get('ID')}: CGTransform glyphs not in {file_name}")
            elif code is not None:
                missing = [c for c in (code.text or "") if not c.isspace() and ord(c) not in cmap]
                if missing:
                    problems.append(f"{name}: TextObject {t.get('ID')}: {''.join(missing)} not in the cmap of {file_name}")
    if len(ids) != len(set(ids)):
        problems.append("object IDs are not unique")
    if ids and max(ids) > max_id:
        problems.append(f"MaxUnitID {max_id} is below the largest ID {max(ids)}")
    return problems, len(pages)


def pdf_chars(pdf):
    """Per page: (character, x mm, baseline mm) of every non-blank glyph, from PyMuPDF."""
    out = []
    for page in pdf:
        chars = []
        for block in page.get_text("rawdict")["blocks"]:
            for line in block.get("lines", []):
                for span in line["spans"]:
                    for ch in span["chars"]:
                        if not ch["c"].isspace():
                            chars.append((ch["c"], ch["origin"][0] * PT, ch["origin"][1] * PT))
        out.append(chars)
    return out


def ofd_chars(data, drawer):
    """Per page: (character, x mm, baseline mm) as easyofd reads them."""
    out = []
    pages = data[0]["page_info"]
    for number in sorted(pages):
        chars = []
        for cell in pages[number].get("text_list", []):
            text = cell["text"]
            ctm = {}
            xs = drawer.cmp_offset(cell["pos"][0], cell["X"], cell["DeltaX"], text, ctm, dire="X")
            ys = drawer.cmp_offset(cell["pos"][1], cell["Y"], cell["DeltaY"], text, ctm, dire="Y")
            for k, c in enumerate(text):
                if not c.isspace():
                    chars.append((c, float(xs[min(k, len(xs) - 1)]), float(ys[min(k, len(ys) - 1)])))
        out.append(chars)
    return out


def reading_order(chars):
    return sorted(chars, key=lambda c: (round(c[2], 1), c[1]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ofd")
    ap.add_argument("pdf")
    ap.add_argument("--png", help="write page --page of easyofd's rendering and of the PDF here")
    ap.add_argument("--page", type=int, default=1)
    ap.add_argument("--draw-font", default="fonts/LXGWWenKai-Regular.ttf", help="TrueType font easyofd draws with (--png)")
    args = ap.parse_args()

    import fitz

    pdf = fitz.open(args.pdf)
    problems, pages = package_problems(args.ofd, len(pdf))
    summary = "easyofd: no reading"

    # easyofd prints and logs freely; its chatter goes to stderr, and it writes temporaries in the
    # working directory, so it runs in a scratch one
    from loguru import logger

    logger.remove()
    with open(args.ofd, "rb") as f:
        b64 = base64.b64encode(f.read()).decode()
    cwd = os.getcwd()
    draw_font = os.path.abspath(args.draw_font)
    with tempfile.TemporaryDirectory() as scratch, contextlib.redirect_stdout(sys.stderr):
        os.chdir(scratch)
        try:
            from easyofd.draw.draw_pdf import DrawPDF
            from easyofd.parser_ofd import OFDParser

            try:
                data = OFDParser(b64)()
            except Exception as e:  # noqa: BLE001
                data = None
                problems.append(f"easyofd cannot parse the package: {e!r}")
            if data is not None:
                drawer = DrawPDF(data)
                theirs, ours = ofd_chars(data, drawer), pdf_chars(pdf)
                if len(theirs) != len(ours):
                    problems.append(f"easyofd reads {len(theirs)} pages, the PDF has {len(ours)}")
                worst = 0.0
                for number, (a, b) in enumerate(zip(theirs, ours), start=1):
                    a, b = reading_order(a), reading_order(b)
                    ta, tb = "".join(c[0] for c in a), "".join(c[0] for c in b)
                    if ta != tb:
                        k = next((i for i, (x, y) in enumerate(zip(ta, tb)) if x != y), min(len(ta), len(tb)))
                        problems.append(
                            f"page {number}: text differs at character {k}: OFD …{ta[k:k + 20]}… PDF …{tb[k:k + 20]}…")
                        continue
                    for (c, x1, y1), (_, x2, y2) in zip(a, b):
                        d = max(abs(x1 - x2), abs(y1 - y2))
                        worst = max(worst, d)
                        if d > TOLERANCE_MM:
                            problems.append(
                                f"page {number}: '{c}' at ({x1:.2f}, {y1:.2f}) mm in the OFD, ({x2:.2f}, {y2:.2f}) in the PDF")
                            break
                chars = sum(len(p) for p in ours)
                summary = f"easyofd: {len(theirs)} pages, {chars} characters, largest offset from the PDF {worst:.3f} mm"

                if args.png and os.path.exists(draw_font):
                    from reportlab.pdfbase import pdfmetrics
                    from reportlab.pdfbase.ttfonts import TTFont

                    pdfmetrics.registerFont(TTFont("宋体", draw_font))
                rendered = drawer()  # one DrawPDF: each scans the system's fonts when made
                try:
                    out = fitz.open(stream=rendered, filetype="pdf")
                    if len(out) != len(pdf):
                        problems.append(f"easyofd rendered {len(out)} pages, the PDF has {len(pdf)}")
                    if any("ofd 格式错误" in p.get_text() for p in out):
                        problems.append("easyofd could not render the package (its error page)")
                    if args.png:
                        os.chdir(cwd)
                        os.makedirs(args.png, exist_ok=True)
                        stem = os.path.splitext(os.path.basename(args.ofd))[0]
                        n = max(0, min(args.page, len(pdf)) - 1)
                        # easyofd draws 200 units per inch where a PDF has 72: the same pixels as the PDF at 80 dpi
                        out[n].get_pixmap(matrix=fitz.Matrix(80 / 200, 80 / 200)).save(os.path.join(args.png, f"{stem}-p{args.page}-easyofd.png"))
                        pdf[n].get_pixmap(dpi=80).save(os.path.join(args.png, f"{stem}-p{args.page}-pdf.png"))
                except Exception as e:  # noqa: BLE001
                    problems.append(f"easyofd's rendering cannot be read: {e!r}")
        finally:
            os.chdir(cwd)

    print(summary)
    for p in problems:
        print(f"FAIL: {p}")
    verdict = "PASS" if not problems else "FAIL"
    print(f"SUMMARY: {verdict} {os.path.basename(args.ofd)}: {pages} pages, {len(problems)} problem(s)")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
