"""Dates the way spreadsheets and offices write them, read exactly or refused with the reason.

- Excel's serial numbers (a date cell saved as a plain number, or a CSV written from one), in
  the 1900 date system with its fictitious 29 February 1900 (serial 60, refused);
- ISO (2010-03-14), yyyymmdd (20100314), dd/mm/aaaa with "/", "-" or "." — or mm/dd/aaaa when
  the file proves it uses that order (the importer decides per file, never per cell);
- the Peruvian written forms: "14 de marzo de 2010", "14-mar-2010", "14 MAR 2010", setiembre
  and septiembre alike (and the English month abbreviations of an English Excel);
- a time after the date ("2010-03-14 00:00:00", "14/03/2010 0:00") is ignored.
Two-digit years are refused: 10 may be 1910 or 2010, and a birth date must not be guessed.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from cla_desktop.domain.names import fold

MONTHS = {
    "ENERO": 1, "ENE": 1, "JAN": 1,
    "FEBRERO": 2, "FEB": 2,
    "MARZO": 3, "MAR": 3,
    "ABRIL": 4, "ABR": 4, "APR": 4,
    "MAYO": 5, "MAY": 5,
    "JUNIO": 6, "JUN": 6,
    "JULIO": 7, "JUL": 7,
    "AGOSTO": 8, "AGO": 8, "AUG": 8,
    "SETIEMBRE": 9, "SEPTIEMBRE": 9, "SET": 9, "SEP": 9, "SEPT": 9,
    "OCTUBRE": 10, "OCT": 10,
    "NOVIEMBRE": 11, "NOV": 11,
    "DICIEMBRE": 12, "DIC": 12, "DEC": 12,
}  # fmt: skip
_TIME = re.compile(r"\s+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(\s*[AaPp]\.?\s*[Mm]\.?)?$|T\d{2}:\d{2}.*$")
SERIAL_PATTERN = _SERIAL = re.compile(r"^\d{1,5}(\.\d+)?$")  # an Excel date as a number
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NUMERIC = re.compile(r"^(\d{1,4})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{1,4})$")
_FILLER = frozenset({"DE", "DEL"})
EXCEL_LEAP_BUG = 60  # Excel's 1900-02-29, a day that never was
_EPOCH_BEFORE_BUG = date(1899, 12, 31)  # serial 1 = 1900-01-01
_EPOCH_AFTER_BUG = date(1899, 12, 30)  # serial 61 = 1900-03-01
DATE_HINT = "escriba dd/mm/aaaa, por ejemplo 14/03/2010"


class SerialDate(date):
    """A date read from an Excel serial number: the reader can say so if it is implausible."""

    serial: int


def from_excel_serial(serial: int) -> date:
    if serial == EXCEL_LEAP_BUG:
        raise ValueError(
            "El número 60 es el 29/02/1900 de Excel, un día que no existió: revise la celda."
        )
    if serial < 1:
        raise ValueError(f"«{serial}» no es una fecha: {DATE_HINT}.")
    epoch = _EPOCH_BEFORE_BUG if serial < EXCEL_LEAP_BUG else _EPOCH_AFTER_BUG
    day = epoch + timedelta(days=serial)
    found = SerialDate(day.year, day.month, day.day)
    found.serial = serial
    return found


DAY_FIRST, MONTH_FIRST, EITHER = "día/mes", "mes/día", "cualquiera"


def order_evidence(text: str) -> str | None:
    """DAY_FIRST when a dd/mm/aaaa-shaped text is a real date only read day first (14/03/2010),
    MONTH_FIRST when only month first (03/14/2010), EITHER when both or neither would do (an
    impossible date, 00/13/2010 or 02/30/2010, is the row's problem, never evidence about the
    whole file); None for a text of another shape."""
    match = _NUMERIC.match(_TIME.sub("", text.strip()))
    if match is None or len(match.group(4)) != 4 or len(match.group(1)) > 2:
        return None
    first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    as_day_first = _exists(year, second, first)
    as_month_first = _exists(year, first, second)
    if as_day_first and not as_month_first:
        return DAY_FIRST
    if as_month_first and not as_day_first:
        return MONTH_FIRST
    return EITHER


def _exists(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def read_date(text: str, *, month_first: bool = False) -> date | None:
    """The date a cell holds; None for an empty cell; ValueError with a Spanish sentence."""
    cleaned = _TIME.sub("", text.strip())
    if not cleaned:
        return None
    if _SERIAL.match(cleaned):
        return from_excel_serial(int(cleaned.split(".")[0]))
    if (match := _COMPACT.match(cleaned)) is not None:
        return _compact(cleaned)
    if (match := _NUMERIC.match(cleaned)) is not None:
        first, second, third = match[1], match[3], match[4]
        if len(first) == 4:
            return _made(cleaned, int(first), int(second), int(third))
        if len(third) == 4 and len(first) <= 2:
            day, month = (second, first) if month_first else (first, second)
            return _made(cleaned, int(third), int(month), int(day))
        if len(third) == 2 and len(first) <= 2:
            raise _two_digit_year(cleaned, third)
        raise ValueError(f"Fecha no válida «{_shown(cleaned)}»: {DATE_HINT}.")
    return _written(cleaned)


def _compact(cleaned: str) -> date:
    """Eight digits: aaaammdd (20100314), or ddmmaaaa (14032010, a dd/mm/aaaa cell that lost
    its slashes) when only that reading is a date with a year of this century or the last."""
    as_iso = (int(cleaned[:4]), int(cleaned[4:6]), int(cleaned[6:]))
    as_peru = (int(cleaned[4:]), int(cleaned[2:4]), int(cleaned[:2]))
    readings = [
        (year, month, day)
        for year, month, day in (as_iso, as_peru)
        if 1900 <= year <= 2099 and _exists(year, month, day)
    ]
    if len(readings) == 1:
        return date(*readings[0])
    if readings:
        raise ValueError(
            f"La fecha «{_shown(cleaned)}» puede leerse como aaaammdd o como ddmmaaaa: "
            "escríbala con barras (dd/mm/aaaa)."
        )
    raise ValueError(f"La fecha «{_shown(cleaned)}» no existe: revise la celda ({DATE_HINT}).")


def _written(cleaned: str) -> date:
    """ "14 de marzo de 2010", "14-MAR-2010", "marzo 14 2010"."""
    words = [word for word in fold(cleaned).split() if word not in _FILLER]
    if len(words) == 3:
        months = [i for i, word in enumerate(words) if word in MONTHS]
        if len(months) == 1 and months[0] in (0, 1):
            at = months[0]
            day_text = words[1 - at] if at == 1 else words[1]
            year_text = words[2]
            if day_text.isdigit() and year_text.isdigit():
                if len(year_text) == 2:
                    raise _two_digit_year(cleaned, year_text)
                if len(year_text) == 4:
                    return _made(cleaned, int(year_text), MONTHS[words[at]], int(day_text))
    raise ValueError(f"Fecha no válida «{_shown(cleaned)}»: {DATE_HINT}.")


def _shown(text: str) -> str:
    """A cell quoted in a message: a 5,000-character cell is a pasted column, not a date."""
    return text if len(text) <= 40 else text[:40] + "…"


def _made(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(
            f"La fecha «{_shown(text)}» no existe (día {day}, mes {month}): revise la celda."
        ) from None


def _two_digit_year(text: str, year: str) -> ValueError:
    return ValueError(
        f"La fecha «{_shown(text)}» tiene el año con dos dígitos ({year}): puede ser 19{year} o "
        f"20{year}; escriba el año completo."
    )
