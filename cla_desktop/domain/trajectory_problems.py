"""What is missing or wrong in a trajectory, explained the way a clerk would say it."""

from __future__ import annotations

from collections import defaultdict

from cla_desktop.domain.grading import BLANK, NO_DATA, blank_years
from cla_desktop.domain.levels import expected_age
from cla_desktop.domain.situacion_final import Outcome, outcome_of
from cla_desktop.domain.trajectory import (
    ACTA_RECTIFICATION,
    Problem,
    StudentSummary,
    YearRecord,
)

AGE_TOLERANCE = 2  # years behind the expected age before it is worth a look
BLANK_ALLOWED_YEARS = blank_years()  # a C could be left blank (facts.toml)


def detect_problems(
    student: StudentSummary, records: tuple[YearRecord, ...], current_year: int
) -> tuple[Problem, ...]:
    problems: list[Problem] = []
    covered = [r for r in records if r.covered]
    if not covered:
        problems.append(
            Problem(
                "sin-matricula",
                "No tiene matrículas registradas desde 2013: la constancia no puede emitirse. "
                "Los estudios anteriores se acreditan con el certificado de estudios de la IE.",
                "sin-matricula",
                blocks_constancia=True,
                summary="No tiene matrículas registradas en el SIAGIE desde 2013.",
            )
        )
    if student.document_type != "DNI":
        problems.append(
            Problem(
                "sin-dni",
                "La o el estudiante no tiene DNI registrado: no puede usar la plataforma en "
                "línea; "
                "la constancia se emite en ventanilla con su código de estudiante.",
                "sin-dni",
                summary="La o el estudiante no tiene DNI registrado en el SIAGIE.",
            )
        )
    problems.extend(_before_coverage(records))
    problems.extend(_gaps(covered))
    problems.extend(_same_year(covered))
    problems.extend(_repeated(covered))
    problems.extend(_per_year(student, covered, current_year))
    return tuple(problems)


def _before_coverage(records: tuple[YearRecord, ...]) -> list[Problem]:
    early = sorted({r.year for r in records if not r.covered})
    if not early:
        return []
    years = ", ".join(str(y) for y in early)
    return [
        Problem(
            "antes-2013",
            f"Hay matrículas de {years}, anteriores a 2013: no aparecen en la constancia "
            "(se acreditan con el certificado de estudios).",
            "otros",
            years=tuple(early),
            summary=f"Tiene matrículas de {years}, anteriores a 2013.",
        )
    ]


def _gaps(covered: list[YearRecord]) -> list[Problem]:
    years = sorted({r.year for r in covered})
    if not years:
        return []
    missing = [y for y in range(years[0], years[-1]) if y not in years]
    return [
        Problem(
            "anio-sin-matricula",
            f"No hay matrícula registrada en {year}, entre {years[0]} y {years[-1]}.",
            "notas-faltantes",
            years=(year,),
        )
        for year in missing
    ]


def _same_year(covered: list[YearRecord]) -> list[Problem]:
    by_year: dict[int, list[YearRecord]] = defaultdict(list)
    for record in covered:
        by_year[record.year].append(record)
    problems = []
    for year, same in sorted(by_year.items()):
        if len(same) < 2:
            continue
        schools = " y ".join(r.school.codigo_modular for r in same)
        problems.append(
            Problem(
                "traslado",
                f"En {year} estuvo matriculado en más de una IE ({schools}): traslado durante "
                "el año. La constancia toma la IE donde terminó el año.",
                "otros",
                nivel=same[-1].nivel,
                years=(year,),
                codigo_modular=same[-1].school.codigo_modular,
                summary=f"En {year} figura matriculado en más de una IE ({schools}).",
            )
        )
    return problems


def _repeated(covered: list[YearRecord]) -> list[Problem]:
    seen: dict[tuple, list[int]] = defaultdict(list)
    for record in covered:
        key = (record.nivel, record.grado)
        if record.year not in seen[key]:
            seen[key].append(record.year)
    return [
        Problem(
            "grado-repetido",
            f"Cursó {nivel.grado_label(grado)} de {nivel.label.lower()} en "
            f"{' y '.join(str(y) for y in years)} (repitió el grado o volvió a matricularse).",
            "otros",
            nivel=nivel,
            years=tuple(years),
        )
        for (nivel, grado), years in seen.items()
        if len(years) > 1
    ]


def _per_year(
    student: StudentSummary, covered: list[YearRecord], current_year: int
) -> list[Problem]:
    problems = []
    age_flagged: set = set()
    for record in covered:
        where = f"{record.year}, {record.grado_label} de {record.nivel.label.lower()}"
        if record.acta_estado == ACTA_RECTIFICATION:
            problems.append(
                Problem(
                    "acta-rectificacion",
                    f"El acta de {where} (IE {record.school.codigo_modular}) está en revisión o "
                    "rectificación: la constancia de ese nivel no puede emitirse hasta que se "
                    "apruebe. Corresponde al director de la IE.",
                    "acta-rectificacion",
                    blocks_constancia=True,
                    nivel=record.nivel,
                    years=(record.year,),
                    codigo_modular=record.school.codigo_modular,
                    summary=f"El acta de evaluación de {where} (IE "
                    f"{record.school.codigo_modular}) está en revisión o rectificación, lo que "
                    "impide emitir la constancia de logros de aprendizaje del nivel.",
                )
            )
        if not record.school.active:
            problems.append(
                Problem(
                    "ie-cerrada",
                    f"La IE {record.school.codigo_modular} ({record.school.name}) de {where} "
                    "figura cerrada: el ciudadano puede no reconocerla por su código.",
                    "ie-cerrada",
                    nivel=record.nivel,
                    years=(record.year,),
                    codigo_modular=record.school.codigo_modular,
                    summary=f"La IE {record.school.codigo_modular} ({record.school.name}) de "
                    f"{where} figura cerrada.",
                )
            )
        if record.year < current_year and _missing_results(record):
            message = f"Faltan calificativos en {where} (IE {record.school.codigo_modular})."
            summary = message
            if record.year in BLANK_ALLOWED_YEARS and record.results:
                message += (
                    " En 2020 y 2021 una C podía quedar en blanco hasta completar la "
                    "recuperación (RVM 193-2020); confirme con la IE si ya se completó."
                )
            problems.append(
                Problem(
                    "notas-faltantes",
                    message,
                    "notas-faltantes",
                    nivel=record.nivel,
                    years=(record.year,),
                    codigo_modular=record.school.codigo_modular,
                    summary=summary,
                )
            )
        if student.fecha_nacimiento is not None and record.nivel not in age_flagged:
            age = record.year - student.fecha_nacimiento.year
            expected = expected_age(record.nivel, record.grado)
            if age < expected or age - expected > AGE_TOLERANCE:
                age_flagged.add(record.nivel)  # once per nivel: the delay carries over
                problems.append(
                    Problem(
                        "edad-grado",
                        f"En {where} tenía {age} años; lo esperado son {expected}. Revise la "
                        "fecha de nacimiento o el grado registrado.",
                        "otros",
                        nivel=record.nivel,
                        years=(record.year,),
                        summary=f"En {where} tenía {age} años; lo esperado son {expected}.",
                    )
                )
    return problems


def _missing_results(record: YearRecord) -> bool:
    if outcome_of(record.situacion_final) in (Outcome.LEFT, Outcome.TRANSFER):
        return False  # withdrew or moved: no results are expected at this school
    if not record.results:
        return True
    return any(r.calificativo in (NO_DATA, BLANK) for r in record.results if r.kind != "TALLER")
