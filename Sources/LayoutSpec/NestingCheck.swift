import TOMLKit

/// A guard between TOMLKit and the layout tree: a layout's keys are at most three levels deep
/// (`[styles.title]` + `size_pt`), but TOML lets a header or a dotted key nest tables as deep as
/// it is long, and placing each key on its line costs time in the square of its depth. A 10 KB
/// header of a thousand dotted parts kept the loader busy for minutes (found by `make fuzz`,
/// FuzzLayout), so anything nested deeper than `maxDepth` is refused with its line first.
enum NestingCheck {
    /// Tables and arrays inside each other, counted from the top-level key.
    static let maxDepth = 8

    /// Throws for the first key nested deeper than `maxDepth`.
    static func check(_ table: TOMLTable, file: String, lines: LineIndex) throws(LayoutError) {
        if let path = firstTooDeep(in: table, path: []) {
            throw LayoutError(
                file: file, line: lines.firstLine(under: path), key: path.joined(separator: "."),
                message: "nested \(maxDepth + 1) or more levels deep; a layout's keys are at most \(maxDepth) deep")
        }
    }

    /// The path of the first value at depth `maxDepth + 1` (arrays count as a level, their
    /// elements keep the array's key), or nil. Stops there, so the walk costs at most
    /// `maxDepth` levels whatever the input.
    private static func firstTooDeep(in value: TOMLValueConvertible, path: [String], depth: Int = 0) -> [String]? {
        if depth > maxDepth { return path }
        if let table = value.table {
            for (key, child) in table {
                if let deep = firstTooDeep(in: child, path: path + [key], depth: depth + 1) { return deep }
            }
        } else if let array = value.array {
            for child in array {
                if let deep = firstTooDeep(in: child, path: path, depth: depth + 1) { return deep }
            }
        }
        return nil
    }
}
