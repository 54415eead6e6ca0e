"""The few statements the importer runs many times, at the driver level for speed.

The ORM's per-object work costs more than the database for hundreds of thousands of rows
(docs/PERFORMANCE.md); these helpers send plain tuples with `executemany` and read back plain
tuples, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Connection

IN_CHUNK = 900  # parameters per IN (...) list: below every backend's limit
VALUES_PER_INSERT = 50  # rows per INSERT statement on PostgreSQL
SQLITE_CACHE_KB = 32768  # page cache of an import's connection (docs/PERFORMANCE.md)


class Sql:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.dialect = connection.dialect.name
        self.marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"

    def params(self, count: int) -> str:
        return ", ".join([self.marker] * count)

    def cursor(self):
        """The driver's cursor, inside the transaction SQLAlchemy began on this connection."""
        return self.connection.connection.driver_connection.cursor()

    def insert(self, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
        """On PostgreSQL, rows go VALUES_PER_INSERT to a statement: executemany there is one
        round of parse, bind and execute per row (a 200,000-row nómina spent a third of its
        time in them); SQLite's executemany already runs in-process."""
        if not rows:
            return
        head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
        one = f"({self.params(len(columns))})"
        cursor = self.cursor()
        if self.dialect != "postgresql" or len(rows) < VALUES_PER_INSERT:
            cursor.executemany(head + one, rows)
            return
        whole = len(rows) - len(rows) % VALUES_PER_INSERT
        many = head + ", ".join([one] * VALUES_PER_INSERT)
        cursor.executemany(
            many,
            [
                tuple(value for row in rows[start : start + VALUES_PER_INSERT] for value in row)
                for start in range(0, whole, VALUES_PER_INSERT)
            ],
        )
        if whole < len(rows):
            cursor.executemany(head + one, rows[whole:])

    def update(self, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
        """`rows` hold the new values in `columns` order, then the id."""
        if rows:
            sets = ", ".join(f"{column} = {self.marker}" for column in columns)
            sql = f"UPDATE {table} SET {sets} WHERE id = {self.marker}"
            self.cursor().executemany(sql, rows)

    def select_in(self, sql: str, values: Iterable, extra: tuple = ()) -> list[tuple]:
        """Run `sql` (with one `{marks}` placeholder) for the values, in chunks."""
        distinct = list(dict.fromkeys(values))
        found: list[tuple] = []
        cursor = self.cursor()
        for start in range(0, len(distinct), IN_CHUNK):
            chunk = distinct[start : start + IN_CHUNK]
            cursor.execute(sql.format(marks=self.params(len(chunk))), (*extra, *chunk))
            found.extend(cursor.fetchall())
        return found

    def begin_import(self) -> None:
        """What an import's transaction needs first.  One import at a time per database:
        PostgreSQL takes an advisory lock held until the transaction ends (SQLite's write
        transaction already excludes other writers).

        PostgreSQL also plans this transaction's key lookups with their indexes: the planner's
        statistics describe the tables before the import (an empty `result` table, say), and a
        sequential scan chosen for "no rows" was repeated over the growing table on every chunk
        — 47 s instead of 20 s for a first million-row acta (docs/PERFORMANCE.md)."""
        if self.dialect == "sqlite":
            # SQLite's default page cache is 2 MB: a 200,000-row nómina keeps five indexes of
            # the student table and its words' index warm with more.
            self.connection.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_CACHE_KB}")
        if self.dialect == "postgresql":
            self.connection.exec_driver_sql("SELECT pg_advisory_xact_lock(7242001)")
            self.connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
