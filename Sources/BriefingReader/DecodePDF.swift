import CPoppler
import Foundation

/// Step 1 for a PDF: the text layer of each page in reading order through poppler; a line's
/// origin is its page. A PDF without text (a scan) is refused by name, not read as empty.
///
/// A PDF has no paragraphs, only lines broken where the column ends, and a line may break after
/// a full stop or a semicolon. A line that runs to the right edge of the page's text, followed by
/// one that is not indented, is joined to it (the layout, from poppler's character boxes, tells
/// a wrap from a paragraph end, which the text alone cannot) — unless the next line is a page
/// number, or the line ends a sentence and the next opens an item or is a heading. Pieces of one
/// visual line that poppler gives apart (a masthead's date and its page, far apart) are one line.
struct PDFDecoder: Sendable {

    func decode(_ data: Data, file: String) throws(UndecodableFileError) -> DecodedText {
        if let why = shim_poppler_unavailable() {
            throw UndecodableFileError(file: file, reason: "a PDF, and poppler cannot be loaded (\(String(cString: why)))")
        }
        let bytes = data.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(bytes) }
        var error: UnsafeMutablePointer<GError>?
        guard let doc = shim_poppler_document_new_from_bytes(bytes, nil, &error) else {
            let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "unknown error"
            if let error { g_error_free(error) }
            throw UndecodableFileError(file: file, reason: "a PDF poppler cannot open (\(message))")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(doc)) }
        var out = DocumentLines()
        let count = shim_poppler_document_get_n_pages(doc)
        for i in 0..<max(0, count) {
            guard let page = shim_poppler_document_get_page(doc, i) else { continue }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            for line in Self.paragraphs(of: page) { out.append(line, origin: Int(i) + 1) }
        }
        guard out.hasText else {
            throw UndecodableFileError(
                file: file, reason: "扫描件，无文字层 (a scanned PDF without a text layer; run OCR on it or supply the text)")
        }
        return out.decoded(encoding: "utf-8", format: "pdf", asPages: true)
    }

    /// One text line of a page with its horizontal extent (nil when poppler gave no boxes).
    struct Line {
        var text: String
        var left: Double?
        var right: Double?
        var charWidth: Double?
        /// Vertical extent (PDF points from the top of the page).
        var top: Double? = nil
        var bottom: Double? = nil
    }

    /// The page's lines, wrapped lines joined.
    static func paragraphs(of page: OpaquePointer) -> [String] {
        guard let raw = shim_poppler_page_get_text(page) else { return [] }
        let text = String(cString: raw)
        g_free(raw)
        var rects: UnsafeMutablePointer<PopplerRectangle>?
        var n: guint = 0
        var boxes: [PopplerRectangle] = []
        if shim_poppler_page_get_text_layout(page, &rects, &n) != 0, let rects {
            boxes = Array(UnsafeBufferPointer(start: rects, count: Int(n)))
            g_free(rects)
        }
        return joinWrapped(sameRowJoined(lines(text, boxes: boxes)))
    }

    /// Pieces poppler gives as lines of their own though they stand on one row, left to right.
    static func sameRowJoined(_ lines: [Line]) -> [Line] {
        var out: [Line] = []
        for line in lines {
            if var last = out.last, let t1 = last.top, let b1 = last.bottom, let t2 = line.top, let b2 = line.bottom,
                let r1 = last.right, let l2 = line.left, l2 > r1,
                min(b1, b2) - max(t1, t2) > 0.5 * min(b1 - t1, b2 - t2)
            {
                last.text += " " + line.text
                last.right = line.right
                last.top = min(t1, t2)
                last.bottom = max(b1, b2)
                out[out.count - 1] = last
            } else {
                out.append(line)
            }
        }
        return out
    }

    /// Splits the text at line breaks; poppler gives one box per character (line breaks included).
    static func lines(_ text: String, boxes: [PopplerRectangle]) -> [Line] {
        let scalars = Array(text.unicodeScalars)
        let aligned = boxes.count == scalars.count
        var out: [Line] = []
        var current = String.UnicodeScalarView()
        var left = Double.infinity
        var right = -Double.infinity
        var top = Double.infinity
        var bottom = -Double.infinity
        var widths: [Double] = []
        func finish() {
            let hasBoxes = aligned && right > left
            let width = widths.isEmpty ? nil : widths.sorted()[widths.count / 2]
            out.append(
                Line(
                    text: String(current), left: hasBoxes ? left : nil, right: hasBoxes ? right : nil, charWidth: width,
                    top: hasBoxes ? top : nil, bottom: hasBoxes ? bottom : nil))
            current = String.UnicodeScalarView()
            left = .infinity
            right = -.infinity
            top = .infinity
            bottom = -.infinity
            widths = []
        }
        for (k, s) in scalars.enumerated() {
            if s == "\n" {
                finish()
                continue
            }
            current.append(s)
            if aligned, !s.properties.isWhitespace {
                let b = boxes[k]
                left = min(left, b.x1)
                right = max(right, b.x2)
                top = min(top, b.y1)
                bottom = max(bottom, b.y2)
                if b.x2 > b.x1 { widths.append(b.x2 - b.x1) }
            }
        }
        if !current.isEmpty { finish() }
        return out
    }

    /// A line that no wrap runs into: a page number, or after a full stop an item's opening or a
    /// short line without a sentence in it (a heading, 相关链接：, a byline).
    static func startsAnew(_ next: Line, after line: Line, nextIsFull: Bool) -> Bool {
        let n = Scalars(next.text.trimmingWhitespace())
        if Cleaner.isPageNumberLine(Cleaner.removeStraySpaces(n)) { return true }
        guard let end = Scalars(line.text.trimmingWhitespace()).last, end == "。" || end == "！" || end == "？" else { return false }
        return Segmenter.isItemStart(n) || (!nextIsFull && n.count <= 30 && !n.contains(where: \.isSentenceEnd))
    }

    /// Joins a line that reaches the right edge of the page's text to the next line, unless the
    /// next one is indented (a new paragraph).
    static func joinWrapped(_ lines: [Line]) -> [String] {
        let rights = lines.compactMap(\.right)
        let lefts = lines.compactMap(\.left)
        guard rights.count >= 3, let edge = rights.max(), let margin = lefts.min() else { return lines.map(\.text) }
        var out: [String] = []
        var pending: String?
        for (k, line) in lines.enumerated() {
            let text = (pending ?? "") + line.text
            pending = nil
            let w = line.charWidth ?? 10
            let full = (line.right ?? 0) >= edge - 1.5 * w
            let next = k + 1 < lines.count ? lines[k + 1] : nil
            let nextIndented = next.map { ($0.left ?? margin) > margin + 1.2 * w } ?? true
            let nextFull = next.map { ($0.right ?? 0) >= edge - 1.5 * ($0.charWidth ?? w) } ?? false
            if full, let next, next.right != nil, !nextIndented, !line.text.trimmingWhitespace().isEmpty,
                !Self.startsAnew(next, after: line, nextIsFull: nextFull)
            {
                pending = text
            } else {
                out.append(text)
            }
        }
        if let pending { out.append(pending) }
        return out
    }
}
