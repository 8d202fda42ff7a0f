import ReportModel
import Typesetting

/// 周通报: the week's briefings, inspections and air quality as a content tree.
public enum WeeklyNotice {
    /// `[texts]` keys a weekly-notice layout must define.
    public static let requiredTexts = [
        "date", "month_day", "issue_line", "title", "opening", "opening_meetings", "opening_measures", "opening_targets",
        "empty_week",
        "section_activity", "unit_heading", "entry", "lead_dated", "lead_fallback", "requirements_intro", "headed_points",
        "requirement_item", "sub_points",
        "measure_item", "measure_separator", "list_separator",
        "section_measures", "measures_opening", "measures_table_header", "measures_none",
        "section_inspection", "inspection_opening", "inspection_table_header", "inspection_repeated",
        "section_air", "air_opening", "air_table_header",
        "appendix_caption", "appendix_table_header", "trace_caption", "trace_table_header", "print_date", "unknown_unit",
    ]

    /// Builds the notice. Wording comes from `texts` (the layout's `[texts]` table).
    public static func build(
        _ input: WeeklyNoticeInput, settings: WeeklyNoticeSettings, texts: [String: String]
    ) throws(WordingError) -> ContentDocument {
        let wording = try Wording<WeeklyVariable>(texts: texts, required: requiredTexts, declared: Self.texts)
        var composer = WeeklyNoticeComposer(input: input, settings: settings, wording: wording)
        return composer.compose()
    }
}

extension WeeklyNotice {
    /// The self-check of a built notice against the briefings it was made from (see `SourceCheck`):
    /// empty when every block that names its sources says only what they say. `corrections` are
    /// the clerk's corrected values (`tongbao review`), sources of the item they correct.
    /// `inspection`'s problems are read as their ledger rows.
    public static func check(
        _ doc: ContentDocument, briefings: [Briefing], inspection: InspectionSummary? = nil, texts: [String: String],
        corrections: [SourceText] = []
    ) -> [SourceFinding] {
        let sources =
            briefings.flatMap { b -> [SourceText] in
                var texts = [SourceText(file: b.source.file, lines: b.source.lines, text: b.text)]
                // The unit's evidence outside the item (a page header) is the unit's name as read there.
                if let u = b.spans.unit, let unit = b.unit, u.textOffsets == nil {
                    texts.append(SourceText(file: u.file, lines: u.lines, text: unit))
                }
                return texts
            } + corrections + (inspection?.problems ?? []).compactMap(ledgerRow)
        return SourceCheck.check(doc, sources: sources, wording: Array(texts.values))
    }
}

extension WeeklyNotice {
    /// A problem as the ledger row it was read from: its cells as the store keeps them.
    static func ledgerRow(_ p: Problem) -> SourceText? {
        guard let s = p.source else { return nil }
        let cells: [String] = [
            p.id, p.area, p.category, p.description ?? "", p.foundOn.iso, p.deadline?.iso ?? "", p.status.rawValue,
            p.closedOn?.iso ?? "", String(p.timesNotified),
        ]
        return SourceText(file: s.file, lines: [s.line, s.line], text: cells.joined(separator: ","))
    }
}

/// Writes the blocks of one notice; a value that lives for one `build` call.
struct WeeklyNoticeComposer {
    let input: WeeklyNoticeInput
    let settings: WeeklyNoticeSettings
    let wording: Wording<WeeklyVariable>
    private var blocks: [Block] = []
    /// Provenance of the blocks made from briefings, by block index.
    private var sources: [Int: BlockSources] = [:]
    private var sectionCount = 0

    init(input: WeeklyNoticeInput, settings: WeeklyNoticeSettings, wording: Wording<WeeklyVariable>) {
        self.input = input
        self.settings = settings
        self.wording = wording
    }

    mutating func compose() -> ContentDocument {
        let week = input.week
        let period: WeeklyContext = [
            .year: week.monday.year, .week: week.week,
            .from: wording.render("month_day", DateWording.context(week.monday)),
            .to: wording.render("month_day", DateWording.context(week.sunday)),
            .number: input.issueNumber ?? week.week,
            .issueYear: input.issueDate.year,
        ]
        let issueDate = wording.render("date", DateWording.context(input.issueDate))
        let title = wording.render("title", period)

        let items = input.briefings
        blocks.append(.masthead(settings.bulletinName))
        blocks.append(.issueLine(wording.render("issue_line", period)))
        blocks.append(.issuer(office: settings.office, date: issueDate))
        blocks.append(.separatorRule)
        blocks.append(.title(title))

        let units = UnitGrouping.group(input.briefings, order: settings.unitOrder, unknownUnit: wording.render("unknown_unit"))
        if units.isEmpty {
            blocks.append(.paragraph([Inline(wording.render("empty_week", period))]))
        } else {
            append(.paragraph([Inline(wording.render("opening", openingContext(units, period: period)))]), from: items)
            activitySection(units)
            measuresSection()
        }
        if let inspection = input.inspection { inspectionSection(inspection) }
        if !input.airQuality.isEmpty { airSection() }
        if settings.appendix && !items.isEmpty { appendix(units) }
        if settings.trace && !items.isEmpty { trace(units) }
        blocks.append(settings.endBlock(issued: input.issueDate, wording: wording))
        let metadata = settings.metadata(title: title, keywords: String(describing: week), issued: input.issueDate)
        return ContentDocument(metadata: metadata, blocks: blocks, sources: sources)
    }

    // MARK: provenance

    /// The spans an item's block names: the file and line range of the item, and the line that
    /// names its unit when that lies outside the item (a page header: 丰润区…办公室).
    static func refs(_ items: [Briefing]) -> [SourceRef] {
        var seen = Set<SourceRef>()
        return items.flatMap { item -> [SourceRef] in
            var refs: [SourceRef] = []
            if item.source.lines.count == 2 { refs.append(SourceRef(file: item.source.file, lines: item.source.lines)) }
            if let u = item.spans.unit, u.lines.count == 2, u.textOffsets == nil {
                refs.append(SourceRef(file: u.file, lines: u.lines))
            }
            return refs.filter { seen.insert($0).inserted }
        }
    }

    /// Appends a block made from `items` (its spans recorded) or from no source (`items` empty).
    private mutating func append(_ block: Block, from items: [Briefing] = []) {
        let refs = Self.refs(items)
        if !refs.isEmpty { sources[blocks.count] = .block(refs) }
        blocks.append(block)
    }

    /// Appends a block made from the spans `refs`.
    private mutating func append(_ block: Block, refs: [SourceRef]) {
        if !refs.isEmpty { sources[blocks.count] = .block(refs) }
        blocks.append(block)
    }

    /// Appends a table whose row `i` was made from `rowItems[i]`.
    private mutating func append(_ table: Table, rowItems: [[Briefing]]) {
        sources[blocks.count] = .rows(rowItems.map { Self.refs($0) })
        blocks.append(.table(table))
    }

    /// Appends a table whose row `i` names the spans `rowRefs[i]`.
    private mutating func append(_ table: Table, rowRefs: [[SourceRef]]) {
        sources[blocks.count] = .rows(rowRefs)
        blocks.append(.table(table))
    }

    /// The lines of one item that hold `pieces` (the item's own wording a row or heading prints),
    /// with `facts`; the item's range where the pieces cannot be placed.
    static func refs(_ item: Briefing, pieces: [String], facts: [FactSpan?] = []) -> [SourceRef] {
        let refs = FactLines(item).refs(pieces: pieces, facts: facts)
        return refs.isEmpty ? Self.refs([item]) : refs
    }

    // MARK: sections

    private mutating func heading(_ key: String, from items: [Briefing] = []) {
        sectionCount += 1
        append(.heading(level: 1, text: ChineseNumeral.of(sectionCount) + "、" + wording.render(key)), from: items)
    }

    private func openingContext(_ units: [UnitGroup], period: WeeklyContext) -> WeeklyContext {
        let items = input.briefings
        var context = period
        context[.unitCount] = units.count
        context[.itemCount] = items.count
        // a meeting held under a generic name (市大气办召开专题会议) is a meeting too
        let meetings = items.filter {
            $0.meeting != nil || SourceSentences($0.text, headline: $0.headline).lead(unit: $0.unit, meeting: nil) != nil
        }.count
        // The same lists the entries and the table print, so the counts agree with them.
        let measures = items.reduce(0) { $0 + Self.measures(of: $1).count }
        let targets = items.reduce(0) { $0 + Self.targets(of: $1).count }
        context[.meetingCount] = meetings
        context[.measureCount] = measures
        context[.targetCount] = targets
        context[.hasTargets] = targets > 0
        // An office does not write 专题会议0次: only the counts that are not zero are named, and
        // none (no 涉及… clause) when all are zero.
        let named = [("opening_meetings", meetings), ("opening_measures", measures), ("opening_targets", targets)]
            .filter { $0.1 > 0 }
            .map { wording.render($0.0, [.count: $0.1]) }
        if !named.isEmpty { context[.counts] = named.joined(separator: wording.render("list_separator")) }
        return context
    }

    private mutating func activitySection(_ units: [UnitGroup]) {
        heading("section_activity", from: input.briefings)
        for (i, unit) in units.enumerated() {
            // A unit's heading names the lines that name the unit.
            let unitRefs = FactLines.unique(
                unit.items.flatMap { FactLines($0).refs(pieces: [unit.name], facts: [$0.spans.unit]) })
            append(
                .heading(level: 2, text: wording.render("unit_heading", [.ordinal: ChineseNumeral.of(i + 1), .unit: unit.name])),
                refs: unitRefs)
            for item in unit.items {
                let (text, refs) = entry(for: item, unit: unit.name)
                append(.paragraph([Inline(text)]), refs: refs.isEmpty ? Self.refs([item]) : refs)
            }
        }
    }

    /// One item's paragraph, made of the source's own sentences: the sentence that says the
    /// meeting was held, the sentences about its people, the requirements under the words that
    /// introduce them in the source, and the measures. Where the source has no such sentence the
    /// layout's wording says the least that is known (date, unit, meeting name).
    /// Its sources are the lines of the sentences and facts it was made from.
    private func entry(for item: Briefing, unit: String) -> (String, [SourceRef]) {
        let source = SourceSentences(item.text, headline: item.headline, keeping: Self.measures(of: item))
        let spans = item.spans
        var pieces: [String] = []
        var facts: [FactSpan?] = [spans.date, spans.timeOfDay, spans.unit]
        var context: WeeklyContext = [.unit: unit]
        if let d = item.date.flatMap(CivilDate.init(iso:)) {
            context[.date] = wording.render("month_day", DateWording.context(d))
        }
        if let t = item.timeOfDay { context[.timeOfDay] = t }
        if let m = item.meeting { context[.meeting] = m }
        if let h = item.headline { context[.headline] = h }
        context[.summary] = Condense.firstSentence(item.text, limit: 80)
        // a speech (在…会上的讲话 under its byline) is said as the speaker's speech, not as a meeting held
        let speech = source.speech(headline: item.headline, people: item.people)
        var lead =
            speech
            ?? source.lead(unit: item.unit, meeting: item.meeting, people: item.people.map(\.name), limit: settings.requirementLength)
        if lead == nil && item.meeting == nil { lead = source.summary(unit: item.unit, limit: settings.requirementLength * 2) }
        // 昨天下午，青县…: the day said relative to the page (dated from its 发布时间) is said as the date
        if var l = lead, let relative = item.dateText, item.date != nil, !relative.contains(where: \.isNumber), l.text.hasPrefix(relative) {
            var rest = l.text.dropFirst(relative.count)
            if let t = item.timeOfDay, rest.hasPrefix(t) { rest = rest.dropFirst(t.count) }
            rest = rest.drop { Condense.clauseEnds.contains($0) }
            if !rest.isEmpty {
                l.text = String(rest)
                lead = l
            }
        }
        if let lead {
            pieces.append(lead.text)
            // 为推进…攻坚行动，11月22日上午，魏县召开…: a purpose clause before the date; the date is not said twice
            let day = context[.date]?.wordingValue.text
            // …，11月下旬，市大气办…进行了专项督查 says when it happened; the item's date (the day the
            // 通报 was signed) before it would date nothing
            let dated =
                DateWording.startsWithDate(lead.text) || DateWording.containsDate(lead.text)
                || day.map { !$0.isEmpty && lead.text.contains($0) } ?? false
            context[.lead] = dated ? lead.text : wording.render("lead_dated", context.with(.text, lead.text))
        } else {
            context[.lead] = wording.render("lead_fallback", context)
            if item.meeting == nil { pieces.append(context[.summary]?.wordingValue.text ?? "") } else { facts.append(spans.meeting) }
        }
        // The source's sentences about what the meeting relayed, who did what, and the action its
        // headline names, in the source's order.
        let people = source.people(item.people, after: lead?.index, limit: settings.requirementLength)
        var used = Set(people.flatMap { [$0.index] + $0.covers })
        if let lead { used.insert(lead.index) }
        // 会议还研究了安全生产…工作。会议强调，…: the rest is another agenda point's
        used.formUnion(source.otherBusiness)
        let relayed = source.relayed(excluding: used, limit: settings.requirementLength + 20)
        used.formUnion(relayed.map(\.index))
        let issued = source.issued(
            excluding: used, printed: ([lead?.text ?? ""] + people.map(\.text) + relayed.map(\.text)).joined(),
            limit: settings.requirementLength + 20)
        used.formUnion(issued.map(\.index))
        var decisions = source.decisions(excluding: used, limit: settings.requirementLength + 20)
        used.formUnion(decisions.map(\.index))
        // what a 督查通报 found (存在问题：…), under its own heading's words
        // (each heading's: 一、表扬单位 … 二、通报批评企业 …)
        while let p = source.problems(excluding: used, limit: settings.requirementLength + 20) {
            decisions.append(p)
            used.formUnion([p.index] + p.covers)
        }
        used.formUnion(decisions.flatMap { [$0.index] + $0.covers })
        let speeches = source.speeches(item.people, excluding: used, limit: settings.requirementLength)
        used.formUnion(speeches.flatMap { [$0.index] + $0.covers })
        var demands: [SourceSentences.Sentence] = []
        // Sentences printed after words of the layout's (the source's own words are the pieces).
        var introduced: [Int: String] = [:]
        // Unnumbered demands: 会议要求，要…；要…, and where the source numbers none, points written as
        // headed paragraphs (under the layout's words for a meeting's requirements: the source names
        // no speaker).
        if let d = source.unnumberedDemands(excluding: used, limit: settings.requirementLength / 2) { demands.append(d) }
        used.formUnion(demands.map(\.index))
        demands += source.bodyDemands(excluding: used, limit: settings.requirementLength)
        used.formUnion(demands.map(\.index))
        if item.requirements.isEmpty {
            if let h = source.headedPoints(excluding: used) {
                introduced[h.index] = wording.render("headed_points", [.requirementsIntro: wording.render("requirements_intro")])
                demands.append(h)
            }
        }
        used.formUnion(demands.flatMap { [$0.index] + $0.covers })
        // The words the source puts before its numbered list are printed with it.
        let intro = item.requirements.first.flatMap { source.requirementsIntro($0, limit: settings.requirementLength) }
        let remarks = source.remarks(
            item.people, excluding: used,
            printed: ([lead?.text ?? "", intro ?? ""] + (people + relayed + issued + decisions + speeches).map(\.text)).joined(),
            limit: settings.requirementLength)
        used.formUnion(remarks.map(\.index))
        var said = (people + relayed + issued + decisions + speeches + demands + remarks).sorted { $0.index < $1.index }
        let printed = ([context[.lead]?.wordingValue.text ?? ""] + said.map(\.text) + item.requirements).joined()
        if let action = source.headlineAction(
            item.headline, excluding: used, printed: printed, speakers: item.people.map(\.name), limit: settings.requirementLength)
        {
            said.append(action)
            said.sort { $0.index < $1.index }
        }
        // A sentence that is the numbered list's introduction with the list (…主持会议并讲话，他要求，
        // 一要…) is said once, with the list.
        if let intro { said.removeAll { $0.text.hasPrefix(intro) } }
        // a speech's 刚才，… / 请大家认真抓好落实 is its own voice, not the notice's
        said = said.compactMap { s in
            var s = s
            s.text = SourceSentences.withoutSpeakerVoice(s.text)
            return s.text.isEmpty ? nil : s
        }
        // What the source says after its numbered list (…李明强调，一是…三是…。⏎会议要求，各乡镇…) is
        // printed after the list, in the source's order.
        let listAt = item.requirements.first.flatMap { r in source.sentenceOpeningPoint(r)?.index }
        let (before, after) = (
            said.filter { s in listAt.map { s.index < $0 } ?? true }, said.filter { s in listAt.map { s.index > $0 } ?? false }
        )
        func joined(_ s: [SourceSentences.Sentence]) -> String { s.map { (introduced[$0.index] ?? "") + $0.text + "。" }.joined() }
        if !before.isEmpty { context[.sentences] = joined(before) }
        if !after.isEmpty && !item.requirements.isEmpty { context[.later] = joined(after) }
        pieces += said.map(\.text)
        // A point that is a heading over points of its own (二、聚焦重点，…⏎（一）狠抓燃煤治理。…) is
        // printed with their heads.
        // A list inside the point's section (…重点抓好以下工作：一是深化工业污染治理。…二是推进散煤治理。…)
        // gives its heads the same way.
        let subPoints = item.requirements.prefix(settings.maxRequirements).map { r in
            let heads = source.subPointHeads(of: r, requirements: item.requirements)
            return heads.isEmpty ? source.nestedList(under: r)?.heads ?? [] : heads
        }
        pieces += subPoints.flatMap { $0 }
        let reqs = item.requirements.prefix(settings.maxRequirements).enumerated().map { i, r in
            let point = Condense.clause(r, limit: settings.requirementLength, keeping: Self.measures(of: item))
            return wording.render(
                "requirement_item",
                [
                    .ordinal: ChineseNumeral.of(i + 1),
                    .text: subPoints[i].isEmpty
                        ? point
                        : wording.render(
                            "sub_points", [.text: point, .points: subPoints[i].joined(separator: wording.render("list_separator"))]),
                ])
        }
        if !reqs.isEmpty {
            context[.requirements] = reqs.joined(separator: "；")
            context[.requirementsIntro] = intro ?? wording.render(speech == nil ? "requirements_intro" : "speech_requirements_intro")
            if let intro { pieces.append(intro) }
            facts += spans.requirements.prefix(settings.maxRequirements).map { $0 }
        }
        let measures = Self.measures(of: item).map { wording.render("measure_item", [.text: $0]) }
        if !measures.isEmpty {
            context[.measures] = measures.joined(separator: wording.render("measure_separator"))
            facts += spans.deployedMeasures.map { $0 }
        }
        let text = Punctuation.fullWidth(wording.render("entry", context))
        return (text, FactLines(item).refs(pieces: pieces, facts: facts))
    }

    /// The measures an item deployed (no slogans, descriptions or names), each once.
    static func measures(of item: Briefing) -> [String] { Condense.unique(item.deployedMeasures.map(\.text)) }

    /// The quantified goals an item set: a goal with no quantity (确保6月底前全部整改落实到位) is no
    /// 量化目标; its time limit is still printed among the deadlines.
    static func targets(of item: Briefing) -> [Target] { item.goals.filter { $0.value != nil } }

    /// An item's time limits as written, each once: a goal's deadline that one of them already
    /// states is not repeated, nor printed as an ISO date.
    func deadlines(of item: Briefing) -> [String] {
        var dates = Set<String>()
        var out: [String] = []
        for d in item.timeLimits {
            if let iso = d.date, !dates.insert(iso).inserted { continue }
            out.append(DateWording.replacingISODates(in: d.text) { wording.render("date", DateWording.context($0)) })
        }
        return Condense.unique(out)
    }

    private mutating func measuresSection() {
        var rowItems: [[Briefing]] = []
        var rowRefs: [[SourceRef]] = []
        let rows: [[String]] = UnitGrouping.ordered(input.briefings, order: settings.unitOrder).compactMap { item in
            let measures = Self.measures(of: item).map { wording.render("measure_item", [.text: $0]) }
            let targets = Self.targets(of: item).map { Punctuation.fullWidth(SourceSentences.strippingOrdinal($0.text)) }
            guard !measures.isEmpty || !targets.isEmpty else { return nil }
            rowItems.append([item])
            // The row names the lines of its unit, measures, targets and time limits.
            let pieces =
                [UnitGrouping.name(of: item, unknownUnit: "")] + item.deployedMeasures.map(\.text) + Self.targets(of: item).map(\.text)
                + item.timeLimits.map(\.text)
            rowRefs.append(Self.refs(item, pieces: pieces, facts: [item.spans.unit] + item.spans.deployedMeasures.map { $0 }))
            return [
                UnitGrouping.name(of: item, unknownUnit: wording.render("unknown_unit")),
                measures.joined(separator: wording.render("measure_separator")),
                targets.joined(separator: "；"),
                deadlines(of: item).joined(separator: "；"),
            ]
        }
        let withRows = rowItems.flatMap { $0 }
        heading("section_measures", from: input.briefings)
        if rows.isEmpty {
            append(.paragraph([Inline(wording.render("measures_none"))]), from: input.briefings)
            return
        }
        let context: WeeklyContext = [
            .rowCount: rows.count, .hasTargets: rows.contains { !$0[2].isEmpty },
            .hasDeadlines: rows.contains { !$0[3].isEmpty },
        ]
        append(.paragraph([Inline(wording.render("measures_opening", context))]), from: withRows)
        let header = wording.columns("measures_table_header")
        // Columns nobody filled this week are left out rather than printed empty.
        let widths = [0.2, 0.35, 0.25, 0.2]
        let kept = widths.indices.filter { c in c < 2 || rows.contains { !$0[c].isEmpty } }
        append(
            Table(
                header: kept.compactMap { $0 < header.count ? header[$0] : nil }, rows: rows.map { r in kept.map { r[$0] } },
                columnWidths: kept.map { widths[$0] }), rowRefs: rowRefs)
    }

    /// The spans of ledger rows: each row's file and line.
    static func refs(_ rows: [LedgerRowSource]) -> [SourceRef] {
        var seen = Set<SourceRef>()
        return rows.sorted { ($0.file, $0.line) < ($1.file, $1.line) }.map { SourceRef(file: $0.file, lines: [$0.line, $0.line]) }
            .filter { seen.insert($0).inserted }
    }

    /// Appends a block made from ledger rows (its spans recorded when the rows are known).
    private mutating func append(_ block: Block, rows: [LedgerRowSource]) {
        let refs = Self.refs(rows)
        if !refs.isEmpty { sources[blocks.count] = .block(refs) }
        blocks.append(block)
    }

    private mutating func inspectionSection(_ inspection: InspectionSummary) {
        // The heading and the opening's totals stand for every row the section counts.
        let counted = inspection.areas.flatMap(\.sources)
        let all = counted + inspection.repeated.compactMap(\.source)
        sectionCount += 1
        append(
            .heading(level: 1, text: ChineseNumeral.of(sectionCount) + "、" + wording.render("section_inspection")), rows: all)
        let totals: WeeklyContext = [
            .new: inspection.areas.reduce(0) { $0 + $1.new },
            .rectified: inspection.areas.reduce(0) { $0 + $1.rectified },
            .overdue: inspection.areas.reduce(0) { $0 + $1.overdue },
            .areaCount: inspection.areas.count,
        ]
        append(.paragraph([Inline(wording.render("inspection_opening", totals))]), rows: counted)
        if !inspection.areas.isEmpty {
            let header = wording.columns("inspection_table_header")
            let rows = inspection.areas.map { [$0.area, String($0.new), String($0.rectified), String($0.overdue)] }
            let highlighted = inspection.areas.indices.filter { inspection.areas[$0].overdue > 0 }
            if inspection.areas.allSatisfy({ !$0.sources.isEmpty }) {
                sources[blocks.count] = .rows(inspection.areas.map { Self.refs($0.sources) })
            }
            blocks.append(.table(Table(header: header, rows: rows, highlightedRows: highlighted)))
        }
        for problem in inspection.repeated {
            let context: WeeklyContext = [
                .id: problem.id, .area: problem.area, .category: problem.category,
                .description: problem.description ?? "", .times: problem.timesNotified,
                .found: wording.render("date", DateWording.context(problem.foundOn)),
            ]
            append(.paragraph([Inline(wording.render("inspection_repeated", context))]), rows: problem.source.map { [$0] } ?? [])
        }
    }

    private mutating func airSection() {
        heading("section_air")
        let best = input.airQuality.min { $0.meanAQI < $1.meanAQI }
        let worst = input.airQuality.max { $0.meanAQI < $1.meanAQI }
        let context: WeeklyContext = [
            .areaCount: input.airQuality.count, .best: best?.area ?? "", .worst: worst?.area ?? "",
        ]
        blocks.append(.paragraph([Inline(wording.render("air_opening", context))]))
        let header = wording.columns("air_table_header")
        let rows = input.airQuality.map { [$0.area, String($0.meanAQI), "\($0.goodDays)/\($0.validDays)"] }
        blocks.append(.table(Table(header: header, rows: rows)))
    }

    /// An attachment's opening: its label (`<name>_label`, when the layout has a non-empty one) as
    /// a heading in the flow, not on a page of its own (a short notice stays on two pages), its
    /// caption, and its table's columns.
    private mutating func attachment(_ name: String, items: [Briefing]) -> [String] {
        if wording.has(name + "_label") && !wording.render(name + "_label").isEmpty {
            blocks.append(.heading(level: 0, text: wording.render(name + "_label")))
        }
        append(.caption(wording.render(name + "_caption")), from: items)
        return wording.columns(name + "_table_header")
    }

    /// 本期信息来源 as an office names a source: unit, date, the item's own title (or its first
    /// sentence) and the received file's name without folders or content hashes.
    private mutating func appendix(_ units: [UnitGroup]) {
        let header = attachment("appendix", items: units.flatMap(\.items))
        var rows: [[String]] = []
        var rowRefs: [[SourceRef]] = []
        for unit in units {
            for item in unit.items {
                let date = item.date.flatMap(CivilDate.init(iso:)).map { wording.render("date", DateWording.context($0)) } ?? ""
                // A label such as 简报一 names no item: its first sentence does.
                let title = Punctuation.fullWidth(SourceSentences.sourceTitle(headline: item.headline, text: item.text))
                rows.append([String(rows.count + 1), unit.name, date, title, SourceName.received(item.source.file)])
                rowRefs.append(Self.refs(item, pieces: [unit.name, title], facts: [item.spans.date, item.spans.unit]))
            }
        }
        append(Table(header: header, rows: rows, columnWidths: [0.08, 0.2, 0.2, 0.36, 0.16]), rowRefs: rowRefs)
    }

    /// `[weekly] trace = true`: the exact file and line range of every item, as an attachment.
    private mutating func trace(_ units: [UnitGroup]) {
        let all = units.flatMap(\.items)
        let header = attachment("trace", items: all)
        let rows = all.enumerated().map { i, item in
            [String(i + 1), item.source.file, item.source.lines.count == 2 ? "\(item.source.lines[0])–\(item.source.lines[1])" : ""]
        }
        append(Table(header: header, rows: rows, columnWidths: [0.08, 0.7, 0.22]), rowItems: all.map { [$0] })
    }
}
