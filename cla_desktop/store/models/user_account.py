"""The people who may open the app: one named account each (Ley 29733: no shared logins)."""

from datetime import datetime

from sqlmodel import Field, SQLModel


class UserAccount(SQLModel, table=True):
    """A clerk, supervisor or administrator; only an argon2 hash of the password is kept."""

    __tablename__ = "user_account"

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=40, unique=True)  # lower-case, the login name
    full_name: str = Field(max_length=120)
    role: str = Field(max_length=16)
    password_hash: str = Field(max_length=200)
    active: bool = True
    failed_logins: int = 0
    locked_until: datetime | None = None
    last_login_at: datetime | None = None
    password_changed_at: datetime
    created_at: datetime
    created_by: str = Field(max_length=60)
