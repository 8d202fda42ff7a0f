import FileAccess

/// The decoded text's UTF-8: a string, or a large plain UTF-8 file as it is mapped (`MappedFile`),
/// which a pass through it in file order lets go behind it (`passed`).
struct TextSource: Sendable {
    private let string: String
    /// A small plain UTF-8 file's bytes, as read (not made a string: that checks them again).
    private let bytes: [UInt8]
    private let mapped: MappedFile?

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        string = text
        bytes = []
        mapped = nil
    }

    /// Well-formed UTF-8 bytes.
    init(utf8 bytes: [UInt8]) {
        string = ""
        self.bytes = bytes
        mapped = nil
    }

    init(_ file: MappedFile) {
        string = ""
        bytes = []
        mapped = file
    }

    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let mapped { return body(mapped.bytes) }
        if !bytes.isEmpty { return bytes.withUnsafeBufferPointer(body) }
        return string.utf8.withContiguousStorageIfAvailable(body) ?? Array(string.utf8).withUnsafeBufferPointer(body)
    }

    /// A pass in file order has read up to `offset`: what lies a megabyte or more before it may go,
    /// a megabyte at a time (four at a time, up to five megabytes of the file were in memory).
    func passed(_ offset: Int) { mapped?.release(before: offset - (1 << 20), step: 1 << 20) }

    /// A new pass in file order starts.
    func rewind() { mapped?.rewind() }
}
