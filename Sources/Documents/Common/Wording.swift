import Mustache

/// A wording template that could not be used: missing from the layout or not valid Mustache.
public struct WordingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The `[texts]` key.
    public var key: String
    /// What is wrong.
    public var message: String

    public init(key: String, message: String) {
        self.key = key
        self.message = message
    }

    public var description: String { "[texts] \(key): \(message)" }
}

/// The variables a document kind's templates may use: one enum per kind, its raw values the
/// names in the templates (`{{unit_count}}`). A misspelt variable does not compile; the kind's
/// `TextKey`s declare which of them each text may use, and the loader refuses a template that
/// uses another.
public protocol WordingVariable: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {}

/// A kind whose variables include a date's `year`, `month` and `day` (`DateWording`).
public protocol DateVariables: WordingVariable {
    static var year: Self { get }
    static var month: Self { get }
    static var day: Self { get }
}

/// The values one template is rendered with, keyed by the kind's variables.
public struct WordingContext<Variable: WordingVariable>: ExpressibleByDictionaryLiteral {
    /// By template name, as Mustache reads them.
    public private(set) var values: [String: Any] = [:]

    public init(dictionaryLiteral elements: (Variable, Any)...) {
        for (key, value) in elements { values[key.rawValue] = value }
    }

    public subscript(_ variable: Variable) -> Any? {
        get { values[variable.rawValue] }
        set { values[variable.rawValue] = newValue }
    }

    /// This context with one more value.
    public func with(_ variable: Variable, _ value: Any) -> Self {
        var copy = self
        copy[variable] = value
        return copy
    }
}

/// The fixed wording of a document kind: Mustache templates from the layout's `[texts]` table.
/// All Chinese sentences a document prints come from here, never from Swift code.
///
/// A loaded layout has every key its kind needs (`DocumentKind.requiredTexts`, checked by the
/// loader with file, line and key) and only variables its kind provides; `init` checks the
/// keys again for texts that did not come through the loader.
public struct Wording<Variable: WordingVariable> {
    private let templates: [String: MustacheTemplate]

    /// Compiles the templates; every key in `required` must be present.
    public init(texts: [String: String], required: [String]) throws(WordingError) {
        var compiled: [String: MustacheTemplate] = [:]
        for key in required where texts[key] == nil {
            throw WordingError(key: key, message: "missing; the layout's [texts] table must define it")
        }
        for (key, source) in texts {
            do {
                // Plain text output: nothing is HTML-escaped.
                compiled[key] = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + source)
            } catch {
                throw WordingError(key: key, message: "not a valid Mustache template: \(error)")
            }
        }
        self.templates = compiled
    }

    /// Renders `key` with `context` (strings, numbers, bools and lists by variable). The key
    /// must be one the kind requires, or an optional one checked with `has` first: rendering a
    /// key the layout lacks is a mistake in the document kind (its `requiredTexts` is
    /// incomplete), not in the layout, and stops rather than print a notice with a hole in it.
    public func render(_ key: String, _ context: WordingContext<Variable> = [:]) -> String {
        guard let template = templates[key] else {
            preconditionFailure("[texts] \(key) is rendered but not among the kind's required texts")
        }
        return template.render(context.values)
    }

    /// Whether the layout defines `key` (optional wording).
    public func has(_ key: String) -> Bool { templates[key] != nil }
}
