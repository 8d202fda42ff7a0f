/// Cleaning step: half-width punctuation in Chinese text becomes full-width.
extension Cleaner {
    static func fullWidth(_ c: Unicode.Scalar) -> Unicode.Scalar? {
        switch c {
        case ",": return "，"
        case ":": return "："
        case ";": return "；"
        case "?": return "？"
        case "!": return "！"
        case "(": return "（"
        case ")": return "）"
        default: return nil
        }
    }

    /// `, : ; ? ! ( )` next to a Han character become `，：；？！（）`; between two digits they stay
    /// (`1,000`, `10:30`), as do those in Latin text. Straight double quotes around Chinese become
    /// “…”.
    static func fullWidthPunctuation(_ line: Scalars) -> Scalars {
        var out = line
        fullWidthPunctuation(&out)
        return out
    }

    /// `fullWidthPunctuation` in place (a paragraph is not copied); every decision reads the
    /// line as it was. Returns whether it changed anything (a paragraph made again need not be
    /// read again when it did not: `CleanedText.ParagraphRecord.widened`). One read of the line,
    /// each ASCII mark looked at where it is (three reads, one for each rule, were ~2 % of the
    /// reader).
    @discardableResult
    static func fullWidthPunctuation(_ line: inout Scalars) -> Bool {
        var changes: [(Int, Unicode.Scalar)] = []
        var quotes: [Int] = []
        line.withUnsafeBufferPointer { t in
            for i in t.indices where t[i].value < 0x80 {
                let c = t[i]
                if c == "\"" {
                    quotes.append(i)
                } else if c == "." {
                    // `…视频会议. 副省长…`: a full stop after Chinese, before Chinese, a space or the line end
                    guard i > 0, t[i - 1].isHan || t[i - 1] == "”" || t[i - 1] == "）" else { continue }
                    if i + 1 == t.count || t[i + 1].isHan || t[i + 1].isSpace || t[i + 1] == "“" { changes.append((i, "。")) }
                } else if let full = fullWidth(c) {
                    let prev = i > 0 ? t[i - 1] : nil
                    let next = i + 1 < t.count ? t[i + 1] : nil
                    if let p = prev, let n = next, p.isDigit, n.isDigit { continue }
                    if isChinese(prev) || isChinese(next) { changes.append((i, full)) }
                }
            }
        }
        // 国家"大气十条"终期考核: straight double quotes around Chinese become “…”, pair by pair
        // (an odd count leaves the line's quotes as they are: which one opens is unknown)
        if !quotes.isEmpty, quotes.count % 2 == 0 {
            for k in stride(from: 0, to: quotes.count, by: 2) {
                let (a, b) = (quotes[k], quotes[k + 1])
                guard line[(a + 1)..<b].contains(where: \.isHan) else { continue }
                changes.append((a, "“"))
                changes.append((b, "”"))
            }
        }
        for (i, c) in changes { line[i] = c }
        return !changes.isEmpty
    }

    private static func isChinese(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return c.isHan || c.isCJKPunctuation
    }
}
