import Foundation
import Testing

/// `Fuzz/Package.swift` (`make fuzz`) builds the shipped modules through symlinks, each with its
/// own list of dependencies: a module of the main package that gains a dependency must gain it
/// there too, or `make fuzz` stops at its build (it did, for LegacyWord and CUTF8, unseen by
/// `make test`, which never builds the fuzz package).
@Suite struct FuzzPackageTests {
    static let root = ChineseLiteralTests.sources.deletingLastPathComponent()

    /// Target name → the names it depends on (modules and products), read off a manifest's text:
    /// each `name: "X"` of a target, up to the next target.
    static func targets(_ manifest: String) -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        let starts = [".target(", ".executableTarget(", ".testTarget(", ".systemLibrary("]
        var pieces: [Substring] = []
        var rest = manifest[...]
        while let r = starts.compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            let after = rest[r.upperBound...]
            let next = starts.compactMap { after.range(of: $0)?.lowerBound }.min() ?? after.endIndex
            pieces.append(rest[r.lowerBound..<next])
            rest = rest[next...]
        }
        for piece in pieces {
            let quoted = piece.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }
                .map { String($0.element) }
            guard let nameAt = piece.range(of: "name: \""), let name = quoted.first,
                piece[nameAt.upperBound...].hasPrefix(name)
            else { continue }
            guard let deps = piece.range(of: "dependencies:") else {
                out[name] = []
                continue
            }
            // the dependency list: its quoted names that are not a package's or a path
            let list = piece[deps.upperBound...].prefix { $0 != "]" }
            let names = list.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }
                .map { String($0.element) }
            out[name] = Set(names.filter { !$0.contains(".") && !$0.contains("/") && !$0.contains("-") })
        }
        return out
    }

    @Test func fuzzedModulesAreTheShippedOnesWithTheirDependencies() throws {
        let main = Self.targets(try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8))
        let fuzzText = try String(contentsOf: Self.root.appendingPathComponent("Fuzz/Package.swift"), encoding: .utf8)
        let fuzz = Self.targets(fuzzText)
        #expect(main["BriefingReader"]?.contains("ReportModel") == true, "the main manifest was not read")
        let linked = fuzz.keys.filter { fuzzText.contains("path: \"Sources/\($0)\"") }
        #expect(linked.count >= 10)
        for module in linked.sorted() {
            let link = Self.root.appendingPathComponent("Fuzz/Sources/\(module)")
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: link.path)) ?? ""
            #expect(target == "../../Sources/\(module)", "Fuzz/Sources/\(module) is not a link to the shipped module")
            guard let shipped = main[module] else {
                Issue.record("Fuzz/Package.swift builds \(module), which the main package does not have")
                continue
            }
            let fuzzed = fuzz[module] ?? []
            #expect(shipped.isSubset(of: fuzzed), "\(module) in Fuzz/Package.swift lacks \(shipped.subtracting(fuzzed).sorted())")
            for dependency in shipped where main[dependency] != nil {
                #expect(fuzz[dependency] != nil, "Fuzz/Package.swift has no target \(dependency), which \(module) depends on")
            }
        }
    }
}
