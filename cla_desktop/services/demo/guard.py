"""Which databases may hold demonstration data, and who may act without signing in there.

The first release let `cla demo` turn an office's real database into a "demo" one, after which
the demo supervisor annulled, imported and exported the audit with no user and no password
(issue #17).  Now the demo flag is set only on a database the demo command finds empty, or on
one it already made; and nobody acts as the demo supervisor where accounts exist.
"""

from __future__ import annotations

from sqlalchemy import Engine, func
from sqlmodel import Session, select

from cla_desktop.services.accounts.accounts import account_count
from cla_desktop.services.settings_store import DEMO_DATABASE, get_setting
from cla_desktop.store.models import Constancia, Consulta, Student


class DemoRefused(ValueError):
    """The database holds real work: demonstration data would mix with it."""


def _count(session: Session, model) -> int:
    return session.exec(select(func.count()).select_from(model)).one()


def check_demo_allowed(session: Session) -> None:
    """Raise DemoRefused, in Spanish and saying why, unless demonstration data may go here."""
    if account_count(session):
        raise DemoRefused(
            "Esta base de datos tiene cuentas de usuario: es la de una oficina, no una de "
            "demostración, y no se le agregan datos ficticios. Para probar, use otra: "
            "cla --database demo.sqlite3 demo (o abra la aplicación con --demo)."
        )
    issued = _count(session, Constancia)
    if issued:
        raise DemoRefused(
            f"Esta base de datos tiene {issued} constancia(s) emitida(s): no se le agregan "
            "datos ficticios. Para probar, use otra base: cla --database demo.sqlite3 demo."
        )
    if get_setting(session, DEMO_DATABASE) == "1":
        return  # made by the demo command: more students may be added
    students, consultas = _count(session, Student), _count(session, Consulta)
    if students or consultas:
        raise DemoRefused(
            f"Esta base de datos ya tiene datos ({students} estudiante(s), {consultas} "
            "consulta(s)) y no es de demostración: los datos ficticios se mezclarían con los "
            "reales. La demostración se crea en una base nueva: cla --database demo.sqlite3 demo."
        )


def demo_session_allowed(engine: Engine) -> bool:
    """Whether the demo supervisor may act without signing in: a demo database, no accounts."""
    with Session(engine) as session:
        return get_setting(session, DEMO_DATABASE) == "1" and not account_count(session)


def demo_fill_allowed(engine: Engine) -> bool:
    """Whether `check_demo_allowed` would let demonstration data in."""
    with Session(engine) as session:
        try:
            check_demo_allowed(session)
        except DemoRefused:
            return False
        return True
