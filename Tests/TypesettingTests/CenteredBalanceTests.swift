import Testing

@testable import Typesetting

/// Centred lines are balanced by trying narrower measures; a trial that splits a word the full
/// measure did not split must not leave the lines indexing the unsplit glyphs (a crash once).
@Suite struct CenteredBalanceTests {
    @Test func balancingThatSplitsAWordKeepsItsOwnGlyphs() {
        let composer = LineComposer(measurer: FixedAdvanceMeasurer(), gridSize: 12, gridPitch: 12)
        let style = TextStyle(role: "body", size: 12, color: .black)
        for text in ["Wanshouxigong", "区区 Wanshouxigong", "ab Aotizhongxin cd", "PM2.5 Nongzhanguan"] {
            for width in stride(from: 20.0, through: 90.0, by: 0.5) {
                let lines = composer.compose([(text, style)], width: width, alignment: .center)
                let set = lines.map(\.text).joined().filter { $0 != " " }
                #expect(set == text.filter { $0 != " " }, "\(text) at \(width) pt")
            }
        }
    }
}
