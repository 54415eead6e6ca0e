"""Eight digits in a date cell: aaaammdd, or a dd/mm/aaaa that lost its slashes."""

from datetime import date

import pytest

from cla_desktop.domain.spreadsheet_dates import order_evidence, read_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20100314", date(2010, 3, 14)),
        ("14032010", date(2010, 3, 14)),
        ("04032010", date(2010, 3, 4)),
        ("20121999", date(1999, 12, 20)),
        ("20011012", date(2001, 10, 12)),  # 20/01/1012 is no birth date
    ],
)
def test_eight_digits_read_the_one_way_that_is_a_date(text, expected):
    assert read_date(text) == expected


def test_eight_digits_that_are_no_date_say_so():
    with pytest.raises(ValueError, match="no existe"):
        read_date("99999999")


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("14/03/2010", "día/mes"),
        ("03/14/2010", "mes/día"),
        ("03/04/2010", "cualquiera"),  # either order
        ("00/13/2010", "cualquiera"),  # no order: the row's own problem
        ("02/30/2010", "cualquiera"),
        ("31/02/2010", "cualquiera"),
        ("2010-03-14", None),  # another shape
    ],
)
def test_only_a_real_date_tells_the_order(text, evidence):
    assert order_evidence(text) == evidence
