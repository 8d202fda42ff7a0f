import ReportModel
import Typesetting

/// 周通报: the week's briefings, inspections and air quality as a content tree.
public enum WeeklyNotice {
    /// `[texts]` keys a weekly-notice layout must define.
    public static let requiredTexts = [
        "date", "month_day", "issue_line", "title", "opening", "empty_week",
        "section_activity", "unit_heading", "entry", "person", "requirement_item", "measure_item", "measure_separator", "list_separator",
        "section_measures", "measures_opening", "measures_table_header", "measures_none",
        "section_inspection", "inspection_opening", "inspection_table_header", "inspection_repeated",
        "section_air", "air_opening", "air_table_header",
        "appendix_caption", "appendix_table_header", "print_date", "unknown_unit",
    ]

    /// Builds the notice. Wording comes from `texts` (the layout's `[texts]` table).
    public static func build(
        _ input: WeeklyNoticeInput, settings: WeeklyNoticeSettings, texts: [String: String]
    ) throws(WordingError) -> ContentDocument {
        let wording = try Wording<WeeklyVariable>(texts: texts, required: requiredTexts)
        var composer = WeeklyNoticeComposer(input: input, settings: settings, wording: wording)
        return composer.compose()
    }
}

/// Writes the blocks of one notice; a value that lives for one `build` call.
struct WeeklyNoticeComposer {
    let input: WeeklyNoticeInput
    let settings: WeeklyNoticeSettings
    let wording: Wording<WeeklyVariable>
    private var blocks: [Block] = []
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

        blocks.append(.masthead(settings.bulletinName))
        blocks.append(.issueLine(wording.render("issue_line", period)))
        blocks.append(.issuer(office: settings.office, date: issueDate))
        blocks.append(.separatorRule)
        blocks.append(.title(title))

        let units = UnitGrouping.group(input.briefings, order: settings.unitOrder, unknownUnit: wording.render("unknown_unit"))
        if units.isEmpty {
            blocks.append(.paragraph([Inline(wording.render("empty_week", period))]))
        } else {
            blocks.append(.paragraph([Inline(wording.render("opening", openingContext(units, period: period)))]))
            activitySection(units)
            measuresSection()
        }
        if let inspection = input.inspection { inspectionSection(inspection) }
        if !input.airQuality.isEmpty { airSection() }
        if settings.appendix && !input.briefings.isEmpty { appendix(units) }
        blocks.append(
            .endBlock(
                EndBlock(
                    copyTo: settings.copyTo, printer: settings.office,
                    printDate: wording.render("print_date", DateWording.context(input.issueDate)))))

        let metadata = DocumentMetadata(
            title: title, author: settings.office, subject: settings.bulletinName,
            keywords: String(describing: week),
            creationDate: input.issueDate.iso + "T08:00:00+08:00")
        return ContentDocument(metadata: metadata, blocks: blocks)
    }

    // MARK: sections

    private mutating func heading(_ key: String) {
        sectionCount += 1
        blocks.append(.heading(level: 1, text: ChineseNumeral.of(sectionCount) + "、" + wording.render(key)))
    }

    private func openingContext(_ units: [UnitGroup], period: WeeklyContext) -> WeeklyContext {
        let items = input.briefings
        var context = period
        context[.unitCount] = units.count
        context[.itemCount] = items.count
        context[.meetingCount] = items.filter { $0.meeting != nil }.count
        context[.measureCount] = Set(items.flatMap(\.measures)).count
        context[.targetCount] = items.reduce(0) { $0 + $1.targets.count }
        context[.hasTargets] = items.contains { !$0.targets.isEmpty }
        return context
    }

    private mutating func activitySection(_ units: [UnitGroup]) {
        heading("section_activity")
        for (i, unit) in units.enumerated() {
            blocks.append(
                .heading(level: 2, text: wording.render("unit_heading", [.ordinal: ChineseNumeral.of(i + 1), .unit: unit.name])))
            for item in unit.items {
                blocks.append(.paragraph([Inline(entry(for: item, unit: unit.name))]))
            }
        }
    }

    private func entry(for item: Briefing, unit: String) -> String {
        var context: WeeklyContext = [.unit: unit]
        if let d = item.date.flatMap(CivilDate.init(iso:)) {
            context[.date] = wording.render("month_day", DateWording.context(d))
        }
        if let t = item.timeOfDay { context[.timeOfDay] = t }
        if let m = item.meeting { context[.meeting] = m }
        if let h = item.headline { context[.headline] = h }
        context[.summary] = Condense.firstSentence(item.text, limit: 80)
        let sep = wording.render("list_separator")
        func people(_ role: (Person) -> Bool) -> String? {
            let names = item.people.filter(role).map { p in
                wording.render("person", [.title: p.title ?? "", .name: p.name])
            }
            return names.isEmpty ? nil : names.joined(separator: sep)
        }
        let chairs = people { $0.hasRole(in: Person.chairRoles) }
        let speakers = people { !$0.hasRole(in: Person.chairRoles) && $0.hasRole(in: Person.speakerRoles) }
        let attendees = people {
            !$0.hasRole(in: Person.chairRoles) && !$0.hasRole(in: Person.speakerRoles) && $0.hasRole(in: Person.attendeeRoles)
        }
        if let chairs { context[.chairs] = chairs }
        if let speakers { context[.speakers] = speakers }
        if let attendees { context[.attendees] = attendees }
        let reqs = item.requirements.prefix(settings.maxRequirements).enumerated().map { i, r in
            wording.render(
                "requirement_item",
                [.ordinal: ChineseNumeral.of(i + 1), .text: Condense.clause(r, limit: settings.requirementLength)])
        }
        if !reqs.isEmpty { context[.requirements] = reqs.joined(separator: "；") }
        let measures = Condense.unique(item.measures).map { wording.render("measure_item", [.text: $0]) }
        if !measures.isEmpty { context[.measures] = measures.joined(separator: wording.render("measure_separator")) }
        return wording.render("entry", context)
    }

    private mutating func measuresSection() {
        let rows: [[String]] = UnitGrouping.ordered(input.briefings, order: settings.unitOrder).compactMap { item in
            let measures = Condense.unique(item.measures).map { wording.render("measure_item", [.text: $0]) }
            let targets = item.targets.map(\.text)
            guard !measures.isEmpty || !targets.isEmpty else { return nil }
            let deadlines = Condense.unique(item.deadlines.map(\.text) + item.targets.compactMap(\.deadline))
            return [
                item.unit ?? wording.render("unknown_unit"),
                measures.joined(separator: wording.render("measure_separator")),
                targets.joined(separator: "；"),
                deadlines.joined(separator: "；"),
            ]
        }
        heading("section_measures")
        if rows.isEmpty {
            blocks.append(.paragraph([Inline(wording.render("measures_none"))]))
            return
        }
        let context: WeeklyContext = [
            .rowCount: rows.count, .hasTargets: rows.contains { !$0[2].isEmpty },
            .hasDeadlines: rows.contains { !$0[3].isEmpty },
        ]
        blocks.append(.paragraph([Inline(wording.render("measures_opening", context))]))
        let header = wording.render("measures_table_header").split(separator: "|").map(String.init)
        // Columns nobody filled this week are left out rather than printed empty.
        let widths = [0.2, 0.35, 0.25, 0.2]
        let kept = widths.indices.filter { c in c < 2 || rows.contains { !$0[c].isEmpty } }
        blocks.append(
            .table(
                Table(
                    header: kept.compactMap { $0 < header.count ? header[$0] : nil }, rows: rows.map { r in kept.map { r[$0] } },
                    columnWidths: kept.map { widths[$0] })))
    }

    private mutating func inspectionSection(_ inspection: InspectionSummary) {
        heading("section_inspection")
        let totals: WeeklyContext = [
            .new: inspection.areas.reduce(0) { $0 + $1.new },
            .rectified: inspection.areas.reduce(0) { $0 + $1.rectified },
            .overdue: inspection.areas.reduce(0) { $0 + $1.overdue },
            .areaCount: inspection.areas.count,
        ]
        blocks.append(.paragraph([Inline(wording.render("inspection_opening", totals))]))
        if !inspection.areas.isEmpty {
            let header = wording.render("inspection_table_header").split(separator: "|").map(String.init)
            let rows = inspection.areas.map { [$0.area, String($0.new), String($0.rectified), String($0.overdue)] }
            let highlighted = inspection.areas.indices.filter { inspection.areas[$0].overdue > 0 }
            blocks.append(.table(Table(header: header, rows: rows, highlightedRows: highlighted)))
        }
        for problem in inspection.repeated {
            let context: WeeklyContext = [
                .id: problem.id, .area: problem.area, .category: problem.category,
                .description: problem.description ?? "", .times: problem.timesNotified,
                .found: wording.render("date", DateWording.context(problem.foundOn)),
            ]
            blocks.append(.paragraph([Inline(wording.render("inspection_repeated", context))]))
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
        let header = wording.render("air_table_header").split(separator: "|").map(String.init)
        let rows = input.airQuality.map { [$0.area, String($0.meanAQI), "\($0.goodDays)/\($0.validDays)"] }
        blocks.append(.table(Table(header: header, rows: rows)))
    }

    private mutating func appendix(_ units: [UnitGroup]) {
        // In the flow, not on a page of its own: a short notice stays on two pages.
        if wording.has("appendix_label") && !wording.render("appendix_label").isEmpty {
            blocks.append(.heading(level: 0, text: wording.render("appendix_label")))
        }
        blocks.append(.caption(wording.render("appendix_caption")))
        let header = wording.render("appendix_table_header").split(separator: "|").map(String.init)
        var rows: [[String]] = []
        for unit in units {
            for item in unit.items {
                let lines = item.source.lines.count == 2 ? "\(item.source.lines[0])–\(item.source.lines[1])" : ""
                let date = item.date.flatMap(CivilDate.init(iso:)).map { wording.render("month_day", DateWording.context($0)) } ?? ""
                rows.append([String(rows.count + 1), unit.name, date, item.source.file, lines])
            }
        }
        blocks.append(.table(Table(header: header, rows: rows, columnWidths: [0.08, 0.24, 0.14, 0.4, 0.14])))
    }
}
