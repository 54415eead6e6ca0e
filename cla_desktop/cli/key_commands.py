"""`cla keys …`: the signing keys and the trust network (publish, import, combine, rotate,
revoke, status) and the offline HTML verifier built from them."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlmodel import Session

from cla_desktop.domain.lima_time import LIMA, to_lima
from cla_desktop.services.actor import Actor
from cla_desktop.services.constancias.keys import aware, fingerprint, revoke_key, rotate_key
from cla_desktop.services.constancias.offline_verifier import write_offline_verifier
from cla_desktop.services.constancias.trust_lists import (
    DEFAULT_VALID_DAYS,
    SignerNotTrusted,
    import_trust_list,
    publish_trust_list,
)
from cla_desktop.services.constancias.trust_overview import trust_status
from cla_desktop.services.database_setup import open_database


def add_parsers(commands: argparse._SubParsersAction) -> None:
    keys = commands.add_parser("keys", help="claves de firma y lista de confianza")
    actions = keys.add_subparsers(dest="keys_command", required=True, metavar="ACCIÓN")
    publish = actions.add_parser(
        "export", aliases=["publish"], help="publicar la lista de confianza firmada"
    )
    publish.add_argument("file")
    publish.add_argument("--dias", type=int, default=DEFAULT_VALID_DAYS, help="vigencia en días")
    load = actions.add_parser("import", help="importar la lista de confianza de otra oficina")
    load.add_argument("file")
    load.add_argument("--confiar", metavar="HUELLA", help="huella confirmada con la oficina")
    combine = actions.add_parser(
        "combine", help="importar varias listas y publicar una sola (DRE o nacional)"
    )
    combine.add_argument("files", nargs="+")
    combine.add_argument("--out", required=True)
    combine.add_argument("--dias", type=int, default=DEFAULT_VALID_DAYS)
    actions.add_parser("rotate", help="dar de baja la clave de este equipo y crear otra")
    revoke = actions.add_parser("revoke", help="revocar una clave desde una fecha")
    revoke.add_argument("key_id", metavar="CLAVE")
    revoke.add_argument("--desde", required=True, metavar="AAAA-MM-DD[ HH:MM]")
    revoke.add_argument("--motivo", required=True)
    actions.add_parser("status", help="estado de la lista de confianza")
    verifier = actions.add_parser("verifier", help="escribir el verificador HTML sin internet")
    verifier.add_argument("--out", required=True)


def _import(session: Session, actor: Actor, file: str, confirm: str | None) -> None:
    try:
        outcome = import_trust_list(session, actor, Path(file), confirm_fingerprint=confirm)
    except SignerNotTrusted as error:
        raise ValueError(
            f"{error} Ejemplo: cla keys import {file} --confiar {error.fingerprint}"
        ) from None
    print(
        f"Lista de {outcome.issuer} del {outcome.issued_at:%d/%m/%Y} (vigente hasta el "
        f"{outcome.valid_until:%d/%m/%Y}): {outcome.added} claves nuevas, {outcome.updated} "
        f"actualizadas, {outcome.ignored} ignoradas."
    )


def _revoked_from(text: str) -> datetime:
    """A day (from its first minute) or a moment, in Lima time: revoking from the hour of a
    theft keeps that morning's genuine constancias valid."""
    try:
        if len(text.strip()) == 10:
            return datetime.combine(date.fromisoformat(text.strip()), time(0), LIMA).astimezone(UTC)
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            "Escriba la fecha de revocación como AAAA-MM-DD, o AAAA-MM-DD HH:MM (hora de Lima)."
        ) from None
    return (moment if moment.tzinfo else moment.replace(tzinfo=LIMA)).astimezone(UTC)


def run_keys(args: argparse.Namespace, url, actor: Actor) -> int:
    opened = open_database(url, upgrade=False)
    command = args.keys_command
    with Session(opened.engine) as session:
        if command in ("export", "publish"):
            count = publish_trust_list(session, actor, Path(args.file), valid_days=args.dias)
            print(f"Lista de confianza firmada con {count} claves públicas: {args.file}")
        elif command == "import":
            _import(session, actor, args.file, args.confiar)
        elif command == "combine":
            for file in args.files:
                _import(session, actor, file, None)
            count = publish_trust_list(session, actor, Path(args.out), valid_days=args.dias)
            print(f"Lista combinada con {count} claves públicas: {args.out}")
        elif command == "rotate":
            old, new = rotate_key(session, actor)
            print(f"Clave {fingerprint(old)} dada de baja; nueva clave {fingerprint(new)}.")
            print("Publique de nuevo la lista de confianza y envíela a su DRE.")
        elif command == "revoke":
            row = revoke_key(session, actor, args.key_id, _revoked_from(args.desde), args.motivo)
            since = to_lima(aware(row.revoked_from))
            print(f"Clave {fingerprint(row.key_id)} revocada desde el {since:%d/%m/%Y %H:%M}.")
            if since > datetime.now(LIMA) + timedelta(days=1):
                print(
                    "Atención: esa fecha está en el futuro; hasta entonces la clave sigue "
                    "firmando constancias válidas. Si fue un error, revoque con la fecha correcta."
                )
            print(
                "Publique de nuevo la lista de confianza y envíela a su DRE y a las oficinas "
                "que la usan."
            )
        elif command == "status":
            print(trust_status(session).text(datetime.now(LIMA).date()))
        else:
            count = write_offline_verifier(session, actor, Path(args.out))
            print(f"Verificador sin internet con {count} claves de confianza: {args.out}")
        session.commit()
    return 0
