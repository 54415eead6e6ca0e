"""A large synthetic student population with a realistic long tail of surnames, for benches.

The curated Peruvian names head the distribution; a tail of tens of thousands of invented but
plausible surnames (syllable combinations) follows a Zipf law, as real surname frequencies do.
Only students are written (search does not need trajectories); the search indexes are dropped
during the load and rebuilt afterwards with the migration's own statements.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import Engine

from cla_desktop.domain.names import search_key
from cla_desktop.services.demo.population import NamePools
from cla_desktop.services.demo.writer import STUDENT_COLUMNS, insert_sql
from cla_desktop.store import search_index

_ONSETS = [
    "",
    "b",
    "c",
    "ch",
    "ck",
    "cc",
    "h",
    "hu",
    "j",
    "k",
    "l",
    "ll",
    "m",
    "n",
    "ñ",
    "p",
    "q",
    "qu",
    "r",
    "s",
    "t",
    "ts",
    "v",
    "y",
    "z",
]
_VOWELS = ["a", "e", "i", "o", "u", "a", "a", "i"]
_CODAS = ["", "", "", "n", "s", "r", "l", "y", "nc"]
_ENDINGS = ["", "", "ez", "es", "ón", "án", "ani", "aya", "ana", "illo", "ero", "ina"]


def _invented(rng: random.Random) -> str:
    syllables = rng.choice((2, 2, 3, 3, 4))
    word = "".join(
        rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables)
    )
    return (word + rng.choice(_ENDINGS)).upper()


class LongTail:
    def __init__(self, seed: int = 7, tail_surnames: int = 60_000, tail_names: int = 6_000):
        rng = random.Random(seed)
        pools = NamePools()
        head = list(dict.fromkeys(pools.apellidos))
        tail = list(dict.fromkeys(_invented(rng) for _ in range(tail_surnames * 2)))
        tail = [t for t in tail if t not in head][:tail_surnames]
        self.surnames = head + tail
        # Zipf weights: the head is frequent, the tail rare.
        self.surname_weights = [1 / (rank + 1) ** 0.9 for rank in range(len(self.surnames))]
        given = pools.nombres["M"] + pools.nombres["F"]
        extra = list(dict.fromkeys(_invented(rng).capitalize().upper() for _ in range(tail_names)))
        self.given = given + extra
        self.given_weights = [1 / (rank + 1) ** 0.8 for rank in range(len(self.given))]
        self.rng = rng

    def rows(self, count: int, first_id: int = 1):
        rng = self.rng
        paternos = rng.choices(self.surnames, self.surname_weights, k=count)
        maternos = rng.choices(self.surnames, self.surname_weights, k=count)
        nombres = rng.choices(self.given, self.given_weights, k=count)
        for offset in range(count):
            student_id = first_id + offset
            given = nombres[offset]
            if rng.random() < 0.4:
                given = f"{given} {rng.choices(self.given, self.given_weights)[0]}"
            born = date(rng.randint(1997, 2022), 1, 1) + timedelta(days=rng.randrange(365))
            yield (
                student_id,
                "DNI",
                str(60_000_000 + (student_id * 7_919) % 30_000_000),
                f"{born.year:04d}{student_id:010d}",
                paternos[offset],
                maternos[offset],
                given,
                rng.choice("MF"),
                born.isoformat(),
                None,
                search_key(paternos[offset], maternos[offset], given),
            )


def load(engine: Engine, count: int, seed: int = 7) -> None:
    """Write `count` students into an empty migrated database, then rebuild the indexes."""
    population = LongTail(seed)
    sqlite = engine.dialect.name == "sqlite"
    drop = search_index.SQLITE_DROP if sqlite else search_index.POSTGRES_DROP
    create = search_index.SQLITE_CREATE if sqlite else search_index.POSTGRES_CREATE
    with engine.begin() as connection:
        for statement in drop:
            connection.exec_driver_sql(statement)
    if sqlite:
        with engine.begin() as connection:
            sql = insert_sql(connection, "student", STUDENT_COLUMNS)
            batch = []
            for row in population.rows(count):
                batch.append(row)
                if len(batch) == 50_000:
                    connection.exec_driver_sql(sql, batch)
                    batch = []
            if batch:
                connection.exec_driver_sql(sql, batch)
    else:
        raw = engine.raw_connection()
        try:
            with raw.cursor() as cursor:
                columns = ", ".join(STUDENT_COLUMNS)
                with cursor.copy(f"COPY student ({columns}) FROM STDIN") as copy:
                    for row in population.rows(count):
                        copy.write_row(row)
                cursor.execute(
                    "SELECT setval(pg_get_serial_sequence('student', 'id'), %s)", (count,)
                )
            raw.commit()
        finally:
            raw.close()
    with engine.begin() as connection:
        for statement in create:
            if statement.startswith("CREATE EXTENSION"):
                continue
            connection.exec_driver_sql(statement)
    if not sqlite:
        with engine.execution_options(isolation_level="AUTOCOMMIT").connect() as connection:
            connection.exec_driver_sql("VACUUM ANALYZE student")
            connection.exec_driver_sql("VACUUM ANALYZE name_word")
