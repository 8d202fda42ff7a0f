/// Step 4h: the pollution-source categories an item touches.
struct TopicExtractor: Sendable {
    func extract(_ t: Scalars) -> [String] {
        Lexicon.topics.compactMap { topic, words in words.contains { t.contains($0) } ? topic : nil }
    }
}
