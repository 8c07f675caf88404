"""Reads a deployment's identity setup from a JSON file (``--identity-config``); secrets from the environment.

Example::

    {"bankid": {"base_url": "https://appapi2.test.bankid.com/rp/v6.0", "pkcs12_path": "rp.p12",
                "ca_pem_path": "bankid-ca.pem"},
     "oidc": [{"provider_id": "idporten", "issuer": "https://idporten.no", "client_id": "…",
               "acr_values": ["idporten-loa-substantial", "idporten-loa-high"],
               "min_acr": "idporten-loa-high"}],
     "staff_ids_file": "staff.txt",
     "guardianship_simulator_file": "families.json"}  # a SIMULATOR of a guardianship registry (0008)

The PKCS#12 password comes from ``$SAMTALE_BANKID_P12_PASSWORD``, never from the file or the command line;
the key of the pseudonymous user ids from ``$SAMTALE_IDENTITY_KEY`` (keep it stable with a persistent DB).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from server.settings import BankIdSettings, OidcProviderSettings, Secret

PASSWORD_ENV = "SAMTALE_BANKID_P12_PASSWORD"
IDENTITY_KEY_ENV = "SAMTALE_IDENTITY_KEY"


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
            **keyed,
        }
    except (OSError, KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"invalid identity config: {type(exc).__name__} {exc}") from None
