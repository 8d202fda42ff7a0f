import Foundation
import TestSupport
import Testing
import Typesetting

/// Inputs that once crashed or stalled the content reader and the typesetter (found by `make
/// fuzz`'s FuzzContent, kept in Regressions/ as the fuzzer wrote them: a mode byte, then content
/// JSON). Each must be refused with its block or composed; the self-check then runs on it.
struct ContentFuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Regressions")

    @Test func everyRegressionInputIsRefusedOrComposed() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        #expect(!names.isEmpty)
        for name in names {
            let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
            let doc: ContentDocument
            do { doc = try BlockList.decode(Data(data.dropFirst())) } catch {
                #expect(!error.description.isEmpty)
                continue
            }
            let setter = Typesetter(layout: Layout.standard, measurer: FixedAdvanceMeasurer())
            let composed = setter.compose(doc)
            #expect(!composed.pages.isEmpty, "\(name)")
            _ = SelfCheck.check(composed, setter: setter)
        }
    }
}
