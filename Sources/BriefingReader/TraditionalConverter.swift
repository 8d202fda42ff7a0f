import COpenCC

/// Traditional → Simplified conversion through libopencc (`t2s.json`).
/// A reference type only to own the C handle; it is never mutated after init.
final class TraditionalConverter: @unchecked Sendable {
    private let handle: opencc_t

    /// Nil when OpenCC or its data files cannot be opened; `error` then says why.
    init?(config: String = "t2s.json") {
        guard let h = opencc_open(config), h != opencc_t(bitPattern: -1) else { return nil }
        handle = h
    }

    deinit { opencc_close(handle) }

    /// Why the last open failed, in OpenCC's words.
    static var lastError: String {
        guard let e = opencc_error() else { return "unknown error" }
        return String(cString: e)
    }

    /// Converts UTF-8 text; returns the input when conversion fails.
    func convert(_ s: String) -> String {
        var s = s
        return s.withUTF8 { buf -> String in
            guard let base = buf.baseAddress else { return "" }
            let raw = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            guard let out = opencc_convert_utf8(handle, raw, buf.count) else { return String(decoding: buf, as: UTF8.self) }
            defer { opencc_convert_utf8_free(out) }
            return String(cString: out)
        }
    }
}
