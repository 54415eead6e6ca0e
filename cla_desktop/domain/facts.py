"""Loads the fact tables (facts.toml, curricula.toml) once.

The tables hold every unconfirmed fact from DOMAIN.md so they can be corrected without touching
code; this module only parses them.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """Parse `cla_desktop/domain/<name>.toml` (cached for the process)."""
    text = resources.files(__package__).joinpath(f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def facts() -> dict[str, Any]:
    return load("facts")


def curricula() -> dict[str, Any]:
    return load("curricula")
