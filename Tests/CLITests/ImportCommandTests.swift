import Foundation
import Testing

/// `tongbao import` end to end on the seeds, with a store in a temporary directory.
@Suite struct ImportCommandTests {
    static let seeds = CLIRunner.packageRoot.appendingPathComponent("seeds").path
    static let ledger = CLIRunner.packageRoot.appendingPathComponent("examples/ledger-example.csv").path

    @Test func importingTheSeedsTwiceChangesNothing() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try CLIRunner.run(["import", "seeds/", "--db", dir.appendingPathComponent("s.sqlite").path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("5 files: 5 new, 0 unchanged, 0 replaced, 0 refused; 14 items stored"))
        let again = try CLIRunner.run(["import", "./seeds", "--db", dir.appendingPathComponent("s.sqlite").path])
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("5 files: 0 new, 5 unchanged, 0 replaced, 0 refused; 0 items stored"))
    }

    @Test func aBadFileIsNamedAndSkippedAndTheRestLands() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.txt")
        try Data([0xFF, 0xFE, 0x00, 0xD8, 0x00]).write(to: bad)
        let db = dir.appendingPathComponent("s.sqlite").path
        let r = try CLIRunner.run(["import", "seeds/", bad.path, "--db", db])
        #expect(r.status == 65)
        #expect(r.stderr.contains("bad.txt"))
        #expect(r.stdout.contains("5 new, 0 unchanged, 0 replaced, 1 refused"))
        let again = try CLIRunner.run(["import", "seeds/", "--db", db])
        #expect(again.stdout.contains("0 new, 5 unchanged"))
    }

    @Test func missingInputIs66AndTheStoreLocationComesFromTheEnvironment() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLIRunner.run(["import", "no-such-dir/", "--db", dir.appendingPathComponent("s.sqlite").path]).status == 66)

        let env = dir.appendingPathComponent("env.sqlite").path
        let r = try CLIRunner.run(["import", Self.seeds], cwd: dir, environment: ["TONGBAO_DB": env])
        #expect(r.status == 0)
        #expect(FileManager.default.fileExists(atPath: env))
        let plain = try CLIRunner.run(["import", Self.seeds], cwd: dir, environment: ["TONGBAO_DB": ""])
        #expect(plain.status == 0)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("tongbao.sqlite").path))
    }

    @Test func ledgersLandWholeOrNotAtAll() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("s.sqlite").path
        let ok = try CLIRunner.run(["import", "--ledger", "examples/ledger-example.csv", "--db", db])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("ledger examples/ledger-example.csv: new, 10 problems"))

        let bad = dir.appendingPathComponent("bad.csv")
        try Data("编号,区域,类别,发现日期,整改状态\nA1,高新区,扬尘,2017年2月30日,整改中\nA2,高新区,扬尘,2017-11-02,整改中\n".utf8)
            .write(to: bad)
        let r = try CLIRunner.run(["import", "--ledger", bad.path, "--db", db])
        #expect(r.status == 65)
        #expect(r.stderr.contains("bad.csv:2: error: bad date in 发现日期 (found_on): '2017年2月30日' is not a real day"))
        #expect(r.stderr.contains("ledger refused"))
    }

    @Test func twoRunsAtOnceBothSucceed() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("s.sqlite").path
        let statuses = StatusBox()
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let args = i == 0 ? ["import", "seeds/", "--db", db] : ["import", "seeds/", "--ledger", Self.ledger, "--db", db]
            statuses.add((try? CLIRunner.run(args).status) ?? -1)
        }
        #expect(statuses.all == [0, 0])
        let again = try CLIRunner.run(["import", "seeds/", "--db", db])
        #expect(again.stdout.contains("0 new, 5 unchanged"))
    }
}

/// Exit statuses collected from concurrent runs.
final class StatusBox: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int32] = []

    func add(_ v: Int32) {
        lock.lock()
        values.append(v)
        lock.unlock()
    }

    var all: [Int32] {
        lock.lock()
        defer { lock.unlock() }
        return values
    }
}
