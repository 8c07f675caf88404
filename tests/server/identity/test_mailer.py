"""The SMTP client speaks STARTTLS and logs in when the deployment says so, and trusts only its CA."""

from __future__ import annotations

import asyncio
import smtplib
import ssl
from pathlib import Path

import pytest

from server.identity.mailer import SmtpMailer
from server.settings import EmailLoginSettings, Secret
from tests.support.bankid_certs import make_pki
from tests.support.smtp import MailServer


def _server_context(tmp_path: Path) -> tuple[ssl.SSLContext, Path, Path]:
    pki = make_pki(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(pki.server_cert, pki.server_key)
    return context, pki.server_ca, pki.other_ca


async def test_starttls_is_used_and_the_mail_arrives(tmp_path: Path) -> None:
    server_context, ca, _ = _server_context(tmp_path)
    with MailServer(tls_context=server_context) as mail:  # refuses mail before STARTTLS
        settings = EmailLoginSettings(host="127.0.0.1", port=mail.port, sender="s@example.no")
        mailer = SmtpMailer(settings, ssl.create_default_context(cafile=str(ca)))
        await asyncio.to_thread(mailer.send, "kari@example.no", "Samtale", "Your code is 123456.")
        assert await mail.next_code("kari@example.no") == "123456"


async def test_a_relay_with_a_certificate_from_another_ca_gets_nothing(tmp_path: Path) -> None:
    server_context, _, other = _server_context(tmp_path)
    with MailServer(tls_context=server_context) as mail:
        settings = EmailLoginSettings(host="127.0.0.1", port=mail.port, sender="s@example.no")
        mailer = SmtpMailer(settings, ssl.create_default_context(cafile=str(other)))
        with pytest.raises(ssl.SSLError):
            await asyncio.to_thread(mailer.send, "kari@example.no", "Samtale", "Your code is 123456.")
        assert mail.count == 0


async def test_plain_smtp_to_a_relay_that_requires_starttls_is_refused(tmp_path: Path) -> None:
    server_context, _, _ = _server_context(tmp_path)
    with MailServer(tls_context=server_context) as mail:
        settings = EmailLoginSettings(
            host="127.0.0.1",
            port=mail.port,
            sender="s@example.no",
            security="none",
            username="u",
            password=Secret("p"),
        )
        with pytest.raises(smtplib.SMTPException):
            await asyncio.to_thread(SmtpMailer(settings).send, "kari@example.no", "Samtale", "123456")
        assert mail.count == 0
