import Documents
import LayoutSpec
import Testing

/// The variables of each kind are one enum, and the texts' declarations use every case: no
/// variable the code can set is unknown to every template, none is declared twice.
struct WordingDeclarationTests {
    func check<V: WordingVariable>(_ variables: V.Type, _ texts: [TextKey]) {
        let declared = Set(texts.flatMap(\.variables))
        for v in V.allCases { #expect(declared.contains(v.rawValue), "\(v) is declared by no text") }
        let names = texts.map(\.name)
        #expect(Set(names).count == names.count, "a text is declared twice")
    }

    @Test func everyVariableBelongsToAText() {
        check(WeeklyVariable.self, WeeklyNotice.texts)
        check(RankingVariable.self, MonthlyRanking.texts)
    }

    @Test func theRequiredTextsAreDeclared() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        let weekly = try f.load("weekly-notice.toml")
        let monthly = try f.load("monthly-ranking.toml")
        let wsettings = try #require(WeeklyNotice.settings(in: weekly))
        let msettings = try #require(MonthlyRanking.settings(in: monthly))
        let wnames = Set(WeeklyNotice.texts.map(\.name))
        let mnames = Set(MonthlyRanking.texts.map(\.name))
        for key in WeeklyNotice.requiredTexts(for: wsettings, texts: weekly.texts) { #expect(wnames.contains(key), "\(key)") }
        for key in MonthlyRanking.requiredTexts(for: msettings, texts: monthly.texts) { #expect(mnames.contains(key), "\(key)") }
        // the shipped layouts define exactly declared texts (checked by the loader) and every
        // text the notice can print
        #expect(Set(weekly.texts.keys) == wnames.subtracting(["appendix_label", "trace_label"]))
    }
}
