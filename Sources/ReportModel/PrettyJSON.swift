/// The pieces of JSON as `JSONEncoder` writes them with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes` on this platform (swift-foundation, Swift 6.3): two spaces a level,
/// `"key" : value`, an empty array as `[`, a blank line, `]`. Written by hand because the encoder's
/// tree of each value was ~4 % of `parse --json` (DiagnosticJSON, BriefingJSON); a writer gives
/// an `Object` its fields in the encoder's order (the UTF-8 order of the key strings).
/// `BriefingJSONTests` and `DiagnosticJSONTests` hold the bytes equal to the encoder's.
enum PrettyJSON {
    /// Bytes being written, through a pointer into a buffer of its own. The output of `parse --json`
    /// is ~8 times its input, half of it indentation: appended to an array a byte (or a short
    /// run) at a time, each with the array's uniqueness and capacity checks, it was 13.5 % of the
    /// run on the genre mix; here room for a line's pieces is made once and their bytes stored.
    struct Writer: ~Copyable {
        private var base: UnsafeMutablePointer<UInt8>
        private(set) var count = 0
        private var capacity: Int
        /// The last string `repeatedString` wrote, and where its JSON lies in the buffer.
        private var repeated: (text: String, at: Int, count: Int)?
        /// The bytes between the numbers of a span's JSON, by the span's indentation
        /// (`JSONSpanTemplate`): few indentations, one file.
        var spanTemplates: [JSONSpanTemplate] = []

        init(capacity: Int = 1 << 14) {
            self.capacity = max(capacity, 64)
            base = .allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }

        /// Appends what was written to `out`.
        func append(to out: inout [UInt8]) {
            out.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
        }

        /// What was written.
        func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
            try body(UnsafeRawBufferPointer(start: base, count: count))
        }

        /// Forgets what was written, keeping the buffer.
        mutating func removeAll() {
            count = 0
            // its JSON is gone with it
            repeated = nil
        }

        /// Room for `n` more bytes.
        @inline(__always)
        private mutating func reserve(_ n: Int) {
            if capacity - count < n { grow(to: count + n) }
        }

        @inline(never)
        private mutating func grow(to needed: Int) {
            let larger = max(needed, capacity * 2)
            let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
            moved.initialize(from: base, count: count)
            base.deallocate()
            base = moved
            capacity = larger
        }

        /// Makes room for at most `n` bytes and lets `body` store them through a `Room`, whose
        /// position stays in a register (stored in the writer, it was read again after each byte:
        /// a store through the pointer might have changed it, for all the compiler knows).
        @inline(__always)
        mutating func write(atMost n: Int, _ body: (inout Room) -> Void) {
            reserve(n)
            var room = Room(at: base + count)
            body(&room)
            count += room.used
        }

        /// Bytes copied as they are.
        mutating func bytes(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let start = bytes.baseAddress else { return }
            reserve(bytes.count)
            (base + count).initialize(from: start, count: bytes.count)
            count += bytes.count
        }

        /// ASCII bytes as they are (a static string's bytes, without going through `String`).
        mutating func raw(_ s: StaticString) {
            bytes(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
        }

        mutating func byte(_ b: UInt8) {
            write(atMost: 1) { $0.put(b) }
        }

        /// `n` spaces.
        mutating func pad(_ n: Int) {
            write(atMost: n + 8) { $0.spaces(n) }
        }

        /// Ends a line (after a comma when `comma`) and indents the next by `indent`.
        mutating func newline(_ indent: Int, comma: Bool) {
            write(atMost: indent + 10) { $0.newline(indent, comma: comma) }
        }

        mutating func int(_ n: Int) {
            write(atMost: 20) { $0.int(n) }  // a sign and Int.min's 19 digits
        }

        /// A JSON string as the encoder escapes it: quote, backslash and the control characters (a
        /// slash, DEL and U+2028 as they are). Eight bytes at a time are checked for any of them,
        /// and runs without copied whole (the items' texts are most of the strings). Read through
        /// the string's own storage (a copy of the string to call `withUTF8` on was a retain and a
        /// release, ~140 machine instructions a string with the rest of the call).
        mutating func string(_ s: String) {
            if s.utf8.withContiguousStorageIfAvailable({ quoted($0) }) == nil {
                var s = s
                s.withUTF8 { quoted($0) }
            }
        }

        /// `text` quoted and escaped (`string`).
        private mutating func quoted(_ text: UnsafeBufferPointer<UInt8>) {
            let n = text.count
            // the quotes and the text: most strings need no more (an escape makes sure of its own)
            reserve(n &+ 2)
            base[count] = 0x22
            count &+= 1
            if let start = text.baseAddress {
                var run = 0
                while true {
                    let i = Self.nextToEscape(start, from: run, to: n)
                    (base + count).initialize(from: start + run, count: i &- run)
                    count &+= i &- run
                    guard i < n else { break }
                    run = i &+ 1
                    // room for the escape, the rest of the text and the closing quote
                    reserve(n &- run &+ 8)
                    var room = Room(at: base + count)
                    room.escape(start[i])
                    count &+= room.used
                }
            }
            base[count] = 0x22
            count &+= 1
        }

        /// The index of the first byte of `b[from..<to]` that is escaped (below 0x20, a quote, a
        /// backslash), or `to`: eight bytes checked at a time in a word (`anyToEscape`; Swift's
        /// SIMD16 comparisons were compiled lane by lane here, five times slower).
        @inline(__always)
        private static func nextToEscape(_ b: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
            var i = from
            while to &- i >= 8, !anyToEscape(UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self)) { i &+= 8 }
            while i < to {
                let c = b[i]
                if c < 0x20 || c == 0x22 || c == 0x5C { return i }
                i &+= 1
            }
            return to
        }

        /// Whether any of eight bytes is below 0x20, a quote or a backslash (exact: the classic
        /// test for a zero byte, on the bytes and on their differences from `"` and `\`).
        @inline(__always)
        private static func anyToEscape(_ w: UInt64) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            let quote = w ^ (ones &* 0x22)
            let backslash = w ^ (ones &* 0x5C)
            let below = (w &- ones &* 0x20) & ~w
            let isQuote = (quote &- ones) & ~quote
            let isBackslash = (backslash &- ones) & ~backslash
            return (below | isQuote | isBackslash) & highs != 0
        }

        /// A string most often the same as the one this wrote before (every span's file): then its
        /// JSON is copied from where it was written, not checked for escapes again (a string the
        /// same as the last compares by its storage, at once).
        mutating func repeatedString(_ s: String) {
            if let r = repeated, r.text.utf8.count == s.utf8.count, r.text == s {
                reserve(r.count)
                (base + count).initialize(from: base + r.at, count: r.count)
                count += r.count
                return
            }
            let at = count
            string(s)
            repeated = (s, at, count - at)
        }

        /// A string, or `null`.
        mutating func string(_ s: String?) {
            if let s { string(s) } else { raw("null") }
        }

        /// A number as the encoder writes a Double: its shortest round-trip `description` without a
        /// trailing `.0` (1, 35.5, 1e-07, 1e+21, -0). JSON has no NaN or infinity: the encoder throws
        /// `EncodingError.invalidValue` with the value's coding path, and so does this, with the same
        /// wording (`parse --json` prints it).
        mutating func number(_ v: Double, at codingPath: @autoclosure () -> [any CodingKey]) throws(EncodingError) {
            guard v.isFinite else {
                throw EncodingError.invalidValue(
                    v, EncodingError.Context(codingPath: codingPath(), debugDescription: "Unable to encode Double.\(v) directly in JSON."))
            }
            // the trailing `.0` left out of the bytes written, not removed from the string (the
            // description is ASCII; removing made a copy: ~1,800 machine instructions a number)
            var text = v.description
            text.withUTF8 { b in
                let n = b.count >= 2 && b[b.count - 2] == 0x2E && b[b.count - 1] == 0x30 ? b.count - 2 : b.count
                bytes(UnsafeBufferPointer(rebasing: b[..<n]))
            }
        }

        /// An array whose closing bracket is at column `indent`, each element on its own lines two
        /// columns in (`element` writes one from the current position, given its closing column).
        mutating func array<T, E: Error>(
            _ items: [T], indent: Int, element: (T, inout Writer, Int) throws(E) -> Void
        ) throws(E) {
            guard !items.isEmpty else {
                write(atMost: indent + 11) { room in
                    room.put("[\n\n")  // the encoder's blank line
                    room.spaces(indent)
                    room.put(0x5D)
                }
                return
            }
            byte(0x5B)
            for k in items.indices {
                newline(indent + 2, comma: k > 0)
                try element(items[k], &self, indent + 2)
            }
            newline(indent, comma: false)
            byte(0x5D)
        }
    }

    /// One object being written, its fields given in the encoder's order; its closing brace at
    /// column `indent`, its keys two columns in.
    struct Object {
        let indent: Int
        private var empty = true

        /// Writes the opening brace.
        init(indent: Int, to out: inout Writer) {
            self.indent = indent
            out.byte(0x7B)
        }

        /// Ends the line before (the brace, or the previous field's `,`) and writes `"key" : `.
        /// Inlined: with the key's length known where it is written, its bytes are stored in a
        /// word or two (a call, told the length at run time, was ~84 machine instructions a key).
        @inline(__always)
        mutating func key(_ key: StaticString, to out: inout Writer) {
            let comma = !empty
            empty = false
            out.write(atMost: indent + key.utf8CodeUnitCount + 16) { room in
                room.newline(indent + 2, comma: comma)
                room.put(0x22)
                room.put(key)
                room.put("\" : ")
            }
        }

        /// A string, or `null`.
        mutating func field(_ key: StaticString, _ value: String?, to out: inout Writer) {
            self.key(key, to: &out)
            out.string(value)
        }

        mutating func field(_ key: StaticString, _ value: Bool, to out: inout Writer) {
            self.key(key, to: &out)
            out.raw(value ? "true" : "false")
        }

        mutating func field(_ key: StaticString, _ values: [String], to out: inout Writer) {
            self.key(key, to: &out)
            out.array(values, indent: indent + 2) { s, o, _ in o.string(s) }
        }

        /// A list of integers, or `null`.
        mutating func field(_ key: StaticString, _ values: [Int]?, to out: inout Writer) {
            self.key(key, to: &out)
            if let values {
                out.array(values, indent: indent + 2) { n, o, _ in o.int(n) }
            } else {
                out.raw("null")
            }
        }

        /// An object, or `null`.
        mutating func field(_ key: StaticString, _ value: (some PrettyJSONObject)?, to out: inout Writer) {
            self.key(key, to: &out)
            if let value { value.appendJSON(to: &out, indent: indent + 2) } else { out.raw("null") }
        }

        mutating func field(_ key: StaticString, _ values: [some PrettyJSONObject], to out: inout Writer) {
            self.key(key, to: &out)
            out.array(values, indent: indent + 2) { v, o, i in v.appendJSON(to: &o, indent: i) }
        }

        /// Writes the closing brace on its own line.
        func close(to out: inout Writer) {
            out.newline(indent, comma: false)
            out.byte(0x7D)
        }
    }

    /// Bytes stored from a position with room made for them (`Writer.write`), none checked.
    struct Room {
        private let start: UnsafeMutablePointer<UInt8>
        private(set) var used = 0

        init(at start: UnsafeMutablePointer<UInt8>) { self.start = start }

        @inline(__always)
        mutating func put(_ byte: UInt8) {
            start[used] = byte
            used += 1
        }

        /// A short ASCII string (a key, a bracket) without a call to copy it: eight bytes at a time,
        /// the last eight (or of 4 to 7, the first and last four) overlapping what came before;
        /// shorter ones byte by byte (byte by byte, the keys were a fifth of writing a span).
        @inline(__always)
        mutating func put(_ s: StaticString) {
            let n = s.utf8CodeUnitCount
            let from = UnsafeRawPointer(s.utf8Start)
            let to = UnsafeMutableRawPointer(start + used)
            if n >= 8 {
                var k = 0
                while k + 8 < n {
                    to.storeBytes(of: from.loadUnaligned(fromByteOffset: k, as: UInt64.self), toByteOffset: k, as: UInt64.self)
                    k += 8
                }
                to.storeBytes(of: from.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self), toByteOffset: n - 8, as: UInt64.self)
            } else if n >= 4 && n < 8 {
                to.storeBytes(of: from.loadUnaligned(as: UInt32.self), as: UInt32.self)
                to.storeBytes(of: from.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self), toByteOffset: n - 4, as: UInt32.self)
            } else {
                let bytes = s.utf8Start
                for k in 0..<n { start[used + k] = bytes[k] }
            }
            used += n
        }

        /// `count` bytes from `from`, stored a word at a time: needs room for `count + 8`, and
        /// `from` eight readable bytes past them (`JSONSpanTemplate` pads its pieces).
        @inline(__always)
        mutating func copy(_ from: UnsafePointer<UInt8>, count: Int) {
            let source = UnsafeRawPointer(from)
            let to = UnsafeMutableRawPointer(start + used)
            var k = 0
            while k < count {
                to.storeBytes(of: source.loadUnaligned(fromByteOffset: k, as: UInt64.self), toByteOffset: k, as: UInt64.self)
                k &+= 8
            }
            used &+= count
        }

        /// `n` spaces, stored eight at a time: needs room for `n + 8`.
        @inline(__always)
        mutating func spaces(_ n: Int) {
            let at = UnsafeMutableRawPointer(start + used)
            var k = 0
            repeat {
                at.storeBytes(of: 0x2020_2020_2020_2020 as UInt64, toByteOffset: k, as: UInt64.self)
                k += 8
            } while k < n
            used += n
        }

        /// A line break (after a comma when `comma`) and the next line's indentation: room for
        /// `indent + 10`.
        @inline(__always)
        mutating func newline(_ indent: Int, comma: Bool) {
            if comma { put(0x2C) }
            put(0x0A)
            spaces(indent)
        }

        /// An integer's digits, counted first and then stored last to first, two at a time from a
        /// table of the hundred pairs: room for 20.
        @inline(__always)
        mutating func int(_ n: Int) {
            if n < 0 { put(0x2D) }
            var m = n.magnitude
            let digits = Self.digitCount(m)
            used += digits
            var at = used
            let pairs = Self.digitPairs.utf8Start
            while m >= 100 {
                let pair = Int(truncatingIfNeeded: m % 100) &* 2
                m /= 100
                at -= 2
                start[at] = pairs[pair]
                start[at + 1] = pairs[pair + 1]
            }
            if m >= 10 {
                let pair = Int(truncatingIfNeeded: m) &* 2
                start[at - 2] = pairs[pair]
                start[at - 1] = pairs[pair + 1]
            } else {
                start[at - 1] = 0x30 + UInt8(truncatingIfNeeded: m)
            }
        }

        /// The number of decimal digits of `m`: told by comparisons, two or three for the numbers of
        /// a span (a loop dividing by 10,000 and a call took ~70 machine instructions a number).
        @inline(__always)
        private static func digitCount(_ m: UInt) -> Int {
            if m < 10_000 { return m < 100 ? (m < 10 ? 1 : 2) : (m < 1000 ? 3 : 4) }
            if m < 100_000_000 { return m < 1_000_000 ? (m < 100_000 ? 5 : 6) : (m < 10_000_000 ? 7 : 8) }
            var digits = 9
            var rest = m / 1_000_000_000
            while rest > 0 {
                rest /= 10
                digits += 1
            }
            return digits
        }

        /// "00" to "99", for `int`.
        private static var digitPairs: StaticString {
            """
            0001020304050607080910111213141516171819202122232425262728293031323334353637383940414243444546474849\
            5051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899
            """
        }

        /// A list of two integers, its closing bracket at column `indent`: room for `3 * indent + 80`.
        @inline(__always)
        mutating func pair(_ a: Int, _ b: Int, indent: Int) {
            put(0x5B)
            newline(indent + 2, comma: false)
            int(a)
            newline(indent + 2, comma: true)
            int(b)
            newline(indent, comma: false)
            put(0x5D)
        }

        /// The escape of a byte the encoder escapes: room for 6.
        mutating func escape(_ c: UInt8) {
            put(0x5C)
            switch c {
            case 0x22, 0x5C: put(c)
            case 0x08: put(0x62)  // b
            case 0x0C: put(0x66)  // f
            case 0x0A: put(0x6E)  // n
            case 0x0D: put(0x72)  // r
            case 0x09: put(0x74)  // t
            default:
                put("u00")
                put(Self.hexDigit(c >> 4))
                put(Self.hexDigit(c & 15))
            }
        }

        private static func hexDigit(_ d: UInt8) -> UInt8 { d < 10 ? 0x30 + d : 0x61 + d - 10 }
    }

    /// An array index in a coding path, for the error of a number JSON cannot hold (written as the
    /// encoder's: `targets[1].value`).
    struct IndexKey: CodingKey {
        var stringValue: String
        var intValue: Int?
        init?(stringValue: String) { nil }
        init(intValue: Int) {
            self.stringValue = "Index \(intValue)"
            self.intValue = intValue
        }
    }
}

/// A value written as a JSON object by hand (BriefingJSON).
protocol PrettyJSONObject {
    /// The object from the current position, its closing brace at column `indent`.
    func appendJSON(to out: inout PrettyJSON.Writer, indent: Int)
}
