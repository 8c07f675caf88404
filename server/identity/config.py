"""Reads a deployment's identity setup from a JSON file (``--identity-config``); secrets from the environment.

Example::

    {"bankid": {"base_url": "https://appapi2.test.bankid.com/rp/v6.0", "pkcs12_path": "rp.p12",
                "ca_pem_path": "bankid-ca.pem"},
     "oidc": [{"provider_id": "idporten", "issuer": "https://idporten.no", "client_id": "…",
               "acr_values": ["idporten-loa-substantial", "idporten-loa-high"],
               "min_acr": "idporten-loa-high"}],
     "staff_ids_file": "staff.txt",
     "guardianship_simulator_file": "families.json",  # a SIMULATOR of a guardianship registry (0008)
     "email": {"host": "smtp.region.example", "port": 587, "security": "starttls",
               "sender": "samtale@region.example", "code_ttl_s": 600, "room_types": ["personal"]},
     "consent": {"nb": "…", "sv": "…", "en": "…"}}

``email`` offers sign-in with a one-time code by e-mail (no e-ID: a lower assurance level) and names the
room types such people may knock on; the SMTP login comes from ``$SAMTALE_SMTP_USERNAME`` and
``$SAMTALE_SMTP_PASSWORD``. ``consent`` is asked of every patient before they knock.

The PKCS#12 password comes from ``$SAMTALE_BANKID_P12_PASSWORD``, never from the file or the command line;
the key of the pseudonymous user ids from ``$SAMTALE_IDENTITY_KEY`` (keep it stable with a persistent DB).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from app.core.room_types import RoomType
from server.settings import BankIdSettings, ConsentSettings, EmailLoginSettings, OidcProviderSettings, Secret

PASSWORD_ENV = "SAMTALE_BANKID_P12_PASSWORD"
IDENTITY_KEY_ENV = "SAMTALE_IDENTITY_KEY"
SMTP_USERNAME_ENV = "SAMTALE_SMTP_USERNAME"
SMTP_PASSWORD_ENV = "SAMTALE_SMTP_PASSWORD"


def _bankid(data: dict[str, Any]) -> BankIdSettings:
    password = os.environ.get(PASSWORD_ENV)
    if not password:
        raise ValueError(f"BankID is configured but ${PASSWORD_ENV} is not set")
    return BankIdSettings(
        base_url=str(data["base_url"]),
        pkcs12_path=str(data["pkcs12_path"]),
        pkcs12_password=Secret(password),
        ca_pem_path=str(data["ca_pem_path"]),
    )


def _oidc(data: dict[str, Any]) -> OidcProviderSettings:
    return OidcProviderSettings(
        provider_id=str(data["provider_id"]),
        issuer=str(data["issuer"]),
        client_id=str(data["client_id"]),
        acr_values=tuple(data.get("acr_values", ())),
        min_acr=data.get("min_acr"),
        pid_claim=str(data.get("pid_claim", "pid")),
        hpr_claim=data.get("hpr_claim"),
        scopes=tuple(data.get("scopes", ("openid", "profile"))),
        display_name=_display_name(data.get("display_name")),
    )


def _email(data: dict[str, Any]) -> EmailLoginSettings:
    password = os.environ.get(SMTP_PASSWORD_ENV)
    security = str(data.get("security", "starttls"))
    if security not in ("starttls", "tls", "none"):
        raise ValueError(f"email.security must be starttls, tls or none, not {security!r}")
    if security == "none" and str(data["host"]) not in ("127.0.0.1", "::1", "localhost"):
        raise ValueError("email.security none is only for a relay on this host")
    return EmailLoginSettings(
        host=str(data["host"]),
        port=int(data["port"]),
        sender=str(data["sender"]),
        security=security,
        username=os.environ.get(SMTP_USERNAME_ENV) or None,
        password=Secret(password) if password else None,
        code_ttl_s=float(data.get("code_ttl_s", 600)),
        room_types=frozenset(RoomType(t) for t in data.get("room_types", ())),
    )


def _consent(data: dict[str, Any]) -> ConsentSettings:
    texts = tuple((str(lang), str(text).strip()[:4000]) for lang, text in data.items())
    if not texts or any(not text for _, text in texts):
        raise ValueError("consent needs a text for each language given")
    return ConsentSettings(texts=texts)


def _display_name(value: object) -> tuple[tuple[str, str], ...]:
    """``"HelseID"`` (every language) or ``{"nb": "…", "sv": "…", "en": "…"}``."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (("en", value),)
    if isinstance(value, dict):
        return tuple((str(lang), str(name)[:80]) for lang, name in value.items())
    raise TypeError("display_name must be a string or an object of languages")


def identity_settings(path: str | None) -> dict[str, Any]:
    """Keyword arguments for ``ServiceSettings``; raises ``ValueError`` if invalid."""
    key = os.environ.get(IDENTITY_KEY_ENV)
    keyed: dict[str, Any] = {"identity_key": Secret(key)} if key else {}
    if path is None:
        return keyed
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        staff: frozenset[str] = frozenset()
        if "staff_ids_file" in data:
            lines = Path(data["staff_ids_file"]).read_text(encoding="utf-8").split()
            staff = frozenset(line.strip() for line in lines if line.strip())
        return {
            "bankid": _bankid(data["bankid"]) if "bankid" in data else None,
            "oidc_providers": tuple(_oidc(p) for p in data.get("oidc", [])),
            "staff_ids": staff,
            "guardianship_simulator_file": data.get("guardianship_simulator_file"),
            "email_login": _email(data["email"]) if "email" in data else None,
            "consent": _consent(data["consent"]) if "consent" in data else None,
            **keyed,
        }
    except (OSError, KeyError, TypeError, AttributeError, ValueError) as exc:
        raise ValueError(f"invalid identity config: {type(exc).__name__} {exc}") from None
