"""Creating and managing accounts (administrador), and changing one's own password."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlmodel import Session

from cla_desktop.domain.roles import Role
from cla_desktop.services.accounts.passwords import check_policy, hash_password, password_matches
from cla_desktop.services.actor import Actor
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.trail import record
from cla_desktop.store.models import UserAccount

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,39}$")


@dataclass(frozen=True)
class AccountRow:
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None


def normalize_username(name: str) -> str:
    username = name.strip().lower()
    if not USERNAME.match(username):
        raise ValueError(
            "El nombre de usuario debe tener de 3 a 40 caracteres: letras sin tildes, números, "
            "punto, guion o guion bajo (por ejemplo, jperez)."
        )
    return username


def _now() -> datetime:
    return datetime.now(UTC)


def account_count(session: Session) -> int:
    return session.execute(select(func.count()).select_from(UserAccount)).scalar_one()


def find_account(session: Session, username: str) -> UserAccount | None:
    return session.execute(
        select(UserAccount).where(UserAccount.username == username.strip().lower())
    ).scalar_one_or_none()


def _require_account(session: Session, username: str) -> UserAccount:
    account = find_account(session, username)
    if account is None:
        raise LookupError(f"No existe el usuario {username.strip().lower()}.")
    return account


def add_user(
    session: Session,
    actor: Actor,
    username: str,
    role: Role,
    password: str,
    full_name: str = "",
) -> UserAccount:
    """An administrator adds an account; the very first account (the office's administrator,
    created at first run) needs nobody's permission and must be an administrador."""
    first = account_count(session) == 0
    if first:
        if role is not Role.ADMINISTRADOR:
            raise ValueError("La primera cuenta debe ser la del administrador de la oficina.")
    else:
        actor.require(Role.ADMINISTRADOR)
    username = normalize_username(username)
    if find_account(session, username) is not None:
        raise ValueError(f"Ya existe el usuario {username}.")
    check_policy(password, username)
    now = _now()
    account = UserAccount(
        username=username,
        full_name=full_name.strip() or username,
        role=role.value,
        password_hash=hash_password(password),
        password_changed_at=now,
        created_at=now,
        created_by=username if first else actor.username,
    )
    session.add(account)
    session.flush()
    who = Actor(username, role, actor.workstation) if first else actor
    record(session, who, AuditAction.USER_CREATED, subject=username, detail={"rol": role.value})
    return account


def list_users(session: Session, actor: Actor) -> list[AccountRow]:
    actor.require(Role.ADMINISTRADOR)
    accounts = session.execute(select(UserAccount).order_by(UserAccount.username)).scalars()
    return [
        AccountRow(a.username, a.full_name, Role(a.role), a.active, a.locked_until, a.last_login_at)
        for a in accounts
    ]


def _guard_last_admin(session: Session, account: UserAccount) -> None:
    admins = session.execute(
        select(func.count())
        .select_from(UserAccount)
        .where(UserAccount.role == Role.ADMINISTRADOR.value, UserAccount.active.is_(True))
    ).scalar_one()
    if account.role == Role.ADMINISTRADOR.value and account.active and admins <= 1:
        raise ValueError(
            "Es el único administrador activo: cree otro administrador antes de quitarle el rol "
            "o desactivarlo."
        )


def set_active(session: Session, actor: Actor, username: str, active: bool) -> None:
    actor.require(Role.ADMINISTRADOR)
    account = _require_account(session, username)
    if not active:
        _guard_last_admin(session, account)
    account.active = active
    if active:
        account.failed_logins = 0
        account.locked_until = None
    record(
        session,
        actor,
        AuditAction.USER_CHANGED,
        subject=account.username,
        detail={"activo": active},
    )


def set_role(session: Session, actor: Actor, username: str, role: Role) -> None:
    actor.require(Role.ADMINISTRADOR)
    account = _require_account(session, username)
    if role is not Role.ADMINISTRADOR:
        _guard_last_admin(session, account)
    previous = account.role
    account.role = role.value
    record(
        session,
        actor,
        AuditAction.USER_CHANGED,
        subject=account.username,
        detail={"rol_anterior": previous, "rol": role.value},
    )


def reset_password(session: Session, actor: Actor, username: str, password: str) -> None:
    """The administrator sets a new password (forgotten one) and lifts a lockout."""
    actor.require(Role.ADMINISTRADOR)
    account = _require_account(session, username)
    check_policy(password, account.username)
    account.password_hash = hash_password(password)
    account.password_changed_at = _now()
    account.failed_logins = 0
    account.locked_until = None
    record(
        session,
        actor,
        AuditAction.PASSWORD_CHANGED,
        subject=account.username,
        detail={"por": "administrador"},
    )


def change_own_password(session: Session, actor: Actor, current: str, new: str) -> None:
    account = _require_account(session, actor.username)
    if not password_matches(account.password_hash, current):
        raise PermissionError("La contraseña actual no es correcta.")
    if current == new:
        raise ValueError("La nueva contraseña debe ser distinta de la actual.")
    check_policy(new, account.username)
    account.password_hash = hash_password(new)
    account.password_changed_at = _now()
    record(session, actor, AuditAction.PASSWORD_CHANGED, subject=account.username)
