/// Step 4h: the pollution-source categories an item touches.
struct TopicExtractor: Sendable {
    /// Every keyword of every topic, and the topic of each keyword.
    private static let keywords = PairedWordList(Lexicon.topics.flatMap { $0.1.map(\.string) })
    /// The topic of each of `keywords.words` (a word under two topics: the first).
    private static let topicOf: [Int] = {
        var d: [Scalars: Int] = [:]
        for (k, topic) in Lexicon.topics.enumerated() {
            for w in topic.1 where d[w] == nil { d[w] = k }
        }
        return keywords.list.words.map { d[$0] ?? -1 }
    }()

    /// The keywords' first two characters, one bit a pair (hashed to 16 bits), when every keyword has
    /// two (else nil): the scan tests each position's pair with one bit, and compares words only
    /// where one may start (a test of the first character alone passed at 工, 机, 燃 … of every
    /// 工作, and was most of the scan).
    private static let pairBits: [UInt64]? = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for w in keywords.list.words {
            guard w.count >= 2 else { return nil }
            let h = pairSlot(w[0].value, w[1].value)
            bits[h >> 6] |= 1 << UInt64(h & 63)
        }
        return bits
    }()

    @inline(__always)
    private static func pairSlot(_ a: UInt32, _ b: UInt32) -> Int {
        Int(truncatingIfNeeded: (a &* 0x9E37 &+ b) & 0xFFFF)
    }

    /// Topics in the order of `Lexicon.topics`, found in one pass over the text.
    func extract(_ t: Scalars) -> [String] {
        var found = [Bool](repeating: false, count: Lexicon.topics.count)
        let keywords = Self.keywords
        let topicOf = Self.topicOf
        if let pairBits = Self.pairBits {
            // every keyword has two characters: none starts at the last
            t.withUnsafeBufferPointer { b in
                pairBits.withUnsafeBufferPointer { p in
                    var i = 0
                    let last = b.count - 1
                    while i < last {
                        // `pairSlot` is below 65,536: its word index is below 1,024 (`p.count`)
                        let h = Self.pairSlot(b[i].value, b[i &+ 1].value)
                        if p[h &>> 6] & (1 &<< UInt64(h & 63)) != 0 {
                            keywords.list.forEachMatch(t, at: i) { w in
                                if topicOf[w] >= 0 { found[topicOf[w]] = true }
                            }
                        }
                        i &+= 1
                    }
                }
            }
        } else {
            keywords.forEachOccurrence(in: t) { _, w in
                if topicOf[w] >= 0 { found[topicOf[w]] = true }
            }
        }
        return Lexicon.topics.indices.filter { found[$0] }.map { Lexicon.topics[$0].0 }
    }
}
