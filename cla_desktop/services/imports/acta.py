"""The acta consolidada de evaluación, one calificativo per row (docs/IMPORT.md).

Each row names the enrollment (school, year, nivel, grado, student) and one result: área (or
taller, or competencia transversal), optional competencia, calificativo; the enrollment's
situación final and acta state repeat on each of its rows.  The student must be known (from a
nómina); a missing enrollment is created, since the acta proves it.  Results are keyed on
(enrollment, área, kind, competencia): re-importing the same acta changes nothing, a corrected
one updates only the calificativos that differ.
"""

from __future__ import annotations

from cla_desktop.domain.name_match import RegisteredName, can_be
from cla_desktop.services.imports.acta_rows import ActaRows, EnrollmentPart, ResultSpec
from cla_desktop.services.imports.columns import Column, ColumnMap
from cla_desktop.services.imports.enrollment_rows import ENROLLMENT_COLUMNS
from cla_desktop.services.imports.enrollments import EnrollmentBook, KnownEnrollment, stored_columns
from cla_desktop.services.imports.handler import KindHandler, Rejected
from cla_desktop.services.imports.schools import UNKNOWN_SCHOOL, SchoolLookup

COLUMNS = (
    *ENROLLMENT_COLUMNS,
    Column("AREA", ("DSC_AREA", "AREA_CURRICULAR", "CURSO"), required=True, label="área"),
    Column("TIPO_AREA", ("TIPO", "ID_TIPO_AREA"), label="tipo de área"),
    Column("COMPETENCIA", ("DSC_COMPETENCIA",), label="competencia"),
    Column("CALIFICATIVO", ("NOTA", "CALIFICACION", "NOTA_FINAL", "NIVEL_LOGRO"), required=True),
    Column("SITUACION_FINAL", ("SITUACION", "DSC_SITUACION_FINAL"), label="situación final"),
    Column("ESTADO_ACTA", ("ACTA_ESTADO",), label="estado del acta"),
    # Optional: when the acta names the student (the official form does), the name is checked
    # against the one registered under the code, so a mistyped code cannot put grades on
    # another student's record.
    Column(
        "APELLIDOS_NOMBRES",
        ("NOMBRE_COMPLETO", "ESTUDIANTE", "NOMBRES_APELLIDOS", "APELLIDOS_NOMBRES_ESTUDIANTE"),
        label="apellidos y nombres",
    ),
)
RESULT_COLUMNS = ("enrollment_id", "area", "kind", "competencia", "calificativo", "position")
UNKNOWN_STUDENT = (
    "El estudiante no está registrado: importe primero la nómina de matrícula de ese año."
)
OTHER_STUDENT = (
    "Ese código es de otro estudiante: el acta dice «{name}». Revise el código del estudiante "
    "en el acta."
)


class ActaHandler(KindHandler):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.schools = SchoolLookup(self.sql)
        self.enrollments = EnrollmentBook(self.sql)
        self.rows = ActaRows(self, self.columns)
        self.parse = self.rows.parse
        self.parse_rows = self.rows.parse_rows  # grouped by enrollment, for apply_batch
        self.next_position: dict[int, int] = {}  # enrollment id -> position of the next result

    @staticmethod
    def column_map() -> ColumnMap:
        return ColumnMap(COLUMNS)

    def ambiguous(self) -> dict[int, int]:
        return self.rows.disagreeing

    def exclude(self, markers: dict[int, int]) -> None:
        self.rows.excluded = markers

    def parse(self, row: int, cells: list[str]) -> tuple[EnrollmentPart, ResultSpec]:
        return self.rows.parse(row, cells)

    # -- database checks and writes ---------------------------------------------------------
    def apply_batch(self, groups: dict) -> list[Rejected]:
        """Checks run once per enrollment of the batch (an acta lists ~20 rows for each);
        `groups` is what ActaRows.parse_rows made: {marker: (part, [(row, cells, spec)])}."""
        keys = [part.key for part, _ in groups.values()]
        self.schools.resolve([(key.code.codigo, key.code.anexo) for key in keys])
        students, names = {}, {}
        for student_id, code, paterno, materno, nombres in self.sql.select_in(
            "SELECT id, codigo_estudiante, apellido_paterno, apellido_materno, nombres "
            "FROM student WHERE codigo_estudiante IN ({marks})",
            [key.codigo for key in keys],
        ):
            students[code] = student_id
            names[code] = RegisteredName(paterno or "", materno or "", nombres or "")
        self.enrollments.load(
            [(students[key.codigo], key.year) for key in keys if key.codigo in students]
        )
        rejected: list[Rejected] = []
        planned = []  # (part, items, student id, school id, known enrollment or None)
        new_enrollments: dict[tuple, tuple] = {}
        for part, items in groups.values():
            key = part.key
            problem = None
            school_id = self.schools.get((key.code.codigo, key.code.anexo))
            student_id = students.get(key.codigo)
            if school_id is None:
                problem = ("COD_MOD", str(key.code), UNKNOWN_SCHOOL.format(code=key.code))
            elif (reason := self.schools.other_nivel(school_id, key.nivel, key.code)) is not None:
                problem = ("NIVEL", key.nivel.value, reason)
            elif student_id is None:
                problem = ("COD_ESTUDIANTE", key.codigo, UNKNOWN_STUDENT)
            elif part.name and not can_be(part.name, names[key.codigo]):
                problem = ("COD_ESTUDIANTE", key.codigo, OTHER_STUDENT.format(name=part.name))
            else:
                known, reason = self.enrollments.check(
                    student_id, key.year, key.nivel, key.grado, school_id
                )
                if reason:
                    problem = ("GRADO", str(key.grado), reason)
            if problem is not None:
                for row, cells, _ in items:
                    rejected.append((row, cells, [self.problem(row, *problem)]))
                continue
            if known is None:
                nivel, scale, unit, curriculum = stored_columns(key.year, key.nivel, key.grado)
                new_enrollments[(student_id, key.year, school_id)] = (
                    student_id,
                    key.year,
                    school_id,
                    nivel,
                    key.grado,
                    key.seccion,
                    part.situacion_final,
                    part.acta_estado,
                    scale,
                    unit,
                    curriculum,
                )
            planned.append((part, items, student_id, school_id, known))
        self._write(planned, new_enrollments)
        return rejected

    def _write(self, planned, new_enrollments) -> None:
        counts = self.report.counts
        rows = list(new_enrollments.values())
        for row, enrollment_id in zip(rows, self.enrollments.insert(rows), strict=True):
            known = KnownEnrollment(enrollment_id, row[2], row[3], row[4], row[5], row[6], row[7])
            self.enrollments.add(row[0], row[1], known)
        counts.inserted["enrollment"] += len(rows)
        # Enrollment values (situación final, acta state, sección) that the acta changes.
        updates: list[tuple] = []
        resolved = []
        for part, items, student_id, school_id, known in planned:
            if known is None:
                known = self.enrollments.find(student_id, part.key.year, school_id)
            resolved.append((known, items))
            wanted = (
                part.situacion_final or known.situacion_final,
                part.acta_estado or known.acta_estado,
                part.key.seccion or known.seccion,
            )
            if wanted != (known.situacion_final, known.acta_estado, known.seccion):
                updates.append((*wanted, known.id))
                known.situacion_final, known.acta_estado, known.seccion = wanted
        self.sql.update("enrollment", ("situacion_final", "acta_estado", "seccion"), updates)
        counts.updated["enrollment"] += len(updates)
        self._write_results(resolved)

    def _write_results(self, resolved) -> None:
        """Compare each row with what its enrollment holds: insert, update or leave it."""
        counts = self.report.counts
        existing: dict[int, dict[tuple, tuple[int, str]]] = {}
        next_position = self.next_position
        for (
            result_id,
            enrollment_id,
            area,
            kind,
            competencia,
            calificativo,
            position,
        ) in self.sql.select_in(
            "SELECT id, enrollment_id, area, kind, competencia, calificativo, position "
            "FROM result WHERE enrollment_id IN ({marks})",
            [known.id for known, _ in resolved],
        ):
            held = existing.setdefault(enrollment_id, {})
            held[(area, kind, competencia or "")] = (result_id, calificativo)
            if position >= next_position.get(enrollment_id, 1):
                next_position[enrollment_id] = position + 1
        inserts, updates = [], []
        add = inserts.append
        unchanged = 0
        for known, items in resolved:
            enrollment_id = known.id
            position = next_position.get(enrollment_id, 1)
            held = existing.get(enrollment_id)
            if not held:  # the first import of this enrollment: every row is new
                for _, _, spec in items:
                    add((enrollment_id, *spec.values, position))
                    position += 1
                next_position[enrollment_id] = position
                continue
            for _, _, spec in items:
                found = held.get(spec.stored_key)
                if found is None:
                    add((enrollment_id, *spec.values, position))
                    position += 1
                elif found[1] != spec.calificativo:
                    updates.append((spec.calificativo, found[0]))
                else:
                    unchanged += 1
            next_position[enrollment_id] = position
        self.sql.insert("result", RESULT_COLUMNS, inserts)
        self.sql.update("result", ("calificativo",), updates)
        counts.inserted["result"] += len(inserts)
        counts.updated["result"] += len(updates)
        counts.unchanged += unchanged
