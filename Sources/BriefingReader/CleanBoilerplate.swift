/// Cleaning step: site boilerplate lines (copyright, 备案, disclaimers, link lists, spam titles,
/// datelines, editor lines) and page metadata (发布日期, 信息来源).
extension Cleaner {
    /// Why a (space-cleaned, Simplified) line is site boilerplate, or nil when it is content.
    static func boilerplateReason(_ line: Scalars) -> String? {
        // boilerplate is a line of its own; a long line that mentions © is content
        if line.isEmpty || line.count > 300 { return nil }
        return boilerplateReason(line, marks: ScreenMarks(line))
    }

    /// `boilerplateReason`, each test that searches the whole line for its words made only when
    /// `marks` says the line holds a character they start with (`ScreenMarks.all`: every test
    /// made, the plain form the tests hold it to).
    static func boilerplateReason(_ line: Scalars, marks: ScreenMarks) -> String? {
        if line.isEmpty || line.count > 300 { return nil }
        func has(_ word: Scalars, _ first: ScreenMarks) -> Bool {
            marks.contains(.letters) && marks.contains(first) && containsFoldingASCII(line, word)
        }
        if has(Self.copyrightWord, .letterC) || (marks.contains(.copyrightSign) && line.contains("©"))
            || has(Self.rightsReserved, .letterA) || (marks.contains(.copyrightCue) && Self.copyrightCues.occurs(in: line))
        {
            return "dropped site boilerplate (copyright)"
        }
        if has(Self.icp, .letterI) || (marks.contains(.recordCue) && Self.recordCues.occurs(in: line))
            || (marks.contains([.recordMark, .recordNumber]) && line.contains(Lexicon.BoilerplateMark.record)
                && line.contains(Lexicon.BoilerplateMark.recordNumber))
        {
            return "dropped site boilerplate (\(Lexicon.BoilerplateMark.record.string))"
        }
        if isDisclaimer(line) { return "dropped site boilerplate (disclaimer)" }
        if Lexicon.linkLinePrefixes.match(line, at: 0) != nil || isBracketMenu(line) { return "dropped site boilerplate (links)" }
        if isDistributionLine(line) { return "dropped distribution list" }
        if marks.contains(.siteCue) && isSiteWidget(line) { return "dropped site boilerplate (widget)" }
        if isSectionLabel(line) { return "dropped section label" }
        if isPhotoCaption(line) { return "dropped photo caption" }
        if Lexicon.breadcrumbHeads.match(line, at: 0) != nil { return "dropped site boilerplate (breadcrumb)" }
        if isEditorLine(line) { return "dropped site boilerplate (editor)" }
        if isRelatedLink(line) { return "dropped related-link list entry" }
        if marks.contains(.spamWord) && isSpamTitle(line) { return "dropped spam title" }
        if marks.contains(.weekdayCue) && isDateline(line) { return "dropped dateline" }
        if !marks.contains(.content) || !line.contains(where: { $0.isHan || $0.isASCIILetter || $0.isDigit }) {
            return "dropped stray punctuation"
        }
        return nil
    }

    /// Whether `word` (lowercase ASCII) occurs in `line` with its ASCII letters' case ignored.
    /// The same answer as searching `line.string.lowercased()`, without making that string (a
    /// tenth of this step's time): of the characters outside ASCII only U+212A KELVIN SIGN
    /// lowercases to an ASCII letter (k, in none of the words) and U+0130 to `i` followed by
    /// U+0307 (in no word, and no word ends in `i`).
    static func containsFoldingASCII(_ line: Scalars, _ word: Scalars) -> Bool {
        guard !word.isEmpty, word.count <= line.count else { return false }
        return line.withUnsafeBufferPointer { t in
            word.withUnsafeBufferPointer { w in
                var i = 0
                while i + w.count <= t.count {
                    var k = 0
                    while k < w.count, Self.asciiLowercased(t[i + k]) == w[k] { k += 1 }
                    if k == w.count { return true }
                    i += 1
                }
                return false
            }
        }
    }

    private static func asciiLowercased(_ c: Unicode.Scalar) -> Unicode.Scalar {
        c.value >= 0x41 && c.value <= 0x5A ? Unicode.Scalar(UInt8(c.value + 0x20)) : c
    }

    private static let copyrightWord = Scalars("copyright")
    private static let rightsReserved = Scalars("all rights reserved")
    private static let icp = Scalars("icp")
    static let copyrightCues = WordList(Words.list("copyright-cues"))
    static let recordCues = WordList(Words.list("record-cues"))
    private static let disclaimerHeads = WordList(Words.list("disclaimer-heads"))
    private static let siteHeads = WordList(Words.list("site-heads"))
    private static let disclaimerCues = WordList(Words.list("disclaimer-cues"))
    static let weekdayCues = WordList(Words.list("weekday-cues"))

    /// "本站为…", "本网站…", "免责声明…" lines.
    static func isDisclaimer(_ line: Scalars) -> Bool {
        if disclaimerHeads.match(line, at: 0) != nil { return true }
        guard siteHeads.match(line, at: 0) != nil else { return false }
        return disclaimerCues.occurs(in: line)
    }

    private static let menuWords = WordList(Words.list("menu-words"))
    static let docSiteCues = WordList(Words.list("doc-site-cues"))

    /// Short lines of document-sharing and news sites: 下载文档到电脑…, 还剩5页未读，继续阅读.
    static func isSiteWidget(_ line: Scalars) -> Bool {
        guard line.count <= 40, !line.contains("。"), docSiteCues.occurs(in: line) else { return false }
        return DateExtractor.mentions(in: line, texts: false).isEmpty
    }

    /// `【打印】【关闭窗口】`: a line of bracketed page commands only.
    static func isBracketMenu(_ line: Scalars) -> Bool {
        guard line.first == "【" || line.first == "[", line.last == "】" || line.last == "]", line.count <= 40 else { return false }
        let open = line.filter { $0 == "【" || $0 == "[" }.count
        return !line.contains { $0 == "。" || $0 == "，" } && open >= 1 && line.count <= open * 8 && menuWords.occurs(in: line)
    }

    /// `【工作动态】`: a bracketed section label of a 简报.
    static func isSectionLabel(_ line: Scalars) -> Bool {
        guard line.count <= 12, line.first == "【" || line.first == "[", line.last == "】" || line.last == "]" else { return false }
        return line.filter { $0 == "【" || $0 == "[" }.count == 1
    }

    private static let distributionHeads = WordList(Words.list("distribution-heads"))

    /// The 报/送/发 distribution block at the foot of a 简报, and `（共印30份）`.
    static func isDistributionLine(_ line: Scalars) -> Bool {
        if line.count <= 80, distributionHeads.match(line, at: 0) != nil, !line.contains("。") { return true }
        var t = line
        if t.first == "（" || t.first == "(" { t = t.sub(1, t.count - 1) }
        let copies = Lexicon.BoilerplateMark.copies
        return t.count <= 10 && t.hasPrefix(Lexicon.BoilerplateMark.printRun) && (t.hasSuffix([copies]) || t.contains(copies))
    }

    /// "编辑：", "责任编辑：张三", "编辑:" — short lines.
    static func isEditorLine(_ line: Scalars) -> Bool {
        guard line.count <= 30 else { return false }
        var start = 0
        if line.first == "（" || line.first == "(" || line.first == "【" || line.first == "[" { start = 1 }
        for p in Lexicon.editorPrefixes where line.has(p, at: start) {
            let k = start + p.count
            if k == line.count { return true }
            let c = line[k]
            if c == "：" || c == ":" || c == " " || c == "　" || c == "）" || c == ")" || c == "】" || c == "]" { return true }
        }
        return false
    }

    /// The marks that open a link list's entries (a set: the string's scalars were read for every line).
    private static let linkMarks = ScalarSet("-·•*▪●◆■>»")

    /// `- 标题2018-06-26`, `· 标题 (06-26)`: entries of a related-link list.
    static func isRelatedLink(_ line: Scalars) -> Bool {
        guard let first = line.first, linkMarks.contains(first) else { return false }
        return endsWithDate(line)
    }

    /// Ends in `YYYY-MM-DD`, `YYYY/MM/DD`, `MM-DD` or `(MM-DD)`.
    static func endsWithDate(_ line: Scalars) -> Bool {
        var j = line.count
        while j > 0, line[j - 1] == ")" || line[j - 1] == "）" || line[j - 1] == "]" || line[j - 1].isSpace { j -= 1 }
        var groups = 0
        var digits = 0
        while j > 0 {
            let c = line[j - 1]
            if c.isDigit {
                digits += 1
            } else if (c == "-" || c == "/" || c == ".") && digits > 0 {
                groups += 1
                digits = 0
            } else {
                break
            }
            j -= 1
        }
        if digits > 0 { groups += 1 }
        return groups >= 2
    }

    /// SEO spam titles: `国产…_国产…_…`, or several spam words.
    static func isSpamTitle(_ line: Scalars) -> Bool {
        var hits = 0
        if Lexicon.spamWords.occurs(in: line) { for w in Lexicon.spamWords.words where line.contains(w) { hits += 1 } }
        if hits >= 2 { return true }
        guard hits >= 1 else { return false }
        var separators = 0  // counted, not filtered into an array made for every line
        for c in line where c == "_" || c == "|" { separators += 1 }
        let sentencePunctuation = line.contains { $0 == "，" || $0 == "。" || $0 == "," }
        return separators >= 2 && hits >= 1 && !sentencePunctuation
    }

    private static let dateLineChars = Lexicon.scalarSet(Words.characters("date-line-chars"))

    /// `2024年12月19日 星期四`: a date with a weekday and nothing else.
    static func isDateline(_ line: Scalars) -> Bool {
        guard line.count <= 30, weekdayCues.occurs(in: line) else {
            return false
        }
        let allowed = Self.dateLineChars
        var digits = 0
        for c in line {
            if c.isDigit { digits += 1; continue }
            if !allowed.contains(c) && !c.isSpace { return false }
        }
        return digits >= 4
    }

    /// A page metadata line (发布日期：2016-05-19, 信息来源：济南日报): its field name, or nil.
    static func metadataField(_ line: Scalars) -> Scalars? {
        guard line.count <= 60 else { return nil }
        for p in Lexicon.metadataPrefixes where line.hasPrefix(p) {
            var k = p.count
            while k < line.count && line[k].isSpace { k += 1 }
            if k < line.count && (line[k] == "：" || line[k] == ":") { return p }
        }
        return nil
    }

    private static let linkListHeads = WordList(Words.list("link-list-heads"))

    /// `相关链接：` alone on its line: the lines after it are link titles.
    static func isLinkListHeading(_ line: Scalars) -> Bool {
        line.count <= 12 && linkListHeads.match(line, at: 0) != nil
    }

    /// A title in a link list: short, no sentence inside (`· 元氏县部署冬季清洁取暖工作`).
    static func isLinkListEntry(_ line: Scalars) -> Bool {
        guard line.count <= 60, !line.contains(where: { $0 == "。" || $0 == "；" }) else { return false }
        if let f = line.first, linkMarks.contains(f) { return true }
        return !line.contains(where: { $0 == "，" || $0 == "," }) || endsWithDate(line)
    }

    private static let metadataWords = WordList(Words.list("metadata-words"))

    /// `2018-11-12 来源：高邑县环保局`: a page date followed by metadata fields, no sentence.
    private static let captionHeads = WordList(Words.list("caption-heads"))
    private static let captionEnds = Words.list("caption-ends").map { Scalars($0) }
    private static let bylineWords = WordList(Words.list("byline-words"))
    private static let postBylineHeads = WordList(Words.list("post-byline-heads"))

    /// `▲图为会议现场。记者 李娜 摄`, `记者 李娜 摄`: a photo caption or credit line.
    static func isPhotoCaption(_ line: Scalars) -> Bool {
        guard line.count <= 60, !line.contains("，") else { return false }
        if captionHeads.match(line, at: 0) != nil { return true }
        return line.count <= 20 && bylineWords.match(line, at: 0) != nil && captionEnds.contains { line.hasSuffix($0) }
    }

    /// `原创 肃宁发布 肃宁发布 2021-11-29 18:30`: a post's byline with its date.
    static func isPostByline(_ line: Scalars) -> Bool {
        guard line.count <= 60, postBylineHeads.match(line, at: 0) != nil, !line.contains("。"), !line.contains("，") else { return false }
        return DateExtractor.firstFullDate(in: line) != nil
    }

    static func isDatedMetadataLine(_ line: Scalars) -> Bool {
        if isPostByline(line) { return true }
        guard line.count <= 80, let f = line.first, f.isDigit, !line.contains("。"), !line.contains("，") else { return false }
        guard let d = DateExtractor.mentions(in: line, texts: false).first, d.start == 0, d.year != nil else { return false }
        let rest = line.sub(d.end, line.count)
        guard let m = rest.indices.first(where: { metadataWords.match(rest, at: $0) != nil }) else { return false }
        let tail = rest.sub(m, rest.count)
        return tail.contains("：") || tail.contains(":")
    }
}

/// What one read of a line tells the boilerplate screen: whether it holds ASCII letters, a
/// character of content (Han, letter, digit), ©, the record marks, and a first character of each
/// word list the screen searches the whole line for. A test whose words cannot occur is skipped
/// (the line read a dozen times, once for each list, was half the screen's time).
struct ScreenMarks: OptionSet, Sendable {
    let rawValue: UInt16

    static let letters = ScreenMarks(rawValue: 1 << 0)
    static let content = ScreenMarks(rawValue: 1 << 1)
    static let copyrightSign = ScreenMarks(rawValue: 1 << 2)
    static let copyrightCue = ScreenMarks(rawValue: 1 << 3)
    static let recordCue = ScreenMarks(rawValue: 1 << 4)
    static let recordMark = ScreenMarks(rawValue: 1 << 5)
    static let recordNumber = ScreenMarks(rawValue: 1 << 6)
    static let siteCue = ScreenMarks(rawValue: 1 << 7)
    static let spamWord = ScreenMarks(rawValue: 1 << 8)
    static let weekdayCue = ScreenMarks(rawValue: 1 << 9)
    /// The first letters of `copyright`, `all rights reserved` and `icp`, in either case.
    static let letterC = ScreenMarks(rawValue: 1 << 10)
    static let letterA = ScreenMarks(rawValue: 1 << 11)
    static let letterI = ScreenMarks(rawValue: 1 << 12)
    static let all = ScreenMarks(rawValue: .max)

    init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The marks of `line`, in one read of it.
    init(_ line: Scalars) {
        let table = Self.table
        let spam = Self.spamWord.rawValue
        var m: UInt16 = 0
        line.withUnsafeBufferPointer { b in
            table.keys.withUnsafeBufferPointer { keys in
                table.marks.withUnsafeBufferPointer { marks in
                    var i = 0
                    while i < b.count {
                        let c = b[i]
                        let v = c.value
                        if v < 0x80 {
                            if (v | 0x20) &- 0x61 < 26 { m |= Self.letters.rawValue | Self.content.rawValue }
                            if v &- 0x30 < 10 { m |= Self.content.rawValue }
                        } else if m & Self.content.rawValue == 0, c.isHan || c.isDigit {
                            m |= Self.content.rawValue
                        }
                        if table.starts.contains(c) {
                            var x = Self.mark(v, keys: keys, marks: marks)
                            // a spam word's first character is common (国, 成, 视): marked only
                            // when a second character of one follows it
                            if x & spam != 0, i &+ 1 >= b.count || !table.spamSeconds.contains(b[i &+ 1]) { x &= ~spam }
                            m |= x
                        }
                        i &+= 1
                    }
                }
            }
        }
        rawValue = m
    }

    /// The characters that give a mark other than `letters` and `content`, each with its marks
    /// (ascending), and the second characters of the spam words (none of them is one character).
    private struct Table {
        let starts: ScalarSet
        let keys: [UInt32]
        let marks: [UInt16]
        let spamSeconds: ScalarSet
    }

    private static let table: Table = {
        let starts =
            Cleaner.copyrightCues.firstCharacters + Cleaner.recordCues.firstCharacters + Cleaner.docSiteCues.firstCharacters
            + Lexicon.spamWords.firstCharacters + Cleaner.weekdayCues.firstCharacters
            + ["©", Lexicon.BoilerplateMark.recordNumber, "c", "C", "a", "A", "i", "I"] + Lexicon.BoilerplateMark.record.prefix(1)
        let keys = Set(starts.map(\.value)).sorted()
        precondition(Lexicon.spamWords.words.allSatisfy { $0.count >= 2 }, "spam-words: a word of one character")
        return Table(
            starts: ScalarSet(starts), keys: keys, marks: keys.map { marks(of: Unicode.Scalar($0)!).rawValue },
            spamSeconds: ScalarSet(Lexicon.spamWords.words.map { $0[1] }))
    }()

    /// The marks of key `v` (one of `keys`), found by halving.
    @inline(__always)
    private static func mark(_ v: UInt32, keys: UnsafeBufferPointer<UInt32>, marks: UnsafeBufferPointer<UInt16>) -> UInt16 {
        var lo = 0
        var hi = keys.count
        while lo < hi {
            let mid = (lo &+ hi) >> 1
            if keys[mid] < v { lo = mid &+ 1 } else { hi = mid }
        }
        return lo < keys.count && keys[lo] == v ? marks[lo] : 0
    }

    /// The marks a character gives.
    private static func marks(of c: Unicode.Scalar) -> ScreenMarks {
        var m: ScreenMarks = []
        if c == "©" { m.insert(.copyrightSign) }
        if c == Lexicon.BoilerplateMark.record.first { m.insert(.recordMark) }
        if c == Lexicon.BoilerplateMark.recordNumber { m.insert(.recordNumber) }
        if c == "c" || c == "C" { m.insert(.letterC) }
        if c == "a" || c == "A" { m.insert(.letterA) }
        if c == "i" || c == "I" { m.insert(.letterI) }
        if Cleaner.copyrightCues.startsWord(c) { m.insert(.copyrightCue) }
        if Cleaner.recordCues.startsWord(c) { m.insert(.recordCue) }
        if Cleaner.docSiteCues.startsWord(c) { m.insert(.siteCue) }
        if Lexicon.spamWords.startsWord(c) { m.insert(.spamWord) }
        if Cleaner.weekdayCues.startsWord(c) { m.insert(.weekdayCue) }
        return m
    }
}
