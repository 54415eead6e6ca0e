"""Installation-wide settings shared by every counter on one database (e.g. the office)."""

from sqlmodel import Field, SQLModel


class AppSetting(SQLModel, table=True):
    """A key/value pair; never a secret (those live in the OS keyring)."""

    __tablename__ = "app_setting"

    key: str = Field(primary_key=True, max_length=60)
    value: str = Field(default="", max_length=500)
