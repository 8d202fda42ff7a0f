/// The JSON of a span as the reader makes them (every list a pair, no pages), at one indentation
/// and for one file, cut where its six numbers go: written by copying the pieces and storing the
/// numbers between them (key by key, line break by line break it was ~1,000 machine
/// instructions a span; ~33,000 spans on 2 MB of the genre mix). The pieces are the bytes
/// `FactSpan.appendJSONByFields` writes around the numbers; `BriefingJSONTests` holds them equal to
/// the encoder's. A class: a span takes one reference to it, not three to its parts.
final class JSONSpanTemplate {
    let indent: Int
    let file: String
    /// The pieces one after another, then eight bytes of padding (a piece is copied a word at a time).
    private let bytes: [UInt8]
    /// Where each piece ends in `bytes`: before the first number, between the numbers of a pair,
    /// between the lines and the offsets, between the offsets and the text offsets, after them,
    /// and after the offsets when there are no text offsets.
    private let ends: [Int]

    init(indent: Int, file: String, fileJSON: [UInt8]) {
        self.indent = indent
        self.file = file
        func spaces(_ n: Int) -> [UInt8] { [UInt8](repeating: 0x20, count: n) }
        let key = spaces(indent + 2)
        let number = spaces(indent + 4)
        let pieces: [[UInt8]] = [
            Array("{\n".utf8) + key + Array("\"file\" : ".utf8) + fileJSON + Array(",\n".utf8) + key + Array("\"lines\" : [\n".utf8)
                + number,
            Array(",\n".utf8) + number,
            Array("\n".utf8) + key + Array("],\n".utf8) + key + Array("\"offsets\" : [\n".utf8) + number,
            Array("\n".utf8) + key + Array("],\n".utf8) + key + Array("\"text_offsets\" : [\n".utf8) + number,
            Array("\n".utf8) + key + Array("]\n".utf8) + spaces(indent) + Array("}".utf8),
            Array("\n".utf8) + key + Array("],\n".utf8) + key + Array("\"text_offsets\" : null\n".utf8) + spaces(indent) + Array("}".utf8),
        ]
        var bytes: [UInt8] = []
        var ends: [Int] = []
        for p in pieces {
            bytes += p
            ends.append(bytes.count)
        }
        self.bytes = bytes + [UInt8](repeating: 0, count: 8)
        self.ends = ends
    }

    /// The most bytes a span written from this takes: the pieces and six numbers of at most 20.
    var maxCount: Int { bytes.count + 6 * 20 }

    /// Writes the span from `room`, which has `maxCount` bytes.
    func write(
        lines: (Int, Int), offsets: (Int, Int), textOffsets: (Int, Int)?, to room: inout PrettyJSON.Room
    ) {
        bytes.withUnsafeBufferPointer { b in
            ends.withUnsafeBufferPointer { e in
                // (bounds: `ends` has six ascending entries, the last within `bytes` less its padding)
                guard let p = b.baseAddress, e.count == 6 else { return }
                func piece(_ k: Int, _ room: inout PrettyJSON.Room) {
                    let start = k == 0 ? 0 : e[k - 1]
                    room.copy(p + start, count: e[k] - start)
                }
                piece(0, &room)
                room.int(lines.0)
                piece(1, &room)
                room.int(lines.1)
                piece(2, &room)
                room.int(offsets.0)
                piece(1, &room)
                room.int(offsets.1)
                guard let t = textOffsets else {
                    room.copy(p + e[4], count: e[5] - e[4])
                    return
                }
                piece(3, &room)
                room.int(t.0)
                piece(1, &room)
                room.int(t.1)
                piece(4, &room)
            }
        }
    }
}

extension PrettyJSON.Writer {
    /// A span as the reader makes it, at `indent`, from its file's template (made the first time).
    mutating func span(file: String, indent: Int, lines: (Int, Int), offsets: (Int, Int), textOffsets: (Int, Int)?) {
        let k = spanTemplates.firstIndex { $0.indent == indent && $0.file.utf8.count == file.utf8.count && $0.file == file }
        let template: JSONSpanTemplate
        if let k {
            template = spanTemplates[k]
        } else {
            var quoted = PrettyJSON.Writer(capacity: file.utf8.count + 16)
            quoted.string(file)
            template = JSONSpanTemplate(indent: indent, file: file, fileJSON: quoted.withBytes { Array($0) })
            // a writer keeps the templates of its last file (a file's spans come together)
            spanTemplates.removeAll { $0.file != file }
            spanTemplates.append(template)
        }
        write(atMost: template.maxCount) { room in
            template.write(lines: lines, offsets: offsets, textOffsets: textOffsets, to: &room)
        }
    }
}
