import Foundation
import WordLists

/// The genre's word lists, read from `Words/*.txt` in the module's resources through the shared
/// loader (`Sources/WordLists`: one entry per line, `#` starts a comment line, `\s` stands for a
/// space and `\n` for a line break). Each list is read when first used (the callers keep it in a
/// `static let`).
enum Words {
    /// The entries of `Words/<name>.txt`, in file order.
    static func list(_ name: String) -> [String] { WordLists.list(name, in: .module) }

    /// The characters of a list whose entries are single characters, as one string.
    static func characters(_ name: String) -> String { WordLists.characters(name, in: .module) }

    /// `entry = value` lines as pairs, in file order.
    static func pairs(_ name: String) -> [(String, String)] { WordLists.pairs(name, in: .module) }

    /// The names of every list shipped with the module.
    static func names() -> [String] { WordLists.names(in: .module) }

    /// The raw text of a list file (for the tests of its header).
    static func text(_ name: String) -> String? { WordLists.text(name, in: .module) }

    /// The entries of a list file's text.
    static func entries(of text: String) -> [String] { WordLists.entries(of: text) }
}
