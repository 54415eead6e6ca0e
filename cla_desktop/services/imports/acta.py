"""The acta consolidada de evaluación, one calificativo per row (docs/IMPORT.md).

Each row names the enrollment (school, year, nivel, grado, student) and one result: área (or
taller, or competencia transversal), optional competencia, calificativo; the enrollment's
situación final and acta state repeat on each of its rows.  The student must be known (from a
nómina); a missing enrollment is created, since the acta proves it.  Results are keyed on
(enrollment, área, kind, competencia): re-importing the same acta changes nothing, a corrected
one updates only the calificativos that differ.
"""

from __future__ import annotations

from dataclasses import dataclass

from cla_desktop.domain.curricula import TRANSVERSAL_BLOCK, AreaKind
from cla_desktop.domain.grading import is_valid_calificativo, normalize_calificativo, scale_for
from cla_desktop.domain.names import clean_display, fold
from cla_desktop.services.imports.columns import Column, ColumnMap
from cla_desktop.services.imports.enrollments import EnrollmentBook, KnownEnrollment, stored_columns
from cla_desktop.services.imports.handler import KindHandler, Parsed, RowProblems
from cla_desktop.services.imports.nomina import (
    ENROLLMENT_COLUMNS,
    EnrollmentKey,
    enrollment_conflict_in_file,
    parse_enrollment,
)
from cla_desktop.services.imports.report import Problem
from cla_desktop.services.imports.schools import SchoolLookup

COLUMNS = (
    *ENROLLMENT_COLUMNS,
    Column("AREA", ("DSC_AREA", "AREA_CURRICULAR", "CURSO"), required=True, label="área"),
    Column("TIPO_AREA", ("TIPO", "ID_TIPO_AREA"), label="tipo de área"),
    Column("COMPETENCIA", ("DSC_COMPETENCIA",), label="competencia"),
    Column("CALIFICATIVO", ("NOTA", "CALIFICACION", "NOTA_FINAL", "NIVEL_LOGRO"), required=True),
    Column("SITUACION_FINAL", ("SITUACION", "DSC_SITUACION_FINAL"), label="situación final"),
    Column("ESTADO_ACTA", ("ACTA_ESTADO",), label="estado del acta"),
)
KIND_WORDS = {
    "AREA": AreaKind.AREA,
    "001": AreaKind.AREA,
    "1": AreaKind.AREA,
    "TALLER": AreaKind.TALLER,
    "002": AreaKind.TALLER,
    "2": AreaKind.TALLER,
    "TRANSVERSAL": AreaKind.TRANSVERSAL,
    "COMPETENCIA TRANSVERSAL": AreaKind.TRANSVERSAL,
    "COMPETENCIAS TRANSVERSALES": AreaKind.TRANSVERSAL,
    "003": AreaKind.TRANSVERSAL,
    "3": AreaKind.TRANSVERSAL,
}
ACTA_STATES = {"APROBADA": "APROBADA", "EN RECTIFICACION": "EN_RECTIFICACION"}
ACTA_STATES["EN_RECTIFICACION"] = "EN_RECTIFICACION"
TRANSVERSAL_KEY = fold(TRANSVERSAL_BLOCK)
CACHE_LIMIT = 4096  # enrollment parts remembered (an acta repeats them on every row)


@dataclass(frozen=True)
class ResultRow:
    enrollment: EnrollmentKey
    area: str
    kind: str
    competencia: str | None
    calificativo: str
    situacion_final: str | None
    acta_estado: str | None


class ActaHandler(KindHandler):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.schools = SchoolLookup(self.sql)
        self.enrollments = EnrollmentBook(self.sql)
        self.results_seen: dict[int, int] = {}  # hash of the result's key -> first row
        self.grades_seen: dict[int, tuple] = {}
        self.enrollment_values: dict[int, tuple] = {}  # hash of enrollment -> (row, values)
        self.parsed_parts: dict[tuple, tuple] = {}
        self.next_position: dict[int, int] = {}  # enrollment id -> position of the next result

    @staticmethod
    def column_map() -> ColumnMap:
        return ColumnMap(COLUMNS)

    def _enrollment_part(self, row: int, cells: list[str]) -> tuple:
        """The enrollment columns parsed once per distinct text (20 rows share them)."""
        index = self.index
        part = tuple(
            cells[index[key]] if key in index and index[key] < len(cells) else ""
            for key in (
                "COD_MOD",
                "ANEXO",
                "ANIO",
                "NIVEL",
                "GRADO",
                "SECCION",
                "COD_ESTUDIANTE",
                "SITUACION_FINAL",
                "ESTADO_ACTA",
            )
        )
        cached = self.parsed_parts.get(part)
        if cached is not None:
            key, problems = cached
            return key, [Problem(row, p.column, p.value, p.reason) for p in problems], part
        key, problems = parse_enrollment(self, row, cells)
        if len(self.parsed_parts) >= CACHE_LIMIT:
            self.parsed_parts.clear()
        self.parsed_parts[part] = (key, problems)
        return key, list(problems), part

    def parse(self, row: int, cells: list[str]) -> ResultRow:
        key, problems, part = self._enrollment_part(row, cells)
        area = " ".join(self.cell(cells, "AREA").split())
        competencia = " ".join(self.cell(cells, "COMPETENCIA").split()) or None
        raw_kind = fold(self.cell(cells, "TIPO_AREA"))
        if raw_kind:
            kind = KIND_WORDS.get(raw_kind)
            if kind is None:
                problems.append(
                    self.problem(
                        row,
                        "TIPO_AREA",
                        raw_kind,
                        "Tipo no reconocido: use ÁREA, TALLER o TRANSVERSAL.",
                    )
                )
        else:
            kind = AreaKind.TRANSVERSAL if fold(area) == TRANSVERSAL_KEY else AreaKind.AREA
        if not area:
            problems.append(self.problem(row, "AREA", "", "Falta el nombre del área."))
        elif len(area) > 120:
            problems.append(
                self.problem(row, "AREA", area[:30], "El nombre del área pasa de 120 letras.")
            )
        if competencia and len(competencia) > 250:
            problems.append(
                self.problem(row, "COMPETENCIA", competencia[:30], "Pasa de 250 letras.")
            )
        if kind is AreaKind.TRANSVERSAL and not competencia:
            problems.append(
                self.problem(
                    row, "COMPETENCIA", "", "Una competencia transversal necesita su nombre."
                )
            )
        raw = self.cell(cells, "CALIFICATIVO")
        calificativo = normalize_calificativo(raw)
        if key is not None:
            try:
                rule = scale_for(key.year, key.nivel, key.grado)
            except ValueError as error:
                problems.append(self.problem(row, "ANIO", str(key.year), str(error)))
            else:
                if not is_valid_calificativo(calificativo, rule.scale):
                    expected = (
                        "AD, A, B o C" if rule.scale.value == "LITERAL" else "un número de 0 a 20"
                    )
                    problems.append(
                        self.problem(
                            row,
                            "CALIFICATIVO",
                            raw,
                            f"En {key.year} el nivel {key.nivel.label.lower()} ({key.grado}) se "
                            f"califica con {expected} (o EXO, «-»).",
                        )
                    )
        situacion = clean_display(part[7])[:60] or None
        raw_state = fold(part[8])
        acta_estado = ACTA_STATES.get(raw_state) if raw_state else None
        if raw_state and acta_estado is None:
            problems.append(
                self.problem(
                    row,
                    "ESTADO_ACTA",
                    part[8],
                    "Estado no reconocido: use APROBADA o EN RECTIFICACIÓN.",
                )
            )
        if key is not None and not problems:
            problems.extend(
                self._file_checks(row, key, area, kind, competencia, situacion, acta_estado)
            )
        if problems:
            raise RowProblems(problems)
        return ResultRow(key, area, kind.value, competencia, calificativo, situacion, acta_estado)

    def _file_checks(self, row, key: EnrollmentKey, area, kind, competencia, situacion, estado):
        enrollment_marker = hash((key.codigo, key.year, key.code))
        result_marker = hash((enrollment_marker, fold(area), kind, fold(competencia or "")))
        first = self.results_seen.get(result_marker)
        if first is not None:
            return [
                self.problem(
                    row,
                    "AREA",
                    area,
                    f"Fila repetida: el mismo calificativo (estudiante, año, área"
                    f"{', competencia' if competencia else ''}) está en la fila {first}.",
                )
            ]
        values = (key.nivel, key.grado, situacion, estado, key.seccion)
        earlier = self.enrollment_values.setdefault(enrollment_marker, (row, values))
        if earlier[1] != values:
            differing = [
                name
                for name, a, b in zip(
                    ("nivel", "grado", "situación final", "estado del acta", "sección"),
                    earlier[1],
                    values,
                    strict=True,
                )
                if a != b
            ]
            return [
                self.problem(
                    row,
                    "SITUACION_FINAL" if "situación final" in differing else "GRADO",
                    "",
                    f"La fila {earlier[0]} del mismo estudiante y año dice otra cosa "
                    f"({', '.join(differing)}).",
                )
            ]
        conflict = enrollment_conflict_in_file(self, self.grades_seen, row, key)
        if conflict is not None:
            return [conflict]
        self.results_seen[result_marker] = row
        return []

    # -- database checks and writes ---------------------------------------------------------
    def apply(self, batch: list[Parsed]) -> dict[int, list[Problem]]:
        rejected: dict[int, list[Problem]] = {}
        sql = self.sql
        self.schools.resolve(
            [(r.record.enrollment.code.codigo, r.record.enrollment.code.anexo) for r in batch]
        )
        students = {
            code: student_id
            for student_id, code in sql.select_in(
                "SELECT id, codigo_estudiante FROM student WHERE codigo_estudiante IN ({marks})",
                [r.record.enrollment.codigo for r in batch],
            )
        }
        self.enrollments.load(
            [
                (students[r.record.enrollment.codigo], r.record.enrollment.year)
                for r in batch
                if r.record.enrollment.codigo in students
            ]
        )
        planned = []  # (item, student_id, school_id, known enrollment or None)
        new_enrollments: dict[tuple, tuple] = {}
        for item in batch:
            key = item.record.enrollment
            school_id = self.schools.get((key.code.codigo, key.code.anexo))
            if school_id is None:
                rejected[item.row] = self.schools.unknown(self, item.row, key.code)
                continue
            student_id = students.get(key.codigo)
            if student_id is None:
                rejected[item.row] = [
                    self.problem(
                        item.row,
                        "COD_ESTUDIANTE",
                        key.codigo,
                        "El estudiante no está registrado: importe primero la nómina de matrícula "
                        "de ese año.",
                    )
                ]
                continue
            known, reason = self.enrollments.check(
                student_id, key.year, key.nivel, key.grado, school_id
            )
            if reason:
                rejected[item.row] = [self.problem(item.row, "GRADO", str(key.grado), reason)]
                continue
            if known is None:
                enrollment_key = (student_id, key.year, school_id)
                if enrollment_key not in new_enrollments:
                    record = item.record
                    nivel, scale, unit, curriculum = stored_columns(key.year, key.nivel, key.grado)
                    new_enrollments[enrollment_key] = (
                        student_id,
                        key.year,
                        school_id,
                        nivel,
                        key.grado,
                        key.seccion,
                        record.situacion_final,
                        record.acta_estado,
                        scale,
                        unit,
                        curriculum,
                    )
            planned.append((item, student_id, school_id, known))
        self._write(planned, new_enrollments)
        return rejected

    def _write(self, planned, new_enrollments) -> None:
        counts = self.report.counts
        sql = self.sql
        rows = list(new_enrollments.values())
        ids = self.enrollments.insert(rows)
        for row, enrollment_id in zip(rows, ids, strict=True):
            known = KnownEnrollment(enrollment_id, row[2], row[3], row[4], row[5], row[6], row[7])
            self.enrollments.add(row[0], row[1], known)
            self.next_position[enrollment_id] = 1
        counts.inserted["enrollment"] += len(rows)
        # Enrollment values (situación final, acta state, sección) that the acta changes.
        enrollment_updates = {}
        resolved = []
        for item, student_id, school_id, known in planned:
            record = item.record
            if known is None:
                known = self.enrollments.find(student_id, record.enrollment.year, school_id)
            resolved.append((item, known))
            wanted = (
                record.situacion_final
                if record.situacion_final is not None
                else known.situacion_final,
                record.acta_estado if record.acta_estado is not None else known.acta_estado,
                record.enrollment.seccion or known.seccion,
            )
            if wanted != (known.situacion_final, known.acta_estado, known.seccion):
                enrollment_updates[known.id] = (*wanted, known.id)
                known.situacion_final, known.acta_estado, known.seccion = wanted
        sql.update(
            "enrollment",
            ("situacion_final", "acta_estado", "seccion"),
            list(enrollment_updates.values()),
        )
        counts.updated["enrollment"] += len(enrollment_updates)
        # Results: compare with what each enrollment holds.
        enrollment_ids = [known.id for _, known in resolved]
        existing: dict[tuple, tuple[int, str]] = {}
        for (
            result_id,
            enrollment_id,
            area,
            kind,
            competencia,
            calificativo,
            position,
        ) in sql.select_in(
            "SELECT id, enrollment_id, area, kind, competencia, calificativo, position FROM result "
            "WHERE enrollment_id IN ({marks})",
            enrollment_ids,
        ):
            existing[(enrollment_id, area, kind, competencia or "")] = (result_id, calificativo)
            if position >= self.next_position.get(enrollment_id, 1):
                self.next_position[enrollment_id] = position + 1
        inserts, updates = [], []
        next_position = self.next_position
        for item, known in resolved:
            record = item.record
            found = existing.get((known.id, record.area, record.kind, record.competencia or ""))
            if found is None:
                position = next_position.get(known.id, 1)
                next_position[known.id] = position + 1
                inserts.append(
                    (
                        known.id,
                        record.area,
                        record.kind,
                        record.competencia,
                        record.calificativo,
                        position,
                    )
                )
            elif found[1] != record.calificativo:
                updates.append((record.calificativo, found[0]))
            else:
                counts.unchanged += 1
        sql.insert(
            "result",
            ("enrollment_id", "area", "kind", "competencia", "calificativo", "position"),
            inserts,
        )
        sql.update("result", ("calificativo",), updates)
        counts.inserted["result"] += len(inserts)
        counts.updated["result"] += len(updates)
