"""Sends one plain-text e-mail through the deployment's SMTP relay (STARTTLS, implicit TLS or, on
loopback only, plain); blocking, so callers run it in a worker thread."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from server.settings import EmailLoginSettings

TIMEOUT_S = 15.0


class SmtpMailer:
    """``send`` delivers one message or raises ``OSError`` / ``smtplib.SMTPException``."""

    def __init__(self, settings: EmailLoginSettings, context: ssl.SSLContext | None = None) -> None:
        if settings.security not in ("starttls", "tls", "none"):
            raise ValueError(f"unknown SMTP security {settings.security!r}")
        self._settings = settings
        self._context = context or ssl.create_default_context()

    def send(self, to: str, subject: str, body: str) -> None:
        s = self._settings
        message = EmailMessage()
        message["From"] = s.sender
        message["To"] = to
        message["Subject"] = subject
        message["Date"] = formatdate(localtime=False)
        message["Message-ID"] = make_msgid(domain=s.sender.rpartition("@")[2] or None)
        message.set_content(body)
        smtp: smtplib.SMTP
        if s.security == "tls":
            smtp = smtplib.SMTP_SSL(s.host, s.port, timeout=TIMEOUT_S, context=self._context)
        else:
            smtp = smtplib.SMTP(s.host, s.port, timeout=TIMEOUT_S)
        with smtp:
            if s.security == "starttls":
                smtp.starttls(context=self._context)
            if s.username and s.password is not None:
                smtp.login(s.username, s.password.reveal())
            smtp.send_message(message)
