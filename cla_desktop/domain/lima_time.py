"""Peru's clock: every time a clerk reads or prints is Lima time, written dd/mm/aaaa.

Peru keeps UTC-5 all year (no daylight saving), so a fixed offset needs no time-zone database
(Windows has none).  Times are stored in UTC; they become Lima time only to be shown."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

LIMA = timezone(timedelta(hours=-5), "PET")


def now_lima() -> datetime:
    return datetime.now(LIMA)


def today_lima() -> date:
    return now_lima().date()


def to_lima(moment: datetime) -> datetime:
    """A stored moment in Lima time (naive values are taken as UTC, as the database keeps)."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(LIMA)


def format_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def format_moment(moment: datetime, *, seconds: bool = False) -> str:
    """'02/12/2026 09:59' (Lima time)."""
    return to_lima(moment).strftime("%d/%m/%Y %H:%M:%S" if seconds else "%d/%m/%Y %H:%M")
