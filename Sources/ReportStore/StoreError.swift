import Foundation
import GRDB

/// Why the store could not be opened, read or written.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, broadly.
    public enum Kind: String, Sendable, Equatable {
        /// The database file could not be opened or created.
        case cannotOpen = "cannot open the store"
        /// The file was written by a newer tongbao (it has migrations this one does not know).
        case newerSchema = "the store is newer than this tongbao"
        /// An SQLite error while reading or writing.
        case database = "database error"
        /// No store at the path, where one must exist (`weekly`, `monthly`): the CLI exits 66.
        case missing = "no such store"
        /// The file fails SQLite's check (a corrupt page or index, or not a database at all).
        case damaged = "the store is damaged"
        /// A write to a store opened read-only.
        case readOnly = "the store is read-only"
    }

    /// Broad kind.
    public var kind: Kind
    /// Path of the database file.
    public var path: String
    /// Detail, lowercase.
    public var message: String

    public init(kind: Kind, path: String, message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): error: \(kind.rawValue): \(message)" }

    /// Runs `body`, turning any error it throws into a `StoreError` of `kind`.
    static func wrapping<T>(_ kind: Kind = .database, path: String, _ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let e as StoreError {
            throw e
        } catch let e as DatabaseError where e.resultCode == .SQLITE_CORRUPT || e.resultCode == .SQLITE_NOTADB {
            throw StoreError(kind: .damaged, path: path, message: e.message ?? "\(e.resultCode)")
        } catch {
            throw StoreError(kind: kind, path: path, message: String(describing: error))
        }
    }
}
