/// Step 4e: explicitly numbered demands (一是/二是, 一要/二要, 一、二、, （一）（二）), in order.
/// A numbered list of causes (究其原因，一是…) is not a list of requirements.
struct RequirementExtractor: Sendable {
    enum Family: Int, Sendable { case shi, yao, dun, paren, arabic, di }

    struct Marker: Equatable {
        var family: Family
        var value: Int
        var start: Int
        /// Where the point's text starts.
        var textStart: Int
    }

    private static let causeWords = Words.list("cause-words").map {
        Scalars($0)
    }

    func extract(_ t: Scalars) -> [String] {
        let markers = Self.markers(in: t)
        // runs of 1, 2, 3 … per family
        var runs: [[Marker]] = []
        var open: [Family: Int] = [:]  // family → index in runs
        for m in markers {
            if m.value == 1 {
                runs.append([m])
                open[m.family] = runs.count - 1
            } else if let r = open[m.family], let last = runs[r].last, last.value + 1 == m.value {
                runs[r].append(m)
            }
        }
        let good = runs.filter { $0.count >= 2 && !Self.isCauseList(t, at: $0[0].start) && Self.isDemandList(t, $0) }
        guard let first = good.first else { return [] }
        let chosen = good.filter { $0[0].family == first[0].family }
        var out: [String] = []
        for run in chosen {
            for (k, m) in run.enumerated() {
                // up to the next point, or the end of the point's sentence (；ends 一是/一要 points)
                let limit = k + 1 < run.count ? run[k + 1].start : t.count
                let semicolonEnds = m.family == .shi || m.family == .yao || m.family == .di
                var end = m.textStart
                while end < limit, t[end] != "\n" {
                    if t[end].isSentenceEnd && (t[end] != "；" || semicolonEnds) { break }
                    end += 1
                }
                var text = t.sub(m.textStart, end)
                while let l = text.last, l.isClauseEnd || l.isSpace || l == "、" { text.removeLast() }
                if !text.isEmpty { out.append(text.string) }
            }
        }
        return out
    }

    private static let demandCues = WordList(Words.list("demand-cues"))

    /// A list of demands: 一要…, 一是要…, or a list after 要求/强调/任务/意见… (a list of what was
    /// done — 主要做法：一是… — is not).
    static func isDemandList(_ t: Scalars, _ run: [Marker]) -> Bool {
        if run[0].family == .yao { return true }
        if run.allSatisfy({ t.has(["要"], at: $0.textStart) }) { return true }
        let s = run[0].start
        return demandCues.occurs(in: t, from: max(0, s - 40), to: s)
    }

    static func isCauseList(_ t: Scalars, at i: Int) -> Bool {
        let before = t.sub(max(0, i - 12), i)
        return causeWords.contains { before.contains($0) }
    }

    /// Every enumeration marker at a clause start.
    static func markers(in t: Scalars) -> [Marker] {
        var out: [Marker] = []
        var i = 0
        while i < t.count {
            let atStart = i == 0 || t[i - 1].isClauseEnd || t[i - 1] == "\n" || t[i - 1] == "、"
            let c = t[i]
            if atStart, c == "（" || c == "(" {
                var j = i + 1
                while j < t.count, ChineseNumber.isNumeral(t[j]), j - i < 4 { j += 1 }
                if j > i + 1, j < t.count, t[j] == "）" || t[j] == ")", let v = ChineseNumber.value(t.sub(i + 1, j)) {
                    out.append(Marker(family: .paren, value: v, start: i, textStart: j + 1))
                    i = j + 1
                    continue
                }
            }
            if atStart, ChineseNumber.isNumeral(c) {
                var j = i
                while j < t.count, ChineseNumber.isNumeral(t[j]), j - i < 3 { j += 1 }
                if j < t.count, let v = ChineseNumber.value(t.sub(i, j)) {
                    switch t[j] {
                    case "是":
                        out.append(Marker(family: .shi, value: v, start: i, textStart: j + 1))
                    case "要":
                        out.append(Marker(family: .yao, value: v, start: i, textStart: j))
                    case "、":
                        out.append(Marker(family: .dun, value: v, start: i, textStart: j + 1))
                    default: break
                    }
                }
            }
            // 第一，…；第二，…
            if atStart, c == "第", i + 1 < t.count, ChineseNumber.isNumeral(t[i + 1]) {
                var j = i + 1
                while j < t.count, ChineseNumber.isNumeral(t[j]), j - i < 4 { j += 1 }
                if j < t.count, t[j] == "，" || t[j] == "," || t[j] == "、", let v = ChineseNumber.value(t.sub(i + 1, j)) {
                    out.append(Marker(family: .di, value: v, start: i, textStart: j + 1))
                }
            }
            if atStart, c.isDigit, i + 1 < t.count {
                var j = i
                while j < t.count, t[j].isDigit, j - i < 2 { j += 1 }
                let dot = j + 1 < t.count && t[j] == "." && !t[j + 1].isDigit
                if j < t.count, t[j] == "、" || t[j] == "．" || dot, let v = Int(t.sub(i, j).string) {
                    out.append(Marker(family: .arabic, value: v, start: i, textStart: j + 1))
                }
            }
            i += 1
        }
        return out
    }
}
