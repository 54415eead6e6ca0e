"""A real SMTP server for the tests (aiosmtpd on 127.0.0.1), with scripted replies and,
optionally, a login that must be given (AUTH PLAIN/LOGIN, as an office's server asks)."""

from __future__ import annotations

import socket
import warnings
from collections import deque
from dataclasses import dataclass, field

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass
class Recorder:
    """Stores what arrives; `replies` (e.g. ["421 ..."]) are answered first, in order;
    `logins` are the users that authenticated, message by message."""

    messages: list = field(default_factory=list)
    replies: deque = field(default_factory=deque)
    logins: list = field(default_factory=list)

    async def handle_DATA(self, server, session, envelope):
        if self.replies:
            return self.replies.popleft()
        self.messages.append(envelope)
        self.logins.append(session.auth_data)
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _authenticator(user: str, password: str):
    def check(server, session, envelope, mechanism, auth_data) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        ok = auth_data.login.decode() == user and auth_data.password.decode() == password
        if not ok:  # let aiosmtpd answer "535 ... credentials invalid"
            return AuthResult(success=False, handled=False)
        return AuthResult(success=True, auth_data=auth_data.login.decode())

    return check


def start(
    port: int | None = None, credentials: tuple[str, str] | None = None
) -> tuple[Controller, Recorder]:
    recorder = Recorder()
    options = {}
    if credentials is not None:
        options = {
            "authenticator": _authenticator(*credentials),
            "auth_required": True,
            "auth_require_tls": False,  # 127.0.0.1 only; TLS is the office server's business
        }
    with warnings.catch_warnings():  # "AUTH without TLS": deliberate, on loopback
        warnings.simplefilter("ignore", UserWarning)
        controller = Controller(recorder, hostname="127.0.0.1", port=port or free_port(), **options)
        controller.start()
    return controller, recorder
