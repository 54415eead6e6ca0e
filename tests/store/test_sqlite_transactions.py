"""SQLite transactions that read and then write must not fail because another connection
committed in between (WAL's "database is locked" on a stale snapshot): they begin IMMEDIATE,
and pure readers opt out so they never wait for writers."""

from __future__ import annotations

import threading

from sqlalchemy import text
from sqlmodel import Session

from cla_desktop.store.database import make_engine, readonly


def test_read_then_write_survives_a_concurrent_commit(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (n INTEGER)"))
    other_done = threading.Event()
    errors: list[Exception] = []

    def other_counter() -> None:
        try:
            with Session(engine) as session:
                session.execute(text("INSERT INTO t VALUES (2)"))
                session.commit()
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            other_done.set()

    with Session(engine) as session:
        session.execute(text("SELECT COUNT(*) FROM t")).scalar()  # read first...
        thread = threading.Thread(target=other_counter)
        thread.start()
        other_done.wait(0.5)  # ...the other counter tries to commit meanwhile (it must wait)
        session.execute(text("INSERT INTO t VALUES (1)"))  # ...then write
        session.commit()
    thread.join(10)
    assert not errors
    with Session(engine) as session:
        assert sorted(session.execute(text("SELECT n FROM t")).scalars()) == [1, 2]
    engine.dispose()


def test_readers_do_not_wait_for_a_writer(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'y.sqlite3'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (n INTEGER)"))
        connection.execute(text("INSERT INTO t VALUES (1)"))
    with Session(engine) as writer:
        writer.execute(text("INSERT INTO t VALUES (2)"))  # holds the write lock, uncommitted
        with Session(readonly(engine)) as reader:
            assert reader.execute(text("SELECT COUNT(*) FROM t")).scalar() == 1
        writer.commit()
    engine.dispose()
