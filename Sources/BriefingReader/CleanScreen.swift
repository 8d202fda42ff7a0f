import ReportModel

/// Pass 1's screen of the lines, a line at a time in file order: stray spaces and pictographs,
/// then site boilerplate, page metadata, running page headers and lone page numbers. It is given
/// each line's text as pinyin removal and conversion left it (`LineTable.stage2`), as soon as
/// that is final, and writes its decisions into the line table (`dropped`, `numbered`, the
/// cleaned length, `cleanAsStored`).
struct LineScreen {
    /// 发布日期 / 发布时间 of the page, where given.
    private(set) var published: CivilDate?
    /// The page's metadata lines (dropped from the text).
    private(set) var metadata: [Paragraph] = []
    /// The lines that were lone page numbers (each a page break).
    private(set) var pageBreaks: [Int] = []
    private var inLinkList = false
    // running headers of PDF dumps: a short title line seen before, again right after a page number
    private var titleLines = RecentTitleLines()
    private var afterPageNumber = false

    /// Screens line `index` (not dropped), whose text after pinyin removal and conversion is `text`.
    mutating func add(_ index: Int, _ text: Scalars, to table: inout LineTable, warnings: inout DiagnosticLog) {
        let number = index + 1
        func warn(_ message: String, _ severity: Diagnostic.Severity = .warning) {
            warnings.append(severity, line: number, message)
        }
        var onlyTrimmed = false
        let spaced: Scalars
        let (t, pictographs): (Scalars, Int)
        if let kept = Cleaner.trimmedOnly(text) {
            // most lines: one read tells that the steps below would only trim them
            onlyTrimmed = true
            spaced = text.sub(kept.lowerBound, kept.upperBound)
            (t, pictographs) = (spaced, 0)
        } else {
            spaced = Cleaner.removeStraySpaces(text, onlyTrimmed: &onlyTrimmed)
            (t, pictographs) = Cleaner.removePictographs(spaced)
        }
        if pictographs > 0 {
            if t.isEmpty {
                warn("dropped stray punctuation: “\(Cleaner.excerpt(spaced))”")
            } else {
                warn("removed \(pictographs) pictograph\(pictographs == 1 ? "" : "s") (emoji)", .info)
            }
        }
        if t.isEmpty { return }
        let traditional = table.records[index].flags.contains(.traditional)
        func drop() { table.records[index].flags.insert(.dropped) }
        let isTitleLine = t.count <= 40 && !t.contains { $0 == "。" || $0 == "，" || $0 == "," || $0 == "；" }
        if afterPageNumber, isTitleLine, titleLines.contains(t) {
            warn("dropped a running page header: “\(Cleaner.excerpt(t))”")
            drop()
            return
        }
        afterPageNumber = false
        if isTitleLine { titleLines.insert(t) }
        if inLinkList, Cleaner.isLinkListEntry(t) {
            warn("dropped related-link list entry: “\(Cleaner.excerpt(t))”")
            drop()
            return
        }
        inLinkList = false
        if let reason = Cleaner.boilerplateReason(t) {
            warn("\(reason): “\(Cleaner.excerpt(t))”")
            drop()
            inLinkList = Cleaner.isLinkListHeading(t)
        } else if let field = Cleaner.metadataField(t) {
            // 来源：…  发布日期：2020-11-05 (a later field of the line) and 来源：…  2020-11-13 (the
            // line ends in the date) date the page as 发布日期：… does.
            if published == nil,
                Cleaner.publishDateFields.occurs(in: field) || Cleaner.publishDateFields.occurs(in: t) || Cleaner.endsWithDate(t)
            {
                published = DateExtractor.firstFullDate(in: t)
            }
            metadata.append(Paragraph(first: number, last: number, text: t, traditional: traditional))
            warn("dropped page metadata: “\(Cleaner.excerpt(t))”")
            drop()
        } else if Cleaner.isDatedMetadataLine(t) {
            if published == nil { published = DateExtractor.firstFullDate(in: t) }
            metadata.append(Paragraph(first: number, last: number, text: t, traditional: traditional))
            warn("dropped page metadata: “\(Cleaner.excerpt(t))”")
            drop()
        } else if Cleaner.isPageNumberLine(t) {
            warn("dropped page number line: “\(t.string)”")
            drop()
            afterPageNumber = true
            pageBreaks.append(index)
        } else {
            table.records[index].count = UInt32(t.count)
            if Cleaner.leadingPageNumber(t) != nil { table.records[index].flags.insert(.numbered) }
            // the line joiner and each item read it again: decoded, not cleaned again
            if onlyTrimmed && pictographs == 0 { table.markCleanAsStored(index) }
        }
    }
}

/// The short lines seen lately, to tell a running page header: two generations of at most
/// `generation` distinct lines, the older let go when the newer is full. A running header comes
/// back on every page, far fewer lines apart. Kept for the whole file, every distinct short line
/// stayed in memory, each in its decoding buffer (~500 bytes: 5 MB of short lines made a heap of
/// 64 MB, 36 MB since), and the set grew and was hashed anew with them (50 MB: 2.3 s, 1.4 s since).
struct RecentTitleLines {
    /// Lines remembered at the least: a line inserted is found until this many other distinct
    /// lines (less one) came after it.
    let generation: Int
    private var newer = Set<TitleLine>()
    private var older = Set<TitleLine>()

    init(generation: Int = 1024) { self.generation = max(1, generation) }

    /// How many lines are remembered now (at most twice `generation`).
    var count: Int { newer.count + older.count }

    func contains(_ line: Scalars) -> Bool {
        let key = TitleLine(line)
        return newer.contains(key) || older.contains(key)
    }

    mutating func insert(_ line: Scalars) {
        // a line already among the newer is not inserted again; one only among the older is,
        // so that a running header stays remembered
        if newer.insert(TitleLine(line)).inserted, newer.count >= generation {
            older = newer
            newer = Set(minimumCapacity: generation)
        }
    }
}

/// A short line kept to tell a running page header, hashed on its bytes in one call (hashed a
/// character at a time, the set of them was a twelfth of the screen); equal as its text is.
private struct TitleLine: Hashable {
    let text: Scalars

    init(_ text: Scalars) { self.text = text }

    func hash(into hasher: inout Hasher) { text.withUnsafeBytes { hasher.combine(bytes: $0) } }
}
