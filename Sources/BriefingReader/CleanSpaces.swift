/// Cleaning steps inside one line: stray spaces and stray marks.
extension Cleaner {
    /// Removes spaces inside Chinese text (`稳 定` → `稳定`, `2017年 3月` → `2017年3月`), and leading
    /// and trailing whitespace. A space is kept only between two Latin letters or digits
    /// (`Wenke99.com All rights`), where it separates words.
    /// In a heading (no sentence punctuation), a space between two runs of 4 or more Han
    /// characters separates phrases (`石佛办事处 从严从快整治`) and stays as one space.
    static func removeStraySpaces(_ line: Scalars) -> Scalars {
        var onlyTrimmed = false
        return removeStraySpaces(line, onlyTrimmed: &onlyTrimmed)
    }

    /// `removeStraySpaces`, telling whether it only trimmed the line's ends (then the cleaned line
    /// can be decoded from the line's bytes again, `LineTable.cleanAsStored`).
    static func removeStraySpaces(_ line: Scalars, onlyTrimmed: inout Bool) -> Scalars {
        // the ends and the spaces inside found in one read of the line's buffer (most lines have
        // none inside: trimmed, then read again for them, the step was ~1 % of the reader)
        let (a, b, inside) = line.withUnsafeBufferPointer { u -> (Int, Int, Bool) in
            var a = 0
            var b = u.count
            while a < b && u[a].isSpace { a &+= 1 }
            while b > a && u[b &- 1].isSpace { b &-= 1 }
            var k = a
            while k < b {
                if u[k].isSpace || u[k] == "`" { return (a, b, true) }
                k &+= 1
            }
            return (a, b, false)
        }
        onlyTrimmed = !inside
        guard inside else { return line.sub(a, b) }
        // written into scratch space of the trimmed line's length (appended a character at a time,
        // the lines with spaces inside cost as much as all the others), then copied into an array
        // of its length (`init(unsafeUninitializedCapacity:)` allocates by the unspecialized path,
        // more than the copy: see `Scalars.init(utf8:droppingBOM:)`)
        return line.withUnsafeBufferPointer { u in
            let t = UnsafeBufferPointer(rebasing: u[a..<b])
            // whether the line is a heading, read only for a space between two runs of Han
            // characters (a read of every line with a space inside, most of them for nothing)
            var headingRead: Bool?
            func heading() -> Bool {
                if let h = headingRead { return h }
                let h = !t.contains { $0 == "。" || $0 == "，" || $0 == "," || $0 == "；" || $0 == "：" || $0 == ":" }
                headingRead = h
                return h
            }
            return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: t.count) { o in
                var k = 0
                var i = 0
                while i < t.count {
                    let c = t[i]
                    if c.isSpace || c == "`" {
                        var j = i
                        while j < t.count && (t[j].isSpace || t[j] == "`") { j += 1 }
                        if k > 0, j < t.count, isWordChar(o[k - 1]), isWordChar(t[j]), c != "`" {
                            o[k] = " "
                            k += 1
                        } else if c != "`", hanRun(UnsafeBufferPointer(o), backwardFrom: k) >= 4, hanRun(t, forwardFrom: j) >= 4, heading()
                        {
                            o[k] = " "
                            k += 1
                        }
                        i = j
                        continue
                    }
                    o[k] = c
                    k += 1
                    i += 1
                }
                return Scalars(UnsafeBufferPointer(rebasing: o[..<k]))
            }
        }
    }

    /// Where `line` lies without the white space at its ends, when that is all that cleaning its
    /// spaces and pictographs does to it (`removeStraySpaces` only trims it, `removePictographs`
    /// finds none); nil when it does more. One read of the line, where the two steps read it twice
    /// or more, and each made an array (most lines are only trimmed, if that).
    static func trimmedOnly(_ line: Scalars) -> Range<Int>? {
        let symbols = symbolPictographs
        return line.withUnsafeBufferPointer { u -> Range<Int>? in
            var a = -1  // the first character that is not white space
            var b = 0  // after the last one
            var gap = false  // white space after such a character: inside the line if another follows
            var k = 0
            while k < u.count {
                let c = u[k]
                let v = c.value
                if v >= 0x3300 && v < 0xFE0F {
                    // Han text and kana: neither white space nor a pictograph
                    if gap { return nil }
                    if a < 0 { a = k }
                    b = k &+ 1
                } else if c.isSpace {
                    if a >= 0 { gap = true }
                } else {
                    if gap || c == "`" || isPictograph(c, symbols: symbols) { return nil }
                    if a < 0 { a = k }
                    b = k &+ 1
                }
                k &+= 1
            }
            return a < 0 ? 0..<0 : a..<b
        }
    }

    private static func hanRun(_ t: UnsafeBufferPointer<Unicode.Scalar>, backwardFrom end: Int) -> Int {
        var k = end
        while k > 0, t[k - 1].isHan { k -= 1 }
        return end - k
    }

    private static func hanRun(_ t: UnsafeBufferPointer<Unicode.Scalar>, forwardFrom start: Int) -> Int {
        var k = start
        while k < t.count, t[k].isHan { k += 1 }
        return k - start
    }

    private static func isWordChar(_ c: Unicode.Scalar) -> Bool {
        c.isASCIILetter || c.isASCIIDigit
            || (c.value < 0x80 && !c.isSpace && c != "," && c != "(" && c != ")" && c != ":" && c != ";" && c != "\"")
    }
}

extension Cleaner {
    /// Pictographs of social-media copies (👉, 📌, 🌿 before paragraphs of a WeChat article) are
    /// furniture, not text, and no body font has them: a notice quoting one could not be typeset.
    /// Told by their Unicode properties (Emoji_Presentation, or emoji above U+1F000), with the
    /// joiners and selectors that build them; ◆ ▲ ★ and digits are not emoji-presentation and stay.
    static func removePictographs(_ line: Scalars) -> (text: Scalars, removed: Int) {
        let symbols = symbolPictographs
        guard line.contains(where: { isPictograph($0, symbols: symbols) }) else { return (line, 0) }
        let kept = line.filter { !isPictograph($0, symbols: symbols) }
        return (kept, line.count - kept.count)
    }

    /// The pictographs among the symbols U+200D…U+32FF, looked up once: CJK punctuation (，。“”—…)
    /// lies there too, and a property lookup for each of its characters, in both passes, was a
    /// twentieth of the reader's time.
    private static let symbolPictographs = ScalarSet(
        (UInt32(0x200D)..<0x3300).compactMap(Unicode.Scalar.init).filter { hasPictographProperties($0) })

    static func isPictograph(_ c: Unicode.Scalar) -> Bool { isPictograph(c, symbols: symbolPictographs) }

    private static func isPictograph(_ c: Unicode.Scalar, symbols: ScalarSet) -> Bool {
        // emoji live above U+1F000 or among the symbols U+200D…U+32FF (and U+FE0F): Han text and
        // ASCII never pay for a property lookup
        let v = c.value
        // Han text and kana (U+3300…U+FE0E) first: two comparisons for most characters
        if v >= 0x3300 && v < 0xFE0F { return false }
        if v >= 0x200D && v < 0x3300 { return symbols.contains(c) }
        guard v >= 0x1F000 || v == 0xFE0F else { return false }
        return hasPictographProperties(c)
    }

    private static func hasPictographProperties(_ c: Unicode.Scalar) -> Bool {
        let p = c.properties
        return p.isEmojiPresentation || (p.isEmoji && c.value >= 0x1F000) || p.isEmojiModifier || c.value == 0xFE0F
            || c.value == 0x200D || c.value == 0x20E3
    }
}
