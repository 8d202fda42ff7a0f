import Crypto
import Foundation
import PaintedPages
import Typesetting
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Writes an OFD package (GB/T 33190-2016 版式文档): a zip holding `OFD.xml` (the entry, with the
/// document's metadata), `Doc_0/Document.xml` (page area, resources, the page list, bookmarks),
/// `Doc_0/PublicRes.xml` (colour space and fonts), the embedded subset fonts under `Doc_0/Res/`,
/// and one `Doc_0/Pages/Page_N/Content.xml` per page. The pages are the PDF's frames: the same
/// glyphs at the same places, in millimetres from the top-left corner.
///
/// The frames hold no raster images (charts are drawn as bars, rules and text), so the package
/// has no `DocumentRes.xml` / MultiMedia.
public enum OFDPackage {
    /// Why a package was not made.
    public struct WriteError: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    /// The package's bytes. Everything in it comes from `source` (no clock, no random id): the
    /// DocID is a digest of the parts, the zip entries are stamped with the creation date.
    public static func data(_ source: PaintedDocument) throws(WriteError) -> Data {
        var ids = UnitIDs()
        let colorSpace = ids.next()
        let fontIDs = source.fonts.map { _ in ids.next() }
        let pageIDs = source.pages.map { _ in ids.next() }
        let content = OFDPageContent(fontIDs: fontIDs)
        let pages = source.pages.map { content.xml($0, ids: &ids) }

        var parts: [(String, Data)] = []
        let publicRes = publicResources(source, colorSpace: colorSpace, fontIDs: fontIDs)
        let document = documentXML(source, pageIDs: pageIDs, maxID: ids.last, colorSpace: colorSpace)
        parts.append(("Doc_0/Document.xml", document))
        parts.append(("Doc_0/PublicRes.xml", publicRes))
        for (k, font) in source.fonts.enumerated() {
            parts.append(("Doc_0/Res/" + fontFile(font, id: fontIDs[k]), Data(font.data)))
        }
        for (k, page) in pages.enumerated() { parts.append(("Doc_0/Pages/Page_\(k)/Content.xml", page)) }

        var digest = SHA256()
        for (name, data) in parts {
            digest.update(data: Data(name.utf8))
            digest.update(data: data)
        }
        let docID = digest.finalize().prefix(16).map { String(format: "%02x", $0) }.joined()
        parts.insert(("OFD.xml", entry(source, docID: docID)), at: 0)
        return try zip(parts, modified: stamp(source.metadata))
    }

    /// `font_ID.otf` (or `.ttf`), under the public resources' `Res` folder.
    static func fontFile(_ font: EmbeddedFont, id: Int) -> String { "font_\(id).\(font.fileExtension)" }

    /// OFD.xml: version, one document body with its DocInfo and root.
    static func entry(_ source: PaintedDocument, docID: String) -> Data {
        let md = source.metadata
        var info = [OFDXML.element("DocID", text: docID), OFDXML.element("Title", text: md.title)]
        if !md.author.isEmpty { info.append(OFDXML.element("Author", text: md.author)) }
        if !md.subject.isEmpty { info.append(OFDXML.element("Subject", text: md.subject)) }
        let date = day(md.creationDate)
        info.append(OFDXML.element("CreationDate", text: date))
        info.append(OFDXML.element("ModDate", text: date))
        let keywords = md.keywords.split(whereSeparator: { ",，、;； ".contains($0) }).map(String.init)
        if !keywords.isEmpty {
            info.append(OFDXML.element("Keywords", [], keywords.map { OFDXML.element("Keyword", text: $0) }))
        }
        let creator = source.creator.split(separator: " ", maxSplits: 1).map(String.init)
        if let name = creator.first { info.append(OFDXML.element("Creator", text: name)) }
        if creator.count > 1 { info.append(OFDXML.element("CreatorVersion", text: creator[1])) }
        if let full = md.creationDate {
            // xs:date holds the day only; the full timestamp is kept as custom data
            info.append(
                OFDXML.element(
                    "CustomDatas", [], [OFDXML.element("CustomData", [("Name", "CreationDateTime")], text: full)]))
        }
        let root = OFDXML.element(
            "OFD", [("Version", "1.0"), ("DocType", "OFD")],
            [
                OFDXML.element(
                    "DocBody", [],
                    [OFDXML.element("DocInfo", [], info), OFDXML.element("DocRoot", text: "Doc_0/Document.xml")])
            ])
        return OFDXML.document(root)
    }

    /// Document.xml: common data (unit ids, page area, resources, default colour space), the pages
    /// and the bookmarks.
    static func documentXML(_ source: PaintedDocument, pageIDs: [Int], maxID: Int, colorSpace: Int) -> Data {
        let first = source.pages.first
        let common = OFDXML.element(
            "CommonData", [],
            [
                OFDXML.element("MaxUnitID", text: String(maxID)),
                OFDXML.element(
                    "PageArea", [],
                    [OFDXML.element("PhysicalBox", text: MM.list([0, 0, first?.width ?? 595.276, first?.height ?? 841.89]))]),
                OFDXML.element("PublicRes", text: "PublicRes.xml"),
                OFDXML.element("DefaultCS", text: String(colorSpace)),
            ])
        let pages = OFDXML.element(
            "Pages", [],
            pageIDs.enumerated().map { k, id in
                OFDXML.element("Page", [("ID", String(id)), ("BaseLoc", "Pages/Page_\(k)/Content.xml")])
            })
        var children = [common, pages]
        if let outlines = outlines(source.outline, pageIDs: pageIDs) { children.append(outlines) }
        return OFDXML.document(OFDXML.element("Document", [], children))
    }

    /// Bookmarks as nested OutlineElems, each going to its heading's page and height.
    static func outlines(_ entries: [OutlineEntry], pageIDs: [Int]) -> XMLElement? {
        let root = OFDXML.element("Outlines")
        var stack: [(level: Int, element: XMLElement)] = []
        for o in entries where o.page >= 1 && o.page <= pageIDs.count {
            let dest = OFDXML.element(
                "Dest", [("Type", "XYZ"), ("PageID", String(pageIDs[o.page - 1])), ("Left", "0"), ("Top", MM.text(MM.mm(o.y)))])
            let action = OFDXML.element(
                "Action", [("Event", "CLICK")], [OFDXML.element("Goto", [], [dest])])
            let e = OFDXML.element("OutlineElem", [("Title", o.title)], [OFDXML.element("Actions", [], [action])])
            while let top = stack.last, top.level >= o.level { stack.removeLast() }
            (stack.last?.element ?? root).addChild(e)
            stack.append((o.level, e))
        }
        return root.childCount > 0 ? root : nil
    }

    /// PublicRes.xml: the RGB colour space and every embedded font.
    static func publicResources(_ source: PaintedDocument, colorSpace: Int, fontIDs: [Int]) -> Data {
        let spaces = OFDXML.element(
            "ColorSpaces", [],
            [OFDXML.element("ColorSpace", [("ID", String(colorSpace)), ("Type", "RGB"), ("BitsPerComponent", "8")])])
        let fonts = OFDXML.element(
            "Fonts", [],
            source.fonts.enumerated().map { k, f in
                OFDXML.element(
                    "Font",
                    [
                        ("ID", String(fontIDs[k])), ("FontName", f.fontName), ("FamilyName", f.familyName),
                        ("Serif", f.serif ? "true" : "false"),
                    ], [OFDXML.element("FontFile", text: fontFile(f, id: fontIDs[k]))])
            })
        return OFDXML.document(OFDXML.element("Res", [("BaseLoc", "Res")], [spaces, fonts]))
    }

    /// `2017-11-20` from `2017-11-20T08:00:00+08:00` (the date as written, in its own zone).
    static func day(_ iso: String?) -> String {
        guard let iso, iso.count >= 10 else { return "2000-01-01" }
        let d = String(iso.prefix(10))
        let ok = d.enumerated().allSatisfy { k, c in k == 4 || k == 7 ? c == "-" : c.isASCII && c.isNumber }
        return ok ? d : "2000-01-01"
    }

    /// The zip entries' modification time: the document's creation date, else 2000-01-01.
    static func stamp(_ metadata: DocumentMetadata) -> Date {
        if let s = metadata.creationDate, let d = ISO8601DateFormatter().date(from: s) { return d }
        return Date(timeIntervalSince1970: 946_684_800)
    }

    static func zip(_ parts: [(String, Data)], modified: Date) throws(WriteError) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, data) in parts {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
                    compressionMethod: .deflate
                ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
            }
            guard let data = archive.data else { throw WriteError(description: "cannot finish the zip container") }
            return data
        } catch let error as WriteError {
            throw error
        } catch {
            throw WriteError(description: "cannot make the zip container: \(error)")
        }
    }
}
