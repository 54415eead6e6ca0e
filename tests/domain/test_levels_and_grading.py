import pytest

from cla_desktop.domain.curricula import (
    AreaKind,
    Curriculum,
    areas,
    competencia_name,
    competencia_names,
    curriculum_for,
    transversal_competencias,
)
from cla_desktop.domain.grading import (
    Scale,
    Unit,
    is_failing,
    is_valid_calificativo,
    level_band,
    normalize_calificativo,
    scale_for,
)
from cla_desktop.domain.levels import Nivel, expected_age, next_step, statement_list
from cla_desktop.domain.roles import Role
from cla_desktop.domain.situacion_final import Outcome, outcome_of, words_for


def test_niveles_and_grados():
    assert Nivel.INICIAL.grados == (3, 4, 5)
    assert Nivel.PRIMARIA.grados == (1, 2, 3, 4, 5, 6)
    assert Nivel.SECUNDARIA.grados == (1, 2, 3, 4, 5)
    assert Nivel.PRIMARIA.grado_label(1) == "1.°"
    assert Nivel.INICIAL.grado_label(3) == "3 años"
    assert Nivel.parse("B0") is Nivel.PRIMARIA and Nivel.parse("secundaria") is Nivel.SECUNDARIA
    with pytest.raises(ValueError):
        Nivel.SECUNDARIA.grado_label(6)
    with pytest.raises(ValueError):
        Nivel.parse("superior")


def test_progression_and_statement_words():
    assert next_step(Nivel.INICIAL, 5) == (Nivel.PRIMARIA, 1)
    assert next_step(Nivel.PRIMARIA, 6) == (Nivel.SECUNDARIA, 1)
    assert next_step(Nivel.SECUNDARIA, 5) is None
    assert statement_list([1, 2, 3]) == "PRIMER, SEGUNDO y TERCER"
    assert statement_list([4]) == "CUARTO"
    assert expected_age(Nivel.SECUNDARIA, 1) == 12


@pytest.mark.parametrize(
    ("year", "nivel", "grado", "scale", "unit"),
    [
        (2015, Nivel.PRIMARIA, 3, Scale.LITERAL, Unit.AREA),
        (2015, Nivel.SECUNDARIA, 1, Scale.VIGESIMAL, Unit.AREA),
        (2019, Nivel.SECUNDARIA, 1, Scale.LITERAL, Unit.AREA),
        (2019, Nivel.SECUNDARIA, 2, Scale.VIGESIMAL, Unit.AREA),
        (2020, Nivel.SECUNDARIA, 2, Scale.LITERAL, Unit.COMPETENCIA),
        (2020, Nivel.SECUNDARIA, 3, Scale.VIGESIMAL, Unit.COMPETENCIA),
        (2021, Nivel.SECUNDARIA, 3, Scale.LITERAL, Unit.COMPETENCIA),
        (2022, Nivel.SECUNDARIA, 5, Scale.VIGESIMAL, Unit.COMPETENCIA),
        (2023, Nivel.SECUNDARIA, 5, Scale.LITERAL, Unit.COMPETENCIA),
        (2024, Nivel.PRIMARIA, 6, Scale.LITERAL, Unit.COMPETENCIA),
        (2018, Nivel.INICIAL, 4, Scale.LITERAL, Unit.AREA),
    ],
)
def test_scale_rule_table(year, nivel, grado, scale, unit):
    rule = scale_for(year, nivel, grado)
    assert (rule.scale, rule.unit) == (scale, unit)
    assert rule.confidence


def test_every_grade_year_has_a_scale_and_curriculum():
    for year in range(2009, 2031):
        for nivel in Nivel:
            assert curriculum_for(year, nivel) in Curriculum
            for grado in nivel.grados:
                scale_for(year, nivel, grado)


def test_calificativos_are_text_on_their_scale():
    assert is_valid_calificativo("AD", Scale.LITERAL)
    assert not is_valid_calificativo("14", Scale.LITERAL)
    assert is_valid_calificativo("08", Scale.VIGESIMAL)
    assert not is_valid_calificativo("21", Scale.VIGESIMAL)
    for anywhere in ("EXO", "-", ""):
        assert is_valid_calificativo(anywhere, Scale.LITERAL)
        assert is_valid_calificativo(anywhere, Scale.VIGESIMAL)
    assert normalize_calificativo(" 8 ") == "08" and normalize_calificativo("ad") == "AD"
    assert [level_band(v) for v in ("AD", "C", "19", "15", "12", "03", "EXO")] == [
        0,
        3,
        0,
        1,
        2,
        3,
        None,
    ]
    assert is_failing("10") and not is_failing("11") and is_failing("C") and not is_failing("-")


def test_curricula_catalogues():
    assert len(competencia_names()) == 31
    assert competencia_name(23) == "Resuelve problemas de cantidad"
    assert transversal_competencias() == (28, 29)
    cneb_sec = areas(Curriculum.CNEB, Nivel.SECUNDARIA)
    assert sum(len(a.competencias) for a in cneb_sec) + 2 == 31
    assert [a.name for a in areas(Curriculum.DCN2009, Nivel.SECUNDARIA)][:2] == [
        "Matemática",
        "Comunicación",
    ]
    assert any(a.religion for a in cneb_sec)
    assert AreaKind.TALLER.siagie_code == "002"
    assert curriculum_for(2015, Nivel.PRIMARIA) is Curriculum.DCN2009
    assert curriculum_for(2021, Nivel.SECUNDARIA) is Curriculum.CNEB


def test_situacion_final_values():
    assert outcome_of("APROBADO") is Outcome.PROMOTED
    assert outcome_of("promoción guiada") is Outcome.PROMOTED
    assert outcome_of("PERMANECE EN EL GRADO") is Outcome.REPEAT
    assert outcome_of("ALGO NUEVO DE SIAGIE") is Outcome.UNKNOWN
    assert outcome_of(None) is Outcome.UNKNOWN
    assert words_for(2016, Nivel.PRIMARIA).promoted == "APROBADO"
    assert not words_for(2020, Nivel.PRIMARIA).repetition_allowed
    assert words_for(2024, Nivel.SECUNDARIA).promoted == "PROMOVIDO"


def test_roles_are_ordered():
    assert Role.ADMINISTRADOR.allows(Role.OPERADOR)
    assert not Role.OPERADOR.allows(Role.SUPERVISOR)


def test_only_ascii_digits_are_grades():
    """«１４» and «٣» are digits to Python (int() reads them) but no acta writes them, and a
    constancia must not print them (an independent tester stored both)."""
    from cla_desktop.domain.grading import Scale, is_valid_calificativo, normalize_calificativo

    assert is_valid_calificativo("14", Scale.VIGESIMAL)
    assert not is_valid_calificativo("１４", Scale.VIGESIMAL)
    assert not is_valid_calificativo("٣", Scale.VIGESIMAL)
    assert normalize_calificativo("٣") == "٣"  # not "0٣"
