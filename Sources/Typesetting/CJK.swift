import Foundation
import WordLists

/// The CJK rules in one place: character classes, line-start and line-end prohibitions
/// (clreq basic + GB level, plus the strict dashes and ellipses), punctuation compression
/// and which characters belong to unbreakable Latin/number words.
public enum CJK {
    /// Must not start a line (clreq basic + strict extras).
    public static let noLineStart = CharacterClass(
        "、，。．：；！？”’）》」』】〕〗〉｝］·・～,.:;!?)]}%％‰℃—…⋯")
    /// Must not end a line (clreq basic + GB solidus).
    public static let noLineEnd = CharacterClass("“‘（《「『【〔〖〈｛［([{/／")
    /// Full-width closing marks whose ink sits in the left half of the em box (compressible on the right).
    public static let closing = CharacterClass("、，。．：；”’）》」』】〕〗〉｝］")
    /// Full-width opening marks whose ink sits in the right half (compressible on the left).
    public static let opening = CharacterClass("“‘（《「『【〔〖〈｛［")
    /// Marks set half-width when they end a line (GB/T 15834 §5.1.10).
    public static let halfAtLineEnd = CharacterClass("，。、；：？！")
    /// Marks that come in pairs and must not be split (—— and ……).
    public static let doubled = CharacterClass("—…")
    /// Han characters a number keeps on its line (units and counters).
    public static func isHan(_ c: Character) -> Bool {
        guard let s = c.unicodeScalars.first else { return false }
        switch s.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF, 0x3007: return true
        default: return false
        }
    }

    /// Whether a character is set full-width on the grid.
    public static func isFullWidth(_ c: Character) -> Bool {
        if isHan(c) || closing.contains(c) || opening.contains(c) || doubled.contains(c) { return true }
        guard let s = c.unicodeScalars.first else { return false }
        switch s.value {
        case 0x3000...0x303F, 0xFF01...0xFF60, 0xFFE0...0xFFE6, 0x2E80...0x2FDF, 0x3040...0x33FF: return true
        case 0x2014, 0x2026, 0x201C, 0x201D, 0x2018, 0x2019, 0x00B7: return true
        case 0x2103: return true
        default: return false
        }
    }

    /// Letters and digits of a Latin word or a number.
    public static func isWordCore(_ c: Character) -> Bool {
        guard c.unicodeScalars.count == 1, let s = c.unicodeScalars.first else { return false }
        switch s.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0x0370...0x03FF: return true  // Greek: μ
        case 0x00B2, 0x00B3, 0x00B9, 0x2070...0x209F: return true  // superscripts: m³
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return false
        default: return false
        }
    }

    /// Connectors that stay inside a word when letters or digits follow (`2.5`, `μg/m³`, `2017~2018`, `1,000`, `9704—2012`).
    public static let wordInfix = CharacterClass(".,/~～-–—:_+'·×")
    /// Marks that stay attached to the end of a word (`8.8%`, `30℃`).
    public static let wordSuffix = CharacterClass("%％‰℃°")

    /// Units a number is never separated from (`2.5万`, `30℃`), whatever the word before.
    public static let numberUnits = CharacterClass(words("number-units"))

    /// Counters and units a number keeps on its line (`2025年`, `11月`, `196个`, `1276家次`); other Han
    /// characters after a number may go to the next line (`2017~2018|冬防`).
    public static let counters = CharacterClass(words("counters"))

    /// Date parts after which a number continues the same date (`2017年1月`, `7月30日`).
    public static let dateParts: Set<Character> = Set(words("date-parts"))

    /// Marks between the two ends of a range (`7月24日—7月30日`, `2017~2018`).
    public static let rangeMarks: Set<Character> = Set(words("range-marks"))

    /// Ordinal prefixes that stay with the number after them (`第|30周` is no break).
    public static let ordinalPrefixes: Set<Character> = Set(words("ordinal-prefixes"))

    /// Year marks: a break after one before a number or an ordinal splits a date (`2017年|第30周`).
    public static let yearMarks: Set<Character> = Set(words("year-marks"))

    /// Chinese numerals zero to ten; the index is the value (零 … 九, 十).
    public static let numerals: [Character] = Array(words("numerals"))

    /// The characters of the single-character list `Words/<name>.txt`: the Chinese-writing
    /// vocabulary of these rules is data, so the engine's code holds no Chinese word.
    private static func words(_ name: String) -> String { WordLists.characters(name, in: .module) }

    /// Whether `c` is a digit.
    public static func isDigit(_ c: Character) -> Bool {
        guard c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value else { return false }
        return (0x30...0x39).contains(v)
    }
}
