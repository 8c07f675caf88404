"""A real SMTP server for tests (aiosmtpd, on 127.0.0.1 in its own thread) that keeps what it receives."""

from __future__ import annotations

import asyncio
import email
import email.policy
import re
import socket
import ssl
import threading
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _Keeper:
    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.changed = threading.Condition()

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        content = envelope.original_content or b""
        parsed = email.message_from_bytes(content, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        with self.changed:
            self.messages.append(parsed)
            self.changed.notify_all()
        return "250 OK"


class MailServer:
    """``with MailServer() as mail``: ``mail.port``; ``await mail.next_to(address)`` reads one message."""

    def __init__(self, tls_context: ssl.SSLContext | None = None) -> None:
        self._keeper = _Keeper()
        self.port = _free_port()
        kwargs: dict[str, Any] = {}
        if tls_context is not None:
            kwargs = {"tls_context": tls_context, "require_starttls": True}
        self._controller = Controller(self._keeper, hostname="127.0.0.1", port=self.port, **kwargs)
        self._read = 0

    def __enter__(self) -> MailServer:
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._controller.stop()

    @property
    def count(self) -> int:
        return len(self._keeper.messages)

    def _wait(self, timeout: float) -> EmailMessage:
        with self._keeper.changed:
            if not self._keeper.changed.wait_for(lambda: len(self._keeper.messages) > self._read, timeout):
                raise TimeoutError("no e-mail arrived")
            message = self._keeper.messages[self._read]
            self._read += 1
            return message

    async def next_message(self, timeout: float = 5.0) -> EmailMessage:
        return await asyncio.to_thread(self._wait, timeout)

    async def next_code(self, to: str, timeout: float = 5.0) -> str:
        """The six-digit code in the next message, which must be addressed to ``to``."""
        message = await self.next_message(timeout)
        assert message["To"] == to, message["To"]
        body = message.get_body(("plain",))
        assert body is not None
        found = re.search(r"\b(\d{6})\b", body.get_content())
        assert found is not None, body.get_content()
        return found.group(1)
