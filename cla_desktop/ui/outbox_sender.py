"""The window's background sender: the outbox is sent at once after each "Enviar a DIGE" and
every minute, then DIGE's replies are read, on the network lane (a slow mail server never
delays the counter).  One pass at a time; a request during a pass makes one more pass."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from cla_desktop.services.consultas.outbox import Delivery
from cla_desktop.services.consultas.replies import MatchedReply
from cla_desktop.services.workbench import Workbench
from cla_desktop.ui.operations import Failure, Lane, OperationRunner

SEND_EVERY_MS = 60_000


class OutboxSender(QObject):
    """Sends with the office's mail settings of the moment (resolved by the service)."""

    sent = Signal(int)  # deliveries attempted in the pass
    replies_read = Signal(int)  # replies matched to tickets
    failed = Signal(str)  # a Spanish sentence

    def __init__(
        self, workbench: Workbench, runner: OperationRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self.runner = runner
        self.running = False
        self.again = False
        self.timer = QTimer(self)
        self.timer.setInterval(SEND_EVERY_MS)
        self.timer.timeout.connect(self.send_now)
        self.timer.start()

    @Slot()
    def send_now(self) -> None:
        if self.running:
            self.again = True
            return
        self.running = True
        self.again = False
        self.runner.run(
            self.workbench.send_outbox,
            self.on_sent,
            self.on_failed,
            lane=Lane.NETWORK,
            owner=self,
        )

    def on_sent(self, deliveries: list[Delivery]) -> None:
        self.sent.emit(len(deliveries))
        self.runner.run(
            self.workbench.poll_replies,
            self.on_replies,
            self.on_failed,
            lane=Lane.NETWORK,
            owner=self,
        )

    def on_replies(self, matched: list[MatchedReply]) -> None:
        self.replies_read.emit(len(matched))
        self._pass_over()

    def on_failed(self, failure: Failure) -> None:
        self.failed.emit(failure.message)
        self._pass_over()

    def _pass_over(self) -> None:
        self.running = False
        if self.again:
            self.send_now()

    def stop(self) -> None:
        self.timer.stop()
