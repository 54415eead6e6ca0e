"""Constancia snapshots built by hand, for the paper tests: no database needed."""

from __future__ import annotations

from cla_desktop.domain.constancia import Column, Row, Snapshot

ISSUED_AT = "2026-11-28T10:35:00-05:00"


def columns(nivel: str = "SECUNDARIA", taken: int = 5) -> tuple[Column, ...]:
    grados = (3, 4, 5) if nivel == "INICIAL" else tuple(range(1, 7 if nivel == "PRIMARIA" else 6))
    made = []
    for index, grado in enumerate(grados):
        label = f"{grado} años" if nivel == "INICIAL" else f"{grado}.°"
        if index < taken:
            made.append(Column(grado, label, 2018 + index, "0474494-0", "APROBADO"))
        else:
            made.append(Column(grado, label, None, None, None))
    return tuple(made)


def area_rows(count: int, cols: tuple[Column, ...], value: str = "14") -> tuple[Row, ...]:
    return tuple(
        Row(
            "AREA",
            f"Área {index:02d}",
            f"Competencia {index:02d}",
            tuple(value if c.year else "-" for c in cols),
        )
        for index in range(count)
    )


def transversal_rows(cols: tuple[Column, ...]) -> tuple[Row, ...]:
    return tuple(
        Row("TRANSVERSAL", "Competencias transversales", name, tuple("A" for _ in cols))
        for name in ("Gestiona su aprendizaje", "Se desenvuelve en entornos virtuales")
    )


def snapshot(**changes) -> Snapshot:
    cols = changes.pop("columns", None) or columns(changes.get("nivel", "SECUNDARIA"))
    values = dict(
        version=1,
        correlativo="00000012",
        codigo_virtual="ABCD2345",
        issued_at=ISSUED_AT,
        office_code="080013",
        office_name="UGEL URUBAMBA",
        header_lines=("DRE CUSCO", "UGEL URUBAMBA"),
        verification_base="",
        modalidad="EDUCACIÓN BÁSICA REGULAR",
        nivel="SECUNDARIA",
        document_type="DNI",
        document_number="47112233",
        codigo_estudiante=None,
        apellido_paterno="ÑAHUI",
        apellido_materno="HUAMÁN",
        nombres="JOSÉ ÁNGEL",
        columns=cols,
        rows=area_rows(4, cols) + transversal_rows(cols),
        observaciones=(),
        has_exoneration=False,
        requester_type="titular",
        requester_document=None,
        requester_name=None,
        motivo="Trámite laboral",
    )
    values.update(changes)
    return Snapshot(**values)
