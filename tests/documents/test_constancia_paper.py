"""The constancia on paper (#15, points 1, 5 and 7), read back as a person or a program would:
pdftotext per page, pdfinfo, pdfdetach (poppler) and read_attached (pypdf)."""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from cla_desktop.documents.constancia_attachment import FILE_NAME, embed, read_attached
from cla_desktop.documents.constancia_pdf import RenderOptions, render_constancia
from tests.documents.paper_snapshots import area_rows, columns, snapshot, transversal_rows

QR = "CLA1:PRUEBA"


def _pages(pdf: bytes, tmp_path: Path, mode: str = "-layout") -> list[str]:
    path = tmp_path / "c.pdf"
    path.write_bytes(pdf)
    count = int(
        next(
            line.split()[-1]
            for line in _run("pdfinfo", str(path)).splitlines()
            if line.startswith("Pages:")
        )
    )
    return [
        _run("pdftotext", mode, "-f", str(p), "-l", str(p), str(path), "-")
        for p in range(1, count + 1)
    ]


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_office_certifies_exactly_the_grades_printed(tmp_path):
    cols = columns(taken=3)
    text = _flat(_pages(render_constancia(snapshot(columns=cols), RenderOptions(QR)), tmp_path)[0])
    assert (
        "La Unidad de Gestión Educativa Local URUBAMBA hace constar que, de acuerdo con la "
        "información registrada en el Sistema de Información de Apoyo a la Gestión de la "
        "Institución Educativa (SIAGIE), la o el estudiante JOSÉ ÁNGEL ÑAHUI HUAMÁN, con DNI N.° "
        "47112233, registra calificativos correspondientes a PRIMER, SEGUNDO y TERCER grado de "
        "educación básica regular, nivel de EDUCACIÓN SECUNDARIA, según consta en las actas de "
        "evaluación respectivas, cuyo detalle figura a continuación."
    ) in text
    assert "CUARTO" not in text


@pytest.mark.parametrize(
    ("office", "subject"),
    [
        ("DRE CUSCO", "La Dirección Regional de Educación CUSCO hace constar que"),
        ("UGEL 03 BREÑA", "La Unidad de Gestión Educativa Local 03 BREÑA hace constar que"),
        ("OFICINA <PILOTO>", "OFICINA <PILOTO> hace constar que"),
        ("", "Se hace constar que, de acuerdo"),
    ],
)
def test_every_office_is_named_as_who_certifies(tmp_path, office, subject):
    pdf = render_constancia(snapshot(office_name=office), RenderOptions(QR))
    assert subject in _flat(_pages(pdf, tmp_path)[0])


def test_inicial_ages_are_a_list_with_y_and_one_age_is_singular(tmp_path):
    three = snapshot(nivel="INICIAL", columns=columns("INICIAL", taken=3))
    text = _flat(_pages(render_constancia(three, RenderOptions(QR)), tmp_path)[0])
    assert "correspondientes a las edades de 3 años, 4 años y 5 años de educación" in text
    one = snapshot(nivel="INICIAL", columns=columns("INICIAL", taken=1))
    text = _flat(_pages(render_constancia(one, RenderOptions(QR)), tmp_path)[0])
    assert "correspondientes a la edad de 3 años de educación" in text


def _page_of(pages: list[str], label: str) -> int:
    found = [index for index, page in enumerate(pages) if label in page]
    assert found, label
    return found[0]


@pytest.mark.parametrize(
    ("areas", "transversal"),
    [(n, True) for n in range(14, 62, 3)] + [(n, False) for n in (16, 17, 18, 39)],
)
def test_no_heading_ends_a_page_and_situacion_final_never_stands_alone(
    tmp_path, areas, transversal
):
    """The number of rows moves every page break across the headings and the last rows
    (without NOSPLIT, 14, 38 and 17, 39 without transversales, break a rule)."""
    cols = columns()
    rows = area_rows(areas, cols) + (transversal_rows(cols) if transversal else ())
    pages = _pages(render_constancia(snapshot(rows=rows), RenderOptions(QR)), tmp_path)
    assert _page_of(pages, "Áreas curriculares") == _page_of(pages, "Área 00: Competencia 00")
    last = rows[-1].competencia if transversal else rows[-1].area
    if transversal:
        assert _page_of(pages, "Competencias transversales") == _page_of(
            pages, "Gestiona su aprendizaje"
        )
    assert _page_of(pages, "Situación final") == _page_of(pages, last)


def test_a_three_page_reprint_of_a_replaced_copy_says_so_on_every_page(tmp_path):
    cols = columns()
    rows = area_rows(45, cols) + transversal_rows(cols)
    pdf = render_constancia(snapshot(rows=rows), RenderOptions(QR, watermark="REEMPLAZADA"))
    pages = _pages(pdf, tmp_path, "-raw")
    assert len(pages) == 3
    assert all("REEMPLAZADA" in page for page in pages)
    assert all(f"Página {n} de 3" in page for n, page in enumerate(pages, start=1))


def _legend(pdf: bytes, tmp_path: Path) -> str:
    return _flat("".join(_pages(pdf, tmp_path)))


def test_only_the_scales_the_document_uses_are_explained(tmp_path):
    cols = columns()
    literal = snapshot(rows=area_rows(3, cols, "AD"))
    text = _legend(render_constancia(literal, RenderOptions(QR)), tmp_path)
    assert (
        "Escala literal: AD (logro destacado), A (logro esperado), B (en proceso) y C (en inicio)."
    ) in text
    assert "vigesimal" not in text
    vigesimal = snapshot(rows=area_rows(3, cols, "15"))
    text = _legend(render_constancia(vigesimal, RenderOptions(QR)), tmp_path)
    assert "Escala vigesimal: de 0 a 20, aprobatoria desde 11." in text
    assert "Escala literal" not in text
    both = snapshot(rows=area_rows(3, cols, "15") + transversal_rows(cols))
    text = _legend(render_constancia(both, RenderOptions(QR)), tmp_path)
    assert "Escala literal" in text and "Escala vigesimal" in text
    assert "«-»" not in text and "EXO:" not in text  # every column taken, no exoneration


def test_without_a_verification_page_no_address_is_printed(tmp_path):
    text = _flat(_pages(render_constancia(snapshot(), RenderOptions(QR)), tmp_path)[0])
    assert "cualquier UGEL o DRE que use CLA Escritorio. La firma digital" in text
    assert "http" not in text and " o en " not in text
    page = snapshot(verification_base="https://ugel.example.gob.pe/v")
    text = _flat(_pages(render_constancia(page, RenderOptions(QR)), tmp_path)[0])
    assert "que use CLA Escritorio, o en https://ugel.example.gob.pe/v." in text


def _info(pdf: bytes, tmp_path: Path, *flags: str) -> str:
    path = tmp_path / "m.pdf"
    path.write_bytes(pdf)
    return _run("pdfinfo", *flags, str(path))


def test_metadata_is_dated_at_the_issue_and_a_reprint_is_byte_identical(tmp_path):
    pdf = render_constancia(snapshot(), RenderOptions(QR))
    assert render_constancia(snapshot(), RenderOptions(QR)) == pdf
    info = _info(pdf, tmp_path, "-isodates")
    assert "Title:           Constancia de Logros de Aprendizaje — JOSÉ ÁNGEL ÑAHUI HUAMÁN" in info
    assert "Author:          UGEL URUBAMBA" in info
    assert "código virtual ABCD2345" in info
    assert "CreationDate:    2026-11-28T10:35:00-05" in info
    assert "ModDate:         2026-11-28T10:35:00-05" in info
    xmp = _info(pdf, tmp_path, "-meta")
    for tag in ("CreateDate", "ModifyDate", "MetadataDate"):
        assert f"<xmp:{tag}>2026-11-28T10:35:00-05:00</xmp:{tag}>" in xmp
    assert "Constancia de Logros de Aprendizaje — JOSÉ ÁNGEL ÑAHUI HUAMÁN" in xmp
    later = render_constancia(snapshot(issued_at="2027-01-05T08:00:00-05:00"), RenderOptions(QR))
    assert "CreationDate:    2027-01-05T08:00:00-05" in _info(later, tmp_path, "-isodates")


def test_an_issued_copy_carries_its_signed_snapshot(tmp_path):
    made = snapshot()
    pdf = render_constancia(made, RenderOptions(QR))
    attached = read_attached(pdf)
    assert attached is not None and set(attached) == {"formato", "version", "snapshot", "qr"}
    assert (attached["formato"], attached["version"], attached["qr"]) == (
        "cla-escritorio-constancia",
        1,
        QR,
    )
    again = json.dumps(
        attached["snapshot"], ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    assert again == made.canonical_json()  # the receiver recomputes the signed digest
    path = tmp_path / "a.pdf"
    path.write_bytes(pdf)
    assert f"1: {FILE_NAME}" in _run("pdfdetach", "-list", str(path))  # another reader finds it
    reprint = render_constancia(made, RenderOptions(QR, watermark="ANULADA"))
    assert read_attached(reprint) == attached


def test_a_preview_carries_nothing_and_foreign_or_broken_files_are_told_apart():
    preview = render_constancia(snapshot(), RenderOptions(watermark="VISTA PREVIA"))
    assert read_attached(preview) is None
    with pytest.raises(ValueError, match="No se pudo leer el PDF"):
        read_attached(b"%PDF-1.4 esto no es un PDF")
    with pytest.raises(ValueError, match="No se pudo leer el PDF"):
        read_attached(render_constancia(snapshot(), RenderOptions(QR))[:4000])
    assert read_attached(_pdf_with(None)) is None
    with pytest.raises(ValueError, match="dañado"):
        read_attached(_pdf_with(b"{no es json"))
    with pytest.raises(ValueError, match="no es una constancia"):
        read_attached(_pdf_with(b'{"formato": "factura"}'))


def _pdf_with(attachment: bytes | None) -> bytes:
    """A one-page PDF from elsewhere, with or without a «constancia.json» of its own."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.drawString(100, 700, "otro documento")
    canvas.showPage()
    if attachment is not None:
        embed(canvas, attachment, "D:20261128103500-05'00'")
    canvas.save()
    return buffer.getvalue()


def test_escaped_texts_in_a_replaced_snapshot_still_render(tmp_path):
    rows = area_rows(2, columns())
    odd = replace(rows[0], area="C&T <b>", competencia=None)
    pdf = render_constancia(snapshot(rows=(odd, rows[1])), RenderOptions(QR))
    assert "C&T <b>" in _flat("".join(_pages(pdf, tmp_path, "-raw")))


def test_another_process_renders_the_same_bytes():
    """Byte-identical across processes too (another hash seed): no set or dict order, clock or
    random ID reaches the file."""
    import hashlib
    import os
    import sys

    code = (
        "import hashlib, sys\n"
        "from cla_desktop.documents.constancia_pdf import RenderOptions, render_constancia\n"
        "from tests.documents.paper_snapshots import snapshot\n"
        "pdf = render_constancia(snapshot(), RenderOptions('CLA1:PRUEBA', 'REEMPLAZADA'))\n"
        "sys.stdout.write(hashlib.sha256(pdf).hexdigest())\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(root)}
    other = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout
    pdf = render_constancia(snapshot(), RenderOptions(QR, "REEMPLAZADA"))
    assert other == hashlib.sha256(pdf).hexdigest()
