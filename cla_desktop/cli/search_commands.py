"""`cla search` and `cla trajectory`."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from sqlmodel import Session

from cla_desktop.cli.output import dumps
from cla_desktop.domain.codes import CodigoModular
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.names import full_name
from cla_desktop.services.actor import Actor
from cla_desktop.services.database_setup import open_database
from cla_desktop.services.search.filters import SearchFilters
from cla_desktop.services.search.hits import StudentHit
from cla_desktop.services.search.matching import MatchKind
from cla_desktop.services.search.service import search
from cla_desktop.services.trajectory import find_student_id, load_trajectory


def add_parsers(commands: argparse._SubParsersAction) -> None:
    finder = commands.add_parser("search", help="buscar estudiantes por DNI, código o nombres")
    finder.add_argument(
        "text", metavar="TEXTO", help="lo que se busca; '-' lee una consulta por línea"
    )
    finder.add_argument("--limit", type=int, default=20, help="máximo de resultados (20)")
    finder.add_argument("--json", action="store_true", help="salida JSON")
    finder.add_argument("--birth-date", type=date.fromisoformat, metavar="AAAA-MM-DD")
    finder.add_argument("--birth-year", type=int, metavar="AÑO")
    finder.add_argument("--ugel", metavar="CÓDIGO", help="código de la UGEL (p. ej. 150104)")
    finder.add_argument("--school", metavar="CODMOD", help="código modular, p. ej. 0474494-0")
    finder.add_argument("--nivel", choices=["inicial", "primaria", "secundaria"])
    finder.add_argument("--year", type=int, metavar="AÑO", help="año lectivo")
    trajectory = commands.add_parser("trajectory", help="trayectoria de un estudiante")
    trajectory.add_argument("document", metavar="DOC_O_CÓDIGO")
    trajectory.add_argument("--json", action="store_true", help="salida JSON")


def _filters(args: argparse.Namespace) -> SearchFilters:
    return SearchFilters(
        birth_date=args.birth_date,
        birth_year=args.birth_year,
        ugel_code=args.ugel,
        school=CodigoModular.parse(args.school) if args.school else None,
        nivel=Nivel.parse(args.nivel) if args.nivel else None,
        year=args.year,
    )


MATCH_LABEL = {
    MatchKind.EXACT: "",
    MatchKind.SOUND: "por sonido",
    MatchKind.PREFIX: "inicio de palabra",
    MatchKind.SLIP: "con error de tipeo",
    MatchKind.PARTIAL: "parcial: falta «{word}»",
}


def _hit_line(hit: StudentHit) -> str:
    document = f"{hit.document_type} {hit.document_number or hit.codigo_estudiante or ''}"
    born = hit.fecha_nacimiento.strftime("%d/%m/%Y") if hit.fecha_nacimiento else "-"
    name = full_name(hit.apellido_paterno, hit.apellido_materno, hit.nombres)
    last = f"{hit.last_year} {hit.last_school}" if hit.last_year else "sin matrícula"
    duplicate = "  [posible duplicado]" if hit.possible_duplicate_of else ""
    how = MATCH_LABEL[hit.match_kind].format(word=hit.unmatched or "")
    how = f"  [{how}]" if how else ""
    return f"{hit.score:6.1f}  {document:<22} {born}  {name}  ({last}){how}{duplicate}"


def run_search(args: argparse.Namespace, url, actor: Actor) -> int:
    if args.limit < 1:
        raise ValueError("--limit debe ser 1 o más.")
    opened = open_database(url, upgrade=False)
    filters = _filters(args)
    queries = sys.stdin if args.text == "-" else [args.text]
    found_any = False
    with Session(opened.engine) as session:
        for line in queries:
            query = line.rstrip("\n")
            hits = search(session, actor, query, filters, limit=args.limit)
            session.commit()
            found_any = found_any or bool(hits)
            if args.json:
                print(dumps(hits), flush=True)
                continue
            if args.text == "-":
                print(f"# {query}")
            if not hits:
                print("Sin resultados.")
            elif hits[0].match_kind is MatchKind.PARTIAL:
                print(
                    "Coincidencia parcial: ningún nombre tiene todas las palabras escritas; "
                    "estos tienen todas menos la indicada."
                )
            for hit in hits:
                print(_hit_line(hit))
    return 0 if found_any or args.text == "-" else 1


def run_trajectory(args: argparse.Namespace, url, actor: Actor) -> int:
    opened = open_database(url, upgrade=False)
    with Session(opened.engine) as session:
        trajectory = load_trajectory(session, actor, find_student_id(session, actor, args.document))
        session.commit()
    if args.json:
        data = {
            "student": trajectory.student,
            "records": trajectory.records,
            "problems": trajectory.problems,
        }
        print(dumps(data))
        return 0
    s = trajectory.student
    print(full_name(s.apellido_paterno, s.apellido_materno, s.nombres))
    print(f"{s.document_type} {s.document_number or '-'} · código {s.codigo_estudiante or '-'}")
    for nivel, records in trajectory.by_nivel().items():
        print(f"\n{nivel.label}")
        for r in records:
            acta = " [acta en rectificación]" if r.acta_estado == "EN_RECTIFICACION" else ""
            print(
                f"  {r.year}  {r.grado_label:<8} {r.school.codigo_modular}  "
                f"{r.situacion_final or 'en curso'}{acta}"
            )
    if trajectory.problems:
        print("\nA revisar:")
        for problem in trajectory.problems:
            print(f"  - {problem.message}")
    return 0
