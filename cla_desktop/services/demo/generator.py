"""`cla demo`: fill a database with a reproducible, realistic dataset.

The real UGELs and schools come from the reference data; students, their trajectories and
results are synthetic and reproducible for a given seed on an empty database.  Running it again
adds more students after the existing ones.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import Engine, func
from sqlmodel import Session, select

from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import SYSTEM, Actor
from cla_desktop.services.demo.guard import check_demo_allowed
from cla_desktop.services.demo.population import NamePools
from cla_desktop.services.demo.schools import ensure_synthetic_schools, load_pools
from cla_desktop.services.demo.trajectory import Rows, TrajectoryBuilder
from cla_desktop.services.demo.writer import BulkWriter
from cla_desktop.services.reference_data import load_reference_data
from cla_desktop.services.settings_store import (
    DEMO_DATABASE,
    OFFICE_CODE,
    get_setting,
    set_setting,
)
from cla_desktop.store.models import Enrollment, Student

DEMO_OFFICE = "080013"  # UGEL Urubamba, where the real school sample is
HOME_UGEL_SHARE = 0.4  # students of the demo office; the rest study in synthetic schools
DUPLICATE_SHARE = 0.003  # "posible duplicado": the same person again, without a document
BATCH_RESULTS = 60_000

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    students: int
    enrollments: int
    results: int
    observations: int

    @property
    def rows(self) -> int:
        return self.students + self.enrollments + self.results + self.observations


@dataclass
class Batch:
    students: list[tuple]
    rows: Rows

    @property
    def size(self) -> int:
        rows = self.rows
        return (
            len(self.students) + len(rows.enrollments) + len(rows.results) + len(rows.observations)
        )


def prepare(engine: Engine, actor: Actor, seed: int) -> None:
    """Reference data, synthetic schools and the demo office (idempotent)."""
    actor.require(Role.SUPERVISOR)
    with Session(engine) as session:
        check_demo_allowed(session)  # never on an office's real database
        # Installation-level set-up done by the system on the supervisor's request.
        load_reference_data(session, SYSTEM)
        ensure_synthetic_schools(session, random.Random(f"schools-{seed}"))
        if get_setting(session, OFFICE_CODE) is None:
            set_setting(session, SYSTEM, OFFICE_CODE, DEMO_OFFICE)
        set_setting(session, SYSTEM, DEMO_DATABASE, "1")
        session.commit()


def iter_batches(engine: Engine, students: int, seed: int) -> Iterator[Batch]:
    """Generate rows in batches without writing them (the bench times writing separately)."""
    with Session(engine) as session:
        pools = load_pools(session)
        first_student = (session.exec(select(func.max(Student.id))).one() or 0) + 1
        first_enrollment = (session.exec(select(func.max(Enrollment.id))).one() or 0) + 1
    rng = random.Random(f"students-{seed}-{first_student}")
    names = NamePools()
    builder = TrajectoryBuilder(rng, pools)
    builder.next_enrollment_id = first_enrollment
    other_ugels = [u for u in pools.ugels if u != DEMO_OFFICE]
    batch = Batch([], Rows())
    student_id = first_student
    last = first_student + students
    while student_id < last:
        person = names.identity(rng, student_id)
        home = DEMO_OFFICE if rng.random() < HOME_UGEL_SHARE else rng.choice(other_ugels)
        batch.students.append(_student_row(student_id, person))
        builder.build(student_id, person, batch.rows, home_ugel=home)
        student_id += 1
        if student_id < last and person.document_number and rng.random() < DUPLICATE_SHARE:
            twin = names.identity(rng, student_id)
            twin = type(twin)(
                **{
                    **person.__dict__,
                    "document_type": twin.document_type.NINGUNO,
                    "document_number": None,
                    "codigo_estudiante": twin.codigo_estudiante,
                }
            )
            batch.students.append(_student_row(student_id, twin))
            builder.build(student_id, twin, batch.rows, home_ugel=home, brief=True)
            student_id += 1
        if len(batch.rows.results) >= BATCH_RESULTS:
            yield batch
            batch = Batch([], Rows())
    if batch.students:
        yield batch


def _student_row(student_id: int, person) -> tuple:
    return (
        student_id,
        person.document_type.value,
        person.document_number,
        person.codigo_estudiante,
        person.apellido_paterno,
        person.apellido_materno,
        person.nombres,
        person.sexo,
        person.fecha_nacimiento.isoformat(),
        None,
        person.name_key,
    )


def fill_demo(
    engine: Engine,
    actor: Actor,
    *,
    students: int,
    seed: int = 2026,
    progress: Progress | None = None,
) -> DemoSummary:
    """Create reference data and `students` synthetic students with their trajectories.

    Each batch commits on its own, so an interrupted run leaves whole students only.
    """
    if students < 0:
        raise ValueError("La cantidad de estudiantes no puede ser negativa.")
    prepare(engine, actor, seed)
    counts = [0, 0, 0, 0]
    with engine.connect() as connection:
        writer = BulkWriter(connection)
        for batch in iter_batches(engine, students, seed):
            with connection.begin():
                writer.write(batch.students, batch.rows)
                writer.reset_sequences()
            counts[0] += len(batch.students)
            counts[1] += len(batch.rows.enrollments)
            counts[2] += len(batch.rows.results)
            counts[3] += len(batch.rows.observations)
            if progress:
                progress(counts[0], students)
    return DemoSummary(*counts)
