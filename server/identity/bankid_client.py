"""An RP API v6 client for Swedish BankID (``/auth``, ``/collect``, ``/cancel``) over mutual TLS."""

from __future__ import annotations

import os
import secrets
import ssl
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from server.settings import BankIdSettings, Secret


class BankIdError(Exception):
    """The RP API refused a call or could not be reached; ``error_code`` is BankID's (or ``unreachable``)."""

    def __init__(self, error_code: str, status: int | None = None) -> None:
        super().__init__(error_code)
        self.error_code = error_code
        self.status = status


@dataclass(frozen=True, slots=True)
class AuthOrder:
    """A started order. ``order_ref`` and ``qr_start_secret`` never leave the service."""

    order_ref: Secret
    auto_start_token: str
    qr_start_token: str
    qr_start_secret: Secret


@dataclass(frozen=True, slots=True)
class CompletedUser:
    """The person BankID identified (personal number and names)."""

    personal_number: Secret
    name: str
    given_name: str
    surname: str


@dataclass(frozen=True, slots=True)
class CollectResult:
    """One ``/collect`` answer: ``pending``, ``failed`` or ``complete`` (then ``user`` is set)."""

    status: str
    hint_code: str | None = None
    user: CompletedUser | None = None


def mutual_tls_context(settings: BankIdSettings) -> ssl.SSLContext:
    """TLS that trusts only BankID's CA and presents our RP certificate from the PKCS#12 file."""
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=settings.ca_pem_path)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    password = settings.pkcs12_password.reveal().encode()
    key, cert, chain = pkcs12.load_key_and_certificates(Path(settings.pkcs12_path).read_bytes(), password)
    if key is None or cert is None:
        raise ValueError("the PKCS#12 file holds no key and certificate")
    # ssl loads certificates only from files: write them once, key encrypted, and delete at once.
    transient = secrets.token_urlsafe(24)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(transient.encode()),
    )
    for extra in [cert, *(chain or [])]:
        pem += extra.public_bytes(serialization.Encoding.PEM)
    fd, path = tempfile.mkstemp(suffix=".pem")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
        context.load_cert_chain(path, password=transient)
    finally:
        os.unlink(path)
    return context


class BankIdClient:
    """Calls the RP API; ``transport`` is injectable for tests (default: real mutual TLS)."""

    def __init__(self, settings: BankIdSettings, transport: httpx.AsyncBaseTransport | None = None) -> None:
        verify: ssl.SSLContext | bool = mutual_tls_context(settings) if transport is None else True
        self._http = httpx.AsyncClient(
            base_url=settings.base_url.rstrip("/") + "/",
            verify=verify,
            transport=transport,
            timeout=httpx.Timeout(10.0),
            trust_env=False,  # never via a proxy from the environment
        )

    async def close(self) -> None:
        await self._http.aclose()

    async def _call(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        try:
            response = await self._http.post(path, json=body)
        except httpx.HTTPError:
            raise BankIdError("unreachable") from None
        try:
            data = response.json()
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        if response.status_code != 200:
            raise BankIdError(str(data.get("errorCode", "unknown")), response.status_code)
        return data

    async def auth(self, end_user_ip: str) -> AuthOrder:
        """Start an identification order for a user at ``end_user_ip``."""
        data = await self._call("auth", {"endUserIp": end_user_ip, "requirement": {"pinCode": True}})
        try:
            return AuthOrder(
                order_ref=Secret(str(data["orderRef"])),
                auto_start_token=str(data["autoStartToken"]),
                qr_start_token=str(data["qrStartToken"]),
                qr_start_secret=Secret(str(data["qrStartSecret"])),
            )
        except (KeyError, ValueError):
            raise BankIdError("badResponse") from None

    async def collect(self, order_ref: Secret) -> CollectResult:
        """The order's current state."""
        data = await self._call("collect", {"orderRef": order_ref.reveal()})
        status = str(data.get("status", ""))
        hint = data.get("hintCode")
        hint_code = str(hint) if hint is not None else None
        if status == "complete":
            try:
                user = data["completionData"]["user"]
                return CollectResult(
                    status,
                    hint_code,
                    CompletedUser(
                        personal_number=Secret(str(user["personalNumber"])),
                        name=str(user["name"]),
                        given_name=str(user.get("givenName", "")),
                        surname=str(user.get("surname", "")),
                    ),
                )
            except (KeyError, TypeError, ValueError):
                raise BankIdError("badResponse") from None
        if status not in ("pending", "failed"):
            raise BankIdError("badResponse")
        return CollectResult(status, hint_code)

    async def cancel(self, order_ref: Secret) -> None:
        """Cancel a running order (BankID answers ``{}``)."""
        await self._call("cancel", {"orderRef": order_ref.reveal()})
