import Typesetting

/// Why a document was not written.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    /// The fonts directory or a font role is unusable.
    case fonts(String)
    /// Characters no resolved font covers, with where they first occur.
    case missingGlyphs([MissingGlyph])
    /// The composed pages break the layout's rules.
    case selfCheck([Violation])
    /// A file (the PDF, a page image) could not be made or written.
    case write(String)
    /// The OFD package could not be made or written.
    case ofd(String)

    public var description: String {
        switch self {
        case .fonts(let m): return m
        case .missingGlyphs(let g):
            let chars = g.map {
                "'\($0.character)' (U+\(String($0.character.unicodeScalars.first?.value ?? 0, radix: 16, uppercase: true)), page \($0.page))"
            }
            return "no font in fonts/ covers \(g.count) character(s): " + chars.joined(separator: ", ")
        case .selfCheck(let v):
            let shown = v.prefix(20).map { "  \($0)" }.joined(separator: "\n")
            return "composed pages do not conform to the layout (\(v.count) problem(s); --force writes anyway):\n" + shown
        case .write(let m): return "cannot write: \(m)"
        case .ofd(let m): return "cannot write OFD: \(m)"
        }
    }
}

/// A character no font covers.
public struct MissingGlyph: Sendable, Equatable {
    /// The character.
    public var character: Character
    /// Font role it was set in.
    public var role: String
    /// First page it occurs on.
    public var page: Int

    public init(character: Character, role: String, page: Int) {
        self.character = character
        self.role = role
        self.page = page
    }
}
