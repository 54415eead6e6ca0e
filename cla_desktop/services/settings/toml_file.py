"""Reading and writing the settings file; comments an IT person adds survive a save."""

from __future__ import annotations

import dataclasses
import logging
import os
from pathlib import Path
from typing import Any, get_type_hints

import tomlkit
from tomlkit.exceptions import TOMLKitError

from cla_desktop.paths import AppPaths
from cla_desktop.services.settings.model import Settings, validate

log = logging.getLogger(__name__)

ENV_CONFIG = "CLA_CONFIG"
HEADER = (
    "Configuración de CLA Escritorio en este equipo.",
    "Se puede editar a mano con la aplicación cerrada. Aquí nunca se guardan contraseñas:",
    "esas van al llavero del sistema (Windows: Administrador de credenciales).",
)


def settings_path() -> Path:
    override = os.environ.get(ENV_CONFIG)
    return Path(override) if override else AppPaths.current().config / "config.toml"


def _coerce(kind: Any, value: Any, where: str) -> Any:
    if dataclasses.is_dataclass(kind):
        if not isinstance(value, dict):
            raise ValueError(f"[{where}] debe ser una sección.")
        return _build(kind, value, where)
    expected = {int: int, str: str, bool: bool}.get(kind)
    if expected is int and isinstance(value, bool):
        expected = None
    if expected is None or not isinstance(value, expected):
        names = {int: "un número entero", str: "un texto", bool: "true o false"}
        raise ValueError(f"{where} debe ser {names.get(kind, str(kind))}.")
    return value


def _build(cls: type, data: dict, where: str = "") -> Any:
    hints = get_type_hints(cls)
    values = {}
    for item in dataclasses.fields(cls):
        if item.name in data:
            label = f"{where}.{item.name}" if where else item.name
            values[item.name] = _coerce(hints[item.name], data[item.name], label)
    for unknown in set(data) - {f.name for f in dataclasses.fields(cls)}:
        log.warning("Clave desconocida en la configuración: %s.%s (se ignora)", where, unknown)
    return cls(**values)


def load_settings(path: Path | None = None) -> Settings:
    """The file's settings over the defaults; a missing file is the defaults."""
    path = path or settings_path()
    if not path.exists():
        return Settings()
    try:
        document = tomlkit.parse(path.read_text(encoding="utf-8")).unwrap()
        settings = _build(Settings, document)
        validate(settings)
    except (TOMLKitError, UnicodeDecodeError) as error:
        line = getattr(error, "line", None)
        where = f" (error de formato en la línea {line})" if line else ""
        raise ValueError(
            f"El archivo de configuración {path} no se puede leer{where}. Corríjalo o "
            "bórrelo para volver a los valores por omisión."
        ) from error
    except ValueError as error:
        raise ValueError(
            f"El archivo de configuración {path} tiene un valor no válido: {error}"
        ) from error
    return settings


def _merge(table: Any, data: dict) -> None:
    for key, value in data.items():
        if isinstance(value, dict):
            if key not in table:
                table[key] = tomlkit.table()
            _merge(table[key], value)
        else:
            table[key] = value


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Atomic: a crash leaves the old file or the new one, never half of one."""
    validate(settings)
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        document = tomlkit.parse(path.read_text(encoding="utf-8"))
    else:
        document = tomlkit.document()
        for line in HEADER:
            document.add(tomlkit.comment(line))
    _merge(document, dataclasses.asdict(settings))
    tmp = path.with_suffix(".toml.tmp")
    tmp.write_text(tomlkit.dumps(document), encoding="utf-8")
    os.replace(tmp, path)
    return path
