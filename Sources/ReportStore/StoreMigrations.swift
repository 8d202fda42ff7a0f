import GRDB

/// The schema, as an ordered list of GRDB migrations. Never edit a shipped migration: add one.
///
/// v1 tables:
/// - `source_file`: one row per imported briefing file (path as given, sha256, size, item count).
/// - `briefing`: one row per item; `date` is the ISO date when it names a real day, else NULL;
///   `json` is the whole `Briefing` as JSON (sorted keys), so the model round-trips unchanged.
/// - `ledger_file`, `problem`: the inspection ledger (督查问题台账), one row per problem id,
///   tied to the ledger file it last came from (path, row line).
/// - `notification`: (problem id, ISO week) pairs a weekly notice has named, once per week.
/// - `issue_number`: the issue number (期号) given to each (kind, ISO week), unique per kind and year.
/// - `area_day`: one area's daily air-quality values, keyed by (area, date), with the source named.
///
/// source-key-v1: `source_file.key` identifies a briefing file (see `ReportStore.sourceKey`);
/// `path` becomes the name as last given (no longer unique: the same name from two folders is two
/// files). Rows stored before have no key: the next import of the same name claims them.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE source_file (
                      id INTEGER PRIMARY KEY,
                      path TEXT NOT NULL UNIQUE,
                      content_hash TEXT NOT NULL,
                      byte_count INTEGER NOT NULL,
                      item_count INTEGER NOT NULL
                    );
                    CREATE INDEX source_file_by_hash ON source_file(content_hash);

                    CREATE TABLE briefing (
                      file_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
                      ordinal INTEGER NOT NULL,
                      id TEXT NOT NULL,
                      date TEXT,
                      first_line INTEGER NOT NULL,
                      last_line INTEGER NOT NULL,
                      encoding TEXT NOT NULL,
                      script TEXT NOT NULL,
                      unit TEXT,
                      json TEXT NOT NULL,
                      PRIMARY KEY (file_id, ordinal)
                    );
                    CREATE INDEX briefing_by_date ON briefing(date);

                    CREATE TABLE ledger_file (
                      id INTEGER PRIMARY KEY,
                      path TEXT NOT NULL UNIQUE,
                      content_hash TEXT NOT NULL,
                      row_count INTEGER NOT NULL
                    );

                    CREATE TABLE problem (
                      id TEXT PRIMARY KEY,
                      ledger_file_id INTEGER NOT NULL REFERENCES ledger_file(id) ON DELETE CASCADE,
                      line INTEGER NOT NULL,
                      area TEXT NOT NULL,
                      category TEXT NOT NULL,
                      description TEXT,
                      found_on TEXT NOT NULL,
                      deadline TEXT,
                      status TEXT NOT NULL,
                      closed_on TEXT,
                      times_notified INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE INDEX problem_by_found_on ON problem(found_on);
                    CREATE INDEX problem_by_ledger_file ON problem(ledger_file_id);

                    CREATE TABLE notification (
                      problem_id TEXT NOT NULL,
                      week TEXT NOT NULL,
                      PRIMARY KEY (problem_id, week)
                    );

                    CREATE TABLE issue_number (
                      kind TEXT NOT NULL,
                      week TEXT NOT NULL,
                      year INTEGER NOT NULL,
                      number INTEGER NOT NULL,
                      PRIMARY KEY (kind, week),
                      UNIQUE (kind, year, number)
                    );

                    CREATE TABLE area_day (
                      area TEXT NOT NULL,
                      date TEXT NOT NULL,
                      so2 REAL,
                      no2 REAL,
                      pm10 REAL,
                      pm25 REAL,
                      co REAL,
                      o3_8h REAL,
                      source TEXT NOT NULL,
                      PRIMARY KEY (area, date)
                    );
                    """)
        }
        ReviewCorrections.registerMigrations(&m)
        // SQLite cannot drop a UNIQUE constraint in place: the table is rebuilt with the same row ids
        // (foreign keys are off during a migration, and checked before it commits).
        m.registerMigration("source-key-v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE source_file_new (
                      id INTEGER PRIMARY KEY,
                      key TEXT UNIQUE,
                      path TEXT NOT NULL,
                      content_hash TEXT NOT NULL,
                      byte_count INTEGER NOT NULL,
                      item_count INTEGER NOT NULL
                    );
                    INSERT INTO source_file_new (id, key, path, content_hash, byte_count, item_count)
                      SELECT id, NULL, path, content_hash, byte_count, item_count FROM source_file;
                    DROP TABLE source_file;
                    ALTER TABLE source_file_new RENAME TO source_file;
                    CREATE INDEX source_file_by_hash ON source_file(content_hash);
                    CREATE INDEX source_file_by_path ON source_file(path);
                    """)
        }
        m.registerMigration("unique-item-ids-v1") { db in try ItemIDNames.migrate(db) }
        return m
    }
}
