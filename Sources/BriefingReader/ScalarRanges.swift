/// Word tests on a range of a text, for rules that ask them of every clause: a copy of each
/// clause (`sub`) to ask `hasPrefix`/`hasSuffix` of was most of what those rules cost.
extension Array where Element == Unicode.Scalar {
    /// Whether `word` occurs at `i` and ends by `end`.
    func has(_ word: Scalars, at i: Int, before end: Int) -> Bool {
        i + word.count <= end && has(word, at: i)
    }

    /// Whether `word` ends at `end` and starts at or after `start`.
    func has(_ word: Scalars, endingAt end: Int, after start: Int) -> Bool {
        end - word.count >= start && has(word, at: end - word.count)
    }
}
