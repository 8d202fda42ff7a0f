// swift-tools-version: 6.1
import PackageDescription

// The pipeline, in order: BriefingReader → ReportModel → ReportStore; AirQuality;
// LayoutSpec → Documents → Typesetting → Rendering → PDF (and OFDWriter → OFD). See README "Architecture".
let package = Package(
    name: "tongbao",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tongbao", targets: ["tongbao"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // C libraries from Debian, through pkg-config.
        .systemLibrary(
            name: "CPangoCairo", pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev", "libharfbuzz-dev", "libfontconfig-dev"])]),
        .systemLibrary(
            name: "COpenCC", pkgConfig: "opencc",
            providers: [.apt(["libopencc-dev"])]),
        // The release binary allocates with jemalloc (Debian's libjemalloc2, linked before the C library, so it serves every
        // malloc in the process), with the options in jemalloc_settings.c: the reader's ~450,000 allocations on 2 MB took
        // 2.9 % fewer machine instructions in all and ~3 % less CPU than with glibc's allocator; PDFs byte-identical.
        // UTF-8 → scalar values with vector instructions (the reader's line decoding; see its source for why C).
        .target(name: "CUTF8"),
        .target(name: "CJemalloc", linkerSettings: [.linkedLibrary("jemalloc", .when(configuration: .release))]),
        // The characters of OpenCC's dictionary keys, through its C++ API (the C API has none).
        .target(name: "COpenCCKeys", dependencies: ["COpenCC"], linkerSettings: [.linkedLibrary("opencc")]),
        // PDF text layers (reading order, per page) for briefings that arrive as PDF: poppler-glib is
        // opened when a PDF is read (its shim.h says why), so only glib's flags come from pkg-config.
        .systemLibrary(
            name: "CPoppler", pkgConfig: "gobject-2.0",
            providers: [.apt(["libpoppler-glib-dev"])]),
        // deflate for the PDF's streams (zlib, which ZIPFoundation links too).
        .systemLibrary(
            name: "CDeflate", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),
        // HTML pages (a forgiving parser that decodes entities) and .docx XML.
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),

        // Word lists as data: each module's `Words/*.txt`, one entry per line, read once.
        .target(name: "WordLists"),
        // Inert value types shared by every stage. Its release build counts references without atomic instructions
        // too (the reader makes and writes its values on one thread; 1.5 % of the reader's CPU samples were its
        // atomic counts): no module that works on several threads (Rendering, PDFFile, PaintedPages, Typesetting,
        // OFDWriter, DocxWriter) depends on it, and its other callers run on the main thread.
        .target(
            name: "ReportModel", dependencies: ["WordLists"], resources: [.copy("Words")],
            swiftSettings: [.unsafeFlags(["-Xfrontend", "-assume-single-threaded"], .when(configuration: .release))]),
        // The file-system boundary: inputs checked on the file a path resolves to; outputs staged and moved into place together.
        .target(name: "FileAccess"),
        // CSV and .xlsx sheets as rows of strings with line numbers (ledgers, daily air tables).
        .target(name: "TableFiles", dependencies: ["ZIPFoundation", "FileAccess", "ReportModel"]),
        // bytes (.txt, .docx, .html, .pdf) → briefings + diagnostics: Decode → Clean → Segment → Extract.
        // A Word 97-2003 .doc → .docx by headless LibreOffice (a child process, watched on a thread of Foundation's).
        .target(name: "LegacyWord"),
        // The release build counts references without atomic instructions (-assume-single-threaded): the reader runs
        // on one thread (its callers, `parse` and `import`, are not concurrent; `BriefingReader.init` checks it is on the
        // main thread), and the atomic counts were ~3 % of its CPU on the genre mix. The debug build, whose tests run
        // in parallel, keeps atomic counts.
        .target(
            name: "BriefingReader",
            dependencies: [
                "ReportModel", "FileAccess", "COpenCC", "COpenCCKeys", "CPoppler", "CLibXML2", "TableFiles", "LegacyWord", "CUTF8",
            ],
            resources: [.copy("Words")],
            swiftSettings: [
                .unsafeFlags(["-Xfrontend", "-assume-single-threaded"], .when(configuration: .release)),
                .define("SINGLE_THREADED_REFERENCE_COUNTS", .when(configuration: .release)),
            ]),
        // HJ 633 AQI, HJ 663 statistics, composite index, rankings, monitoring-file importers.
        .target(
            name: "AirQuality", dependencies: ["ReportModel", "TableFiles", "FileAccess", "WordLists"],
            resources: [.copy("Words")]),
        // SQLite store: migrations, idempotent import, queries by week and month.
        .target(
            name: "ReportStore",
            dependencies: [
                "ReportModel", "TableFiles", "FileAccess", "WordLists", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Words")]),
        // Generic CJK typesetting engine: content → pages of positioned frames.
        .target(name: "Typesetting", dependencies: ["WordLists"], resources: [.copy("Words")]),
        // layouts/*.toml → typed layout spec, errors with file, line and key.
        .target(name: "LayoutSpec", dependencies: ["Typesetting", "TOMLKit"]),
        // The painted document both fixed-layout writers draw: shaped glyph runs, rules, boxes, embedded faces.
        .target(name: "PaintedPages", dependencies: ["Typesetting"]),
        // Painted pages (glyphs, rules, boxes) → an OFD package (GB/T 33190 版式文档, zip of XML parts and subset fonts).
        .target(
            name: "OFDWriter",
            dependencies: ["PaintedPages", "Typesetting", "ZIPFoundation", .product(name: "Crypto", package: "swift-crypto")]),
        // Painted pages → PDF bytes (Type0 fonts with the subset faces, deflated content streams, outline, metadata).
        .target(name: "PDFFile", dependencies: ["PaintedPages", "Typesetting", "CDeflate"]),
        // Content + layout → .docx (WordprocessingML) for Word and WPS; charts come in as PNGs.
        .target(name: "DocxWriter", dependencies: ["Typesetting", "TableFiles", "ZIPFoundation"]),
        // The only user of Cairo/Pango: measurer, private fonts, the painted document (shaped glyphs and subset faces
        // for the PDF and OFD writers), PNG pages (and the .docx's chart images).
        .target(
            name: "Rendering",
            dependencies: ["Typesetting", "FileAccess", "DocxWriter", "PaintedPages", "OFDWriter", "PDFFile", "CPangoCairo"]),
        // The clerk's review sheet (审核表): items → .xlsx, edited sheet → corrections, corrections → items.
        .target(
            name: "Review", dependencies: ["ReportModel", "ReportStore", "TableFiles", "ZIPFoundation", "WordLists"],
            resources: [.copy("Words")]),
        // Document kinds (WeeklyNotice, MonthlyRanking): model + layout → content.
        .target(
            name: "Documents",
            dependencies: [
                "ReportModel", "AirQuality", "LayoutSpec", "Typesetting", "TableFiles", "WordLists",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Words")]),
        // A document's material gathered from the store or from files (reviewed items, 期号, ledger, air days).
        .target(
            name: "Assembly",
            dependencies: ["ReportModel", "BriefingReader", "ReportStore", "Review", "Documents", "AirQuality", "FileAccess"]),
        // Thin CLI: parses arguments, calls one module function, prints, maps errors to exit codes; the clock.
        .executableTarget(
            name: "tongbao",
            dependencies: [
                "ReportModel", "BriefingReader", "AirQuality", "ReportStore", "LayoutSpec",
                "Typesetting", "Rendering", "Documents", "TableFiles", "DocxWriter", "Review", "FileAccess", "Assembly",
                "WordLists", "CJemalloc", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("Words")]),
        .target(name: "TestSupport", dependencies: ["Typesetting", "LayoutSpec", "CDeflate"], path: "Tests/TestSupport"),

        .testTarget(name: "ReportModelTests", dependencies: ["ReportModel"]),
        .testTarget(
            name: "BriefingReaderTests",
            dependencies: ["BriefingReader", "ReportModel", "TestSupport", "ZIPFoundation", "FileAccess", "LegacyWord"],
            exclude: ["Genre", "Genre2", "Genre3", "Formats", "Classes", "score-set.sh"]),
        .testTarget(
            name: "AirQualityTests", dependencies: ["AirQuality", "ReportModel", "TableFiles", "TestSupport", "FileAccess"]),
        .testTarget(
            name: "ReportStoreTests",
            dependencies: [
                "ReportStore", "ReportModel", "TableFiles", "ZIPFoundation", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Regressions"]),
        .testTarget(name: "TypesettingTests", dependencies: ["Typesetting", "TestSupport"], exclude: ["Golden", "Regressions"]),
        .testTarget(
            name: "LayoutSpecTests", dependencies: ["LayoutSpec", "Typesetting", "Documents"],
            exclude: ["Regressions", "Toy/toy-notice.toml"]),
        .testTarget(
            name: "RenderingTests", dependencies: ["Rendering", "Typesetting", "TestSupport", "FileAccess", "PaintedPages", "PDFFile"],
            exclude: ["Golden", "Fixtures"]),
        .testTarget(
            name: "DocumentsTests",
            dependencies: ["Documents", "ReportModel", "LayoutSpec", "Typesetting", "TestSupport", "BriefingReader", "AirQuality"],
            exclude: ["Golden", "AUDIT.md", "AUDIT-genre-1.md", "AUDIT-genre-2.md", "AUDIT-genre-3.md"]),
        .testTarget(name: "ReviewTests", dependencies: ["Review", "ReportModel", "ReportStore", "TableFiles"]),
        .testTarget(
            name: "OFDWriterTests", dependencies: ["OFDWriter", "PaintedPages", "Rendering", "Typesetting", "TestSupport", "ZIPFoundation"]),
        .testTarget(
            name: "PDFFileTests", dependencies: ["PDFFile", "PaintedPages", "Typesetting", "Rendering", "CPangoCairo", "TestSupport"]),
        .testTarget(name: "DocxWriterTests", dependencies: ["DocxWriter", "Typesetting", "ZIPFoundation", "TestSupport"]),
        .testTarget(name: "FileAccessTests", dependencies: ["FileAccess"]),
        .testTarget(name: "CLITests", dependencies: ["ReportModel", "TestSupport"]),
        // House rules checked on the source tree: no Chinese literal outside word lists and layouts.
        .testTarget(name: "SourceRulesTests"),
    ],
    swiftLanguageModes: [.v6]
)
