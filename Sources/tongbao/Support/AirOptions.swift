import AirQuality
import ArgumentParser
import Foundation
import ReportModel

/// The options of every command that reads monitoring files (`airquality`, `monthly --air`,
/// `import --air`), and their loading and diagnostics.
struct AirOptions: ParsableArguments {
    @Option(help: .of("air.area-map"))
    var areaMap: String?
    @Option(help: .of("air.co-unit"))
    var coUnit: COUnit?
    @Flag(help: .of("air.verbose"))
    var verbose = false

    /// True when a flag that only applies to monitoring files was given.
    var isGiven: Bool { areaMap != nil || coUnit != nil }

    /// Reads the files (and the area map); when nothing is usable prints why and fails (65, 66).
    func load(_ paths: [String], dates: ClosedRange<CivilDate>? = nil) throws(CLIError) -> AirInput {
        guard !paths.isEmpty else { throw CLIError(.usage, "give monitoring data with --air FILE|DIR") }
        do throws(AirFiles.LoadError) {
            return try AirInput.load(paths, areaMap: areaMap, coUnit: coUnit, dates: dates)
        } catch {
            for d in error.diagnostics { printError(d.rendered) }
            throw CLIError(error.isMissing ? .noInput : .input, error.message)
        }
    }

    /// Prints diagnostics on stderr: all with --verbose, else errors and the first five per file.
    func report(_ diagnostics: [Diagnostic]) { Diagnostic.digest(diagnostics, all: verbose).forEach(printError) }
}

/// `--co-unit mg|ug` (`μg` too).
extension COUnit: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.replacingOccurrences(of: "μ", with: "u")) }
}
