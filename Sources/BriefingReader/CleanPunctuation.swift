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
    /// line as it was.
    static func fullWidthPunctuation(_ line: inout Scalars) {
        // most paragraphs hold none of the marks this step changes: one read of them tells
        guard line.contains(where: { $0.value < 0x80 && isChangeable($0) }) else { return }
        var changes: [(Int, Unicode.Scalar)] = []
        for i in line.indices where line[i].value < 0x80 {
            guard let full = fullWidth(line[i]) else { continue }
            let prev = i > 0 ? line[i - 1] : nil
            let next = i + 1 < line.count ? line[i + 1] : nil
            if let p = prev, let n = next, p.isDigit, n.isDigit { continue }
            if isChinese(prev) || isChinese(next) { changes.append((i, full)) }
        }
        // `…视频会议. 副省长…`: a full stop after Chinese, before Chinese, a space or the line end
        for i in line.indices where line[i] == "." && i > 0 && (line[i - 1].isHan || line[i - 1] == "”" || line[i - 1] == "）") {
            guard i + 1 < line.count else {
                changes.append((i, "。"))
                continue
            }
            let next = line[i + 1]
            if next.isHan || next.isSpace || next == "“" { changes.append((i, "。")) }
        }
        // 国家"大气十条"终期考核: straight double quotes around Chinese become “…”, pair by pair
        // (an odd count leaves the line's quotes as they are: which one opens is unknown)
        let straight = line.indices.filter { line[$0] == "\"" }
        if !straight.isEmpty, straight.count % 2 == 0 {
            for k in stride(from: 0, to: straight.count, by: 2) {
                let (a, b) = (straight[k], straight[k + 1])
                guard line[(a + 1)..<b].contains(where: \.isHan) else { continue }
                changes.append((a, "“"))
                changes.append((b, "”"))
            }
        }
        for (i, c) in changes { line[i] = c }
    }

    /// The marks `fullWidthPunctuation` can change: `, : ; ? ! ( ) . "`.
    private static func isChangeable(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ",", ":", ";", "?", "!", "(", ")", ".", "\"": return true
        default: return false
        }
    }

    private static func isChinese(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return c.isHan || c.isCJKPunctuation
    }
}
