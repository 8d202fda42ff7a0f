import Typesetting

// The engine's sections of a layout file: each key with its name in the file and its range.
// The values (the defaults) are in layouts/base.toml; nothing here has a default.

extension PageSpec: Decodable {
    enum Keys: String, SchemaKey {
        case widthMM = "width_mm", heightMM = "height_mm"
        case marginTopMM = "margin_top_mm", marginBottomMM = "margin_bottom_mm"
        case marginLeftMM = "margin_left_mm", marginRightMM = "margin_right_mm"

        var rule: Rule {
            switch self {
            case .widthMM, .heightMM: .number(50...1500, unit: "mm")
            default: .number(0...500, unit: "mm")
            }
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(
            widthMM: try c.value(.widthMM), heightMM: try c.value(.heightMM), marginTopMM: try c.value(.marginTopMM),
            marginBottomMM: try c.value(.marginBottomMM), marginLeftMM: try c.value(.marginLeftMM),
            marginRightMM: try c.value(.marginRightMM))
    }
}

extension GridSpec: Decodable {
    enum Keys: String, SchemaKey {
        case charsPerLine = "chars_per_line", linesPerPage = "lines_per_page", bodySize = "body_size_pt"
        case linePitch = "line_pitch_pt", loosenChars = "loosen_chars"

        var rule: Rule {
            switch self {
            case .charsPerLine: .integer(1...200, unit: "characters")
            case .loosenChars: .integer(0...4, unit: "characters")
            case .linesPerPage: .integer(2...200, unit: "lines")
            case .bodySize: .number(4...200, unit: "pt")
            case .linePitch: .number(4...400, unit: "pt")
            }
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(
            charsPerLine: try c.value(.charsPerLine), linesPerPage: try c.value(.linesPerPage),
            bodySize: try c.value(.bodySize), linePitch: try c.optional(.linePitch), loosenChars: try c.value(.loosenChars))
    }
}

extension FontRole: Decodable {
    enum Keys: String, SchemaKey {
        case families, weight

        var rule: Rule {
            switch self {
            case .families: .nonEmpty
            case .weight: .oneOf(FontRole.weights)
            }
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        let families: [String] = try c.value(.families)
        if families.isEmpty {
            throw DecodingError.dataCorruptedError(forKey: .families, in: c, debugDescription: "needs at least one family")
        }
        self.init(families: families, weight: try c.value(.weight))
    }
}

extension BlockStyle: Decodable {
    enum Keys: String, SchemaKey {
        case font, size = "size_pt", color, indent = "indent_chars", spaceBefore = "space_before"
        case spaceAfter = "space_after", lines, align, tracking = "tracking_em"

        var rule: Rule {
            switch self {
            case .font: .oneOf(FontRole.names)
            case .size: .number(2...300, unit: "pt")
            case .color: .nonEmpty
            case .indent: .number(0...50, unit: "characters")
            case .spaceBefore, .spaceAfter, .lines: .integer(0...50, unit: "lines")
            case .align: .oneOf(BlockStyle.alignments)
            case .tracking: .number(-0.5...2, unit: "em")
            }
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(
            font: try c.value(.font), size: try c.value(.size), color: try c.value(.color), indent: try c.value(.indent),
            spaceBefore: try c.value(.spaceBefore), spaceAfter: try c.value(.spaceAfter), lines: try c.value(.lines),
            align: try c.value(.align), tracking: try c.value(.tracking))
    }
}

extension Furniture: Decodable {
    enum Keys: String, SchemaKey {
        case bulletinName = "bulletin_name", officeName = "office_name", copyTo = "copy_to", printer
        case copyToLabel = "copy_to_label", printSuffix = "print_suffix"

        var rule: Rule { .any }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(
            bulletinName: try c.value(.bulletinName), officeName: try c.value(.officeName), copyTo: try c.value(.copyTo),
            printer: try c.value(.printer), copyToLabel: try c.value(.copyToLabel), printSuffix: try c.value(.printSuffix))
    }
}

extension Parts: Decodable {
    enum Keys: String, SchemaKey {
        case masthead, separatorRule = "separator_rule", pageNumbers = "page_numbers", endBlock = "end_block", bookmarks
        case endBlockOnEvenPage = "end_block_on_even_page"

        var rule: Rule { .any }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(
            masthead: try c.value(.masthead), separatorRule: try c.value(.separatorRule),
            pageNumbers: try c.value(.pageNumbers), endBlock: try c.value(.endBlock), bookmarks: try c.value(.bookmarks),
            endBlockOnEvenPage: try c.value(.endBlockOnEvenPage))
    }
}

extension RuleSpec: Decodable {
    enum Keys: String, SchemaKey {
        case separatorMM = "separator_mm", separatorGapMM = "separator_gap_mm", separatorColor = "separator_color"
        case endThickMM = "end_thick_mm", endThinMM = "end_thin_mm", endLineHeightEm = "end_line_height_em"

        var rule: Rule {
            switch self {
            case .endLineHeightEm: .number(1...3, unit: "em")
            case .separatorGapMM: .number(0...100, unit: "mm")
            case .separatorColor: .nonEmpty
            default: .number(0...10, unit: "mm")
            }
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(
            separatorMM: try c.value(.separatorMM), separatorGapMM: try c.value(.separatorGapMM),
            separatorColor: try c.value(.separatorColor), endThickMM: try c.value(.endThickMM),
            endThinMM: try c.value(.endThinMM), endLineHeightEm: try c.value(.endLineHeightEm))
    }
}

extension PageNumberSpec: Decodable {
    enum Keys: String, SchemaKey {
        case format, belowBlockMM = "below_block_mm", position, numberBlankEndPages = "number_blank_end_pages"
        case lineHeightEm = "line_height_em"

        var rule: Rule {
            switch self {
            case .lineHeightEm: .number(1...3, unit: "em")
            case .format: .nonEmpty
            case .belowBlockMM: .number(0...100, unit: "mm")
            case .position: .oneOf(PageNumberSpec.positions)
            case .numberBlankEndPages: .any
            }
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        let format: String = try c.value(.format)
        guard format.contains("{n}") else {
            throw DecodingError.dataCorruptedError(forKey: .format, in: c, debugDescription: "must contain {n} where the number goes")
        }
        self.init(
            format: format, belowBlockMM: try c.value(.belowBlockMM), position: try c.value(.position),
            numberBlankEndPages: try c.value(.numberBlankEndPages), lineHeightEm: try c.value(.lineHeightEm))
    }
}

extension TableSpec: Decodable {
    enum Keys: String, SchemaKey {
        case rowHeight = "row_height_pt", padding = "padding_pt", ruleWidth = "rule_width_pt"
        case lineHeightEm = "line_height_em"

        var rule: Rule {
            switch self {
            case .lineHeightEm: .number(1...3, unit: "em")
            case .rowHeight: .number(4...500, unit: "pt")
            case .padding: .number(0...100, unit: "pt")
            case .ruleWidth: .number(0...10, unit: "pt")
            }
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(
            rowHeight: try c.value(.rowHeight), padding: try c.value(.padding), ruleWidth: try c.value(.ruleWidth),
            lineHeightEm: try c.value(.lineHeightEm))
    }
}

extension TitleBreaks: Decodable {
    enum Keys: String, SchemaKey {
        case before, after, tolerance = "tolerance_chars"

        var rule: Rule {
            switch self {
            case .before, .after: .nonEmpty
            case .tolerance: .number(0...100, unit: "characters")
            }
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(before: try c.value(.before), after: try c.value(.after), tolerance: try c.value(.tolerance))
    }
}
