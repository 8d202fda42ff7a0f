import Foundation
import LegacyWord
import ReportModel

/// Bytes that are not text in any encoding the reader accepts.
public struct UndecodableFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// File as given.
    public var file: String
    /// Why, in lowercase words.
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "\(file): error: \(reason)" }
}

/// Reads briefing files into the report model: Decode → Clean → Segment → Extract.
/// Messy content never throws; only undecodable bytes do. A file in which no briefing is
/// found gives no items and an `error` diagnostic naming it.
public struct BriefingReader: Sendable {
    /// Words that make a headline a speech's (Words/speech-headline-words.txt).
    static let speechHeadlineWords = Words.list("speech-headline-words").map { Scalars($0) }

    private var cleaner: Cleaner
    /// Set when OpenCC could not be opened (Traditional text is then left unconverted).
    public let setupWarning: String?

    /// The year assumed for 月日 dates when nothing in a file names one; nil leaves such dates null.
    public let fallbackYear: Int?

    /// Converts Word 97-2003 .doc files through LibreOffice; nil refuses them.
    public let legacyWord: LegacyWordConverter?

    /// Plain UTF-8 files of this many bytes or more are read mapped (`MappedFile`), a part at a
    /// time, instead of into memory whole.
    public var mapThreshold = 8 << 20

    /// Whether the `info` diagnostics (lines rejoined, pictographs removed) are made at all: a
    /// reader whose caller does not show them (`parse` without `--verbose`) sets false, and a
    /// hard-wrapped file's note a line is not held (on 50 MB, peak RSS 150 MB, 97 MB without).
    public var keepsInfo: Bool {
        get { cleaner.keepsInfo }
        set { cleaner.keepsInfo = newValue }
    }

    /// `fallbackYear`: the year to assume when a file names none (dates then say
    /// `year_inferred` and a warning names the assumption); nil leaves those dates null.
    /// `legacyWord`: how a .doc is converted (nil: refused, as the fuzz target does).
    public init(fallbackYear: Int? = nil, legacyWord: LegacyWordConverter? = LegacyWordConverter()) {
        #if SINGLE_THREADED_REFERENCE_COUNTS
            // the release build counts references without atomic instructions (Package.swift): a
            // reader used on two threads at once could lose a count and free what is still in use
            precondition(Thread.isMainThread, "BriefingReader is built for one thread: make and use it on the main thread")
        #endif
        self.fallbackYear = fallbackYear
        self.legacyWord = legacyWord
        let converter = TraditionalConverter()
        cleaner = Cleaner(converter: converter)
        setupWarning = converter == nil ? "opencc t2s.json unavailable: \(TraditionalConverter.lastError)" : nil
    }

    /// Reads one file's bytes (plain text, .docx, .doc, HTML or PDF). `file` is the name used in ids,
    /// provenance and diagnostics.
    public func read(_ data: Data, file: String) throws(UndecodableFileError) -> ParseResult {
        read(try DocumentDecoder(legacyWord: legacyWord).decode(data, file: file), file: file)
    }

    /// Reads a decoded document.
    func read(_ decoded: DecodedText, file: String) -> ParseResult {
        let result = read(text: decoded.text, encoding: decoded.encoding, file: file)
        guard decoded.format != nil else { return result }
        return Self.pointedBack(result, at: decoded)
    }

    /// Lines of a decoded document point back at the original: HTML lines, .docx paragraphs,
    /// PDF pages.
    static func pointedBack(_ result: ParseResult, at decoded: DecodedText) -> ParseResult {
        var out = result
        for k in out.briefings.indices {
            var source = out.briefings[k].source
            let lines = source.lines
            source.format = decoded.format
            source.lines = lines.map { decoded.origin($0) }
            if decoded.pages != nil, let first = lines.first, let last = lines.last, let a = decoded.page(first), let b = decoded.page(last)
            {
                source.pages = [a, b]
            }
            out.briefings[k].source = source
            out.briefings[k].spans = out.briefings[k].spans.pointedBack(at: decoded)
        }
        for k in out.warnings.indices {
            if let line = out.warnings[k].line, decoded.origins != nil { out.warnings[k].line = decoded.origin(line) }
        }
        return out
    }

    /// Reads already decoded text in two passes: pass 1 (`Cleaner.scan`) cleans every line and
    /// finds the paragraphs and items, keeping offsets and decisions rather than text; pass 2 makes
    /// one item's paragraphs again, extracts and locates its facts, and lets them go before the next.
    public func read(text: String, encoding: String = "utf-8", file: String) -> ParseResult {
        read(source: TextSource(text), encoding: encoding, file: file)
    }

    func read(source text: TextSource, encoding: String, file: String) -> ParseResult {
        var briefings: [Briefing] = []
        let warnings = read(source: text, encoding: encoding, file: file) { briefings.append($0) }
        return ParseResult(briefings: briefings, warnings: warnings)
    }

    /// Reads a file's text handing each briefing to `each` as it is made, in file order; returns
    /// the diagnostics.
    func read(source text: TextSource, encoding: String, file: String, each: (Briefing) -> Void) -> [Diagnostic] {
        // the file's lines and paragraphs let go before the diagnostics are made
        extract(source: text, encoding: encoding, file: file, each: each).diagnostics()
    }

    /// Both passes over a file: its items, handed to `each`, and the diagnostics.
    private func extract(source text: TextSource, encoding: String, file: String, each: (Briefing) -> Void) -> DiagnosticLog {
        var scanned = cleaner.scan(source: text, file: file)
        // taken out of the document, not copied: appended to while the document still held them,
        // the log's buffers were copied whole (two logs of a large file's warnings at once)
        var warnings = DiagnosticLog(file: file, keepsInfo: cleaner.keepsInfo)
        swap(&warnings, &scanned.warnings)
        // a constant from here on: the closures below read it in place (read from a variable, the
        // whole document was copied and released at every `doc.paragraph` call, ~0.8 % of the reader)
        let doc = scanned
        if let setupWarning, doc.paragraphs.contains(where: { $0.traditional }) {
            warnings.append(Diagnostic(severity: .warning, file: file, message: setupWarning))
        }
        doc.lines.rewind()
        let plan = Segmenter().plan(count: doc.paragraphs.count, traits: { doc.paragraphs[$0].traits }, text: { doc.paragraph($0).text })
        let headerParagraphs = plan.header.map { doc.paragraph($0) }
        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension

        var context = DateExtractor.Context(published: doc.published, fallbackYear: fallbackYear)
        for (k, p) in zip(plan.header, headerParagraphs) {
            if doc.paragraphs[k].hasYearClues { context.headerClues += DateExtractor.yearClues(in: p.text) }
            if context.headerDate == nil { context.headerDate = DateExtractor.firstFullDate(in: p.text) }
        }
        // a headline such as `宁晋县人民政府 2018年12月工作简报` dates the file too
        doc.lines.rewind()
        // only the first clue is read (`DateExtractor.inferYear`): the items after the first that has
        // any are not read again for theirs (on 50 MB they were 2 MB, and a pass over the file)
        for item in plan.items where context.fileClues.isEmpty { context.fileClues = Self.yearClues(of: item, in: doc) }

        // the page header (简报 masthead: 卢龙县大气污染防治工作领导小组办公室) names the place of 我县/全县;
        // capped so that a long preamble costs each item a bounded amount
        // and so may the page's dropped metadata (来源：桃城区融媒体中心)
        let header = Scalars(Self.join(headerParagraphs).prefix(300)) + ["\n"] + Scalars(Self.join(doc.metadata).prefix(200))
        // the locator reads the whole text again from its start: a new pass, or what the year
        // clues' pass let go would be the only part let go (a mapped file all in memory again)
        doc.lines.rewind()
        let locator = SpanLocator(
            source: text, file: file, converter: cleaner.converter, simplified: doc.simplified, lineCount: doc.lines.lineBreaks + 1)
        // made once: joined for every item, it cost a copy of the file's metadata per item
        let evidence = headerParagraphs + doc.metadata
        var kept = 0
        // the kept items by their bodies' digests (an index into `plan.items`), and the rare kept
        // item whose digest an earlier kept one has (a body told apart only by comparing it)
        var seen: [BodyDigest: Int] = [:]
        var sameDigest: [(digest: BodyDigest, item: Int)] = []
        let metadataLines = MetadataLines(doc.metadata)
        doc.lines.rewind()
        for (itemIndex, itemPlan) in plan.items.enumerated() {
            let draft = itemPlan.draft { doc.paragraph($0) }
            let body = Self.join(draft.body)
            guard Self.hasSentence(body) else {
                warnings.append(
                    Diagnostic(
                        severity: .warning, file: file, line: draft.first,
                        message: "dropped a fragment that is not a briefing: “\(Cleaner.excerpt(body))”"))
                continue
            }
            // a 发布时间 line inside the item (a news page of several entries) dates its 昨天/今天
            var itemContext = context
            itemContext.itemPublished =
                metadataLines.from(draft.first, through: draft.last).lazy.compactMap { DateExtractor.firstFullDate(in: $0.text) }.first
            // extracted before the duplicate check, so that the cost of a file does not depend on repeats
            // the item's text made once (the measures' classifier read a second copy of it)
            let full = Self.full(draft, body: body)
            var item = extract(
                draft, body: body, full: full, context: itemContext, header: header, id: "\(stem)#\(kept + 1)", file: file,
                encoding: encoding)
            (item.measureKinds, item.deployedMeasures) = MeasureClassifier().classify(item.measures, in: full)
            item.spans = locator.spans(for: item, draft: draft, header: evidence, full: full)
            let digest = BodyDigest(body)
            if let first = seen[digest] {
                // a candidate: the earlier body, made again from its lines, is compared with this one
                let earlier = [first] + sameDigest.filter { $0.digest == digest }.map(\.item)
                guard !earlier.contains(where: { Self.join(plan.items[$0].draft { doc.paragraph($0) }.body) == body }) else {
                    warnings.append(
                        Diagnostic(
                            severity: .warning, file: file, line: draft.first,
                            message: "dropped an item printed twice: “\(Cleaner.excerpt(body))”"))
                    continue
                }
                sameDigest.append((digest, itemIndex))
            } else {
                seen[digest] = itemIndex
            }
            if item.date == nil, let text = item.dateText {
                // unsure of the month or the year: left empty, and said so
                let noMonth = !text.unicodeScalars.contains { $0 == Lexicon.DateMark.month || $0 == "-" || $0 == "/" || $0 == "." }
                if noMonth {
                    warnings.append(
                        Diagnostic(
                            severity: .warning, file: file, line: draft.first,
                            message: "no month for “\(text)” (no dateline or page date before it); the date is left empty"))
                } else if fallbackYear == nil {
                    warnings.append(
                        Diagnostic(
                            severity: .warning, file: file, line: draft.first,
                            message: "no year in the file for “\(text)”; the date is left empty (--year assumes one)"))
                }
            }
            if item.yearInferred, let y = fallbackYear, context.published == nil, context.headerClues.isEmpty, context.fileClues.isEmpty,
                let text = item.dateText
            {
                warnings.append(
                    Diagnostic(
                        severity: .warning, file: file, line: draft.first, message: "no year in the file for “\(text)”; assumed \(y)"))
            }
            kept += 1
            each(item)
        }
        if kept == 0 {
            warnings.append(
                Diagnostic(
                    severity: .error, file: file, line: nil, message: "no briefing found in the file",
                    hint: "expected news items, 简报 entries or a speech in chinese"))
        }
        return warnings
    }

    func extract(
        _ draft: ItemDraft, body: Scalars, full: Scalars? = nil, context: DateExtractor.Context, header: Scalars = [], id: String,
        file: String, encoding: String
    ) -> Briefing {
        let headline = draft.headline?.text
        let full = full ?? Self.full(draft, body: body)
        var found = DateExtractor().extract(body, context: context)
        if found.mention == nil, let h = headline {
            found = DateExtractor().extract(h, context: context)
        }
        let meeting = MeetingExtractor().extract(headline: headline, body: body, dateEnd: found.mention?.end, header: header)
        let year = found.date?.year ?? DateExtractor.inferYear(month: 1, itemClues: DateExtractor.yearClues(in: body), context: context)
        return Briefing(
            id: id,
            source: SourceSpan(
                file: file, lines: [draft.first, draft.last], encoding: encoding, script: draft.traditional ? "traditional" : "simplified"),
            headline: headline?.string,
            date: found.date?.iso,
            dateText: found.text,
            yearInferred: found.yearInferred,
            timeOfDay: found.timeOfDay,
            unit: meeting.unit,
            meeting: meeting.meeting,
            people: PeopleExtractor().extract(full, speech: headline?.containsAny(Self.speechHeadlineWords) ?? false),
            requirements: RequirementExtractor().extract(body),
            measures: MeasureExtractor().extract(full),
            targets: TargetExtractor().extract(body, year: year),
            deadlines: DeadlineExtractor().extract(body, year: year),
            topics: TopicExtractor().extract(full),
            text: full.string)
    }

    /// The year clues of an item's paragraphs, headline first: read again from the paragraphs pass 1
    /// found to have any (`hasYearClues`), and from all where the headline was made of two
    /// paragraphs or cut from one.
    static func yearClues(of item: Segmenter.ItemPlan, in doc: CleanedText) -> [YearClue] {
        var clues: [YearClue] = []
        if !item.isPlain {
            let draft = item.draft { doc.paragraph($0) }
            if let h = draft.headline { clues += DateExtractor.yearClues(in: h.text) }
            for p in draft.body { clues += DateExtractor.yearClues(in: p.text) }
            return clues
        }
        if let h = item.headline.first { clues += doc.yearClues(h) }
        for k in item.body { clues += doc.yearClues(k) }
        return clues
    }

    /// The item's text: headline, line break, body.
    static func full(_ draft: ItemDraft, body: Scalars) -> Scalars {
        draft.headline.map { $0.text + ["\n"] + body } ?? body
    }

    static func join(_ paragraphs: [Paragraph]) -> Scalars {
        var out = Scalars()
        // of exactly its length (grown by appending, an item's body was copied as it doubled)
        out.reserveCapacity(paragraphs.reduce(Swift.max(paragraphs.count - 1, 0)) { $0 + $1.text.count })
        for (k, p) in paragraphs.enumerated() {
            if k > 0 { out.append("\n") }
            out += p.text
        }
        return out
    }

    /// At least one sentence of Chinese text.
    static func hasSentence(_ t: Scalars) -> Bool {
        t.hasHan(atLeast: 20) && t.contains { $0 == "，" || $0 == "。" || $0 == "," || $0 == "；" }
    }
}
