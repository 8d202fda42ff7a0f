import Foundation
import GRDB
import ReportModel
import Testing

@testable import ReportStore

/// Issue 12: the store keeps every fact's span and kind (inside the item's JSON column), and a
/// store written before spans existed still opens and reads.
@Suite struct FactSpanStoreTests {
    static func withSpans(_ b: Briefing) -> Briefing {
        var b = b
        let span = FactSpan(file: b.source.file, lines: [12, 13], offsets: [340, 352], textOffsets: [5, 17])
        b.measureKinds = [.measure]
        b.deployedMeasures = [DeployedMeasure(text: "封土令")]
        b.targets[0].kind = .goal
        b.deadlines[0].kind = .period
        b.spans = BriefingSpans(
            date: span, unit: span, meeting: span, people: [PersonSpans(name: span, roles: [span])], requirements: [span],
            measures: [span], deployedMeasures: [span], targets: [span], deadlines: [span])
        return b
    }

    @Test func spansAndKindsRoundTripThroughTheStore() throws {
        let s = try Scratch()
        defer { s.remove() }
        let store = try ReportStore(path: s.dbPath)
        var file = Fixtures.file("in/a.txt", dates: ["2017-11-14"])
        file.briefings = file.briefings.map(Self.withSpans)
        _ = try store.importBriefings([file])
        let back = try ReportStore(path: s.dbPath).allBriefings().map(\.briefing)
        #expect(back == file.briefings)
        #expect(back.first?.spans.people.first?.roles.first?.offsets == [340, 352])
        #expect(back.first?.deadlines.first?.kind == .period)
    }

    @Test func itemsStoredBeforeSpansStillRead() throws {
        let s = try Scratch()
        defer { s.remove() }
        let store = try ReportStore(path: s.dbPath)
        let file = Fixtures.file("in/a.txt", dates: ["2017-11-14"])
        _ = try store.importBriefings([file])
        // the JSON column as an older tongbao wrote it: no spans, no kinds
        try store.write { db in
            let json = try String.fetchOne(db, sql: "SELECT json FROM briefing") ?? ""
            var object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] ?? [:]
            object["spans"] = nil
            object["measure_kinds"] = nil
            object["deployed_measures"] = nil
            for key in ["targets", "deadlines"] {
                object[key] = (object[key] as? [[String: Any]])?.map {
                    var x = $0; x["kind"] = nil; return x
                }
            }
            let old = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
            #expect(!old.contains("spans") && !old.contains("kind"))
            try db.execute(sql: "UPDATE briefing SET json = ?", arguments: [old])
        }
        let back = try #require(try ReportStore(path: s.dbPath).allBriefings().first?.briefing)
        #expect(back.spans == BriefingSpans())
        #expect(back.measures == ["封土令"])
        #expect(back.measureKinds == [.measure])
        #expect(back.deployedMeasures == [DeployedMeasure(text: "封土令")])
        #expect(back.targets.first?.kind == .goal)
        #expect(back.deadlines.first?.kind == .deadline)
    }
}
