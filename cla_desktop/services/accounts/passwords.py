"""Password hashing (argon2id through argon2-cffi) and the office's password rules."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 8
_hasher = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Checked when the user does not exist, so that a wrong name costs the same time as a
    wrong password and the login does not reveal which accounts exist.  Made on first need:
    hashing costs a quarter of a second, which every `cla` command would otherwise pay."""
    return _hasher.hash("cuenta-inexistente")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _dummy_hash(), password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


def check_policy(password: str, username: str) -> None:
    """Raise ValueError with the rule the password breaks, in Spanish."""
    if len(password) < MIN_LENGTH:
        raise ValueError(f"La contraseña debe tener al menos {MIN_LENGTH} caracteres.")
    if password.strip().lower() == username.strip().lower():
        raise ValueError("La contraseña no puede ser igual al nombre de usuario.")
    if password.isdigit() and len(set(password)) <= 2:
        raise ValueError("La contraseña es demasiado fácil de adivinar; use letras y números.")
