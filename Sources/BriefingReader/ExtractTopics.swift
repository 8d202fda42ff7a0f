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

    /// Topics in the order of `Lexicon.topics`, found in one pass over the text.
    func extract(_ t: Scalars) -> [String] {
        var found = [Bool](repeating: false, count: Lexicon.topics.count)
        let keywords = Self.keywords
        let topicOf = Self.topicOf
        keywords.forEachOccurrence(in: t) { _, w in
            if topicOf[w] >= 0 { found[topicOf[w]] = true }
        }
        return Lexicon.topics.indices.filter { found[$0] }.map { Lexicon.topics[$0].0 }
    }
}
