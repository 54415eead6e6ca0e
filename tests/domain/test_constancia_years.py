"""Which year of each grade a constancia prints (#15, point 1): only years whose acta is closed
and that hold calificativos; the others are named in the observaciones, never claimed."""

from __future__ import annotations

import pytest

from cla_desktop.domain.constancia import IssueRefused, build_columns_and_rows, check_issuable
from cla_desktop.domain.constancia_years import is_closed, printed_years
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.trajectory import ResultLine, SchoolInfo, YearRecord

SCHOOL = SchoolInfo("0474494-0", "IE 50123", "UGEL URUBAMBA", "PÚBLICA", True, False)
OTHER = SchoolInfo("1394907-0", "IE 50999", "UGEL URUBAMBA", "PÚBLICA", True, False)
GRADES = (ResultLine("Matemática", "AREA", None, "14", 0),)


def year(
    value: int,
    grado: int,
    situacion: str | None = "APROBADO",
    *,
    acta: str | None = "APROBADA",
    results=GRADES,
    school: SchoolInfo = SCHOOL,
    nivel: Nivel = Nivel.SECUNDARIA,
    observations: tuple[str, ...] = (),
) -> YearRecord:
    return YearRecord(
        enrollment_id=value * 10 + grado,
        year=value,
        nivel=nivel,
        grado=grado,
        seccion="A",
        situacion_final=situacion,
        acta_estado=acta,
        scale="VIGESIMAL",
        unit="AREA",
        school=school,
        results=results,
        observations=observations,
    )


def test_a_year_in_progress_is_no_column_and_is_named():
    records = (year(2024, 1), year(2025, 2), year(2026, 3, None, acta=None, results=()))
    columns, _rows, notes, _exo = build_columns_and_rows(records, Nivel.SECUNDARIA)
    assert [c.year for c in columns] == [2024, 2025, None, None, None]
    assert notes == ("2026: año lectivo en curso, sin acta cerrada",)


def test_a_retirado_year_without_results_is_no_column():
    records = (year(2017, 1), year(2018, 2, "RETIRADO", results=()), year(2019, 2))
    printed = printed_years(records, Nivel.SECUNDARIA)
    assert {g: r.year for g, r in printed.by_grado.items()} == {1: 2017, 2: 2019}
    assert printed.notes == ("2018: RETIRADO, sin calificativos",)


def test_a_repeated_grade_prints_the_year_with_grades_not_the_one_in_progress():
    records = (
        year(2024, 1),
        year(2025, 2, "REQUIERE RECUPERACIÓN"),
        year(2026, 2, None, acta=None, results=()),
    )
    columns, rows, notes, _exo = build_columns_and_rows(records, Nivel.SECUNDARIA)
    assert [c.year for c in columns[:2]] == [2024, 2025]
    assert rows[0].values[:2] == ("14", "14")
    assert notes == ("2026: año lectivo en curso, sin acta cerrada",)


def test_a_repeated_grade_prints_its_latest_closed_year_and_names_the_earlier():
    records = (year(2018, 3, "DESAPROBADO"), year(2019, 3, "APROBADO", school=OTHER))
    columns, _rows, notes, _exo = build_columns_and_rows(records, Nivel.SECUNDARIA)
    assert (columns[2].year, columns[2].codigo_modular) == (2019, "1394907-0")
    assert notes == ("2018: 3.° DESAPROBADO; el grado se cursó de nuevo en 2019",)


def test_a_transfer_prints_the_school_where_the_year_ended_without_a_note():
    records = (year(2020, 1, "TRASLADADO"), year(2020, 1, "PROMOCIÓN GUIADA", school=OTHER))
    printed = printed_years(records, Nivel.SECUNDARIA)
    assert printed.by_grado[1].school is OTHER and printed.notes == ()


def test_closed_means_approved_or_a_situacion_final_never_rectification():
    assert is_closed(year(2019, 1))
    assert is_closed(year(2019, 1, acta=None))  # an acta imported without ESTADO_ACTA
    assert is_closed(year(2019, 1, None, acta="APROBADA"))
    assert not is_closed(year(2019, 1, None, acta=None))
    assert not is_closed(year(2019, 1, acta="EN_RECTIFICACION"))


def test_an_old_year_without_acta_is_named_differently_from_the_one_in_progress():
    records = (year(2022, 1, None, acta=None), year(2023, 2))
    assert printed_years(records, Nivel.SECUNDARIA).notes == (
        "2022: 1.°, sin acta cerrada ni situación final",
    )


def test_blank_calificativos_only_are_no_calificativos():
    blank = (ResultLine("Matemática", "AREA", "Resuelve problemas", "", 0),)
    records = (year(2021, 1, "PROMOCIÓN GUIADA", results=blank), year(2022, 2))
    assert list(printed_years(records, Nivel.SECUNDARIA).by_grado) == [2]


def test_only_a_year_in_progress_is_refused_in_words_for_the_citizen():
    records = (year(2026, 1, None, acta=None, results=(), nivel=Nivel.PRIMARIA),)
    with pytest.raises(IssueRefused) as refused:
        check_issuable(records, Nivel.PRIMARIA)
    assert refused.value.category == "notas-faltantes"
    assert "2026: año lectivo en curso" in str(refused.value)
    assert refused.value.years == (2026,)


def test_the_year_in_progress_is_judged_on_the_whole_trajectory():
    """The last year of primaria, unclosed, while secundaria has already begun, is not «en
    curso»: it is an acta that was never closed."""
    records = (
        year(2024, 6, None, acta=None, nivel=Nivel.PRIMARIA),
        year(2025, 1),
    )
    with pytest.raises(IssueRefused, match=r"2024: 6\.°, sin acta cerrada"):
        check_issuable(records, Nivel.PRIMARIA)


def test_record_observations_come_first_then_the_years_left_out():
    records = (
        year(2017, 1, observations=("2017 - R.D. N.° 0123-2017 - CONVALIDACIÓN",)),
        year(2018, 2, "RETIRADO", results=()),
    )
    _columns, _rows, notes, _exo = build_columns_and_rows(records, Nivel.SECUNDARIA)
    assert notes == (
        "2017 - R.D. N.° 0123-2017 - CONVALIDACIÓN",
        "2018: RETIRADO, sin calificativos",
    )
