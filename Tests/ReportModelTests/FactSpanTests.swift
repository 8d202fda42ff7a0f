import Foundation
import ReportModel
import Testing

/// `FactSpan` keeps a list of two inline and any other as an array: the two must be one value
/// (equal, the same hash, the same JSON), whichever way the span was made.
struct FactSpanTests {
    @Test func pairsAreTheSameValueHoweverMade() throws {
        let byArrays = FactSpan(file: "a.txt", lines: [3, 4], offsets: [10, 20], textOffsets: [1, 2])
        let byPairs = FactSpan(file: "a.txt", lines: (3, 4), offsets: (10, 20), textOffsets: (1, 2))
        #expect(byArrays == byPairs)
        #expect(Set([byArrays, byPairs]).count == 1)
        #expect(byPairs.lines == [3, 4] && byPairs.offsets == [10, 20] && byPairs.textOffsets == [1, 2] && byPairs.pages == nil)
        var set = byPairs
        set.lines = [3]
        #expect(set != byPairs && set.lines == [3])
        set.lines = [3, 4]
        #expect(set == byArrays)
        #expect(FactSpan(file: "a.txt", lines: (3, 4), offsets: (10, 20)) != byPairs)
    }

    @Test func listsOfEveryLengthRoundTrip() throws {
        for list in [[], [5], [1, 2], [7, 8, 9]] {
            let span = FactSpan(file: "b.txt", lines: list, offsets: list, textOffsets: list, pages: list)
            #expect(span.lines == list && span.offsets == list && span.textOffsets == list && span.pages == list)
            let data = try JSONEncoder().encode(span)
            #expect(try JSONDecoder().decode(FactSpan.self, from: data) == span)
        }
        // fields left out of stored JSON read as none
        let bare = try JSONDecoder().decode(FactSpan.self, from: Data(#"{"file":"c","lines":[1,1],"offsets":[0,2]}"#.utf8))
        #expect(bare == FactSpan(file: "c", lines: (1, 1), offsets: (0, 2)))
    }

    @Test func linesMappedInPlace() {
        var pair = FactSpan(file: "d", lines: (2, 5), offsets: (0, 1))
        #expect(pair.lineBounds! == (2, 5))
        pair.mapLines { $0 * 10 }
        #expect(pair.lines == [20, 50])
        var list = FactSpan(file: "d", lines: [1, 2, 3], offsets: [])
        #expect(list.lineBounds! == (1, 3))
        list.mapLines { $0 + 1 }
        #expect(list.lines == [2, 3, 4])
        #expect(FactSpan(file: "d", lines: [], offsets: []).lineBounds == nil)
    }
}
