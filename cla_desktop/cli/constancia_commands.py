"""`cla issue`, `cla reprint`, `cla verify` and `cla annul` (the keys: cli.key_commands)."""

from __future__ import annotations

import argparse
import contextlib
import csv
import sys
from pathlib import Path

from sqlmodel import Session

from cla_desktop.cli.output import dumps
from cla_desktop.documents.constancia_attachment import read_attached
from cla_desktop.documents.constancia_pdf import RenderOptions, render_constancia
from cla_desktop.domain.constancia import IssueRefused, RequesterType
from cla_desktop.domain.levels import Nivel, grado_text
from cla_desktop.services.actor import Actor
from cla_desktop.services.constancias.batch import BatchRequest, issue_batch
from cla_desktop.services.constancias.issuance import issue_constancia, record_refusal
from cla_desktop.services.constancias.register import annul_constancia, stored_constancia
from cla_desktop.services.constancias.verification import Verdict, verify_document, verify_text
from cla_desktop.services.database_setup import open_database
from cla_desktop.services.error_text import describe_error
from cla_desktop.services.trajectory import find_student_id

EXIT_REFUSED = 4
# A forged or unreadable code's data are not shown as if they were the constancia's; a code
# this office cannot check is shown as what it claims.
HIDDEN = (Verdict.FALSIFICADA, Verdict.ILEGIBLE)
UNCHECKED = (Verdict.NO_VERIFICABLE, Verdict.CLAVE_REVOCADA)
DEFAULT_MOTIVO = "Solicitud en ventanilla"


def add_parsers(commands: argparse._SubParsersAction) -> None:
    issue = commands.add_parser("issue", help="emitir una constancia (PDF)")
    issue.add_argument("document", nargs="?", metavar="DOC_O_CÓDIGO")
    issue.add_argument("--nivel", required=True, choices=["inicial", "primaria", "secundaria"])
    issue.add_argument("--out", required=True, help="archivo PDF (o carpeta con --batch)")
    issue.add_argument(
        "--batch",
        metavar="ARCHIVO",
        help="una línea por estudiante: DOC[,tipo,DNI solicitante,nombre solicitante]",
    )
    issue.add_argument("--json", action="store_true")
    issue.add_argument(
        "--requester-type", default="titular", choices=[t.value for t in RequesterType]
    )
    issue.add_argument("--requester-doc")
    issue.add_argument("--requester-name")
    issue.add_argument("--motivo", default=DEFAULT_MOTIVO)
    reprint = commands.add_parser("reprint", help="reimprimir una constancia desde su registro")
    reprint.add_argument("code", metavar="CÓDIGO_VIRTUAL")
    reprint.add_argument("--out", required=True)
    verify = commands.add_parser("verify", help="verificar una constancia (QR, código o PDF)")
    verify.add_argument(
        "text", metavar="TEXTO", help="texto del QR, código virtual o el PDF de la constancia"
    )
    verify.add_argument("--dni", help="documento del estudiante, con un código tecleado")
    verify.add_argument("--json", action="store_true")
    annul = commands.add_parser("annul", help="anular una constancia (supervisor)")
    annul.add_argument("code", metavar="CÓDIGO_VIRTUAL")
    annul.add_argument("--reason", required=True)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)  # never half a PDF


def _issue_one(session, actor, document, nivel, args, requester, out: Path) -> dict:
    """The PDF is written (to a temporary name beside `out`) before the constancia is
    committed: a folder that cannot be written leaves nothing issued and the citizen's earlier
    constancia still valid; the file takes its name only once the issue is committed."""
    student_id = find_student_id(session, actor, document)
    try:
        issued = issue_constancia(
            session,
            actor,
            student_id=student_id,
            nivel=nivel,
            requester_type=RequesterType(requester[0]),
            requester_document=requester[1],
            requester_name=requester[2],
            motivo=args.motivo,
        )
    except IssueRefused as refusal:
        session.rollback()
        record_refusal(session.get_bind(), actor, student_id, nivel, refusal)
        raise
    pdf = render_constancia(issued.snapshot, RenderOptions(qr_text=issued.qr_text))
    tmp = out.with_name(out.name + ".tmp")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(pdf)
    except OSError as error:
        session.rollback()
        with contextlib.suppress(OSError):  # a path through a file cannot be unlinked either
            tmp.unlink(missing_ok=True)
        raise UnwritableOutput(
            f"No se pudo escribir el PDF: {describe_error(error, path=out)} No se emitió la "
            "constancia (la anterior sigue vigente); indique otro archivo con --out."
        ) from None  # the cause is in the sentence; a chained OSError would replace it
    try:
        session.commit()
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
    tmp.replace(out)
    return {
        "correlativo": issued.snapshot.correlativo,
        "codigo_virtual": issued.snapshot.codigo_virtual,
        "reemplaza_a": issued.replaced_code,
    }


class UnwritableOutput(ValueError):
    """The PDF could not be written where asked; nothing was issued (a Spanish sentence)."""


def run_issue(args: argparse.Namespace, url, actor: Actor) -> int:
    nivel = Nivel.parse(args.nivel)
    opened = open_database(url, upgrade=False)
    out = Path(args.out)
    if not args.batch:
        if not args.document:
            raise ValueError("Indique el DNI o código del estudiante, o use --batch.")
        requester = (args.requester_type, args.requester_doc, args.requester_name)
        with Session(opened.engine) as session:
            try:
                result = _issue_one(session, actor, args.document, nivel, args, requester, out)
            except IssueRefused as refusal:
                print(f"No se emitió: {refusal}", file=sys.stderr)
                return EXIT_REFUSED
        result["archivo"] = str(out)
        if args.json:
            print(dumps(result))
        else:
            print(
                f"Constancia N.° {result['correlativo']}, código {result['codigo_virtual']}: {out}"
            )
        return 0
    requests = []
    skipped = 0
    with Path(args.batch).open(encoding="utf-8-sig", newline="") as handle:
        for number, line in enumerate(csv.reader(handle), start=1):
            if not line or not line[0].strip():
                continue
            document, kind, requester_doc, requester_name = [
                part.strip() for part in [*line, "", "", ""][:4]
            ]
            try:
                requester = RequesterType((kind or args.requester_type).lower())
            except ValueError:
                skipped += 1
                print(
                    f"Línea {number} ({document}): no se emitió: el tipo de solicitante «{kind}» "
                    f"no es válido (use {', '.join(t.value for t in RequesterType)}).",
                    file=sys.stderr,
                )
                continue
            requests.append(
                BatchRequest(document, requester, requester_doc or None, requester_name or None)
            )
    items = issue_batch(
        opened.engine, actor, requests, nivel=nivel, motivo=args.motivo, out_dir=out
    )
    for item in items:
        if item.problem:
            print(f"{item.document}: no se emitió: {item.problem}", file=sys.stderr)
        else:
            print(f"{item.document}: N.° {item.correlativo} {item.codigo_virtual} {item.path}")
    return EXIT_REFUSED if skipped or any(item.problem for item in items) else 0


def run_reprint(args: argparse.Namespace, url, actor: Actor) -> int:
    opened = open_database(url, upgrade=False)
    with Session(opened.engine) as session:
        stored = stored_constancia(session, actor, args.code)
        session.commit()
    _write(
        Path(args.out),
        render_constancia(
            stored.snapshot, RenderOptions(qr_text=stored.qr_text, watermark=stored.watermark)
        ),
    )
    print(f"Reimpresa desde el registro ({stored.state.value}): {args.out}")
    return 0


def run_verify(args: argparse.Namespace, url, actor: Actor) -> int:
    opened = open_database(url, upgrade=False)
    with Session(opened.engine) as session:
        if not args.text.strip():
            raise ValueError("Escriba el texto del QR, el código virtual o la ruta del PDF.")
        if _is_folder(args.text):
            raise ValueError(f"{args.text} es una carpeta: indique el PDF de la constancia.")
        if args.text.lower().endswith(".pdf"):
            attached = read_attached(_read_pdf(Path(args.text)))
            result = verify_document(session, actor, attached)
        else:
            result = verify_text(session, actor, args.text, dni=args.dni)
        session.commit()
    if args.json:
        print(dumps(result))
    else:
        print(f"{result.verdict.value}: {result.message}")
        if result.names and result.verdict in UNCHECKED:
            print("  Lo que dice el código (sin comprobar):")
        if result.names and result.verdict not in HIDDEN:
            print(
                f"  {result.names} · {result.document} · nivel {result.nivel} · "
                f"código {result.codigo_virtual} · N.° {result.correlativo}"
            )
            for year, grado, situacion in result.years:
                print(f"  {year}  {grado_text(result.nivel, grado)}  {situacion or '-'}")
        if result.office:
            print(f"  Emitida por {result.office}")
        if result.trust_expired or result.verdict is Verdict.NO_VERIFICABLE:
            print(f"  {result.trust}")
    return 0 if result.verdict is Verdict.VALIDA else 1


def run_annul(args: argparse.Namespace, url, actor: Actor) -> int:
    opened = open_database(url, upgrade=False)
    with Session(opened.engine) as session:
        annul_constancia(session, actor, args.code, args.reason)
        session.commit()
    print(f"Constancia {args.code.upper()} anulada.")
    return 0


def _read_pdf(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ValueError(f"No existe el archivo {path}: revise la ruta del PDF.") from None
    except OSError as error:
        raise ValueError(f"No se pudo leer el PDF {path}: {error.strerror}.") from None


def _is_folder(text: str) -> bool:
    """A QR text is no path (and may be longer than a file name may be)."""
    try:
        return Path(text).is_dir()
    except (OSError, ValueError):
        return False
