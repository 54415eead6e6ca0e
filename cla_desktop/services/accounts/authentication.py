"""Signing in, out, and back in after the idle lock; five failures lock an account 15 minutes.

Each call is its own transaction and commits before it answers, so a failed attempt (and its
audit entry) is kept even though the caller gets an exception.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine
from sqlmodel import Session

from cla_desktop.domain.lima_time import to_lima
from cla_desktop.domain.roles import Role
from cla_desktop.domain.wording import count_phrase
from cla_desktop.services.accounts.accounts import find_account
from cla_desktop.services.accounts.passwords import hash_password, needs_rehash, password_matches
from cla_desktop.services.actor import Actor, current_workstation
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.trail import record
from cla_desktop.store.models import UserAccount

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)


class LoginRefused(Exception):
    """A Spanish sentence for the login dialog or the terminal."""


def _aware(moment: datetime | None) -> datetime | None:
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def _locked_message(until: datetime) -> str:
    local = to_lima(until).strftime("%H:%M")
    return (
        f"La cuenta está bloqueada por {MAX_FAILURES} intentos fallidos hasta las {local}. "
        "Espere o pida al administrador que la desbloquee."
    )


def _check(
    session: Session,
    account: UserAccount | None,
    attempted: str,
    password: str,
    workstation: str,
    now: datetime,
) -> Actor:
    """Verify one attempt, counting failures; raise LoginRefused after recording it."""
    role = Role(account.role) if account else Role.OPERADOR
    who = Actor(attempted[:60] or "?", role, workstation)
    if account is not None and not account.active:
        password_matches(None, password)
        record(session, who, AuditAction.LOGIN_FAILED, attempted, {"motivo": "desactivada"})
        raise LoginRefused(
            "La cuenta está desactivada. Pida al administrador de la oficina que la active."
        )
    locked_until = _aware(account.locked_until) if account else None
    if locked_until and locked_until > now:
        password_matches(None, password)
        record(session, who, AuditAction.LOGIN_FAILED, attempted, {"motivo": "bloqueada"})
        raise LoginRefused(_locked_message(locked_until))
    if account is None or not password_matches(account.password_hash, password):
        detail = {"motivo": "usuario desconocido" if account is None else "contraseña"}
        record(session, who, AuditAction.LOGIN_FAILED, attempted, detail)
        if account is not None:
            account.failed_logins += 1
            if account.failed_logins >= MAX_FAILURES:
                account.locked_until = now + LOCKOUT
                account.failed_logins = 0
                record(session, who, AuditAction.ACCOUNT_LOCKED, attempted)
                raise LoginRefused(_locked_message(account.locked_until))
            left = MAX_FAILURES - account.failed_logins
            attempts = count_phrase(left, "intento fallido", "intentos fallidos")
            raise LoginRefused(
                f"Usuario o contraseña incorrectos. Tras {attempts} más, la cuenta se bloqueará "
                "15 minutos."
            )
        raise LoginRefused("Usuario o contraseña incorrectos.")
    account.failed_logins = 0
    account.locked_until = None
    if needs_rehash(account.password_hash):
        account.password_hash = hash_password(password)
    return who


def login(
    engine: Engine,
    username: str,
    password: str,
    workstation: str | None = None,
    now: datetime | None = None,
) -> Actor:
    moment = now or datetime.now(UTC)
    attempted = username.strip().lower()
    with Session(engine) as session:
        account = find_account(session, attempted)
        try:
            actor = _check(
                session, account, attempted, password, workstation or current_workstation(), moment
            )
        except LoginRefused:
            session.commit()
            raise
        account.last_login_at = moment
        record(session, actor, AuditAction.LOGIN, actor.username)
        session.commit()
        return actor


def unlock(engine: Engine, actor: Actor, password: str, now: datetime | None = None) -> None:
    """The idle lock's password prompt: the same rules (and lockout) as a login."""
    moment = now or datetime.now(UTC)
    with Session(engine) as session:
        account = find_account(session, actor.username)
        try:
            _check(session, account, actor.username, password, actor.workstation, moment)
        except LoginRefused:
            session.commit()
            raise
        record(session, actor, AuditAction.SCREEN_UNLOCKED, actor.username)
        session.commit()


def note_session_event(engine: Engine, actor: Actor, action: AuditAction) -> None:
    """Logout, screen locked, or the demo supervisor's automatic sign-in."""
    with Session(engine) as session:
        record(session, actor, action, actor.username)
        session.commit()
