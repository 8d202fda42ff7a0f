import Dispatch
import PaintedPages
import Typesetting

/// Writes a painted document as PDF 1.5 bytes: one Type 0 font per embedded face (the subset's
/// CFF as `/CIDFontType0C`, TrueType faces as `/FontFile2`), one deflated content stream per page,
/// the document information dictionary and the bookmarks.
///
/// The fonts' streams and the pages' content streams are independent, so they are made on every
/// core (Dispatch); each goes into its own slot and the file is put together in object order
/// afterwards, so the bytes do not depend on the scheduling. Nothing comes from a clock or a
/// random source: the same document gives the same bytes.
///
/// Objects: 1 catalog, 2 page tree, 3 information, 4 the resources every page shares (its fonts),
/// then five per font (Type 0, CIDFont, descriptor, font file, ToUnicode), two per page (page,
/// contents), then the outline, then the object stream holding every object that is not a
/// stream, and the cross-reference stream.
public enum PDFFile {
    /// Why the bytes were not made (a face that cannot be read, a glyph not in its face).
    public struct WriteError: Error, Equatable, CustomStringConvertible {
        public var description: String

        public init(description: String) { self.description = description }
    }

    public static func data(_ doc: PaintedDocument) throws(WriteError) -> [UInt8] {
        let fonts = try doc.fonts.map { (f) throws(WriteError) in try PDFFont(f) }
        let toUnicode = try unicodeTexts(doc, fonts: fonts)
        let content = PDFContent(fonts: fonts, toUnicode: toUnicode)

        let firstFont = 5
        let firstPage = firstFont + 5 * fonts.count
        let firstOutline = firstPage + 2 * doc.pages.count

        // the independent work, biggest first (the body face's subset is most of a notice's bytes)
        let tasks: [Int] =
            Array(fonts.indices).sorted { doc.fonts[$0].data.count > doc.fonts[$1].data.count }
            + doc.pages.indices.map { fonts.count + $0 }
        let made = Concurrently.map(tasks.count) { (k: Int) -> Result<[PDFObject], WriteError> in
            let task = tasks[k]
            do throws(WriteError) {
                if task < fonts.count {
                    return .success(try fonts[task].objects(first: firstFont + 5 * task, toUnicode: toUnicode[task]))
                }
                let p = task - fonts.count
                let page = doc.pages[p]
                let stream = try content.stream(page)
                return .success([
                    pageObject(page, contents: firstPage + 2 * p + 1),
                    try PDFObject.stream(stream, extra: "", what: "page \(p + 1)"),
                ])
            } catch {
                return .failure(error)
            }
        }
        var byTask = [[PDFObject]](repeating: [], count: tasks.count)
        for (k, r) in made.enumerated() {
            switch r {
            case .success(let objects): byTask[tasks[k]] = objects
            case .failure(let e): throw e
            }
        }

        var objects: [PDFObject] = []
        var catalog = PDFBytes()
        catalog.write("<</Type/Catalog/Pages 2 0 R")
        let outline = outlineObjects(doc, first: firstOutline, pageObject: { firstPage + 2 * ($0 - 1) })
        if !outline.isEmpty {
            catalog.write("/Outlines ")
            catalog.int(firstOutline)
            catalog.write(" 0 R")
        }
        catalog.write(">>")
        objects.append(PDFObject(catalog.bytes))

        var tree = PDFBytes()
        tree.write("<</Type/Pages/Kids[")
        for p in doc.pages.indices {
            if p > 0 { tree.byte(32) }
            tree.int(firstPage + 2 * p)
            tree.write(" 0 R")
        }
        tree.write("]/Count ")
        tree.int(doc.pages.count)
        tree.write(">>")
        objects.append(PDFObject(tree.bytes))
        objects.append(PDFObject(information(doc)))

        var resources = PDFBytes()
        resources.write("<</Font<<")
        for k in fonts.indices {
            resources.write("/F")
            resources.int(k)
            resources.byte(32)
            resources.int(firstFont + 5 * k)
            resources.write(" 0 R")
        }
        resources.write(">>>>")
        objects.append(PDFObject(resources.bytes))
        for o in byTask { objects += o }
        objects += outline
        return try assemble(objects)
    }

    /// Header, the stream objects (fonts, ToUnicode maps, page contents), one object stream
    /// holding every other object, and the cross-reference stream (PDF 1.5). Packed into a
    /// deflated object stream, the dictionaries and the cross-reference entries take ~2 KB less
    /// than as plain text (a one-page notice: 4.3 KB of dictionaries and table, ~7 % of the file).
    static func assemble(_ objects: [PDFObject]) throws(WriteError) -> [UInt8] {
        var out = PDFBytes(capacity: objects.reduce(1024) { $0 + ($1.isStream ? $1.body.count + 24 : 0) })
        out.write("%PDF-1.5\n%")
        out.write([0xB5, 0xED, 0xAE, 0xFB])
        out.byte(10)
        // each object's place: its offset in the file, or its index in the object stream
        var places: [CrossReference.Entry] = [.free]
        places.reserveCapacity(objects.count + 3)
        var index = PDFBytes()
        var packed = PDFBytes()
        var count = 0
        let objectStream = objects.count + 1
        for (k, o) in objects.enumerated() {
            if o.isStream {
                places.append(.inFile(offset: out.count))
                out.int(k + 1)
                out.write(" 0 obj\n")
                out.write(o.body)
                out.write("\nendobj\n")
            } else {
                places.append(.packed(stream: objectStream, index: count))
                if count > 0 { index.byte(32) }
                index.int(k + 1)
                index.byte(32)
                index.int(packed.count)
                packed.write(o.body)
                packed.byte(10)
                count += 1
            }
        }
        index.byte(10)
        places.append(.inFile(offset: out.count))
        out.int(objectStream)
        out.write(" 0 obj\n")
        out.write(
            try PDFObject.stream(
                index.bytes + packed.bytes, extra: "/Type/ObjStm/N \(count)/First \(index.count)", what: "the object stream"
            ).body)
        out.write("\nendobj\n")

        let xref = out.count
        places.append(.inFile(offset: xref))
        let table = CrossReference(places)
        out.int(objectStream + 1)
        out.write(" 0 obj\n")
        out.write(
            try PDFObject.stream(
                table.bytes, extra: "/Type/XRef/Size \(places.count)/W[1 \(table.widths.0) \(table.widths.1)]/Root 1 0 R/Info 3 0 R",
                what: "the cross-reference stream"
            ).body)
        out.write("\nendobj\nstartxref\n")
        out.int(xref)
        out.write("\n%%EOF\n")
        return out.bytes
    }

    /// For each font and glyph, the text its ToUnicode entry gives: the first text the glyph is
    /// shown alone for (a later, different text is an ActualText span in the content stream).
    static func unicodeTexts(_ doc: PaintedDocument, fonts: [PDFFont]) throws(WriteError) -> [[String?]] {
        var texts = fonts.map { [String?](repeating: nil, count: $0.widths.count) }
        for page in doc.pages {
            for case .text(let t) in page.items {
                guard t.font >= 0, t.font < fonts.count else {
                    throw WriteError(description: "text in font \(t.font), which is not embedded")
                }
                for c in t.clusters where c.glyphs.count == 1 && !c.text.isEmpty {
                    let g = Int(c.glyphs[0])
                    guard g < texts[t.font].count else {
                        throw WriteError(description: "glyph \(g) is not in font '\(doc.fonts[t.font].fontName)'")
                    }
                    if texts[t.font][g] == nil { texts[t.font][g] = c.text }
                }
            }
        }
        return texts
    }

    /// The page's size to a millionth of a point, as cairo gave it (content streams flip y about it).
    static func pageObject(_ page: PaintedPage, contents: Int) -> PDFObject {
        var o = PDFBytes()
        o.write("<</Type/Page/Parent 2 0 R/MediaBox[0 0 ")
        o.precise(page.width)
        o.byte(32)
        o.precise(page.height)
        o.write("]/Resources 4 0 R/Contents ")
        o.int(contents)
        o.write(" 0 R>>")
        return PDFObject(o.bytes)
    }

    /// The document information dictionary (the review workflow's stamp is in Keywords).
    static func information(_ doc: PaintedDocument) -> [UInt8] {
        let md = doc.metadata
        var o = PDFBytes()
        for (key, value) in [
            ("Title", md.title), ("Author", md.author), ("Subject", md.subject), ("Keywords", md.keywords), ("Creator", doc.creator),
            ("Producer", doc.creator),
        ] {
            o.write(o.count == 0 ? "<</" : "/")
            o.write(key)
            o.text(value)
        }
        if let date = md.creationDate.flatMap(pdfDate) {
            o.write("/CreationDate")
            o.text(date)
            o.write("/ModDate")
            o.text(date)
        }
        o.write(">>")
        return o.bytes
    }

    /// `D:YYYYMMDDHHmmSS` and the offset (`Z`, `+08'00`) of an ISO 8601 timestamp, as far as it
    /// goes; nil when it is not one.
    static func pdfDate(_ iso: String) -> String? {
        let s = Array(iso.utf8)
        guard s.count >= 4, s.allSatisfy({ (48...57).contains($0) || "-T:+Z".utf8.contains($0) }) else { return nil }
        var out = Array("D:".utf8) + s[0..<4]
        var p = 4
        // -MM -DD Thh :mm :ss: each a separator and two digits
        for _ in 0..<5 where p + 3 <= s.count {
            out += s[p + 1..<p + 3]
            p += 3
        }
        if p < s.count {
            out.append(s[p])  // Z, + or -
            p += 1
            if p + 2 <= s.count {
                out += s[p..<p + 2]
                out.append(UInt8(ascii: "'"))
                p += 2
                if p + 3 <= s.count { out += s[p + 1..<p + 3] + [UInt8(ascii: "'")] }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The outline: each entry under the last one of a lower level, closed, going to its
    /// heading's page at the text block's left edge and the heading's top.
    static func outlineObjects(_ doc: PaintedDocument, first: Int, pageObject: (Int) -> Int) -> [PDFObject] {
        let entries = doc.outline.filter { $0.page >= 1 && $0.page <= doc.pages.count }
        guard !entries.isEmpty else { return [] }
        // parent (0: the root) of each entry, numbered from 1
        var parent = [Int](repeating: 0, count: entries.count + 1)
        var children = [[Int]](repeating: [], count: entries.count + 1)
        var stack: [(level: Int, item: Int)] = []
        for (k, o) in entries.enumerated() {
            while let top = stack.last, top.level >= o.level { stack.removeLast() }
            parent[k + 1] = stack.last?.item ?? 0
            children[parent[k + 1]].append(k + 1)
            stack.append((o.level, k + 1))
        }
        var out: [PDFObject] = []
        var root = PDFBytes()
        root.write("<</Type/Outlines/First ")
        root.int(first + children[0][0])
        root.write(" 0 R/Last ")
        root.int(first + children[0][children[0].count - 1])
        root.write(" 0 R/Count ")
        root.int(children[0].count)
        root.write(">>")
        out.append(PDFObject(root.bytes))
        for (k, o) in entries.enumerated() {
            let item = k + 1
            let siblings = children[parent[item]]
            let at = siblings.firstIndex(of: item) ?? 0
            var b = PDFBytes()
            b.write("<</Title")
            b.text(o.title)
            b.write("/Parent ")
            b.int(first + parent[item])
            b.write(" 0 R")
            if at > 0 {
                b.write("/Prev ")
                b.int(first + siblings[at - 1])
                b.write(" 0 R")
            }
            if at + 1 < siblings.count {
                b.write("/Next ")
                b.int(first + siblings[at + 1])
                b.write(" 0 R")
            }
            if let firstChild = children[item].first, let lastChild = children[item].last {
                b.write("/First ")
                b.int(first + firstChild)
                b.write(" 0 R/Last ")
                b.int(first + lastChild)
                b.write(" 0 R/Count ")
                b.int(-children[item].count)  // closed
            }
            b.write("/Dest[")
            b.int(pageObject(o.page))
            b.write(" 0 R/XYZ ")
            // whole points, as cairo's outline links had them
            b.int(Int(doc.bookmarkLeft))
            b.byte(32)
            b.precise(doc.pages[o.page - 1].height - Double(Int(o.y)))
            b.write(" 0]>>")
            out.append(PDFObject(b.bytes))
        }
        return out
    }
}

/// An object's body: a dictionary, or a dictionary and its stream.
struct PDFObject: Sendable {
    var body: [UInt8]
    /// A dictionary and its stream, which stays in the file; other objects go into the object stream.
    var isStream = false

    init(_ body: [UInt8]) { self.body = body }

    /// A deflated stream; `extra` are more dictionary entries (`/Subtype/CIDFontType0C`).
    static func stream(_ raw: [UInt8], extra: String, what: String) throws(PDFFile.WriteError) -> PDFObject {
        guard let packed = Deflate.compress(raw) else { throw PDFFile.WriteError(description: "zlib could not deflate \(what)") }
        var o = PDFBytes(capacity: packed.count + 64)
        o.write("<</Length ")
        o.int(packed.count)
        o.write("/Filter/FlateDecode")
        o.write(extra)
        o.write(">>stream\n")
        o.write(packed)
        o.write("\nendstream")
        var object = PDFObject(o.bytes)
        object.isStream = true
        return object
    }
}

/// `work(0)` … `work(n - 1)` on every core, each result in its own slot: the results are in
/// index order whatever the scheduling.
enum Concurrently {
    static func map<T>(_ n: Int, _ work: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(n)
        DispatchQueue.concurrentPerform(iterations: n) { k in slots.put(k, work(k)) }
        return slots.take()
    }

    /// Storage each iteration writes one element of, never the same one twice.
    final class Slots<T>: @unchecked Sendable {
        private let base: UnsafeMutablePointer<T?>
        private let count: Int

        init(_ count: Int) {
            self.count = count
            base = .allocate(capacity: max(count, 1))
            base.initialize(repeating: nil, count: count)
        }

        deinit {
            base.deinitialize(count: count)
            base.deallocate()
        }

        func put(_ k: Int, _ value: T) { base[k] = value }

        func take() -> [T] { (0..<count).compactMap { base[$0] } }
    }
}
