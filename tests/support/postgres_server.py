"""A throwaway PostgreSQL cluster for the tests (initdb in a temp dir, own port, fsync off).

Used unless CLA_TEST_POSTGRES_URL names a server to use instead.  The tests never depend on a
server's leftover state: each test gets a new database cloned from a migrated template.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    pass


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _bin_dir() -> Path:
    for pattern in ("/usr/lib/postgresql/*/bin",):
        candidates = sorted(glob.glob(pattern), reverse=True)
        for candidate in candidates:
            if (Path(candidate) / "initdb").exists():
                return Path(candidate)
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise PostgresUnavailable(
        "No se encontró initdb: instale el paquete Debian 'postgresql' (lo hace scripts/test.sh)."
    )


@dataclass
class PostgresServer:
    directory: Path
    port: int
    bin_dir: Path
    as_user: list[str]

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        subprocess.run(
            [*self.as_user, *args],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=60,
        )

    def create_database(self, name: str) -> str:
        """A new empty database; returns its URL."""
        from sqlalchemy import create_engine, text

        engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        engine.dispose()
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        try:
            self._run(
                str(self.bin_dir / "pg_ctl"),
                "-D",
                str(self.directory / "data"),
                "-m",
                "immediate",
                "stop",
            )
        finally:
            shutil.rmtree(self.directory, ignore_errors=True)


def start_server(durable: bool = False) -> PostgresServer:
    """`durable` keeps PostgreSQL's default fsync and synchronous commit (benchmarks)."""
    bin_dir = _bin_dir()
    as_user: list[str] = []
    directory = Path(tempfile.mkdtemp(prefix="cla-pg-"))
    if os.geteuid() == 0:  # initdb refuses to run as root
        shutil.chown(directory, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    server = PostgresServer(directory, _free_port(), bin_dir, as_user)
    data = directory / "data"
    try:
        server._run(
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
        )
        speed = "" if durable else "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
        options = (
            f"-p {server.port} -k {directory} -c listen_addresses=127.0.0.1 {speed}"
            "-c max_connections=50"
        )
        server._run(
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(directory / "log"),
            "-w",
            "-t",
            "30",
            "start",
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as error:
        detail = getattr(error, "stderr", b"") or b""
        shutil.rmtree(directory, ignore_errors=True)
        raise PostgresUnavailable(
            f"No se pudo iniciar PostgreSQL de prueba: {error} {detail.decode(errors='replace')}"
        ) from error
    return server
