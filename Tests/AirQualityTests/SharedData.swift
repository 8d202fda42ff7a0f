import Foundation
import TestSupport
import Testing

/// The real monitoring files in `../shared/airquality/` (relative to the package root).
/// Tests that need them are disabled, with this message, when the folder is absent, except under
/// `CI=true`, where they run and fail (see `SharedFolder`).
enum SharedData {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let folder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/airquality")
    static let cnemcHour = folder.appendingPathComponent("cnemc/cnemc_2017-07-07T16.json")
    static let prsaFolder = folder.appendingPathComponent("prsa_beijing")

    static var hasCNEMC: Bool { FileManager.default.fileExists(atPath: cnemcHour.path) || SharedFolder.isCI }
    static var hasPRSA: Bool { FileManager.default.fileExists(atPath: prsaFolder.path) || SharedFolder.isCI }

    static let skipMessage: Comment = "skipped: ../shared/airquality is absent (under CI=true this fails)"

    /// The twelve PRSA station files.
    static func prsaFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: prsaFolder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "csv" }.sorted { $0.path < $1.path }
    }

    /// Beijing's area map: the 11 urban stations as one city, Dingling 定陵 the 对照点.
    static let beijingMap = """
        station,area,type
        Aotizhongxin,Beijing,urban
        Changping,Beijing,urban
        Dingling,Beijing,background
        Dongsi,Beijing,urban
        Guanyuan,Beijing,urban
        Gucheng,Beijing,urban
        Huairou,Beijing,urban
        Nongzhanguan,Beijing,urban
        Shunyi,Beijing,urban
        Tiantan,Beijing,urban
        Wanliu,Beijing,urban
        Wanshouxigong,Beijing,urban
        """
}
