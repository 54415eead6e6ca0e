"""A throwaway IMAP server for the tests: Debian's dovecot on 127.0.0.1, its own port, one
user, mail in a temp dir (replies are delivered with IMAP APPEND)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

USER, PASSWORD = "consultas@ugel03.test", "clave-de-prueba"


class ImapUnavailable(RuntimeError):
    pass


@dataclass
class ImapServer:
    directory: Path
    port: int

    def stop(self) -> None:
        subprocess.run(
            ["dovecot", "-c", str(self.directory / "dovecot.conf"), "stop"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=30,
        )
        time.sleep(0.2)
        shutil.rmtree(self.directory, ignore_errors=True)


def start() -> ImapServer:
    if shutil.which("dovecot") is None:
        raise ImapUnavailable("No está dovecot: instale dovecot-imapd (lo hace scripts/test.sh).")
    directory = Path(tempfile.mkdtemp(prefix="cla-imap-"))
    directory.chmod(0o755)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    for name in ("run", "state", "home"):
        (directory / name).mkdir()
    shutil.chown(directory / "home", "nobody", "nogroup")
    (directory / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n")
    (directory / "dovecot.conf").write_text(f"""
protocols = imap
listen = 127.0.0.1
base_dir = {directory}/run
state_dir = {directory}/state
log_path = {directory}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = dovecot
default_login_user = dovenull
first_valid_uid = 1
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {directory}/passwd
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={directory}/home/%u
}}
mail_location = maildir:~/Maildir
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
""")
    # dovecot daemonizes: no pipes and no stdin for it, or run() waits on the daemon.
    with (directory / "start.log").open("w") as log:
        result = subprocess.run(
            ["dovecot", "-c", str(directory / "dovecot.conf")],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            timeout=30,
        )
    if result.returncode != 0:
        detail = (directory / "start.log").read_text()
        shutil.rmtree(directory, ignore_errors=True)
        raise ImapUnavailable(f"dovecot no arrancó: {detail.strip()}")
    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    return ImapServer(directory, port)
