/// One way a composed page breaks the layout's rules.
public struct Violation: Sendable, Equatable, CustomStringConvertible {
    /// 1-based page.
    public var page: Int
    /// 1-based line on the page (grid line for body text, else order on the page).
    public var line: Int
    /// What is wrong, quoting the text.
    public var message: String

    public init(page: Int, line: Int, message: String) {
        self.page = page
        self.line = line
        self.message = message
    }

    public var description: String { "page \(page), line \(line): \(message)" }
}

/// Checks composed pages against the layout before anything is written: body lines on the grid
/// and inside the block, no prohibited line start or end, no split number or Latin word, non-final
/// lines flush right.
public enum SelfCheck {
    /// The violations, in page order.
    public static func check(_ doc: ComposedDocument, setter: Typesetter) -> [Violation] {
        let layout = setter.layout
        let L = layout.page.blockLeft
        let T = layout.page.blockTop
        let W = layout.page.blockWidth
        let H = layout.page.blockHeight
        let tol = 1.0 * Units.ptPerMM
        let over = layout.grid.bodySize - setter.charPitch
        let flushRight = L + W + over
        var out: [Violation] = doc.faults
        var prevBody: (LineRecord, Int)? = nil
        var previous: LineRecord? = nil
        for page in doc.pages {
            for (i, l) in page.lines.enumerated() {
                let n = (l.slot ?? i) + 1
                func fail(_ m: String) { out.append(Violation(page: page.number, line: n, message: m)) }
                let text = l.text.trimmingSpaces
                guard !text.isEmpty else { continue }
                if l.kind != .pageNumber {
                    if l.x0 < L - tol || l.x1 > L + W + over + tol {
                        fail("'\(text)' runs outside the text block")
                    }
                    if l.baseline < T || l.baseline > T + H + tol {
                        fail("'\(text)' lies outside the text block vertically")
                    }
                }
                // prohibitions apply where the engine broke a line: not to the text's own first
                // character ("—" alone in a table cell) or its last
                let continues = previous.map { $0.block == l.block && !$0.paragraphFinal } ?? false
                if continues, let first = text.first, CJK.noLineStart.contains(first), l.kind != .pageNumber {
                    fail("line starts with '\(first)': \(text)")
                }
                if !l.paragraphFinal, let last = text.last, CJK.noLineEnd.contains(last) {
                    fail("line ends with '\(last)': \(text)")
                }
                if l.kind != .pageNumber { previous = l }
                if l.kind == .body || l.kind == .heading {
                    if let s = l.slot {
                        let want = setter.baseline(slot: s, size: layout.grid.bodySize)
                        if abs(want - l.baseline) > 0.01 { fail("'\(text)' is off the grid") }
                    } else {
                        fail("'\(text)' is off the grid")
                    }
                    if !l.paragraphFinal, abs(l.x1 - flushRight) > 0.5 {
                        fail("line is not flush right (short by \(Int((flushRight - l.x1).rounded())) pt): \(text)")
                    }
                    if let (p, pageNo) = prevBody, p.block == l.block, !p.paragraphFinal,
                        let a = p.text.trimmingSpaces.last, let b = text.first,
                        (CJK.isWordCore(a) || a == ".") && (CJK.isWordCore(b) || b == "." || b == "%")
                            || (CJK.isDigit(a) && CJK.numberUnits.contains(b))
                    {
                        out.append(
                            Violation(page: pageNo, line: (p.slot ?? 0) + 1, message: "number or word split across lines: '\(a)|\(b)'"))
                    }
                    prevBody = (l, page.number)
                }
            }
        }
        return out
    }
}

extension SelfCheck {
    /// Things in the content itself that a reader of the PDF will see as faults, though the engine
    /// did not cause them: a paragraph that starts with a mark no line may start with.
    public static func contentWarnings(_ doc: ComposedDocument) -> [Violation] {
        var out: [Violation] = []
        var previous: LineRecord? = nil
        for page in doc.pages {
            for (i, l) in page.lines.enumerated() where l.kind != .pageNumber {
                let starts = !(previous.map { $0.block == l.block && !$0.paragraphFinal } ?? false)
                if starts, l.kind == .body || l.kind == .heading, let first = l.text.trimmingSpaces.first,
                    CJK.noLineStart.contains(first)
                {
                    out.append(
                        Violation(page: page.number, line: (l.slot ?? i) + 1, message: "the text itself starts with '\(first)': \(l.text)"))
                }
                previous = l
            }
        }
        return out
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\u{3000}" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\u{3000}" { s = s.dropLast() }
        return String(s)
    }
}
