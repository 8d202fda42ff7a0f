import Documents
import LayoutSpec
import Typesetting

/// A toy document kind, to show what adding a kind takes: this folder (the kind, its settings
/// table, its texts), its layout file (`toy-notice.toml`) and one line in a registry
/// (`ToyNotice.registry`, standing in for `DocumentKinds.all`: in the package the kind would be
/// `Sources/Documents/ToyNotice/`, `layouts/toy-notice.toml` and one line in `DocumentKinds.all`).
enum ToyNotice: DocumentKind {
    /// The registry with the toy: the shipped kinds and one line more.
    static var registry: [any DocumentKind.Type] { DocumentKinds.all + [ToyNotice.self] }

    /// `[toy]`: how many times the greeting is printed.
    struct Settings: Decodable, Sendable, Equatable {
        var repeats: Int

        enum Keys: String, SchemaKey {
            case repeats
            var rule: Rule { .integer(1...5, unit: "times") }
        }

        init(from decoder: any Decoder) throws {
            repeats = try decoder.container(keyedBy: Keys.self).decode(Int.self, forKey: .repeats)
        }
    }

    /// `{{name}}`, the one variable of its one text.
    enum Variable: String, WordingVariable {
        case name
    }

    static let table = "toy"
    static let texts = [TextKey("greeting", [Variable.name])]

    static func requiredTexts(for settings: Settings, texts: [String: String]) -> [String] { ["greeting"] }

    /// The content: the greeting, `repeats` times.
    static func build(name: String, layout: Layout) throws -> ContentDocument {
        guard let settings = settings(in: layout) else { throw SettingsError(key: table, message: "no [toy] table") }
        let wording = try Wording<Variable>(
            texts: layout.texts, required: requiredTexts(for: settings, texts: layout.texts), declared: texts)
        let line = wording.render("greeting", [.name: name])
        return ContentDocument(
            metadata: DocumentMetadata(title: name), blocks: Array(repeating: .paragraph([Inline(line)]), count: settings.repeats))
    }
}
