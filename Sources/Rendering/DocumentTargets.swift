import FileAccess
import Foundation
import Typesetting

/// Where one document goes: the PDF and each extra asked for (page images, one tall image, OFD,
/// .docx, the content list `tongbao render` reads). Each extra given as a file, or a directory
/// ending in `/` that gets the PDF's name with the extra's extension.
public struct DocumentTargets: Sendable, Equatable {
    public var pdf: URL
    /// The directory of the page images.
    public var pages: URL?
    public var longPNG: URL?
    public var ofd: URL?
    public var docx: URL?
    /// The content list as block-list JSON.
    public var content: URL?

    /// Resolves the paths given for the extras against the PDF's name (checked before any work).
    public init(
        pdf: URL, pages: String? = nil, longPNG: String? = nil, ofd: String? = nil, docx: String? = nil,
        content: String? = nil
    ) throws(OutputError) {
        let base = pdf.deletingPathExtension().lastPathComponent
        func resolve(_ path: String?, _ ext: String) throws(OutputError) -> URL? {
            guard let path else { return nil }
            return try OutputTarget.resolve(path, defaultName: base, extension: ext)
        }
        self.pdf = pdf
        self.pages = pages.map { URL(fileURLWithPath: $0, isDirectory: true) }
        self.longPNG = try resolve(longPNG, "png")
        self.ofd = try resolve(ofd, "ofd")
        self.content = try resolve(content, "json")
        self.docx = try resolve(docx, "docx")
    }
}

extension PDFWriter {
    /// Typesets `doc` into `delivery` for every target: the PDF and its images and OFD (see
    /// `stage(_:layout:pdf:…)`), the content list, and the .docx with the same creation date.
    public func stage(
        _ doc: ContentDocument, layout: Layout, to targets: DocumentTargets, options: RenderOptions, in delivery: Delivery
    ) throws -> RenderReport {
        let report = try stage(
            doc, layout: layout, pdf: targets.pdf, pages: targets.pages, longPNG: targets.longPNG, ofd: targets.ofd,
            options: options, in: delivery)
        if let json = targets.content { try delivery.stage(json, data: BlockList.encode(doc)) }
        if let target = targets.docx {
            try delivery.stage(target, data: docx(doc, layout: layout, creationDate: options.creationDate))
        }
        return report
    }
}
