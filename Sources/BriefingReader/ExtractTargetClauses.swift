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
            t.withUnsafeBufferPointer { b in
                var i = 0
                while i < n {
                    let c = b[i]
                    i &+= 1
                    // a CJK Unified Ideograph ends nothing and is none of the marks: most characters are one
                    if c.value &- 0x4E00 < 0x5200 { continue }
                    let at = i &- 1
                    if c.isSentenceEnd || c == "\n" {
                        if at > s {
                            if at > a { clauses.append((a, at)) }
                            sentences.append(Sentence(start: s, end: at, clauses: 0..<0, hasDigit: hasDigit))
                        }
                        s = i
                        a = i
                        inQuote = false
                        digitSince = false
                        hasDigit = false
                        continue
                    }
                    // `clauses`' steps, with the sentence's end found only for the rare 、 that needs it
                    if c == "“" { inQuote.toggle() } else if c == "”" { inQuote = false }
                    if c.isDigit {
                        digitSince = true
                        hasDigit = true
                    }
                    let listed =
                        c == "、" && digitSince && at > s && !b[at - 1].isDigit && !inQuote
                        && TargetExtractor.isListedBreak(t, clauseStart: a, at: at, sentenceEnd: Self.sentenceEnd(b, from: i))
                    if !inQuote, c == "，" || c == "," || c == "：" || c == ":" || listed {
                        if at > a { clauses.append((a, at)) }
                        a = i
                        digitSince = false
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

        /// The end of the sentence that holds `from - 1`: the first sentence end or line break at
        /// or after `from`, or `b.count`.
        static func sentenceEnd(_ b: UnsafeBufferPointer<Unicode.Scalar>, from: Int) -> Int {
            var e = from
            while e < b.count, !(b[e].isSentenceEnd || b[e] == "\n") { e += 1 }
            return e
        }
    }
}
