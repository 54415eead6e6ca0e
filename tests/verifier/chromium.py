"""Headless Chromium driven over the DevTools protocol on a pipe (--remote-debugging-pipe, as
Puppeteer does): stdlib only, one browser for many pages, and a page is read once its verdict
is on screen (polled), not after a guessed delay.

Chromium reads commands from its fd 3 and writes replies to its fd 4, each a JSON text ended
by a NUL byte.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

CANDIDATES = ("chromium", "chromium-browser", "google-chrome")


def find_chromium() -> str | None:
    configured = os.environ.get("CLA_CHROMIUM")
    if configured:
        return shutil.which(configured)
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


class ChromiumError(RuntimeError):
    pass


@dataclass
class PageLog:
    """What a page did besides drawing: requests it made, errors it threw, console output."""

    requests: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)


class Chromium:
    def __init__(self, executable: str, *, timeout: float = 30.0) -> None:
        self.timeout = timeout
        self.profile = Path(tempfile.mkdtemp(prefix="cla-chromium-"))
        self.stderr_path = self.profile / "stderr.txt"
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--remote-debugging-pipe",
            f"--user-data-dir={self.profile}",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--mute-audio",
            "about:blank",
        ]
        # The shell moves our pipe ends to fds 3 and 4, then becomes Chromium.
        script = f'exec "$0" "$@" 3<&{to_browser_r} 4>&{from_browser_w}'
        with open(self.stderr_path, "wb") as stderr:
            self.process = subprocess.Popen(
                ["bash", "-c", script, executable, *args],
                pass_fds=(to_browser_r, from_browser_w),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict] = []
        self.version = self.call("Browser.getVersion")["product"]

    # -- protocol
    def _send(self, message: dict) -> None:
        data = json.dumps(message).encode() + b"\0"
        while data:
            written = os.write(self._to_browser, data)
            data = data[written:]

    def _read(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise ChromiumError("Chromium no respondió a tiempo." + self._stderr_tail())
            ready, _, _ = select.select([self._from_browser], [], [], left)
            if not ready:
                continue
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise ChromiumError("Chromium terminó." + self._stderr_tail())
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self._next_id += 1
        message: dict = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self._send(message)
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise ChromiumError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self._events.append(reply)

    def _stderr_tail(self) -> str:
        try:
            return "\n" + self.stderr_path.read_text(errors="replace")[-2000:]
        except OSError:
            return ""

    # -- pages
    def open_page(self, url: str) -> Page:
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        page = Page(self, target, session)
        for domain in ("Runtime", "Network", "Log", "Page"):
            self.call(f"{domain}.enable", session=session)
        self.call("Page.navigate", {"url": url}, session=session)
        return page

    def drain_events(self) -> list[dict]:
        events, self._events = self._events, []
        return events

    def close(self) -> None:
        with contextlib.suppress(ChromiumError, OSError):
            self.call("Browser.close")
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self._to_browser, self._from_browser):
            with contextlib.suppress(OSError):
                os.close(fd)
        shutil.rmtree(self.profile, ignore_errors=True)


class Page:
    def __init__(self, browser: Chromium, target: str, session: str) -> None:
        self.browser = browser
        self.target = target
        self.session = session
        self.log = PageLog()

    def evaluate(self, expression: str):
        result = self.browser.call(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
            session=self.session,
        )
        self._collect()
        if "exceptionDetails" in result:
            raise ChromiumError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 20.0):
        """Poll until the expression is truthy; its value."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                value = self.evaluate(expression)
            except ChromiumError:
                value = None  # the page is still loading (no document, or a navigation)
            if value:
                return value
            if time.monotonic() > deadline:
                raise ChromiumError(f"La página no llegó a: {expression}")
            time.sleep(0.05)

    def _collect(self) -> None:
        keep = []
        for event in self.browser.drain_events():
            if event.get("sessionId") != self.session:
                keep.append(event)
                continue
            method, params = event.get("method"), event.get("params", {})
            if method == "Network.requestWillBeSent":
                self.log.requests.append(params["request"]["url"])
            elif method == "Runtime.exceptionThrown":
                details = params["exceptionDetails"]
                self.log.exceptions.append(
                    details.get("exception", {}).get("description") or details.get("text", "")
                )
            elif method == "Runtime.consoleAPICalled":
                self.log.console.append(
                    " ".join(str(a.get("value", a.get("description", ""))) for a in params["args"])
                )
            elif method == "Log.entryAdded":
                self.log.console.append(params["entry"].get("text", ""))
        self.browser._events[:0] = keep

    def close(self) -> None:
        self.browser.call("Target.closeTarget", {"targetId": self.target})
