import Foundation
import GRDB
import ReportModel

extension ReportStore {
    /// Stores the items of `files` in one transaction: all of them land or none does.
    ///
    /// A stored briefing file is identified by its file (`sourceKey`) and its content hash
    /// together: the same file with the same bytes → `unchanged` (however its path was spelt: a
    /// folder imported by its absolute path, by a relative one or from another directory is the
    /// same files); the same file with other bytes → `replaced` (its old items are deleted first);
    /// a file not stored → `new`, even when another file holds the same bytes. Identical content
    /// under two names is two sources: each keeps its items, so replacing or editing one never
    /// removes the other's. A file given twice is handled once per occurrence, so the second is
    /// `unchanged`. Item ids are unique in the store (`ItemIDNames`): a file whose name another
    /// stored file has gets its folders in its ids.
    public func importBriefings(_ files: [BriefingFile]) throws(StoreError) -> ImportSummary {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let home = storeFolder
        return try write { db in
            var summary = ImportSummary()
            var names = ItemIDNames(ids: try String.fetchAll(db, sql: "SELECT id FROM briefing"))
            for f in files {
                let key = Self.sourceKey(f, storeFolder: home)
                // A row stored before files had keys is the file of the same name.
                let stored =
                    try Row.fetchOne(db, sql: "SELECT id, content_hash FROM source_file WHERE key = ?", arguments: [key])
                    ?? Row.fetchOne(
                        db, sql: "SELECT id, content_hash FROM source_file WHERE key IS NULL AND path = ?", arguments: [f.file])
                let oldID: Int64? = stored?["id"]
                let oldHash: String? = stored?["content_hash"]
                if let oldID, oldHash == f.contentHash {
                    try db.execute(sql: "UPDATE source_file SET key = ? WHERE id = ? AND key IS NULL", arguments: [key, oldID])
                    summary.outcomes.append((f.file, .unchanged))
                    continue
                }
                if let oldID {
                    // a replaced file keeps its items' name
                    if let old = try String.fetchOne(db, sql: "SELECT id FROM briefing WHERE file_id = ? LIMIT 1", arguments: [oldID]) {
                        names.release(ItemIDNames.name(of: old))
                    }
                    try db.execute(sql: "DELETE FROM source_file WHERE id = ?", arguments: [oldID])  // cascades
                }
                let name = f.briefings.first.map { names.claim(stem: ItemIDNames.name(of: $0.id), key: key) }
                try db.execute(
                    sql: "INSERT INTO source_file (key, path, content_hash, byte_count, item_count) VALUES (?, ?, ?, ?, ?)",
                    arguments: [key, f.file, f.contentHash, f.byteCount, f.briefings.count])
                let fileID = db.lastInsertedRowID
                for (i, read) in f.briefings.enumerated() {
                    var b = read
                    if let name { b.id = ItemIDNames.renamed(b.id, to: name) }
                    let json = String(decoding: try encoder.encode(b), as: UTF8.self)
                    let date = b.date.flatMap(CivilDate.init(iso:))?.iso
                    try db.execute(
                        sql: """
                            INSERT INTO briefing
                              (file_id, ordinal, id, date, first_line, last_line, encoding, script, unit, json)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """,
                        arguments: [
                            fileID, i + 1, b.id, date, b.source.lines.first ?? 0, b.source.lines.last ?? 0,
                            b.source.encoding, b.source.script, b.unit, json,
                        ])
                }
                summary.itemsStored += f.briefings.count
                summary.outcomes.append((f.file, oldID == nil ? .new : .replaced))
            }
            return summary
        }
    }
}

extension ReportStore {
    /// The folder the store file is in, symlinks resolved (nil when it cannot be resolved).
    var storeFolder: String? {
        let folder = (path as NSString).deletingLastPathComponent
        guard let resolved = realpath(folder.isEmpty ? "." : folder, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// What identifies a briefing file in the store: the file its path resolves to, relative to
    /// the store's folder when it lies inside it (so a folder moved together with its store keeps
    /// its files), else absolute. A file without a resolved location is known by its name as given.
    static func sourceKey(_ file: BriefingFile, storeFolder: String?) -> String {
        guard let location = file.location else { return file.file }
        if let storeFolder {
            let prefix = storeFolder.hasSuffix("/") ? storeFolder : storeFolder + "/"
            if location.hasPrefix(prefix) { return String(location.dropFirst(prefix.count)) }
        }
        return location
    }
}
