import Foundation
import GRDB
import ReportModel

/// Item ids (编号) name an item on the clerk's review sheet and in its corrections, so a store
/// holds each id once. The reader names an item `stem#n` after its file's name; but the districts
/// of one office often send files of the same name (简报.docx, 第45期.txt) kept in one folder each,
/// so a file whose stem another stored file already has is named by as many of its folders as
/// make it unique (`乙县/简报#1`). Ids once stored do not change: the file stored first keeps the
/// reader's name, and a replaced file keeps its own.
struct ItemIDNames {
    /// Names in use: the part of an id before its `#n`.
    private var taken: Set<String>

    init(ids: some Sequence<String>) {
        taken = Set(ids.map(Self.name(of:)))
    }

    /// `乙县/简报#2` → `乙县/简报`.
    static func name(of id: String) -> String {
        id.lastIndex(of: "#").map { String(id[..<$0]) } ?? id
    }

    /// `id` under another name, keeping its `#n`.
    static func renamed(_ id: String, to name: String) -> String {
        id.lastIndex(of: "#").map { name + id[$0...] } ?? name
    }

    /// Gives a name back (the items of a file being replaced).
    mutating func release(_ name: String) {
        taken.remove(name)
    }

    /// The name for the items of the file stored under `key` that the reader named `stem`: the
    /// stem when it is free, else the stem under its nearest folders, else the key numbered.
    mutating func claim(stem: String, key: String) -> String {
        var chosen = stem
        if taken.contains(stem) {
            let folders = (key as NSString).deletingLastPathComponent.split(separator: "/").map(String.init)
            let byFolders = folders.indices.map { (folders.suffix($0 + 1) + [stem]).joined(separator: "/") }
            if let free = byFolders.first(where: { !taken.contains($0) }) {
                chosen = free
            } else {
                var n = 2
                while taken.contains("\(stem)~\(n)") { n += 1 }
                chosen = "\(stem)~\(n)"
            }
        }
        taken.insert(chosen)
        return chosen
    }
}

extension ItemIDNames {
    /// Migration `unique-item-ids-v1`: stores written while two files of one name could both be
    /// stored hold ids twice (and their review sheets were refused: "item … appears twice"). The
    /// file stored first keeps its ids; the others are renamed as an import names them now, in their
    /// items' JSON too, with the corrections made against that file's content.
    static func migrate(_ db: Database) throws {
        let files = try Row.fetchAll(
            db, sql: "SELECT id, COALESCE(key, path) AS key, content_hash FROM source_file ORDER BY id")
        var names = ItemIDNames(ids: [])
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for file in files {
            let fileID: Int64 = file["id"]
            let rows = try Row.fetchAll(
                db, sql: "SELECT ordinal, id, json FROM briefing WHERE file_id = ? ORDER BY ordinal", arguments: [fileID])
            guard let first: String = rows.first?["id"] else { continue }
            let stem = name(of: first)
            let chosen = names.claim(stem: stem, key: file["key"])
            guard chosen != stem else { continue }
            for row in rows {
                let old: String = row["id"]
                let new = renamed(old, to: chosen)
                var briefing = try decoder.decode(Briefing.self, from: Data((row["json"] as String).utf8))
                briefing.id = new
                let json = String(decoding: try encoder.encode(briefing), as: UTF8.self)
                try db.execute(
                    sql: "UPDATE briefing SET id = ?, json = ? WHERE file_id = ? AND ordinal = ?",
                    arguments: [new, json, fileID, row["ordinal"] as Int64])
                try db.execute(
                    sql: "UPDATE OR IGNORE review_correction SET briefing_id = ? WHERE briefing_id = ? AND content_hash = ?",
                    arguments: [new, old, file["content_hash"] as String])
            }
        }
    }
}
