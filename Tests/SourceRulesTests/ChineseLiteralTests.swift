import Foundation
import Testing

/// Issue 11: no Chinese string literal in `Sources/` outside resource files and layouts, except
/// error messages. Vocabulary lives in each module's `Words/*.txt`, document wording in the
/// layouts' `[texts]`.
///
/// The rule, on the Swift tokens (comments are skipped, so doc comments may name Chinese terms):
/// a string literal holding a Han character is allowed when it is part of an error message —
/// inside the arguments of a call whose callee ends in `Error`, `Failure` or `Diagnostic`, is
/// `fail`, `fatalError` or a `problems`/`diagnostics`/`warnings` `.append`, or the value of a
/// `message:`/`hint:`/`debugDescription:` argument. Command-line help is no exception: it is in
/// `Sources/tongbao/Words/help.txt`.
@Suite struct ChineseLiteralTests {
    /// Files not yet cleaned, each with the reason. Remove an entry when its file is clean (the
    /// test fails on an entry whose file has no offending literal left, so the list cannot rot).
    static let allowlist: [String: String] = [:]

    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources").standardized

    static func swiftFiles() throws -> [URL] {
        let e = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        var files: [URL] = []
        while let u = e?.nextObject() as? URL {
            if u.pathExtension == "swift" { files.append(u) }
        }
        return files.sorted { $0.path < $1.path }
    }

    static func relative(_ u: URL) -> String { String(u.path.dropFirst(sources.deletingLastPathComponent().path.count + 1)) }

    @Test func noChineseLiteralOutsideErrorMessages() throws {
        var offenders: [String] = []
        var dirty: Set<String> = []
        for f in try Self.swiftFiles() {
            let name = Self.relative(f)
            let found = SwiftLiterals.offending(try String(contentsOf: f, encoding: .utf8))
            if !found.isEmpty { dirty.insert(name) }
            if Self.allowlist[name] != nil { continue }
            offenders += found.map { "\(name):\($0.line): \($0.text)" }
        }
        let list = offenders.joined(separator: "\n")
        #expect(offenders.isEmpty, "Chinese string literals outside error messages (move them to Words/*.txt or [texts]):\n\(list)")
        for name in Self.allowlist.keys.sorted() where !dirty.contains(name) {
            Issue.record("\(name) is clean now: remove it from ChineseLiteralTests.allowlist")
        }
    }

    @Test func ruleFindsAndAllows() {
        let code = #"""
            // 注释 "不算"
            /// 文档 "也不算"
            let a = "优"
            throw ReviewFieldError(message: "'\(t)' is not 上午")
            problems.append("\(at(c, 1)): write 删除 or leave it")
            fail("unknown status", hint: "one of 整改中, 已整改")
            Diagnostic(file: f, message: "坏" + "行")
            let b = ["a": "良"]
            let c = "\(x)年"
            let d = #"<name val="宋体"/>"#
            preconditionFailure("缺少")
            @Option(help: ArgumentHelp("期号 (default)", valueName: "n"))
            let e = """
                多行
                """
            """#
        let found = SwiftLiterals.offending(code).map(\.line)
        #expect(found == [3, 8, 9, 10, 12, 13])
    }
}

/// A small Swift lexer: string literals with their line and whether they sit in an error message.
enum SwiftLiterals {
    struct Literal {
        var line: Int
        var text: String
    }

    static let errorCallees = ["fail", "fatalError", "problems.append", "diagnostics.append", "warnings.append"]
    static let errorLabels: Set<String> = ["message", "hint", "debugDescription"]

    static func isErrorCallee(_ name: String) -> Bool {
        name.hasSuffix("Error") || name.hasSuffix("Failure") || name.hasSuffix("Diagnostic") || errorCallees.contains(name)
    }

    static func hasHan(_ s: Substring) -> Bool { s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }

    /// The Chinese literals of `code` that are not part of an error message.
    static func offending(_ code: String) -> [Literal] {
        let c = Array(code.unicodeScalars)
        var out: [Literal] = []
        // One frame per open bracket: its callee and the label of the argument being read.
        struct Frame {
            var callee: String
            var label: String?
        }
        var frames: [Frame] = []
        var line = 1
        var i = 0
        var lastWord = ""  // the identifier (with its `a.b` receiver) just before, for callees
        var prevWord = ""  // the identifier before a `:`, for labels
        func allowed() -> Bool { frames.contains { isErrorCallee($0.callee) || $0.label.map(errorLabels.contains) == true } }
        while i < c.count {
            let ch = c[i]
            if ch == "\n" {
                line += 1
                i += 1
            } else if ch == "/", i + 1 < c.count, c[i + 1] == "/" {
                while i < c.count, c[i] != "\n" { i += 1 }
            } else if ch == "/", i + 1 < c.count, c[i + 1] == "*" {
                i += 2
                while i + 1 < c.count, !(c[i] == "*" && c[i + 1] == "/") {
                    if c[i] == "\n" { line += 1 }
                    i += 1
                }
                i += 2
            } else if ch == "#" || ch == "\"" {
                var hashes = 0
                var j = i
                while j < c.count, c[j] == "#" { hashes += 1; j += 1 }
                guard j < c.count, c[j] == "\"" else {  // #if, #filePath …
                    i = j
                    lastWord = ""
                    continue
                }
                let startLine = line
                let end = stringEnd(c, from: j, hashes: hashes, line: &line)
                let text = String(String.UnicodeScalarView(c[i..<end]))
                if hasHan(text[...]), !allowed() { out.append(Literal(line: startLine, text: text)) }
                i = end
                lastWord = ""
                prevWord = ""
            } else if ch.properties.isXIDStart || ch == "_" || ch == "." || ch == "@" {
                var j = i
                while j < c.count, c[j].properties.isXIDContinue || c[j] == "." || c[j] == "@" { j += 1 }
                let w = String(String.UnicodeScalarView(c[i..<j]))
                lastWord = w.hasPrefix(".") ? lastWord + w : w
                prevWord = w
                i = j
            } else if ch == "(" || ch == "[" || ch == "{" {
                frames.append(Frame(callee: ch == "(" ? lastWord : ""))
                lastWord = ""
                i += 1
            } else if ch == ")" || ch == "]" || ch == "}" {
                if !frames.isEmpty { frames.removeLast() }
                lastWord = ""
                i += 1
            } else if ch == ":" {
                // `label:` names the argument; a ternary's `:` keeps the label it is in
                if !frames.isEmpty, !prevWord.isEmpty { frames[frames.count - 1].label = prevWord }
                prevWord = ""
                lastWord = ""
                i += 1
            } else if ch == "," {
                if !frames.isEmpty { frames[frames.count - 1].label = nil }
                lastWord = ""
                i += 1
            } else {
                if !ch.properties.isWhitespace {
                    lastWord = ""
                    prevWord = ""
                }
                i += 1
            }
        }
        return out
    }

    /// The index after the string literal whose opening quote is at `q` (after `hashes` #s):
    /// single-line or `"""`, with `\(…)` interpolations (which may hold strings) and raw `#"…"#`.
    static func stringEnd(_ c: [Unicode.Scalar], from q: Int, hashes: Int, line: inout Int) -> Int {
        let multi = q + 2 < c.count && c[q + 1] == "\"" && c[q + 2] == "\""
        var i = q + (multi ? 3 : 1)
        let escape = "\\" + String(repeating: "#", count: hashes)
        func at(_ k: Int, _ s: String) -> Bool {
            let u = Array(s.unicodeScalars)
            return k + u.count <= c.count && Array(c[k..<k + u.count]) == u
        }
        let close = (multi ? "\"\"\"" : "\"") + String(repeating: "#", count: hashes)
        while i < c.count {
            if at(i, close) { return i + close.unicodeScalars.count }
            if c[i] == "\n" {
                line += 1
                if !multi { return i }
            }
            if at(i, escape) {
                i += escape.unicodeScalars.count
                if i < c.count, c[i] == "(" {
                    var depth = 1
                    i += 1
                    while i < c.count, depth > 0 {
                        if c[i] == "\"" {
                            i = stringEnd(c, from: i, hashes: 0, line: &line)
                            continue
                        }
                        if c[i] == "(" { depth += 1 } else if c[i] == ")" { depth -= 1 }
                        i += 1
                    }
                } else {
                    i += 1
                }
                continue
            }
            i += 1
        }
        return i
    }
}
