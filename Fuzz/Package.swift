// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for tongbao's parsers. Not part of the main package: `scripts/fuzz.sh`
// (`make fuzz`) builds it with `-sanitize=fuzzer,address -parse-as-library` into `.build-fuzz`.
// Sources/ holds symlinks to the main package's modules, so the fuzzed code is the shipped code.
let package = Package(
    name: "tongbao-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(name: "COpenCC", path: "Sources/COpenCC", pkgConfig: "opencc"),
        .target(name: "COpenCCKeys", dependencies: ["COpenCC"], path: "Sources/COpenCCKeys", linkerSettings: [.linkedLibrary("opencc")]),
        .target(name: "WordLists", path: "Sources/WordLists"),
        .target(name: "ReportModel", dependencies: ["WordLists"], path: "Sources/ReportModel", resources: [.copy("Words")]),
        .target(name: "FileAccess", path: "Sources/FileAccess"),
        .target(name: "TableFiles", dependencies: ["ZIPFoundation", "FileAccess", "ReportModel"], path: "Sources/TableFiles"),
        .target(name: "CUTF8", path: "Sources/CUTF8"),
        .target(name: "LegacyWord", path: "Sources/LegacyWord"),
        .systemLibrary(name: "CPoppler", path: "Sources/CPoppler", pkgConfig: "gobject-2.0"),
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0"),
        .target(
            name: "BriefingReader",
            dependencies: [
                "ReportModel", "COpenCC", "COpenCCKeys", "CPoppler", "CLibXML2", "TableFiles", "FileAccess", "LegacyWord", "CUTF8",
            ],
            path: "Sources/BriefingReader", resources: [.copy("Words")]),
        .target(
            name: "AirQuality", dependencies: ["ReportModel", "TableFiles", "FileAccess", "WordLists"], path: "Sources/AirQuality",
            resources: [.copy("Words")]),
        .target(name: "Typesetting", dependencies: ["WordLists"], path: "Sources/Typesetting", resources: [.copy("Words")]),
        .target(name: "LayoutSpec", dependencies: ["Typesetting", "TOMLKit"], path: "Sources/LayoutSpec"),
        .target(
            name: "ReportStore",
            dependencies: [
                "ReportModel", "TableFiles", "FileAccess", "WordLists", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Sources/ReportStore", resources: [.copy("Words")]),

        // MODULE_main → LLVMFuzzerRunDriver (SwiftPM links Linux executables through MODULE_main).
        .target(name: "FuzzerEntry", path: "Targets/FuzzerEntry"),
        // bytes → BriefingReader().read(data, file:)
        .executableTarget(name: "FuzzBriefingReader", dependencies: ["BriefingReader", "FuzzerEntry"], path: "Targets/FuzzBriefingReader"),
        // bytes (as UTF-8) → LayoutLoader.parse(text, file:)
        .executableTarget(name: "FuzzLayout", dependencies: ["LayoutSpec", "FuzzerEntry"], path: "Targets/FuzzLayout"),
        // bytes → AirImport.json, or CSVReader.parse → AirImport.table → daily values → monthly statistics
        .executableTarget(name: "FuzzAirImport", dependencies: ["AirQuality", "TableFiles", "FuzzerEntry"], path: "Targets/FuzzAirImport"),
        // bytes → .xlsx / CSV / a hostile workbook built from edge cases → LedgerReader (import --ledger)
        .executableTarget(
            name: "FuzzTables", dependencies: ["ReportStore", "TableFiles", "ZIPFoundation", "FuzzerEntry"], path: "Targets/FuzzTables"),
        // bytes → content JSON, or a chart of edge-case numbers → ContentCheck → typeset → SelfCheck
        .executableTarget(
            name: "FuzzContent", dependencies: ["Typesetting", "LayoutSpec", "FuzzerEntry"], path: "Targets/FuzzContent"),
    ],
    swiftLanguageModes: [.v6]
)
