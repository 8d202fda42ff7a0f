import ArgumentParser
import WordLists

/// The help text of the commands and options: `Words/help.txt`, one `key = text` line each,
/// read once (the CLI's wording is data like every other module's).
enum Help {
    private static let table = WordTable("help", in: .module)

    /// The text of `key` (`weekly.abstract`, `weekly.week`).
    static subscript(_ key: String) -> String { table[key] }
}

extension ArgumentHelp {
    /// The help of an argument or option, from `Words/help.txt`.
    static func of(_ key: String, valueName: String? = nil) -> ArgumentHelp { ArgumentHelp(Help[key], valueName: valueName) }
}
