import Foundation
import Testing

@testable import BriefingReader

/// The word lists in `Sources/BriefingReader/Words`: each says what it is for, no entry repeats,
/// every list the code reads exists and every list is read.
@Suite struct WordListTests {
    static let names = Words.names()

    @Test func listsShipWithTheModule() {
        #expect(Self.names.count >= 90)
    }

    @Test(arguments: names) func listHasAHeaderAndNoRepeats(name: String) throws {
        let text = try #require(Words.text(name))
        #expect(text.hasPrefix("# "), "Words/\(name).txt must open with a # comment saying what it is for")
        let entries = Words.entries(of: text)
        #expect(!entries.isEmpty, "Words/\(name).txt is empty")
        var seen: Set<String> = []
        for e in entries {
            #expect(!seen.contains(e), "Words/\(name).txt repeats '\(e)'")
            seen.insert(e)
        }
    }

    @Test func pairListsHaveUniqueKeys() {
        for name in ["roles", "topics"] {
            let keys = Words.pairs(name).map(\.0)
            #expect(Set(keys).count == keys.count, "Words/\(name).txt repeats a key")
        }
    }

    @Test func characterListsHoldSingleCharacters() {
        for name in Self.names where Words.text(name)?.contains("one per line") == true || name.hasSuffix("-chars") {
            for e in Words.list(name) {
                #expect(e.unicodeScalars.count == 1, "Words/\(name).txt: '\(e)' is not one character")
            }
        }
    }

    /// Every `Words.list("x")` / `Words.characters("x")` / `Words.pairs("x")` / `RoleList("x")` in the
    /// sources names a shipped list, and every shipped list is read somewhere.
    @Test func everyListIsReadAndExists() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/BriefingReader").standardized
        let files = try FileManager.default.contentsOfDirectory(at: sources, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "swift" }
        var used: Set<String> = []
        let pattern = try Regex(#"(?:Words\.(?:list|characters|pairs)|RoleList)\("([a-z0-9-]+)"\)"#)
        for f in files {
            let code = try String(contentsOf: f, encoding: .utf8)
            for m in code.matches(of: pattern) {
                if let name = m.output[1].substring { used.insert(String(name)) }
            }
        }
        #expect(used.sorted() == Self.names, "lists read by the code vs lists shipped")
    }

    /// The `word = role` lists give the scanners the character or word of each role they ask for.
    @Test func roleListsGiveTheirRoles() {
        #expect(Lexicon.DateMark.year == "年" && Lexicon.DateMark.month == "月" && Lexicon.DateMark.day == "日")
        #expect(Lexicon.DateMark.days.contains("号") && !Lexicon.DateMark.days.contains("年"))
        #expect(Lexicon.CalendarWord.thisYears.map(\.string) == ["今年", "本年"])
        #expect(Lexicon.CalendarWord.relativeYearStarts.contains("明") && !Lexicon.CalendarWord.relativeYearStarts.contains("年"))
        #expect(Lexicon.Prep.until == "到" && Lexicon.Prep.untilFormal == "至")
        #expect(Lexicon.Level.all.contains("区") && Lexicon.Level.titleEnds.contains("委"))
        #expect(Lexicon.NumeralMark.moreThan.contains("余") && Lexicon.NumeralMark.listIs == "是")
        #expect(Lexicon.MeetingMark.speech.string == "讲话")
    }

    /// Lines are trimmed of what Foundation's `whitespacesAndNewlines` holds (Unicode spaces, the
    /// ideographic space, U+0085), as when it trimmed them, and of nothing else (zero-width
    /// characters stay); a CRLF file reads as its LF form.
    @Test func entriesAreTrimmedAsFoundationTrimmedThem() {
        let lines = [
            "\u{3000}A\u{3000}", "\tB\u{A0}", "\u{2028}C\u{2029}", "\u{85}D\u{B}", "\u{200B}E\u{FEFF}", " \u{301}F", "\u{3000}",
            "\u{3000}# G", "H \r",
        ]
        let foundation = lines.compactMap { line -> String? in
            let t = line.trimmingCharacters(in: .whitespacesAndNewlines)
            return t.isEmpty || t.hasPrefix("#") ? nil : t
        }
        #expect(foundation.count == 7)
        #expect(Words.entries(of: lines.joined(separator: "\n")) == foundation)
        #expect(Words.entries(of: "# h\r\nA\r\n B \r\n\\s\r\n") == ["A", "B", " "])
    }

    @Test func entrySyntax() {
        let e = Words.entries(of: "# header\n\nA\n  B  \n\\s\n\\n\n# comment\nC = D\n")
        #expect(e == ["A", "B", " ", "\n", "C = D"])
    }
}
