/// A source file's name as an office names what it received: no folders, no content hash.
enum SourceName {
    /// `seeds/004_5ae60629f32a1ce1.txt` → `004.txt`; `收文/晋城市简报.txt` → `晋城市简报.txt`.
    static func received(_ path: String) -> String {
        let base = path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? path
        // A hash is a run of 12 or more hex digits after _ or -, as the store's copies are named.
        guard let r = base.range(of: #"[_-][0-9a-fA-F]{12,}(?=\.|$)"#, options: .regularExpression) else { return base }
        var name = base
        name.removeSubrange(r)
        return name
    }
}
