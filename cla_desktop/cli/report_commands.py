"""`cla report`: the supervisor's figures as text tables, or CSV files in a folder."""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path

from sqlmodel import Session

from cla_desktop.services.actor import Actor
from cla_desktop.services.database_setup import open_database
from cla_desktop.services.reports import Period, all_reports, report_csv


def add_parsers(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser("report", help="reportes de constancias y consultas (supervisor)")
    report.add_argument("--since", type=date.fromisoformat, metavar="AAAA-MM-DD")
    report.add_argument("--until", type=date.fromisoformat, metavar="AAAA-MM-DD")
    report.add_argument("--csv", metavar="CARPETA", help="escribe un CSV por reporte")


def run_report(args: argparse.Namespace, url, actor: Actor) -> int:
    until = args.until or date.today()
    period = Period(args.since or until - timedelta(days=30), until)
    if period.since > period.until:
        raise ValueError("La fecha inicial es posterior a la final.")
    opened = open_database(url, upgrade=False)
    with Session(opened.engine) as session:
        reports = all_reports(session, actor, period)
        for report in reports:
            if args.csv:
                folder = Path(args.csv)
                folder.mkdir(parents=True, exist_ok=True)
                target = folder / f"{report.key}.csv"
                tmp = target.with_suffix(".csv.tmp")
                tmp.write_text(report_csv(session, actor, report, period), encoding="utf-8")
                tmp.replace(target)
                continue
            print(f"{report.title} ({period.since} a {period.until}): {report.total}")
            for label, count in report.rows:
                print(f"  {label:<40} {count:>6}")
        session.commit()
    if args.csv:
        print(f"{len(reports)} reportes escritos en {args.csv}")
    return 0
