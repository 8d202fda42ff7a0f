import Foundation
import Testing

@testable import LayoutSpec

/// Inputs that once crashed the layout parser (found by `make fuzz`, kept in Regressions/): each
/// must now be refused with a `LayoutError` naming the file and the line.
struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Regressions")

    @Test func everyRegressionInputIsRefusedWithItsLine() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".toml") }.sorted()
        #expect(names.count >= 4)
        for name in names {
            let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
            let text = String(decoding: data, as: UTF8.self)
            do {
                _ = try LayoutLoader.parse(text, file: name, kinds: [])
                Issue.record("\(name) was accepted")
            } catch {
                #expect(error.file == name)
                #expect(error.line != nil, "\(name): \(error)")
            }
        }
    }

    @Test func headersThatTripTheParserAreRefusedWithTheirLine() {
        for (text, line) in [
            ("[周]\n", 1), ("a = 1\n\n  [=]\n", 3), ("[[ 样式]]\n", 1), ("x = \"\"\"\n[ok]\n\"\"\"\n[\t周]\n", 4),
            ("a = [\"x\",}}\n", 1), ("a = [, 1]\n", 1), ("a = [\n  1, # c\n  ,\n]\n", 3),
        ] {
            do throws(LayoutError) {
                try TableHeaderCheck.check(text, file: "t.toml")
                Issue.record("accepted: \(text)")
            } catch {
                #expect(error.line == line, "\(text): \(error)")
            }
        }
    }

    @Test func validTOMLPassesTheHeaderCheck() throws {
        let valid = [
            "[page]\nwidth_mm = 210 # [周]\n", "[\"样式\".x]\n", "['a b']\n", "[[ rows ]]\n", "x = [\n  [1, 2],\n  [ {a = 1} ],\n]\n",
            "x = \"\"\"\n[周]\n\"\"\"\n", "x = '''\n[=]\n'''\n", "t = \"[周]\"\n[a]\n", "a.b = [\"[\", \"]\"]\n[c]\n",
            "a = [\n  \"x\", # c\n  \"y\",\n]\n", "a = []\n", "a = [ {b = 1}, {c = [2, 3]} ]\n",
        ]
        for text in valid {
            do throws(LayoutError) { try TableHeaderCheck.check(text, file: "t.toml") } catch {
                Issue.record("refused valid TOML \(text): \(error)")
            }
        }
        for name in ["weekly-notice.toml", "monthly-ranking.toml"] {
            let text = try String(contentsOf: LayoutLoaderTests.layouts.appendingPathComponent(name), encoding: .utf8)
            #expect(throws: Never.self) { try TableHeaderCheck.check(text, file: name) }
        }
    }
}
