import Documents
import Foundation
import LayoutSpec
import Testing
import Typesetting

/// Adding a document kind: a folder, one registry line, a layout file (see Toy/).
struct ToyKindTests {
    static let toy = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Toy/toy-notice.toml")

    @Test func aToyKindLoadsAndBuilds() throws {
        let layout = try LayoutLoader.load(contentsOf: Self.toy, kinds: ToyNotice.registry)
        #expect(ToyNotice.settings(in: layout)?.repeats == 2)
        let doc = try ToyNotice.build(name: "张三", layout: layout)
        #expect(doc.blocks.count == 2)
        #expect(doc.blocks.first == .paragraph([Inline("张三，你好。")]))
    }

    @Test func theToyTableAndTextsAreCheckedLikeAnyOther() throws {
        let f = try LayoutFixture()
        defer { f.remove() }
        try f.write("toy.toml", try String(contentsOf: Self.toy, encoding: .utf8).replacingOccurrences(of: "../../../layouts/", with: ""))
        let child = { (body: String) in LayoutFixture.child(of: "toy.toml", body) }
        f.expect(
            f.error("a.toml", child("[toy]\nrepeats = 9\n"), kinds: ToyNotice.registry), file: "a.toml", line: 5, key: "toy.repeats",
            "from 1 to 5")
        f.expect(
            f.error("b.toml", child("[toy]\nrepeat = 1\n"), kinds: ToyNotice.registry), file: "b.toml", line: 5, key: "toy.repeat",
            "unknown key")
        f.expect(
            f.error("c.toml", child("[texts]\ngreeting = \"{{nom}}\"\n"), kinds: ToyNotice.registry), file: "c.toml", line: 5,
            key: "texts.greeting", "{{nom}}")
        // without the registry line the table is unknown
        f.expect(f.error("d.toml", child(""), kinds: DocumentKinds.all), file: "toy.toml", line: 5, key: "toy", "unknown key")
    }
}
