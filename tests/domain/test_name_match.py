"""The acta's written name against the student registered under its code."""

import pytest

from cla_desktop.domain.name_match import RegisteredName, can_be

ANA = RegisteredName("QUISPE", "MAMANI", "ANA MARIA")


@pytest.mark.parametrize(
    "written",
    [
        "QUISPE MAMANI, ANA MARIA",
        "quispe mamani ana maría",
        "QUISPE MAMANI ANA",  # the second given name left out
        "QUISPE ANA MARIA",  # the second surname left out
        "QUISPE MAMANI ANA MARIA JOSE",  # one more given name
        "QUISPE MAMANY ANA MARIA",  # a typing slip
    ],
)
def test_the_same_person_written_as_people_write(written):
    assert can_be(written, ANA)


@pytest.mark.parametrize(
    "written",
    [
        "QUISPE MAMANI PEDRO",  # a brother: both surnames, another given name
        "QUISPE MAMANI CARLOS ALBERTO",
        "ROJAS VEGA ANA MARIA",  # only the given names
        "QUISPE CCORI ANA MARIA",  # another mother's family
        "ANA MARIA",
        "MAMANI QUISPE LUIS",
        ".",
    ],
)
def test_another_person_is_not(written):
    assert not can_be(written, ANA)


def test_accents_and_particles_do_not_matter():
    nunez = RegisteredName("NÚÑEZ", "DE LA CRUZ", "MARÍA JOSÉ")
    assert can_be("NUÑEZ DE LA CRUZ, MARIA JOSE", nunez)
    assert can_be("NUNEZ CRUZ MARIA JOSE", nunez)
