import LayoutSpec
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

/// One value of a template: text, a whole number, or a flag (for `{{#x}}…{{/x}}` sections).
/// Nothing else reaches a template: a date, a decimal or a list is worded before it is set.
public enum WordingValue: Sendable, Equatable {
    case text(String)
    case number(Int)
    case flag(Bool)

    /// The value as Mustache reads it.
    var mustache: Any {
        switch self {
        case .text(let s): return s
        case .number(let n): return n
        case .flag(let b): return b
        }
    }

    /// The text of a `.text` value.
    public var text: String? {
        if case .text(let s) = self { return s }
        return nil
    }
}

/// The Swift types a context takes as they are (`[.unit_count: units.count]`): text, whole
/// numbers and flags, each one case of `WordingValue`. Any other type does not compile.
public protocol WordingValueConvertible: Sendable {
    var wordingValue: WordingValue { get }
}

extension String: WordingValueConvertible {
    public var wordingValue: WordingValue { .text(self) }
}

extension Int: WordingValueConvertible {
    public var wordingValue: WordingValue { .number(self) }
}

extension Bool: WordingValueConvertible {
    public var wordingValue: WordingValue { .flag(self) }
}

extension WordingValue: WordingValueConvertible {
    public var wordingValue: WordingValue { self }
}

/// The values one template is rendered with, keyed by the kind's variables.
public struct WordingContext<Variable: WordingVariable>: ExpressibleByDictionaryLiteral, Sendable {
    public private(set) var values: [Variable: WordingValue] = [:]

    public init(dictionaryLiteral elements: (Variable, any WordingValueConvertible)...) {
        for (key, value) in elements { values[key] = value.wordingValue }
    }

    public subscript(_ variable: Variable) -> (any WordingValueConvertible)? {
        get { values[variable] }
        set { values[variable] = newValue?.wordingValue }
    }

    /// This context with one more value.
    public func with(_ variable: Variable, _ value: any WordingValueConvertible) -> Self {
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
    /// The variables each key's template is given (the kind's `TextKey`s).
    private let declared: [String: Set<String>]

    /// Compiles the templates; every key in `required` must be present. `declared` are the
    /// kind's texts with their variables: a template sees only those of its key.
    public init(texts: [String: String], required: [String], declared: [TextKey]) throws(WordingError) {
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
        self.declared = Dictionary(declared.map { ($0.name, $0.variables) }) { a, _ in a }
    }

    /// Renders `key` with the variables of `context` its key declares. The key must be one the
    /// kind requires, or an optional one checked with `has` first: rendering a key the layout
    /// lacks is a mistake in the document kind (its `requiredTexts` is incomplete), not in the
    /// layout, and stops rather than print a notice with a hole in it. A variable the key does not
    /// declare is a mistake of the same kind (caught by the tests; left out in a release build).
    public func render(_ key: String, _ context: WordingContext<Variable> = [:]) -> String {
        guard let template = templates[key] else {
            preconditionFailure("[texts] \(key) is rendered but not among the kind's required texts")
        }
        let allowed = declared[key] ?? []
        var values: [String: Any] = [:]
        for (variable, value) in context.values {
            assert(allowed.contains(variable.rawValue), "[texts] \(key) is rendered with \(variable.rawValue), which it does not declare")
            if allowed.contains(variable.rawValue) { values[variable.rawValue] = value.mustache }
        }
        return template.render(values)
    }

    /// A table header's columns: `key`'s text split at `|`.
    public func columns(_ key: String) -> [String] { render(key).split(separator: "|").map(String.init) }

    /// Whether the layout defines `key` (optional wording).
    public func has(_ key: String) -> Bool { templates[key] != nil }
}
