"""The nómina de matrícula (SIAGIE): students and their enrollment of one year.

Students are matched on their SIAGIE code, or on their document when the app knew them without
one; an enrollment's key is (student, year, school).  Rows are checked first and written after,
so a rejected row never leaves a student or an enrollment behind.
"""

from __future__ import annotations

from cla_desktop.domain.codes import Ubigeo
from cla_desktop.domain.identifiers import DocumentType, parse_document
from cla_desktop.domain.names import clean_display, fold, name_problem
from cla_desktop.domain.sexo_codes import parse_sexo
from cla_desktop.domain.siagie_fields import code_problem, padded_digits, parse_date
from cla_desktop.domain.wording import count_phrase
from cla_desktop.services.imports.columns import Column, ColumnMap
from cla_desktop.services.imports.enrollment_rows import (
    ENROLLMENT_COLUMNS,
    EnrollmentKey,
    enrollment_conflict_in_file,
    parse_enrollment,
)
from cla_desktop.services.imports.enrollments import EnrollmentBook, KnownEnrollment, stored_columns
from cla_desktop.services.imports.handler import KindHandler, Parsed, RowProblems
from cla_desktop.services.imports.report import Problem
from cla_desktop.services.imports.schools import SchoolLookup
from cla_desktop.services.imports.students import Person, StudentBook, differences

COLUMNS = (
    *ENROLLMENT_COLUMNS,
    Column("TIPO_DOCUMENTO", ("TIPO_DOC", "DSC_TIPO_DOCUMENTO"), label="tipo de documento"),
    Column(
        "DNI",
        ("NUMERO_DOCUMENTO", "DOCUMENTO_IDENTIDAD", "DNI_ESTUDIANTE", "DNI_ALUMNO"),
        label="DNI",
    ),
    Column("APELLIDO_PATERNO", ("AP_PATERNO", "APE_PATERNO"), required=True),
    Column("APELLIDO_MATERNO", ("AP_MATERNO", "APE_MATERNO")),
    Column("NOMBRES", ("NOMBRE", "NOMBRES_ESTUDIANTE", "PRENOMBRES"), required=True),
    Column("SEXO", ("GENERO",)),
    Column("FECHA_NACIMIENTO", ("FEC_NACIMIENTO", "FECHA_NAC", "FEC_NAC")),
    Column("UBIGEO_NACIMIENTO_RENIEC", ("UBIGEO_NACIMIENTO", "UBIGEO_NAC")),
)
DOCUMENT_WORDS = (("DNI", "DNI"), ("CE", "CE"), ("CARNE", "CE"), ("PAS", "PASAPORTE"))


SHOWN_DOCUMENT_CHANGES = 5


class NominaHandler(KindHandler):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.schools = SchoolLookup(self.sql)
        self.students = StudentBook(self.sql)
        self.enrollments = EnrollmentBook(self.sql)
        self.rows_seen: dict[int, int] = {}  # hash of (code, year, school) -> first row
        self.grades_seen: dict[int, tuple] = {}  # hash of (code, year) -> (row, grade)
        self.people_seen: dict[str, int] = {}  # code -> first row that wrote the student
        self.documents_seen: dict[tuple[str, str], tuple[str, int]] = {}  # doc -> (code, row)
        self.document_changes = 0  # registered students whose document the file changes
        self.document_examples: list[str] = []

    def closing_notes(self) -> list[str]:
        """The SIAGIE is the source, so a new document number replaces the registered one;
        but a changed DNI is also what a wrong code looks like, so it is said, with rows."""
        if not self.document_changes:
            return []
        which = "; ".join(self.document_examples)
        more = " y otras" if self.document_changes > len(self.document_examples) else ""
        who = count_phrase(self.document_changes, "estudiante", "estudiantes")
        return [
            f"Se cambió el documento registrado de {who} ({which}{more}): revise que cada "
            "código sea del mismo estudiante."
        ]

    @staticmethod
    def column_map() -> ColumnMap:
        return ColumnMap(COLUMNS)

    def parse(self, row: int, cells: list[str]) -> tuple:
        key, problems = parse_enrollment(self, row, cells)
        person = self._person(row, cells, problems, key.codigo if key else "")
        born = person.fecha_nacimiento if person is not None else None
        if key is not None and born is not None and born.year > key.year:
            problems.append(
                self.problem(
                    row,
                    "FECHA_NACIMIENTO",
                    born.strftime("%d/%m/%Y"),
                    f"Nació después del año de la matrícula ({key.year}): revise la fecha o "
                    "el año.",
                )
            )
        if not problems:  # a rejected row must not make later rows look repeated
            problems.extend(self._file_checks(row, key, person))
        if problems:
            raise RowProblems(problems)
        return key, person

    def _file_checks(self, row: int, key: EnrollmentKey, person: Person) -> list[Problem]:
        """Repeated rows, two grados in one year, one document for two students."""
        marker = hash((key.codigo, key.year, key.code))
        first = self.rows_seen.get(marker)
        if first is not None:
            return [
                self.problem(
                    row,
                    "COD_ESTUDIANTE",
                    key.codigo,
                    "Fila repetida: el mismo estudiante, año e institución están en la fila "
                    f"{first}.",
                )
            ]
        conflict = enrollment_conflict_in_file(self, self.grades_seen, row, key)
        if conflict is not None:
            return [conflict]
        if person.document is not None and person.document.number:
            doc = (person.document.type.value, person.document.number)
            owner = self.documents_seen.setdefault(doc, (person.codigo, row))
            if owner[0] != person.codigo:
                return [
                    self.problem(
                        row,
                        "DNI",
                        person.document.number,
                        f"El mismo documento figura en la fila {owner[1]} para otro estudiante "
                        f"(código {owner[0]}).",
                    )
                ]
        self.rows_seen[marker] = row
        return []

    def _person(self, row: int, cells: list[str], problems: list[Problem], codigo: str):
        cell = self.cell
        count = len(problems)
        paterno = clean_display(cell(cells, "APELLIDO_PATERNO"))
        materno = clean_display(cell(cells, "APELLIDO_MATERNO"))
        nombres = clean_display(cell(cells, "NOMBRES"))
        if not paterno:
            problems.append(self.problem(row, "APELLIDO_PATERNO", "", "Falta el apellido paterno."))
        if not nombres:
            problems.append(self.problem(row, "NOMBRES", "", "Faltan los nombres."))
        for key, value, limit in (
            ("APELLIDO_PATERNO", paterno, 80),
            ("APELLIDO_MATERNO", materno, 80),
            ("NOMBRES", nombres, 120),
        ):
            if len(value) > limit:
                problems.append(self.problem(row, key, value[:30], f"Pasa de {limit} letras."))
            elif value and (reason := name_problem(value)) is not None:
                problems.append(self.problem(row, key, value, reason))
        document = self._document(row, cells, problems)
        sexo = fecha = ubigeo = None
        raw = cell(cells, "SEXO")
        try:
            sexo = parse_sexo(raw, self.conventions.sexo)
        except ValueError as error:
            problems.append(self.problem(row, "SEXO", raw, str(error)))
        raw = cell(cells, "FECHA_NACIMIENTO")
        try:
            fecha = parse_date(raw, earliest=1950, month_first=self.conventions.month_first)
        except ValueError as error:
            problems.append(self.problem(row, "FECHA_NACIMIENTO", raw, str(error)))
        raw = padded_digits(cell(cells, "UBIGEO_NACIMIENTO_RENIEC"), 6)
        if raw:
            try:
                ubigeo = Ubigeo(raw).code
            except ValueError as error:
                problems.append(
                    self.problem(row, "UBIGEO_NACIMIENTO_RENIEC", raw, code_problem(raw, error))
                )
        if len(problems) > count:
            return None
        return Person(codigo, document, paterno, materno, nombres, sexo, fecha, ubigeo)

    def _document(self, row: int, cells: list[str], problems: list[Problem]):
        number = self.cell(cells, "DNI").strip()
        raw_type = fold(self.cell(cells, "TIPO_DOCUMENTO"))
        doc_type = None
        for prefix, value in DOCUMENT_WORDS:
            if raw_type.startswith(prefix):
                doc_type = DocumentType(value)
        if raw_type and doc_type is None and not raw_type.startswith(("SIN", "NINGUNO")):
            problems.append(
                self.problem(
                    row,
                    "TIPO_DOCUMENTO",
                    raw_type,
                    "Tipo de documento no reconocido: use DNI, CE, PASAPORTE o SIN DOCUMENTO.",
                )
            )
            return None
        if not number:
            return None
        if doc_type is None and raw_type:  # "SIN DOCUMENTO" with a number: which is wrong?
            problems.append(
                self.problem(
                    row,
                    "TIPO_DOCUMENTO",
                    raw_type,
                    f"Dice que no tiene documento pero trae el número {number}: corrija el tipo "
                    "o el número.",
                )
            )
            return None
        if doc_type is None:
            doc_type = DocumentType.DNI
        if doc_type is DocumentType.DNI:
            number = padded_digits(number, 8) if number.isdigit() and len(number) == 7 else number
        try:
            return parse_document(doc_type, number)
        except ValueError as error:
            reason = code_problem(number, error)
            if doc_type is DocumentType.DNI and number.isdigit() and len(number) in (5, 6):
                reason += (
                    " Si la hoja de cálculo le quitó los ceros de la izquierda, dé formato de "
                    "texto a la columna y vuelva a exportar."
                )
            problems.append(self.problem(row, "DNI", number, reason))
            return None

    # -- database checks and writes ---------------------------------------------------------
    def apply(self, batch: list[Parsed]) -> dict[int, list[Problem]]:
        rejected: dict[int, list[Problem]] = {}
        self.schools.resolve([(r.record[0].code.codigo, r.record[0].code.anexo) for r in batch])
        documents = [
            (p.document.type.value, p.document.number)
            for _, p in (r.record for r in batch)
            if p.document is not None and p.document.number
        ]
        self.students.load([r.record[1].codigo for r in batch], documents)
        new_people: dict[str, tuple] = {}
        changed_people: dict[str, tuple[int, tuple]] = {}
        student_of: dict[int, int | str] = {}  # row -> student id, or code when new
        for item in batch:
            key, person = item.record
            school_id = self.schools.get((key.code.codigo, key.code.anexo))
            if school_id is None:
                rejected[item.row] = self.schools.unknown(self, item.row, key.code)
                continue
            if (reason := self.schools.other_nivel(school_id, key.nivel, key.code)) is not None:
                rejected[item.row] = [self.problem(item.row, "NIVEL", key.nivel.value, reason)]
                continue
            outcome = self._match_person(item.row, person, new_people, changed_people)
            if isinstance(outcome, Problem):
                rejected[item.row] = [outcome]
                continue
            student_of[item.row] = outcome
        # Enrollment checks against the database, before anything is written.
        self.enrollments.load(
            [
                (sid, r.record[0].year)
                for r in batch
                if isinstance(sid := student_of.get(r.row), int)
            ]
        )
        plans = []
        for item in batch:
            if item.row not in student_of:
                continue
            key, person = item.record
            school_id = self.schools.get((key.code.codigo, key.code.anexo))
            sid = student_of[item.row]
            known = None
            if isinstance(sid, int):
                known, reason = self.enrollments.check(
                    sid, key.year, key.nivel, key.grado, school_id
                )
                if reason:
                    rejected[item.row] = [self.problem(item.row, "GRADO", str(key.grado), reason)]
                    continue
            plans.append((item, key, person, school_id, known))
        self._write(plans, new_people, changed_people, student_of)
        return rejected

    def _match_person(self, row, person: Person, new_people, changed_people):
        """The student's id (or code, when new), or the Problem that rejects the row."""
        codigo = person.codigo
        by_code = self.students.by_code.get(codigo)
        by_doc = None
        if person.document is not None and person.document.number:
            by_doc = self.students.by_document.get(
                (person.document.type.value, person.document.number)
            )
        if by_doc is not None and by_doc[1] not in (None, codigo):
            return self.problem(
                row,
                "DNI",
                person.document.number,
                f"El documento ya pertenece a otro estudiante (código {by_doc[1]}); revise el "
                "código o el documento.",
            )
        if by_code is None and by_doc is not None:  # known by document, gains the code
            stored = self.students.stored_by_id(by_doc[0])
            self.students.by_code[codigo] = (by_doc[0], stored)
            by_code = self.students.by_code[codigo]
            changed_people[codigo] = (by_doc[0], person.merged(stored))
        first = self.people_seen.get(codigo)
        if by_code is None:
            if codigo in new_people:
                if person.merged(None) != new_people[codigo]:
                    return self._other_data(row, first, new_people[codigo], person.merged(None))
                return codigo
            new_people[codigo] = person.merged(None)
            self.people_seen.setdefault(codigo, row)
            return codigo
        student_id, stored = by_code
        merged = person.merged(stored)
        if first is not None and first != row:
            if merged != (changed_people.get(codigo, (0, stored))[1]):
                return self._other_data(row, first, stored, merged)
            return student_id
        self.people_seen[codigo] = row
        if merged != stored:
            changed_people[codigo] = (student_id, merged)
        return student_id

    def _other_data(self, row: int, first: int | None, before: tuple, after: tuple) -> Problem:
        fields = ", ".join(differences(before, after)) or "datos"
        return self.problem(
            row,
            "COD_ESTUDIANTE",
            "",
            f"El estudiante ya figura en la fila {first} con otros datos ({fields}); "
            "corrija una de las dos filas.",
        )

    def _write(self, plans, new_people, changed_people, student_of) -> None:
        counts = self.report.counts
        accepted_codes = {person.codigo for _, _, person, _, _ in plans}
        new_people = {code: values for code, values in new_people.items() if code in accepted_codes}
        new_ids = self.students.insert(new_people)
        updates = [
            (sid, code, values)
            for code, (sid, values) in changed_people.items()
            if code in accepted_codes
        ]
        for _sid, code, values in updates:
            before = self.students.by_code.get(code)
            old = before[1][1] if before is not None else None  # document_number
            if old and old != values[1]:
                self.document_changes += 1
                if len(self.document_examples) < SHOWN_DOCUMENT_CHANGES:
                    row = self.people_seen.get(code, 0)
                    self.document_examples.append(f"fila {row}: {old} → {values[1] or 'ninguno'}")
        self.students.update(updates)
        counts.inserted["student"] += len(new_ids)
        counts.updated["student"] += len(updates)
        inserts, seccion_updates = [], []
        for item, key, _person, school_id, known in plans:
            sid = student_of[item.row]
            sid = new_ids[sid] if isinstance(sid, str) else sid
            if known is None:
                nivel, scale, unit, curriculum = stored_columns(key.year, key.nivel, key.grado)
                inserts.append(
                    (
                        sid,
                        key.year,
                        school_id,
                        nivel,
                        key.grado,
                        key.seccion,
                        None,
                        None,
                        scale,
                        unit,
                        curriculum,
                    )
                )
            elif key.seccion and key.seccion != known.seccion:
                seccion_updates.append((key.seccion, known.id))
                known.seccion = key.seccion
            else:
                counts.unchanged += 1
        new_enrollments = self.enrollments.insert(inserts)
        for row, enrollment_id in zip(inserts, new_enrollments, strict=True):
            self.enrollments.add(
                row[0],
                row[1],
                KnownEnrollment(enrollment_id, row[2], row[3], row[4], row[5], None, None),
            )
        self.sql.update("enrollment", ("seccion",), seccion_updates)
        counts.inserted["enrollment"] += len(inserts)
        counts.updated["enrollment"] += len(seccion_updates)
