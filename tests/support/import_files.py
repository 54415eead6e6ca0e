"""Files to import, written the ways offices receive them: CSV in UTF-8, UTF-8 with BOM or
cp1252 with any delimiter, XLSX with title rows above the header, dBase (cp850, NUL padding).

The schools are real (the ESCALE sample shipped in resources/); the students are fictional.
"""

from __future__ import annotations

import csv
import struct
from datetime import date
from pathlib import Path

PADRON_HEADER = [
    "COD_MOD", "ANEXO", "CEN_EDU", "D_NIV_MOD", "D_GES_DEP", "CODOOII", "CODGEO", "DIR_CEN",
    "D_ESTADO",
]  # fmt: skip
NOMINA_HEADER = [
    "COD_MOD", "ANEXO", "ANIO", "ID_NIVEL", "DSC_NIVEL", "ID_GRADO", "DSC_GRADO", "SECCION",
    "COD_ESTUDIANTE", "TIPO_DOCUMENTO", "DNI", "APELLIDO_PATERNO", "APELLIDO_MATERNO", "NOMBRES",
    "SEXO", "FECHA_NACIMIENTO",
]  # fmt: skip
ACTA_HEADER = [
    "COD_MOD", "ANEXO", "ANIO", "NIVEL", "GRADO", "SECCION", "COD_ESTUDIANTE", "AREA",
    "TIPO_AREA", "COMPETENCIA", "CALIFICATIVO", "SITUACION_FINAL", "ESTADO_ACTA",
]  # fmt: skip

# Real primaria schools of the shipped sample (resources/reference/ie_muestra_275.csv).
PRIMARIA_SCHOOLS = ("0204990", "0206326", "0410449")
PEOPLE = (
    ("HUAMÁN", "QUISPE", "ÁNGEL RENZO", "H", date(2012, 3, 4)),
    ("NÚÑEZ", "DE LA CRUZ", "MARÍA JOSÉ", "M", date(2012, 7, 19)),
    ("CCAHUANA", "MAMANI", "LUZ MARINA", "M", date(2012, 1, 30)),
    ("PEÑA", "ÁLVAREZ", "JOSÉ LUIS", "H", date(2012, 11, 2)),
)


ORDINALS = ("PRIMERO", "SEGUNDO", "TERCERO", "CUARTO", "QUINTO", "SEXTO")


def student_code(number: int) -> str:
    return str(10**13 + number)


def dni(number: int) -> str:
    return f"{70000000 + number:08d}"


def nomina_rows(year: int = 2019, grado: int = 1, school: str = PRIMARIA_SCHOOLS[0]) -> list[list]:
    rows = []
    for number, (paterno, materno, nombres, sexo, born) in enumerate(PEOPLE, start=1):
        rows.append(
            [
                school, "0", str(year), "B0", "PRIMARIA", str(3 + grado), ORDINALS[grado - 1], "A",
                student_code(number), "DNI", dni(number), paterno, materno, nombres, sexo,
                born.strftime("%d/%m/%Y"),
            ]
        )  # fmt: skip
    return rows


PRIMARIA_2019_AREAS = ("Matemática", "Comunicación", "Personal Social", "Ciencia y Ambiente")


def acta_rows(year: int = 2019, grado: int = 1, school: str = PRIMARIA_SCHOOLS[0]) -> list[list]:
    """Primaria 2019: literal scale, one result per área."""
    grades = ("A", "AD", "B", "A")
    rows = []
    for number in range(1, len(PEOPLE) + 1):
        for index, area in enumerate(PRIMARIA_2019_AREAS):
            rows.append(
                [
                    school, "0", str(year), "PRIMARIA", str(grado), "A", student_code(number),
                    area, "AREA", "", grades[(index + number) % 4], "APROBADO", "APROBADA",
                ]
            )  # fmt: skip
    return rows


def padron_rows() -> list[list]:
    """Rows of the real sample as the padrón writes them (one code without its leading zero,
    as a spreadsheet leaves it); UGEL as inferred in ie_muestra_275.ugel.toml."""
    return [
        ["204990", "0", "50721", "Primaria", "Sector Educación", "080013", "", "CHICON", "Activa"],
        ["0206326", "0", "51031 SANTA ROSA DE LIMA", "Primaria", "Sector Educación", "080013",
         "", "AVENIDA MARISCAL CASTILLA S/N", "Activa"],
        ["0410449", "", "50572", "Primaria", "Sector Educación", "080013", "",
         "AVENIDA MARISCAL CASTILLA S/N", "Activa"],
        ["0403691", "0", "217 NIÑO DE PRAGA", "Inicial - Jardín", "Sector Educación", "080013",
         "", "JIRON SUCRE S/N", "Activa"],
    ]  # fmt: skip


def write_csv(
    path: Path,
    header: list[str],
    rows: list[list],
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, header: list[str], rows: list[list], *, title_rows: int = 2) -> Path:
    """With title rows above the header; short numbers as number cells (a código modular
    loses its leading zero, as when someone retyped it in Excel)."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Hoja1")
    for line in range(title_rows):
        sheet.append([f"REPORTE SIAGIE - línea de título {line + 1}"])
    sheet.append(header)
    for row in rows:
        sheet.append([int(cell) if cell.isdigit() and len(cell) < 8 else cell for cell in row])
    book.save(path)
    return path


def write_dbf(path: Path, header: list[str], rows: list[list], *, nul_padding: bool = True) -> Path:
    """A dBase III table of character fields, cp850 (language driver 0x02), as ESCALE ships it."""
    widths = [max([len(name), *(len(str(row[i]).encode("cp850")) for row in rows)]) + 2
              for i, name in enumerate(header)]  # fmt: skip
    record_size = 1 + sum(widths)
    header_size = 32 + 32 * len(header) + 1
    today = date.today()
    out = bytearray(
        struct.pack(
            "<BBBBIHH20x",
            3,
            today.year - 1900,
            today.month,
            today.day,
            len(rows),
            header_size,
            record_size,
        )
    )
    out[29] = 0x02  # cp850
    for name, width in zip(header, widths, strict=True):
        out += struct.pack("<11sc4xBB14x", name.encode("ascii"), b"C", width, 0)
    out += b"\r"
    for row in rows:
        out += b" "
        for value, width in zip(row, widths, strict=True):
            data = str(value).encode("cp850")
            pad = b"\x00" if nul_padding else b" "
            out += data + pad * (width - len(data))
    out += b"\x1a"
    path.write_bytes(bytes(out))
    return path
