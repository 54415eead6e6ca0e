"""Backend-specific name search indexes (created by migration 0002, kept in sync by the DB).

SQLite: an FTS5 table over the folded `student.name_key` (external content, triggers keep it in
sync on insert/update/delete) and an fts5vocab view of its distinct terms, used to find typo
candidates.  PostgreSQL: a GIN full-text index over `to_tsvector('simple', name_key)` (whole
words and prefixes, the same model as FTS5) and a trigger-kept table of distinct name words for
the typo candidates.  The key is folded (accents, Ñ, case, particles) before indexing on both.

pg_trgm was measured first (bench/search.py, docs/PERFORMANCE.md): on 1,000,000 students its
trigram GIN index took 6-14 ms for two or three common whole words, against 2-7 ms for the
word-level full-text index, and the matching rules need words, not trigrams.
"""

from __future__ import annotations

FTS_TABLE = "student_fts"
FTS_VOCAB = "student_fts_vocab"
TSVECTOR_INDEX = "ix_student_name_key_fts"
TSVECTOR = "to_tsvector('simple', name_key)"
WORD_TABLE = "name_word"  # PostgreSQL: distinct name words, for typo candidates

# Objects the models do not describe (alembic's schema comparison must ignore them).
BACKEND_SPECIFIC_PREFIXES = (FTS_TABLE, TSVECTOR_INDEX, WORD_TABLE)

SQLITE_CREATE = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(name_key, content='student', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    f"CREATE VIRTUAL TABLE {FTS_VOCAB} USING fts5vocab({FTS_TABLE}, 'row')",
    f"CREATE TRIGGER student_fts_ai AFTER INSERT ON student BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, name_key) VALUES (new.id, new.name_key); END",
    f"CREATE TRIGGER student_fts_ad AFTER DELETE ON student BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, name_key) "
    "VALUES ('delete', old.id, old.name_key); END",
    f"CREATE TRIGGER student_fts_au AFTER UPDATE OF name_key ON student BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, name_key) "
    "VALUES ('delete', old.id, old.name_key); "
    f"INSERT INTO {FTS_TABLE}(rowid, name_key) VALUES (new.id, new.name_key); END",
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
)
SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS student_fts_au",
    "DROP TRIGGER IF EXISTS student_fts_ad",
    "DROP TRIGGER IF EXISTS student_fts_ai",
    f"DROP TABLE IF EXISTS {FTS_VOCAB}",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)
POSTGRES_CREATE = (
    f"CREATE INDEX {TSVECTOR_INDEX} ON student USING gin ({TSVECTOR})",
    # The words of every name, kept by a trigger, so that a typo's candidates are found the
    # same way as on SQLite (fts5vocab).  Words of deleted students may stay: they only
    # propose candidates that then match nobody.
    f"CREATE TABLE {WORD_TABLE} (word VARCHAR(80) PRIMARY KEY)",
    f"""CREATE FUNCTION {WORD_TABLE}_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO {WORD_TABLE}(word)
    SELECT DISTINCT w FROM unnest(string_to_array(NEW.name_key, ' ')) AS w WHERE w <> ''
    ON CONFLICT DO NOTHING;
    RETURN NEW;
END $$""",
    f"CREATE TRIGGER {WORD_TABLE}_collect AFTER INSERT OR UPDATE OF name_key ON student "
    f"FOR EACH ROW EXECUTE FUNCTION {WORD_TABLE}_collect()",
    f"INSERT INTO {WORD_TABLE}(word) SELECT DISTINCT w FROM student, "
    "unnest(string_to_array(name_key, ' ')) AS w WHERE w <> '' ON CONFLICT DO NOTHING",
)
POSTGRES_DROP = (
    f"DROP TRIGGER IF EXISTS {WORD_TABLE}_collect ON student",
    f"DROP FUNCTION IF EXISTS {WORD_TABLE}_collect()",
    f"DROP TABLE IF EXISTS {WORD_TABLE}",
    f"DROP INDEX IF EXISTS {TSVECTOR_INDEX}",
)


def is_backend_specific(name: str | None) -> bool:
    return bool(name) and name.startswith(BACKEND_SPECIFIC_PREFIXES)


def include_name(name: str | None, type_: str, parent_names: dict) -> bool:
    """Alembic comparison hook: search indexes are DDL the models do not describe."""
    return not is_backend_specific(name)
