import Foundation

/// Step 1 for a Word 97-2003 .doc (and WPS files saved in its OLE form), which districts still
/// send: LibreOffice, installed with tongbao anyway (`make deps`), converts it to a .docx, which
/// `DocxDecoder` reads; lines are the converted document's paragraphs. tongbao parses no OLE
/// itself: the binary .doc format is large and LibreOffice's import is the maintained one.
///
/// Each conversion runs headless in a private folder with its own LibreOffice profile (two
/// imports at once do not share one), under coreutils `timeout`, which kills LibreOffice's whole
/// process group when a file makes it hang. The folder is removed afterwards.
///
/// Its own module: Foundation's `Process` watches the child on a thread of its own, and the
/// reader (`BriefingReader`) is built with non-atomic reference counts, for one thread only.
public struct LegacyWordConverter: Sendable {
    /// Seconds a conversion may take before it is killed (a first start of LibreOffice with a fresh
    /// profile takes ~3 s).
    public var timeout: Int
    /// The LibreOffice executable; nil when it is not installed (a .doc is then refused, naming it).
    public var office: String?

    /// Finds `soffice` (or `libreoffice`) on `PATH`.
    public init(timeout: Int = 60, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.timeout = timeout
        let path = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        office = ["soffice", "libreoffice"].lazy.flatMap { name in path.lazy.map { "\($0)/\(name)" } }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The .docx LibreOffice makes of `data`.
    public func docx(from data: Data) throws(LegacyWordConversionError) -> Data {
        func refuse(_ why: String) -> LegacyWordConversionError { LegacyWordConversionError(why: why) }
        guard let office else { throw refuse("and LibreOffice (soffice), which converts it, is not installed") }
        let fm = FileManager.default
        let folder = fm.temporaryDirectory.appendingPathComponent("tongbao-doc-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.doc")
        let output = folder.appendingPathComponent("out")
        do {
            try fm.createDirectory(at: output, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try data.write(to: input)
        } catch { throw refuse("that could not be staged for conversion (\(error.localizedDescription))") }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = [
            "-k", "5", String(timeout), office, "-env:UserInstallation=\(folder.appendingPathComponent("profile").absoluteString)",
            "--headless", "--norestore", "--nologo", "--nolockcheck", "--convert-to", "docx", "--outdir", output.path, input.path,
        ]
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = folder.path  // cron runs without one; LibreOffice wants a writable home
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw refuse("that LibreOffice could not be started on (\(error.localizedDescription))") }
        process.waitUntilExit()
        if process.terminationStatus == 124 || process.terminationStatus == 137 {
            throw refuse("that LibreOffice did not convert within \(timeout) s")
        }
        guard let converted = try? Data(contentsOf: output.appendingPathComponent("in.docx")), !converted.isEmpty else {
            throw refuse("that LibreOffice could not convert (exit \(process.terminationStatus))")
        }
        return converted
    }
}

/// Why a .doc could not be converted: a phrase that follows "a Word 97-2003 .doc (or another OLE
/// file)" in the reader's message naming the file.
public struct LegacyWordConversionError: Error, Sendable {
    public let why: String
}
