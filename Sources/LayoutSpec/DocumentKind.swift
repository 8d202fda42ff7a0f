import Typesetting

/// A document kind as the layout sees it (as a Pandoc reader registers its format): the table
/// of settings it reads from a layout (`[weekly]`), its typed schema, and the `[texts]` keys it
/// renders. The loader decodes the table and checks the texts when a layout is loaded, so a
/// mistake in either names the file, line and key before anything is typeset.
public protocol DocumentKind {
    /// The decoded settings table; its `CodingKeys` are `SchemaKey`s with their ranges.
    associatedtype Settings: Decodable & Sendable & Equatable

    /// The layout table of this kind (`weekly`, `ranking`).
    static var table: String { get }

    /// Every `[texts]` key this kind may render, with the variables its template may use.
    static var texts: [TextKey] { get }

    /// The `[texts]` keys a layout with these settings (and these texts: an optional template
    /// may need others) must define.
    static func requiredTexts(for settings: Settings, texts: [String: String]) -> [String]

    /// A reason the settings do not suit the rest of the layout (a chart taller than the text
    /// block), with the key of the table it concerns; nil when they do.
    static func check(_ settings: Settings, in layout: Layout) -> (key: String, message: String)?
}

extension DocumentKind {
    public static func check(_ settings: Settings, in layout: Layout) -> (key: String, message: String)? { nil }

    /// This kind's settings from a loaded layout, nil when the layout has no table for it.
    public static func settings(in layout: Layout) -> Settings? {
        layout.documentSettings[table]?.value as? Settings
    }
}

/// A `[texts]` key of a document kind and the Mustache variables its template may use (names
/// of its context's fields; sections `{{#x}}` name a field too).
public struct TextKey: Sendable, Equatable {
    /// The key.
    public var name: String
    /// The variables.
    public var variables: Set<String>

    public init(_ name: String, _ variables: [String] = []) {
        self.name = name
        self.variables = Set(variables)
    }

    /// A key whose variables are a kind's enum cases (their raw values are the template names).
    public init<V: RawRepresentable>(_ name: String, _ variables: [V]) where V.RawValue == String {
        self.init(name, variables.map(\.rawValue))
    }
}
