import Foundation
import Typesetting
import ZIPFoundation

/// A chart drawn as a PNG for the document: the image bytes and the size it is shown at.
public struct DocxImage: Sendable, Equatable {
    /// PNG bytes.
    public var png: Data
    /// Shown width and height in points.
    public var widthPoints: Double
    public var heightPoints: Double

    public init(png: Data, widthPoints: Double, heightPoints: Double) {
        self.png = png
        self.widthPoints = widthPoints
        self.heightPoints = heightPoints
    }
}

/// Writes a content document as WordprocessingML (.docx) an office edits in Word or WPS: the same
/// blocks, wording, sizes, margins and fonts as the PDF, from the same layout. The page is the
/// layout's (A4, GB/T 9704 margins) with the document grid set to its lines and characters; page
/// numbers `— N —` sit in odd (right) and even (left) footers; the 版记 is the last element.
public enum DocxWriter {
    /// An error the writer reports.
    public struct WriteError: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    /// The document's bytes. `chartImage` draws each chart (the Rendering painter does, at 300 dpi);
    /// `modified` is stamped on the zip entries (from the data, never the clock); `metadata`
    /// replaces the document's own (e.g. with a creation date from SOURCE_DATE_EPOCH);
    /// `titleLines` are the lines the PDF broke a title or caption into, by block index, so Word
    /// breaks them at the same word boundaries (never inside a date).
    public static func data(
        _ doc: ContentDocument, layout: Layout, chartImage: @escaping (BarChart) throws -> DocxImage, modified: Date,
        metadata: DocumentMetadata? = nil, titleLines: [Int: [String]] = [:]
    ) throws -> Data {
        let grid = WordGrid(layout: layout)
        var body = WordBody(layout: layout, grid: grid, chartImage: chartImage)
        body.titleLines = titleLines
        for (i, block) in doc.blocks.enumerated() { try body.add(block, index: i) }
        let parts = WordParts(layout: layout, grid: grid, metadata: metadata ?? doc.metadata)

        let archive: Archive
        do { archive = try Archive(data: Data(), accessMode: .create) } catch {
            throw WriteError(description: "cannot make the zip container: \(error)")
        }
        func add(_ path: String, _ data: Data) throws {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
                compressionMethod: path.hasSuffix(".png") ? .none : .deflate
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        try add("[Content_Types].xml", Data(parts.contentTypes(images: !body.images.isEmpty).utf8))
        try add("_rels/.rels", Data(WordParts.packageRelationships.utf8))
        try add("docProps/core.xml", Data(parts.coreProperties().utf8))
        try add("docProps/app.xml", Data(WordParts.appProperties.utf8))
        try add("word/document.xml", Data(parts.document(body: body.xml).utf8))
        try add("word/_rels/document.xml.rels", Data(parts.documentRelationships(images: body.images.count).utf8))
        try add("word/styles.xml", Data(WordStyles(layout: layout, grid: grid).xml().utf8))
        try add("word/fontTable.xml", Data(WordStyles(layout: layout, grid: grid).fontTable().utf8))
        try add("word/settings.xml", Data(parts.settings().utf8))
        try add("word/footer1.xml", Data(parts.footer(odd: true).utf8))
        try add("word/footer2.xml", Data(parts.footer(odd: false).utf8))
        for (i, image) in body.images.enumerated() { try add("word/media/chart\(i + 1).png", image.png) }
        guard let data = archive.data else { throw WriteError(description: "cannot finish the zip container") }
        return data
    }

    /// The modification date for the zip entries: the document's creation date, else 2000-01-01.
    public static func stamp(_ metadata: DocumentMetadata) -> Date {
        if let s = metadata.creationDate, let d = ISO8601DateFormatter().date(from: s) { return d }
        return Date(timeIntervalSince1970: 946_684_800)
    }
}
