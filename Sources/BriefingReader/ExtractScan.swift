/// The characters where the extractors' number and date scanners can start, as one set each: a
/// scanner tests most characters of an item (Han characters that start nothing) with one bitmap
/// lookup, not with the three or four tests that decide about the few that do start something.
enum ScanStarts {
    /// ASCII and full-width digits (`isDigit`) and the Chinese numerals: where a number starts.
    static let numbers: ScalarSet = {
        var s = ChineseNumber.numerals
        for v in UInt32(0x30)...0x39 { s.insert(Unicode.Scalar(v)!) }
        for v in UInt32(0xFF10)...0xFF19 { s.insert(Unicode.Scalar(v)!) }
        return s
    }()

    /// A number, 年, or the first character of 今年/本年/明年: where a time limit can start.
    static let deadlines: ScalarSet = {
        var s = numbers
        s.insert(Lexicon.DateMark.year)
        for w in Lexicon.CalendarWord.thisYears + [Lexicon.CalendarWord.nextYear] { if let f = w.first { s.insert(f) } }
        return s
    }()
}
