import Foundation
import TestSupport
import Testing

@Suite struct PeriodTests {
    @Test func impossibleWeekIsAUsageError() throws {
        let r = try CLIRunner.run(["weekly", "--week", "2017-W54", "--input", "seeds/", "--output", "/tmp/"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("2017-W54"))
    }

    /// Byte-for-byte copies of ../shared/seeds.
    @Test(SharedFolder.needs("seeds")) func seedsAreTheSharedOnes() throws {
        let shared = try SharedFolder.require("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: shared.path)
        #expect(names.count == 5)
        for name in names {
            let a = try Data(contentsOf: shared.appendingPathComponent(name))
            let b = try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent("seeds").appendingPathComponent(name))
            #expect(a == b, "seeds/\(name) differs from ../shared/seeds/\(name)")
        }
    }
}
