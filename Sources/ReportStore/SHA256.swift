import Crypto
import Foundation

/// SHA-256 of a file's bytes: the content hash that makes imports idempotent.
///
/// A thin name over swift-crypto's `SHA256` (kept library, not hand-written), so callers get the
/// one form the store keeps: 64 lowercase hex digits, the same digits earlier versions stored.
public enum SHA256 {
    /// The digest as 64 lowercase hex digits.
    public static func hex(_ data: Data) -> String {
        let hexDigits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for b in digest(data) {
            out.append(hexDigits[Int(b >> 4)])
            out.append(hexDigits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The 32-byte digest.
    public static func digest(_ data: Data) -> [UInt8] {
        Array(Crypto.SHA256.hash(data: data))
    }
}
