import AirQuality
import ArgumentParser
import Foundation
import ReportModel

/// `tongbao airquality hourly|daily|monthly`: AQI and monthly statistics from monitoring files.
/// The JSON shapes are `HourlyResult`, `DailyResult` and `MonthlyResult` (README lists them).
/// Exit codes: 0 ok; 65 nothing usable (unreadable or non-air files only, no data in the month,
/// no area with enough valid days); 66 a FILE/DIR does not exist.
struct AirQualityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "airquality",
        abstract: Help["airquality.abstract"],
        subcommands: [Hourly.self, Daily.self, Monthly.self]
    )
}

extension AirQualityCommand {
    struct Hourly: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: Help["airquality.hourly.abstract"])

        @Argument(help: .of("airquality.hourly.files"))
        var files: [String]
        @OptionGroup var input: AirOptions
        @Option(help: .of("airquality.hourly.date"))
        var date: String?
        @Flag(help: .of("airquality.json"))
        var json = false

        func run() throws {
            try CLIError.exiting { () throws(CLIError) in
                let range = try date.map { text throws(CLIError) in
                    let d = try PeriodSpec.date(text, flag: "--date")
                    return d...d
                }
                let air = try input.load(files, dates: range)
                guard !air.dataset.hours.isEmpty else {
                    input.report(air.dataset.diagnostics)
                    throw CLIError(.input, "no hourly station records in \(files.joined(separator: ", "))")
                }
                let result = HourlyResult(dataset: air.dataset, map: air.map, warnings: air.diagnostics)
                try json ? Output.printJSON(result) : print(result.table, terminator: "")
                input.report(air.diagnostics)
            }
        }
    }

    struct Daily: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: Help["airquality.daily.abstract"], discussion: Help["airquality.daily.discussion"])

        @Option(help: .of("airquality.air"))
        var air: [String]
        @OptionGroup var input: AirOptions
        @Option(help: .of("airquality.daily.month"))
        var month: String?
        @Option(help: .of("airquality.daily.level"))
        var level: DailyResult.Level = .area
        @Option(help: .of("airquality.city"))
        var city = "city"
        @Flag(help: .of("airquality.json"))
        var json = false

        func run() throws {
            try CLIError.exiting { () throws(CLIError) in
                let range = try month.map { text throws(CLIError) in
                    let ym = try PeriodSpec.month(text)
                    return ym.first...ym.last
                }
                let (daily, warnings) = try input.load(air, dates: range).daily(cityName: city)
                let result = DailyResult(daily: daily, level: level, range: range, warnings: warnings)
                guard !result.days.isEmpty else {
                    input.report(warnings)
                    throw CLIError(.input, "no daily values in \(air.joined(separator: ", "))")
                }
                try json ? Output.printJSON(result) : FileHandle.standardOutput.write(result.csv)
                input.report(warnings)
            }
        }
    }

    struct Monthly: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: Help["airquality.monthly.abstract"])

        @Option(help: .of("airquality.monthly.month"))
        var month: String
        @Option(help: .of("airquality.air"))
        var air: [String]
        @OptionGroup var input: AirOptions
        @Option(help: .of("airquality.city"))
        var city = "city"
        @Option(help: .of("airquality.monthly.rank-by"))
        var rankBy: RankingMeasure = .compositeIndex
        @Option(help: .of("airquality.monthly.then-by"))
        var thenBy: [RankingMeasure] = []
        @Option(help: .of("airquality.monthly.warn-last"))
        var warnLast = 0
        @Flag(help: .of("airquality.json"))
        var json = false

        func run() throws {
            try CLIError.exiting { () throws(CLIError) in
                let ym = try PeriodSpec.month(month)
                let warn = try Numbers.checked(warnLast, "--warn-last", in: 0...99)
                // The month, the month before (rank change) and the same month a year earlier (同比).
                let (daily, loaded) = try input.load(air, dates: ym.sameMonthLastYear.first...ym.last).daily(cityName: city)
                let report = MonthlyReport(daily: daily, month: ym, by: rankBy, thenBy: thenBy, warnLast: warn)
                let warnings = loaded + report.notAssessed(file: air.count == 1 ? air[0] : "\(air[0]) …")
                do throws(MonthlyReport.NotRankable) { try report.requireRanking(source: air.joined(separator: ", ")) } catch {
                    input.report(warnings)
                    throw CLIError(.input, error.description)
                }
                let result = MonthlyResult(report, warnings: warnings)
                try json ? Output.printJSON(result) : print(result.table, terminator: "")
                input.report(warnings)
            }
        }
    }
}

extension DailyResult.Level: ExpressibleByArgument {}
extension RankingMeasure: ExpressibleByArgument {}
