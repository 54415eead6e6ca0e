"""Checking acta rows fast: an acta repeats its enrollment columns on every row and uses a few
dozen distinct (área, calificativo) texts, so each distinct text is parsed once and remembered.

A million-row acta is mostly cache hits: per row, two tuple lookups, two hashes for the
repeated-row and same-enrollment checks (docs/PERFORMANCE.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter

from cla_desktop.domain.curricula import TRANSVERSAL_BLOCK, AreaKind
from cla_desktop.domain.grading import (
    Scale,
    ScaleRule,
    is_valid_calificativo,
    normalize_calificativo,
    scale_for,
)
from cla_desktop.domain.names import fold, tokens
from cla_desktop.services.imports.columns import ColumnMap
from cla_desktop.services.imports.enrollment_rows import (
    ENROLLMENT_COLUMNS,
    EnrollmentKey,
    enrollment_conflict_in_file,
    parse_classroom,
    short_text,
    student_code_problem,
)
from cla_desktop.services.imports.handler import KindHandler, RowProblems
from cla_desktop.services.imports.report import Problem

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
TRANSVERSAL_KEY = fold(TRANSVERSAL_BLOCK)
CACHE_LIMIT = 8192  # distinct texts remembered before starting over
ENROLLMENT_VALUE_NAMES = (
    "nivel", "grado", "situación final", "estado del acta", "sección", "apellidos y nombres"
)  # fmt: skip
ENROLLMENT_VALUE_COLUMNS = (
    "NIVEL", "GRADO", "SITUACION_FINAL", "ESTADO_ACTA", "SECCION", "APELLIDOS_NOMBRES"
)  # fmt: skip


def differ(earlier: tuple, values: tuple) -> bool:
    """Two rows of one enrollment disagree when a value both write differs; a blank says
    nothing (an exchange file may write the situación final on the first row only)."""
    pairs = zip(earlier, values, strict=False)  # () for a part whose own columns failed
    return earlier is not values and any(a and b and a != b for a, b in pairs)


@dataclass(frozen=True, eq=False)
class EnrollmentPart:
    """The enrollment columns of a row (and its situación final and acta state), checked."""

    key: EnrollmentKey | None
    problems: tuple[tuple[str, str, str], ...]  # (column header, value, reason)
    rule: ScaleRule | None
    situacion_final: str | None
    acta_estado: str | None
    marker: int  # identifies (student, year, school) in this file
    values: tuple  # what every row of the same enrollment must repeat
    specs: dict  # raw result columns -> ResultSpec, shared by every part of the same scale
    name: str = ""  # the student's name as the acta writes it, when it does

    @property
    def scale(self) -> Scale | None:
        return self.rule.scale if self.rule is not None else None


@dataclass(frozen=True)
class ResultSpec:
    """The result columns of a row, checked against the enrollment's scale."""

    area: str
    kind: str
    competencia: str | None
    calificativo: str
    area_key: str
    competencia_key: str
    problems: tuple[tuple[str, str, str], ...]
    fits_scale: bool
    stored_key: tuple  # (área, kind, competencia or "") as the result table holds them
    file_key: int  # the folded key, for the repeated-row check
    ok: bool  # no problem, and the calificativo fits the scale
    values: tuple  # (área, kind, competencia, calificativo) in the result table's order


class ActaRows:
    """The checks of one acta row that need no database (KindHandler.parse for the acta)."""

    def __init__(self, handler: KindHandler, columns: ColumnMap) -> None:
        self.handler = handler
        self.columns = columns
        alternatives = columns.alternatives
        positions = sorted(
            {
                at
                for key in [c.key for c in ENROLLMENT_COLUMNS]
                + ["SITUACION_FINAL", "ESTADO_ACTA", "APELLIDOS_NOMBRES"]
                for _, at, _ in alternatives.get(key, [])
            }
        )
        self.part_of = itemgetter(*positions, -1)  # -1: the source's trailing "" sentinel
        student_at = {columns.index["COD_ESTUDIANTE"], columns.index.get("APELLIDOS_NOMBRES")}
        self.room_of = itemgetter(*(at for at in positions if at not in student_at), -1)
        self.rooms: dict[tuple, tuple] = {}
        spec_keys = ("AREA", "TIPO_AREA", "COMPETENCIA", "CALIFICATIVO")
        self.spec_of = itemgetter(*(columns.index.get(key, -1) for key in spec_keys))
        self.parts: dict[tuple, EnrollmentPart] = {}
        self.specs: dict[Scale | None, dict[tuple, ResultSpec]] = {}
        # Fingerprints of the results seen: a set of ints costs ~65 bytes per row where a dict
        # remembering each first row cost ~110 (1,000,000 rows: docs/PERFORMANCE.md).
        self.results_seen: set[int] = set()
        self.enrollment_values: dict[int, tuple[int, tuple]] = {}  # marker -> (row, values)
        self.grades_seen: dict[int, tuple] = {}
        # Enrollments whose rows disagree (situación final, grado…): which row is right cannot
        # be told, so none of their rows is stored — marker -> the enrollment's first row.
        self.disagreeing: dict[int, int] = {}
        self.excluded: dict[int, int] = {}  # the second reading: their rows are all rejected

    def parse_rows(self, rows: list[tuple[int, list[str]]]) -> tuple[dict, int, list]:
        """A chunk of rows: ({marker: (part, [(row, cells, spec)])}, rows kept, rejected).

        The hot loop of a million-row acta (same checks as parse(), inlined with locals; the
        rows come out grouped by enrollment for apply)."""
        groups: dict[int, tuple[EnrollmentPart, list]] = {}
        rejected: list[tuple[int, list[str], list[Problem]]] = []
        parts, part_of, spec_of = self.parts, self.part_of, self.spec_of
        seen, values_of = self.results_seen, self.enrollment_values
        add_seen = seen.add
        kept = 0
        keep_cells = self.handler.keep_cells
        last_part = last_items = None
        last_raw: tuple = ()
        last_parsed = None
        excluded = self.excluded
        for row, cells in rows:
            raw_part = part_of(cells)
            # An acta lists an enrollment's rows together: comparing with the previous row's
            # texts is cheaper than hashing them (new strings each row) for the cache.
            if raw_part == last_raw:
                part = last_parsed
            else:
                part = parts.get(raw_part)
                if part is None:
                    part = self._part(row, cells, raw_part)
                last_raw = raw_part
                last_parsed = part
            raw_spec = spec_of(cells)
            spec = part.specs.get(raw_spec)
            if spec is None:
                spec = self._spec(part.scale, raw_spec)
            if part.problems or not spec.ok:
                rejected.append((row, cells, self._problems(row, part, spec, raw_spec)))
                continue
            # Two 64-bit fingerprints of different things: xor keeps collisions at 2**-64.
            result_marker = part.marker ^ spec.file_key
            size = len(seen)
            add_seen(result_marker)  # one probe of a big set instead of two
            if len(seen) == size:
                earlier = values_of.get(part.marker)
                first = earlier[0] if earlier else None
                if earlier is not None and differ(earlier[1], part.values):
                    self.disagreeing.setdefault(part.marker, first)  # a repeat that disagrees too
                rejected.append((row, cells, [self._repeated(row, spec, first)]))
                continue
            if excluded and part.marker in excluded:
                rejected.append((row, cells, [self._refused_whole(row, part, excluded)]))
                continue
            if part is not last_part:  # the first row of an enrollment in a run of its rows
                problem = self._enrollment_check(row, part)
                if problem is not None:
                    seen.discard(result_marker)  # a rejected row makes no later one a repeat
                    rejected.append((row, cells, [problem]))
                    continue
                group = groups.get(part.marker)
                if group is None:
                    group = groups[part.marker] = (part, [])
                last_part, last_items = part, group[1]
            kept += 1
            last_items.append((row, cells if keep_cells else None, spec))
        return groups, kept, rejected

    def _enrollment_check(self, row: int, part: EnrollmentPart) -> Problem | None:
        """Same enrollment, same values on every row; one grado per student and year."""
        earlier = self.enrollment_values.get(part.marker)
        if earlier is None:
            conflict = enrollment_conflict_in_file(self.handler, self.grades_seen, row, part.key)
            if conflict is not None:
                return conflict
            self.enrollment_values[part.marker] = (row, part.values)
        elif differ(earlier[1], part.values):
            self.disagreeing.setdefault(part.marker, earlier[0])
            return self._disagrees(row, earlier, part.values)
        return None

    def _refused_whole(self, row: int, part: EnrollmentPart, excluded: dict[int, int]) -> Problem:
        """A row of an enrollment whose rows disagree: the row that differs says how, the
        others why they were not stored either."""
        earlier = self.enrollment_values.setdefault(part.marker, (row, part.values))
        if differ(earlier[1], part.values):
            return self._disagrees(row, earlier, part.values)
        return Problem(
            row,
            "",
            "",
            f"Las filas de este estudiante y año (desde la fila {excluded[part.marker]}) no "
            "dicen lo mismo "
            "(situación final, grado, sección o estado del acta), así que no se sabe cuál vale: "
            "no se importó ninguna. Corríjalas y vuelva a importarlas.",
        )

    def parse(self, row: int, cells: list[str]) -> tuple[EnrollmentPart, ResultSpec]:
        """One row (KindHandler.parse); raises RowProblems."""
        groups, _, rejected = self.parse_rows([(row, cells)])
        if rejected:
            raise RowProblems(rejected[0][2])
        part, items = next(iter(groups.values()))
        return part, items[0][2]

    # -- parsed once per distinct text --------------------------------------------------------
    def _part(self, row: int, cells: list[str], raw_part: tuple) -> EnrollmentPart:
        """A student's enrollment columns: the classroom's are parsed once for all of its
        students (a 1,000,000-row acta has ~50,000 enrollments but ~2,000 classrooms)."""
        raw_room = self.room_of(cells)
        room = self.rooms.get(raw_room)
        if room is None:
            room = self._room(row, cells, raw_room)
        classroom, problems, rule, situacion, estado = room
        codigo = self.handler.cell(cells, "COD_ESTUDIANTE")
        found = list(problems)
        wrong = student_code_problem(self.handler, row, codigo)
        if wrong is not None:
            found.append((wrong.column, wrong.value, wrong.reason))
        key = classroom.of(codigo) if classroom is not None and not found else None
        marker = hash((key.codigo, key.year, key.code)) if key is not None else 0
        name = self.handler.cell(cells, "APELLIDOS_NOMBRES")
        values = (
            (key.nivel, key.grado, situacion, estado, key.seccion, " ".join(tokens(name)))
            if key is not None
            else ()
        )
        specs = self.specs.setdefault(rule.scale if rule is not None else None, {})
        part = EnrollmentPart(
            key, tuple(found), rule, situacion, estado, marker, values, specs, name
        )
        if len(self.parts) >= CACHE_LIMIT:
            self.parts.clear()
        self.parts[raw_part] = part
        return part

    def _room(self, row: int, cells: list[str], raw_room: tuple) -> tuple:
        handler = self.handler
        classroom, problems = parse_classroom(handler, row, cells)
        found = [(p.column, p.value, p.reason) for p in problems]
        rule = None
        if classroom is not None:
            try:
                rule = scale_for(classroom.year, classroom.nivel, classroom.grado)
            except ValueError as error:
                found.append((self.columns.shown("ANIO"), str(classroom.year), str(error)))
        situacion = short_text(handler.cell(cells, "SITUACION_FINAL"), 60)
        raw_state = handler.cell(cells, "ESTADO_ACTA")
        estado = ACTA_STATES.get(fold(raw_state)) if raw_state else None
        if raw_state and estado is None:
            found.append(
                (
                    self.columns.shown("ESTADO_ACTA"),
                    raw_state,
                    "Estado no reconocido: use APROBADA o EN RECTIFICACIÓN.",
                )
            )
        room = (classroom, tuple(found), rule, situacion, estado)
        if len(self.rooms) >= CACHE_LIMIT:
            self.rooms.clear()
        self.rooms[raw_room] = room
        return room

    def _spec(self, scale: Scale | None, raw_spec: tuple) -> ResultSpec:
        raw_area, raw_kind, raw_competencia, raw_calificativo = raw_spec
        shown = self.columns.shown
        problems = []
        area = " ".join(raw_area.split())
        competencia = " ".join(raw_competencia.split()) or None
        kind_key = fold(raw_kind)
        if kind_key:
            kind = KIND_WORDS.get(kind_key)
            if kind is None:
                problems.append(
                    (
                        shown("TIPO_AREA"),
                        raw_kind,
                        "Tipo no reconocido: use ÁREA, TALLER o TRANSVERSAL.",
                    )
                )
                kind = AreaKind.AREA
        else:
            kind = AreaKind.TRANSVERSAL if fold(area) == TRANSVERSAL_KEY else AreaKind.AREA
        if not area:
            problems.append((shown("AREA"), "", "Falta el nombre del área."))
        elif len(area) > 120:
            problems.append((shown("AREA"), area[:30], "El nombre del área pasa de 120 letras."))
        if competencia and len(competencia) > 250:
            problems.append((shown("COMPETENCIA"), competencia[:30], "Pasa de 250 letras."))
        if kind is AreaKind.TRANSVERSAL and not competencia:
            problems.append(
                (shown("COMPETENCIA"), "", "Una competencia transversal necesita su nombre.")
            )
        calificativo = normalize_calificativo(raw_calificativo)
        fits = scale is not None and is_valid_calificativo(calificativo, scale)
        spec = ResultSpec(
            area,
            kind.value,
            competencia,
            calificativo,
            fold(area),
            fold(competencia or ""),
            tuple(problems),
            fits,
            (area, kind.value, competencia or ""),
            hash((fold(area), kind.value, fold(competencia or ""))),
            fits and not problems,
            (area, kind.value, competencia, calificativo),
        )
        cache = self.specs.setdefault(scale, {})
        if len(cache) >= CACHE_LIMIT:
            cache.clear()
        cache[raw_spec] = spec
        return spec

    # -- messages ------------------------------------------------------------------------------
    def _problems(self, row, part: EnrollmentPart, spec: ResultSpec, raw_spec) -> list[Problem]:
        found = [Problem(row, *problem) for problem in (*part.problems, *spec.problems)]
        if part.rule is not None and not spec.fits_scale:
            key = part.key
            expected = "AD, A, B o C" if part.rule.scale is Scale.LITERAL else "un número de 0 a 20"
            found.append(
                Problem(
                    row,
                    self.columns.shown("CALIFICATIVO"),
                    raw_spec[3],
                    f"En {key.year} el nivel {key.nivel.label.lower()} ({key.grado}) se califica "
                    f"con {expected} (o EXO, «-»).",
                )
            )
        return found

    def _repeated(self, row: int, spec: ResultSpec, first: int | None) -> Problem:
        return Problem(
            row,
            self.columns.shown("AREA"),
            spec.area,
            "Fila repetida: el mismo calificativo (estudiante, año, área"
            f"{', competencia' if spec.competencia else ''}) ya está en una fila anterior "
            f"(las de este estudiante y año empiezan en la fila {first}).",
        )

    def _disagrees(self, row: int, earlier: tuple[int, tuple], values: tuple) -> Problem:
        differing = [
            (name, column)
            for name, column, a, b in zip(
                ENROLLMENT_VALUE_NAMES, ENROLLMENT_VALUE_COLUMNS, earlier[1], values, strict=True
            )
            if a and b and a != b
        ]
        column = differing[0][1]
        return Problem(
            row,
            self.columns.shown(column),
            "",
            f"La fila {earlier[0]} del mismo estudiante y año dice otra cosa "
            f"({', '.join(name for name, _ in differing)}).",
        )
