"""Configuration of one service instance, with secrets that never show up in logs or reprs."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from app.core.protocol import IceServer


class Secret:
    """A string whose ``repr``/``str`` are masked so it cannot leak through logs or tracebacks."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not value:
            raise ValueError("a secret must not be empty")
        self._value = value

    @classmethod
    def generate(cls) -> Secret:
        """A fresh random secret (256 bits)."""
        return cls(secrets.token_urlsafe(32))

    def reveal(self) -> str:
        """The plain value; call only where it is used, never to log it."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    def __str__(self) -> str:
        return "**********"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and secrets.compare_digest(self._value, other._value)

    def __hash__(self) -> int:
        return hash(self._value)


@dataclass(frozen=True, slots=True)
class BankIdSettings:
    """Swedish BankID RP API v6: where it is, our RP certificate and the one CA we trust for it."""

    base_url: str  # e.g. https://appapi2.test.bankid.com/rp/v6.0
    pkcs12_path: str  # the relying-party certificate and key
    pkcs12_password: Secret
    ca_pem_path: str  # BankID's CA for the API's server certificate; the only trust anchor
    collect_interval_s: float = 2.0  # BankID asks for collect every 2 s
    abandon_after_s: float = 15.0  # cancel the order when the desktop stops polling for this long


@dataclass(frozen=True, slots=True)
class OidcProviderSettings:
    """One OpenID provider (ID-porten, Norwegian BankID, Idura/Signicat, HelseID) the service accepts."""

    provider_id: str
    issuer: str
    client_id: str  # the desktop's public client; the ID token's audience
    acr_values: tuple[str, ...] = ()  # accepted levels, lowest first; empty: any
    min_acr: str | None = None  # the lowest level accepted (one of acr_values)
    pid_claim: str = "pid"  # national identity number
    hpr_claim: str | None = None  # HPR number (health personnel); set for HelseID
    scopes: tuple[str, ...] = ("openid", "profile")
    display_name: tuple[tuple[str, str], ...] = ()  # (language, name) pairs shown on the sign-in button


DEFAULT_DATABASE_URL = "sqlite://"  # in-memory; pass a file URL (sqlite:///path.db) to keep data


@dataclass(frozen=True, slots=True)
class ServiceSettings:
    """Everything one service instance needs; defaults suit a loopback dev/demo instance."""

    host: str = "127.0.0.1"
    port: int = 0
    dev_mode: bool = False
    database_url: str = DEFAULT_DATABASE_URL
    token_secret: Secret = field(default_factory=Secret.generate)
    token_ttl_s: int = 900
    # Handed out on admission. Empty by default: never a public STUN server.
    ice_servers: list[IceServer] = field(default_factory=list)
    reconnect_grace_s: float = 45.0
    hello_timeout_s: float = 10.0
    link_base: str = "samtale://join/"
    rate_per_s: float = 30.0
    rate_burst: int = 60
    ws_max_size: int = 1024 * 1024  # well above MAX_MESSAGE_BYTES so oversize gets a coded error
    outbound_queue: int = 512  # per connection; a client that falls further behind is dropped
    # TURN relay with time-limited REST credentials (coturn use-auth-secret); off unless both are set.
    turn_urls: list[str] = field(default_factory=list)  # e.g. ["turn:host:3478?transport=udp", ...]
    turn_secret: Secret | None = None  # coturn's static-auth-secret
    turn_ttl_s: int = 600  # how long issued TURN credentials stay valid
    # The pre-call UDP probe (token-gated echo) on the service host; 0 lets the OS pick the port.
    probe_port: int = 0
    probe_enabled: bool = True
    # Identity (issue 4): providers are deployment configuration; none are on by default.
    bankid: BankIdSettings | None = None
    oidc_providers: tuple[OidcProviderSettings, ...] = ()
    staff_ids: frozenset[str] = frozenset()  # national identity numbers of clinicians (staff directory)
    refresh_ttl_s: int = 30 * 24 * 3600  # a refresh token family lives at most this long
    # Keys the pseudonymous user ids (HMAC of the national identity number); keep it stable with a
    # persistent database ($SAMTALE_IDENTITY_KEY). Unset: the token secret (random per start).
    identity_key: Secret | None = None
    # Guardians acting for children under 16 (decision 0008): no real registry is reachable yet, so
    # only the clearly named simulator exists; a JSON file of families. Unset: acting is not offered.
    guardianship_simulator_file: str | None = None
