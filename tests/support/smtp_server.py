"""A real SMTP server for the tests (aiosmtpd on 127.0.0.1), with scripted replies."""

from __future__ import annotations

import socket
from collections import deque
from dataclasses import dataclass, field

from aiosmtpd.controller import Controller


@dataclass
class Recorder:
    """Stores what arrives; `replies` (e.g. ["421 ..."]) are answered first, in order."""

    messages: list = field(default_factory=list)
    replies: deque = field(default_factory=deque)

    async def handle_DATA(self, server, session, envelope):
        if self.replies:
            return self.replies.popleft()
        self.messages.append(envelope)
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(port: int | None = None) -> tuple[Controller, Recorder]:
    recorder = Recorder()
    controller = Controller(recorder, hostname="127.0.0.1", port=port or free_port())
    controller.start()
    return controller, recorder
