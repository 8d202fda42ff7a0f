import Foundation
import LayoutSpec
import Typesetting

/// The registry of document kinds: a kind is added with one line here (its folder holds its
/// composer, its `DocumentKind` conformance and its settings; `layouts/` holds its layout).
public enum DocumentKinds {
    public static var all: [any DocumentKind.Type] {
        [
            WeeklyNotice.self,
            MonthlyRanking.self,
        ]
    }
}

extension LayoutLoader {
    /// Loads a layout file for any registered document kind.
    public static func load(contentsOf url: URL) throws(LayoutError) -> Layout {
        try load(contentsOf: url, kinds: DocumentKinds.all)
    }

    /// Parses layout text for any registered document kind; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(LayoutError) -> Layout {
        try parse(text, file: file, kinds: DocumentKinds.all)
    }
}
