import ArgumentParser
import FileAccess
import Foundation
import ReportStore
import Review

/// `tongbao review --week 2017-W46 [--output FILE.xlsx|DIR/]` — the clerk's review sheet (审核表).
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: Help["review.abstract"],
        discussion: Help["review.discussion"])

    @Option(help: .of("review.week", valueName: "week"))
    var week: String
    @Option(help: .of("period.tz"))
    var tz = "Asia/Shanghai"
    @Option(help: .of("review.output", valueName: "file|dir"))
    var output = "./"
    @OptionGroup var store: StoreOptions

    func run() throws {
        try CLIError.exiting { () throws(CLIError) in
            let week = try PeriodSpec.week(self.week, timeZone: tz)
            let db = try store.opened()
            let delivery = Delivery()
            do {
                let target = try OutputTarget.resolve(output, defaultName: "review-\(week)", extension: "xlsx")
                try delivery.stage(target) { temp in try Review.sheet(week: week, store: db).write(to: temp) }
            } catch let error as OutputError { throw CLIError(error) } catch { throw CLIError(.output, "\(error)") }
            for url in try delivery.committed() { print(url.path) }
        }
    }
}

/// `tongbao import --review FILE.xlsx`: the sheet's corrections stored, or the sheet refused.
enum ReviewImport {
    static func run(_ path: String, into db: ReportStore) throws(CLIError) {
        let now = ISO8601DateFormatter().string(from: Date())
        do {
            let n = try Review.importSheet(URL(fileURLWithPath: path), displayName: path, store: db, recordedAt: now)
            print("review \(path): \(n.corrections) correction\(n.corrections == 1 ? "" : "s") of \(n.items) items stored in \(db.path)")
        } catch {
            switch error {
            case .unreadable(let m): throw CLIError(.noInput, m)
            case .refused(let e):
                for p in e.problems { printError("\(p)") }
                throw CLIError(.input, "\(path): review sheet refused; nothing stored")
            case .store(let e): throw CLIError(.output, "\(e.path): \(e.kind.rawValue): \(e.message)")
            }
        }
    }
}
