import LayoutSpec
import Testing

@testable import Documents

/// Typed wording values: text, whole numbers and flags reach a template as Mustache reads them,
/// and a template sees only the variables its key declares.
@Suite struct WordingTests {
    enum V: String, WordingVariable {
        case n, name, shown
    }

    @Test func valuesAreTextNumbersAndFlags() throws {
        let wording = try Wording<V>(
            texts: ["line": "{{name}}：{{n}}{{#shown}}（有）{{/shown}}{{^shown}}（无）{{/shown}}"], required: ["line"],
            declared: [TextKey("line", [V.n, .name, .shown])])
        var c: WordingContext<V> = [.name: "高新区", .n: 3]
        #expect(c[.n]?.wordingValue == .number(3))
        #expect(wording.render("line", c.with(.shown, true)) == "高新区：3（有）")
        c[.shown] = false
        #expect(wording.render("line", c) == "高新区：3（无）")
    }

    @Test func aTemplateSeesOnlyItsDeclaredVariables() throws {
        // `other` declares no variable: even a context that has `name` renders it empty.
        let wording = try Wording<V>(
            texts: ["line": "{{name}}", "other": "[{{name}}]"], required: [],
            declared: [TextKey("line", [V.name]), TextKey("other")])
        #expect(wording.render("line", [.name: "甲"]) == "甲")
        #expect(wording.render("other") == "[]")
    }
}
