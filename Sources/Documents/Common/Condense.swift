/// Shortening extracted text for a notice without inventing words: cut at clause boundaries.
enum Condense {
    private static let clauseEnds: Set<Character> = ["，", "；", "。", "：", ",", ";"]
    private static let sentenceEnds: Set<Character> = ["。", "！", "？"]

    /// The requirement up to the first clause boundary after which it is at most `limit` long.
    static func clause(_ text: String, limit: Int) -> String {
        let trimmed = text.trimmingCharacters(in: clauseEnds.union([" ", "\n"]))
        guard trimmed.count > limit else { return trimmed }
        var last: String.Index? = nil
        for i in trimmed.indices where clauseEnds.contains(trimmed[i]) {
            if trimmed.distance(from: trimmed.startIndex, to: i) > limit { break }
            last = i
        }
        if let last { return String(trimmed[..<last]) }
        // No boundary within the limit: keep the first clause whole rather than cut a word.
        if let first = trimmed.firstIndex(where: { clauseEnds.contains($0) }) { return String(trimmed[..<first]) }
        return trimmed
    }

    /// The first sentence of a text, at most about `limit` characters (cut at a clause boundary).
    static func firstSentence(_ text: String, limit: Int) -> String {
        let firstParagraph = text.split(separator: "\n").first.map(String.init) ?? ""
        let sentence: String
        if let end = firstParagraph.firstIndex(where: { sentenceEnds.contains($0) }) {
            sentence = String(firstParagraph[..<end])
        } else {
            sentence = firstParagraph
        }
        return clause(sentence, limit: limit)
    }

    /// Drops repeats, keeping first occurrences.
    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
