#!/usr/bin/env bash
# Writes the input-format fixtures from seed 003 (a 本报讯 web copy). Run from this folder; needs
# LibreOffice (libreoffice-writer-nogui), poppler-utils and python3 with PyMuPDF. The outputs are
# committed, so `swift test` needs none of these.
#   seed003.docx       LibreOffice Writer: the .txt imported as UTF-8 text, saved as Word 2007 XML
#   seed003.doc        LibreOffice Writer: the same import saved as Word 97-2003 (.doc)
#   seed003.pdf        LibreOffice Writer: the same import exported as PDF (a real text layer)
#   seed003-scan.pdf   the pages of seed003.pdf rasterised by pdftoppm (72 dpi, grey) and put back
#                      into a PDF as images by PyMuPDF: a "scan" without a text layer
#   seed003.html       make-html.py: the seed's text in a government news page with navigation,
#                      a breadcrumb, metadata, scripts, styles, a related-links list, a footer,
#                      and entities (&ldquo; &rdquo; &nbsp; &mdash; &#12290; …)
set -euo pipefail
cd "$(dirname "$0")"
seed=../../../seeds/003_b0e795534616447e.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$seed" "$work/seed003.txt"
(cd "$work" && soffice --headless --infilter="Text (encoded):UTF8,LF,,," --convert-to docx:"MS Word 2007 XML" seed003.txt >/dev/null 2>&1)
(cd "$work" && soffice --headless --infilter="Text (encoded):UTF8,LF,,," --convert-to pdf:writer_pdf_Export seed003.txt >/dev/null 2>&1)
(cd "$work" && soffice --headless --infilter="Text (encoded):UTF8,LF,,," --convert-to doc:"MS Word 97" seed003.txt >/dev/null 2>&1)
cp "$work/seed003.docx" "$work/seed003.doc" "$work/seed003.pdf" .
pdftoppm -r 72 -gray -png seed003.pdf "$work/page"
python3 - "$work" <<'PY'
import glob, sys, pymupdf as fitz
doc = fitz.open()
for png in sorted(glob.glob(sys.argv[1] + "/page-*.png")):
    img = fitz.open(png)
    rect = img[0].rect
    page = doc.new_page(width=rect.width, height=rect.height)
    page.insert_image(rect, filename=png)
doc.save("seed003-scan.pdf", deflate=True)
PY
python3 make-html.py "$seed" > seed003.html
