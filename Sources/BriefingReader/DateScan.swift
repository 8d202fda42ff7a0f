/// The skips of the date scanners (`DateExtractor.mentions`, `DateExtractor.yearClues`): the
/// characters a date or a year needs near it are few (年, 月, `-./`; ASCII digits), and most blocks
/// of 16 characters of prose hold none, so blocks are passed 16 at a time with vector compares
/// (a bitmap lookup at every digit or numeral, 一 of 进一步 among them, was the scanners' cost).
enum DateScan {
    /// The first index at or after `from` where `b` holds 年 (`year`), 月 (`month`), `-`, `.` or
    /// `/`; `b.count` if none.
    @inline(__always)
    static func firstMark(_ b: UnsafeBufferPointer<Unicode.Scalar>, from: Int, year: UInt32, month: UInt32) -> Int {
        guard let base = b.baseAddress else { return b.count }
        let n = b.count
        var i = Swift.max(0, from)
        let raw = UnsafeRawPointer(base)
        let y = SIMD16<UInt32>(repeating: year)
        let m = SIMD16<UInt32>(repeating: month)
        // `-` `.` `/` are U+002D…U+002F: one range test
        let dash = SIMD16<UInt32>(repeating: 0x2D)
        let three = SIMD16<UInt32>(repeating: 3)
        // a block is read only where all 16 of its scalars lie in `b` (i + 16 <= n)
        while i &+ 16 <= n {
            let v = raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD16<UInt32>.self)
            // one `any` a test (masks or-ed together were reduced lane by lane, not by one movemask)
            if any(v .== y) || any(v .== m) || any((v &- dash) .< three) { break }
            i &+= 16
        }
        while i < n {
            let c = b[i].value
            if c == year || c == month || c &- 0x2D < 3 { return i }
            i &+= 1
        }
        return n
    }

    /// The first index at or after `from` where a date may start as `DateExtractor.mentions` looks
    /// for one: a digit or numeral (`numbers`) not after a digit, with 年, 月 or a separator within
    /// five characters after it (`DateExtractor.markFollows`); `b.count` if none. Such a place lies
    /// at most five before a mark: only the five before each mark are tested.
    static func nextDateStart(_ b: UnsafeBufferPointer<Unicode.Scalar>, from: Int, numbers: ScalarSet, year: UInt32, month: UInt32)
        -> Int
    {
        let n = b.count
        var from = Swift.max(0, from)
        while from < n {
            // the first mark after `from`: no place before it, less five, has one within five
            let q = firstMark(b, from: from &+ 1, year: year, month: month)
            guard q < n else { return n }
            var p = Swift.max(from, q &- 5)
            while p < q {
                if numbers.contains(b[p]), p == 0 || !b[p &- 1].isDigit { return p }
                p &+= 1
            }
            from = q
        }
        return n
    }

    /// The first index at or after `from` where `DateExtractor.yearClues` may find a year: an ASCII
    /// digit, or 年 (`year`) four characters on (二〇一七年); `b.count` if none.
    static func nextYearStart(_ b: UnsafeBufferPointer<Unicode.Scalar>, from: Int, year: UInt32) -> Int {
        guard let base = b.baseAddress else { return b.count }
        let n = b.count
        var i = Swift.max(0, from)
        let raw = UnsafeRawPointer(base)
        let y = SIMD16<UInt32>(repeating: year)
        let zero = SIMD16<UInt32>(repeating: 0x30)
        let ten = SIMD16<UInt32>(repeating: 10)
        // both blocks (at i and at i + 4) lie in `b`: i + 4 + 16 <= n
        while i &+ 20 <= n {
            let v = raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD16<UInt32>.self)
            let w = raw.loadUnaligned(fromByteOffset: (i &+ 4) &* 4, as: SIMD16<UInt32>.self)
            if any((v &- zero) .< ten) || any(w .== y) { break }
            i &+= 16
        }
        while i < n {
            if b[i].value &- 0x30 < 10 || (i &+ 4 < n && b[i &+ 4].value == year) { return i }
            i &+= 1
        }
        return n
    }
}
