"""The rule checks of domain/record_rules.py catch each kind of break a constancia would print
(issue #15 point 8), on records built by hand from the rules of facts.toml."""

from __future__ import annotations

from cla_desktop.domain.curricula import AreaKind, areas, curriculum_for
from cla_desktop.domain.grading import scale_for
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.observation_motivos import (
    CONVALIDATION,
    EXONERATION,
    motivo_allowed,
    motivo_text,
)
from cla_desktop.domain.promotion import (
    Basis,
    allowed_outcomes,
    counted_groups,
    next_grades,
    promotion_rule,
    supported_outcomes,
)
from cla_desktop.domain.record_rules import record_breaks, trajectory_breaks
from cla_desktop.domain.situacion_final import Outcome
from cla_desktop.domain.trajectory import ResultLine, SchoolInfo, YearRecord

SCHOOL = SchoolInfo("0474494-0", "IE PRUEBA", None, None, True, False)
CURRENT = 2026
_ids = iter(range(1, 10_000))


def record(year, nivel, grado, final, grades="", *, notes=()) -> YearRecord:
    """A year record with a result per área (or competencia) of the year's curriculum, in its
    order: `grades` is a space-separated list, cycled; "_" is a blank."""
    rule = scale_for(year, nivel, grado)
    values = grades.split() or ["A"]
    lines = []
    for spec in areas(curriculum_for(year, nivel), nivel):
        if spec.optional:
            continue
        competencias = spec.competencias if rule.unit.value == "COMPETENCIA" else (0,)
        for number in competencias or (0,):
            value = values[len(lines) % len(values)]
            competencia = f"C{number}" if number else None
            lines.append((spec.name, competencia, "" if value == "_" else value))
    results = tuple(
        ResultLine(area, AreaKind.AREA, competencia, value, position)
        for position, (area, competencia, value) in enumerate(lines)
    )
    scale, unit = rule.scale.value, rule.unit.value
    return YearRecord(
        next(_ids), year, nivel, grado, "A", final, "APROBADA", scale, unit, SCHOOL, results, notes
    )


def rules_broken(*records: YearRecord) -> set[str]:
    return {b.rule for b in trajectory_breaks(records, CURRENT)}


def test_recovery_only_where_the_year_allows_it():
    assert Outcome.RECOVERY not in allowed_outcomes(2020, Nivel.PRIMARIA, 4)
    assert Outcome.RECOVERY in allowed_outcomes(2020, Nivel.SECUNDARIA, 5)
    assert Outcome.REPEAT not in allowed_outcomes(2022, Nivel.SECUNDARIA, 3)
    assert allowed_outcomes(2024, Nivel.INICIAL, 4) == {Outcome.PROMOTED}
    assert allowed_outcomes(2016, Nivel.PRIMARIA, 1) == {Outcome.PROMOTED}
    rr = "REQUIERE RECUPERACIÓN"
    assert rules_broken(record(2020, Nivel.PRIMARIA, 4, rr, "A C")) == {"decision"}
    assert rules_broken(record(2020, Nivel.SECUNDARIA, 5, rr, "14 08 15")) == set()
    assert rules_broken(record(2021, Nivel.PRIMARIA, 3, "PERMANECE EN EL GRADO", "C")) == {
        "decision"
    }


def test_the_words_are_those_of_the_period():
    assert rules_broken(record(2023, Nivel.PRIMARIA, 3, "APROBADO", "A")) == {"situacion-final"}
    assert rules_broken(record(2016, Nivel.PRIMARIA, 3, "PROMOCIÓN GUIADA", "A")) == {
        "situacion-final"
    }
    assert rules_broken(record(2016, Nivel.PRIMARIA, 3, None, "A")) == {"situacion-final"}
    assert rules_broken(record(2016, Nivel.PRIMARIA, 3, "RETIRADO", "A")) == set()


def test_promotion_agrees_with_the_grades():
    # RVM 094-2020 from 2023: any C blocks promotion in a ciclo-closing grade...
    assert rules_broken(record(2023, Nivel.PRIMARIA, 2, "PROMOVIDO", "A A A C")) == {"promocion"}
    assert rules_broken(record(2023, Nivel.PRIMARIA, 2, "PROMOVIDO", "A A AD B")) == set()
    # ...not in an intermediate one, where B or better in half of every área is enough.
    assert rules_broken(record(2023, Nivel.PRIMARIA, 3, "PROMOVIDO", "A A A C")) == set()
    # C in more than half the competencias of 4 áreas: permanece, never recuperación.
    assert rules_broken(record(2024, Nivel.PRIMARIA, 4, "PERMANECE EN EL GRADO", "C")) == set()
    assert rules_broken(record(2024, Nivel.PRIMARIA, 4, "REQUIERE RECUPERACIÓN", "C")) == {
        "promocion"
    }
    # Before 2020 in secundaria: failed áreas counted (1-3 recuperación, 4+ repite).
    assert rules_broken(record(2015, Nivel.SECUNDARIA, 3, "APROBADO", "14 08 15")) == {"promocion"}
    assert rules_broken(record(2015, Nivel.SECUNDARIA, 3, "DESAPROBADO", "08")) == set()
    # Primaria before 2020: a C never goes with APROBADO.
    assert rules_broken(record(2016, Nivel.PRIMARIA, 4, "APROBADO", "A C")) == {"promocion"}
    # Promoción guiada: the grades decide nothing, but recuperación needs something to recover.
    assert rules_broken(record(2021, Nivel.PRIMARIA, 4, "PROMOCIÓN GUIADA", "C _")) == set()
    assert rules_broken(record(2021, Nivel.PRIMARIA, 4, "REQUIERE RECUPERACIÓN", "A")) == {
        "promocion"
    }


def test_exonerated_and_transversal_rows_do_not_count():
    year, nivel, grado = 2024, Nivel.PRIMARIA, 2
    areas_ = ("Matemática",) * 2 + ("Comunicación", "Arte", "Ciencia", "Religión", "T")
    kinds = ("AREA",) * 6 + (AreaKind.TRANSVERSAL.value,)
    groups = counted_groups(areas_, kinds)
    assert len(groups) == 5
    values = ["A", "A", "A", "A", "A", "EXO", "C"]
    assert supported_outcomes(year, nivel, grado, groups, values) == {Outcome.PROMOTED}
    assert promotion_rule(year, nivel, grado).basis is Basis.COMPETENCIAS


def test_after_recuperacion_no_repetition_where_the_year_allowed_none():
    assert next_grades(2021, Nivel.PRIMARIA, 3, Outcome.RECOVERY) == ((Nivel.PRIMARIA, 4),)
    assert (Nivel.PRIMARIA, 3) in next_grades(2019, Nivel.PRIMARIA, 3, Outcome.RECOVERY)
    rr = record(2021, Nivel.PRIMARIA, 3, "REQUIERE RECUPERACIÓN", "C")
    again = record(2022, Nivel.PRIMARIA, 3, "PROMOCIÓN GUIADA", "A")
    on = record(2022, Nivel.PRIMARIA, 4, "PROMOCIÓN GUIADA", "A")
    assert rules_broken(rr, again) == {"progresion"}
    assert rules_broken(rr, on) == set()


def test_no_exoneration_or_convalidation_in_inicial():
    assert not motivo_allowed(EXONERATION, 2018, Nivel.INICIAL)
    assert not motivo_allowed(CONVALIDATION, 2018, Nivel.INICIAL)
    assert motivo_allowed(EXONERATION, 2018, Nivel.PRIMARIA)
    for kind in (EXONERATION, CONVALIDATION):
        note = f"2018 - R.D. N.° 0123-2018 - {motivo_text(kind)}"
        inicial = record(2018, Nivel.INICIAL, 4, "PROMOVIDO", "A", notes=(note,))
        assert rules_broken(inicial) == {"observacion"}
        primaria = record(2018, Nivel.PRIMARIA, 4, "APROBADO", "A", notes=(note,))
        assert rules_broken(primaria) == set()


def test_grades_themselves():
    assert rules_broken(record(2023, Nivel.PRIMARIA, 3, "PROMOVIDO", "A A _")) == {"en-blanco"}
    assert rules_broken(record(2021, Nivel.PRIMARIA, 3, "PROMOCIÓN GUIADA", "A _")) == set()
    exo_in_math = record(2016, Nivel.PRIMARIA, 3, "APROBADO", "EXO A")
    assert rules_broken(exo_in_math) == {"exoneracion"}
    assert "calificativo" in rules_broken(record(2016, Nivel.SECUNDARIA, 3, "APROBADO", "A"))
    in_progress = record(CURRENT, Nivel.PRIMARIA, 3, None, "A")
    assert [b.rule for b in record_breaks(in_progress, CURRENT)] == ["anio-en-curso"]
