extension TargetExtractor {
    /// An item's sentences (`sentences`) and each one's clauses (`clauses`), found in one pass over
    /// the item: a pass for the sentences and one for each sentence's clauses, and an array of
    /// clauses a sentence, were about a tenth of the target extractor's instructions.
    struct SentenceClauses {
        struct Sentence {
            var start: Int
            var end: Int
            /// The sentence's clauses: indices in `clauses`.
            var clauses: Range<Int>
            /// Whether the sentence holds a digit (`isDigit`).
            var hasDigit: Bool
        }

        var sentences: [Sentence] = []
        var clauses: [(Int, Int)] = []

        /// Reads `t`: the same sentences as `TargetExtractor.sentences(t)`, and for each the same
        /// clauses as `TargetExtractor.clauses(t, start, end)`.
        mutating func read(_ t: Scalars) {
            sentences.removeAll(keepingCapacity: true)
            clauses.removeAll(keepingCapacity: true)
            let n = t.count
            // room for a clause every 8 characters and a sentence every 16 (the genre writes one every
            // ~12 and ~40): growing the arrays by doubling cost more than the scan
            clauses.reserveCapacity(n / 8 + 4)
            sentences.reserveCapacity(n / 16 + 4)
            var s = 0  // the sentence's start
            var a = 0  // the clause's start
            var inQuote = false
            var digitSince = false
            var hasDigit = false
            let classes = Self.classes
            t.withUnsafeBufferPointer { b in
                classes.withUnsafeBufferPointer { table in
                    var i = 0
                    while i < n {
                        let v = b[i].value
                        i &+= 1
                        // U+3003..<U+FF00 (Han characters, most of the text) holds none of the marks
                        // (`classes` sets none there): passed without reading the 64 KB table
                        if v &- 0x3003 < 0xFF00 - 0x3003 { continue }
                        let k = v < 0x10000 ? table[Int(v)] : Self.none
                        if k == Self.none { continue }
                        let at = i &- 1
                        switch k {
                        case Self.sentenceEnd:
                            if at > s {
                                if at > a { clauses.append((a, at)) }
                                sentences.append(Sentence(start: s, end: at, clauses: 0..<0, hasDigit: hasDigit))
                            }
                            s = i
                            a = i
                            inQuote = false
                            digitSince = false
                            hasDigit = false
                        case Self.openQuote:
                            inQuote.toggle()
                        case Self.closeQuote:
                            inQuote = false
                        case Self.digit:
                            digitSince = true
                            hasDigit = true
                        case Self.listComma:
                            // `clauses`' steps, with the sentence's end found only for the rare 、 that needs it
                            if digitSince && at > s && !b[at - 1].isDigit && !inQuote
                                && TargetExtractor.isListedBreak(t, clauseStart: a, at: at, sentenceEnd: Self.sentenceEnd(b, from: i))
                            {
                                if at > a { clauses.append((a, at)) }
                                a = i
                                digitSince = false
                            }
                        default:  // a comma or colon
                            if !inQuote {
                                if at > a { clauses.append((a, at)) }
                                a = i
                                digitSince = false
                            }
                        }
                    }
                }
            }
            if s < n {
                if n > a { clauses.append((a, n)) }
                sentences.append(Sentence(start: s, end: n, clauses: 0..<0, hasDigit: hasDigit))
            }
            // each sentence's clauses: those that start in it, in order
            var k = 0
            for j in sentences.indices {
                let first = k
                while k < clauses.count, clauses[k].0 < sentences[j].end { k += 1 }
                sentences[j].clauses = first..<k
            }
        }

        private static let none: UInt8 = 0
        private static let sentenceEnd: UInt8 = 1
        private static let openQuote: UInt8 = 2
        private static let closeQuote: UInt8 = 3
        private static let digit: UInt8 = 4
        private static let listComma: UInt8 = 5
        private static let comma: UInt8 = 6

        /// What each character of the Basic Multilingual Plane is to `read` (none beyond it is one
        /// of these): a sentence end or line break, “, ”, a digit, 、, a comma or colon, or none.
        /// Asked only of the characters outside U+3003..<U+FF00, where every one of them lies
        /// (`isSentenceEnd` is false in that range by its definition).
        static let classes: [UInt8] = {
            var table = [UInt8](repeating: none, count: 0x10000)
            for v in Array(0..<0x3003) + Array(0xFF00..<0x10000) {
                guard let c = Unicode.Scalar(UInt32(v)) else { continue }
                if c.isSentenceEnd || c == "\n" {
                    table[v] = sentenceEnd
                } else if c == "“" {
                    table[v] = openQuote
                } else if c == "”" {
                    table[v] = closeQuote
                } else if c.isDigit {
                    table[v] = digit
                } else if c == "、" {
                    table[v] = listComma
                } else if c == "，" || c == "," || c == "：" || c == ":" {
                    table[v] = comma
                }
            }
            return table
        }()

        /// The end of the sentence that holds `from - 1`: the first sentence end or line break at
        /// or after `from`, or `b.count`.
        static func sentenceEnd(_ b: UnsafeBufferPointer<Unicode.Scalar>, from: Int) -> Int {
            var e = from
            while e < b.count, !(b[e].isSentenceEnd || b[e] == "\n") { e += 1 }
            return e
        }
    }
}
