"""One-time sign-in codes sent by e-mail, for people without a Nordic e-ID (a lower assurance level).

A code is six digits, valid once for ``ttl_s`` seconds; only an HMAC of it is kept, keyed by an HMAC of
the address (never the address itself). Five wrong tries spend the code. Requests are budgeted per
client address and per e-mail address (``server.edge.client_limits``). The answer to "send me a code"
is the same for every well-formed address: there are no accounts to find out about.
The pending codes are in the database (``server.store.email_codes``): a code sent by one instance is
verified at any other, and after a restart.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
import smtplib
import time
from collections.abc import Callable

from starlette.concurrency import run_in_threadpool

from app.core.errors import ErrorCode, ProtocolError
from server.edge.client_limits import Limits
from server.identity.email_text import code_mail
from server.settings import Secret
from server.store import Repository
from server.store.email_codes import StoredEmailCodes

log = logging.getLogger(__name__)

MAX_TRIES = 5
_ADDRESS = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,252}\.[^@\s.]{2,63}$")

Send = Callable[[str, str, str], None]  # (to, subject, body); blocking


def normal_address(address: str) -> str:
    """The address trimmed and in lower case; ``bad_message`` if it cannot be an e-mail address."""
    address = address.strip().lower()
    if len(address) > 254 or not _ADDRESS.match(address):
        raise ProtocolError(ErrorCode.BAD_MESSAGE, "address: not an e-mail address")
    return address


class EmailCodes:
    """``send_code`` mails a fresh code (replacing any earlier one); ``redeem`` spends it once."""

    def __init__(
        self,
        key: Secret,
        ttl_s: float,
        send: Send,
        limits: Limits,
        repo: Repository,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._key = key.reveal().encode()
        self._ttl_s = ttl_s
        self._send = send
        self._limits = limits
        self._clock = clock  # the wall clock: the expiry is stored and read by other instances
        self._store = StoredEmailCodes(repo, MAX_TRIES)

    def _mac(self, *parts: str) -> bytes:
        return hmac.new(self._key, "\x00".join(parts).encode(), hashlib.sha256).digest()

    def _slot(self, address: str) -> str:
        return self._mac("address", address).hex()

    async def send_code(self, address: str, name: str, language: str, client: str) -> None:
        address = normal_address(address)
        name = " ".join(name.split())
        if not name:
            raise ProtocolError(ErrorCode.BAD_MESSAGE, "name: must not be empty")
        slot = self._slot(address)
        await self._limits.check("email_code_address", client)
        await self._limits.check("email_code_mail", slot)
        await self._limits.hit("email_code_address", client)
        await self._limits.hit("email_code_mail", slot)
        code = f"{secrets.randbelow(10**6):06d}"
        now = self._clock()
        code_hash = self._mac("code", slot, code).hex()
        await run_in_threadpool(self._store.put, slot, code_hash, name, now + self._ttl_s, now)
        subject, body = code_mail(language, code, int(self._ttl_s // 60))
        try:
            await run_in_threadpool(self._send, address, subject, body)
        except smtplib.SMTPRecipientsRefused:
            log.info("email code: the relay refused the recipient")  # said to nobody: no enumeration
        except (OSError, smtplib.SMTPException) as exc:
            await run_in_threadpool(self._store.drop, slot)
            log.warning("email code: the SMTP relay failed: %s", type(exc).__name__)
            raise ProtocolError(ErrorCode.PROVIDER_UNAVAILABLE, "the e-mail could not be sent") from None
        log.info("email code sent")

    async def redeem(self, address: str, code: str, client: str) -> tuple[str, str]:
        """The (address, declared name) the code was sent for; ``code_invalid`` if wrong, used or expired."""
        await self._limits.take("email_verify_address", client)
        address = normal_address(address)
        slot = self._slot(address)
        code_hash = self._mac("code", slot, code.strip()).hex()
        name = await run_in_threadpool(self._store.spend, slot, code_hash, self._clock())
        if name is None:
            raise ProtocolError(ErrorCode.CODE_INVALID, "no valid code, or a wrong one")
        return address, name
