/// Step 4h: the pollution-source categories an item touches.
struct TopicExtractor: Sendable {
    /// Every keyword of every topic, and the topic of each keyword.
    private static let keywords = WordList(Lexicon.topics.flatMap { $0.1.map(\.string) })
    private static let topicOf: [Scalars: Int] = {
        var d: [Scalars: Int] = [:]
        for (k, topic) in Lexicon.topics.enumerated() {
            for w in topic.1 where d[w] == nil { d[w] = k }
        }
        return d
    }()

    /// Topics in the order of `Lexicon.topics`, found in one pass over the text.
    func extract(_ t: Scalars) -> [String] {
        var found = [Bool](repeating: false, count: Lexicon.topics.count)
        let keywords = Self.keywords
        for i in t.indices {
            guard keywords.match(t, at: i) != nil else { continue }
            for w in keywords.words where t.has(w, at: i) {
                if let k = Self.topicOf[w] { found[k] = true }
            }
        }
        return Lexicon.topics.indices.filter { found[$0] }.map { Lexicon.topics[$0].0 }
    }
}
