"""Configuration of one service instance, with secrets that never show up in logs or reprs."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.emergency import EmergencyNotice
from app.core.protocol import IceServer
from app.core.room_types import RoomType
from server.client_versions import ClientVersionSettings
from server.identity.signing_keys import SigningKeys
from server.secret import Secret
from server.sfu.choice import SfuRooms

__all__ = [
    "BankIdSettings",
    "ConsentSettings",
    "EmailLoginSettings",
    "OidcProviderSettings",
    "Secret",
    "ServiceSettings",
    "SigningKeys",
]


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


@dataclass(frozen=True, slots=True)
class EmailLoginSettings:
    """Sign-in with a one-time code by e-mail (people without a Nordic e-ID): the SMTP relay and rules."""

    host: str
    port: int
    sender: str  # the From address
    security: str = "starttls"  # "starttls", "tls" (implicit, port 465) or "none" (loopback tests only)
    username: str | None = None  # from $SAMTALE_SMTP_USERNAME / $SAMTALE_SMTP_PASSWORD
    password: Secret | None = None
    code_ttl_s: float = 600.0  # a code is valid this long, once
    # The room types such people may knock on; none by default (a deployment opens them one by one).
    room_types: frozenset[RoomType] = frozenset()


@dataclass(frozen=True, slots=True)
class ConsentSettings:
    """The consent a patient gives before knocking: the text per language (nb, sv, en)."""

    texts: tuple[tuple[str, str], ...]  # (language, text)
    version: str = ""  # recorded in the audit log with the time of consent; default: a hash of the texts


DEFAULT_DATABASE_URL = "sqlite://"  # in-memory; pass a file URL (sqlite:///path.db) to keep data


@dataclass(frozen=True, slots=True)
class ServiceSettings:
    """Everything one service instance needs; defaults suit a loopback dev/demo instance."""

    host: str = "127.0.0.1"
    port: int = 0
    dev_mode: bool = False
    database_url: str = DEFAULT_DATABASE_URL
    # Redis shared by the instances of one deployment (decision 0016); unset: one process, no Redis.
    redis_url: str | None = None
    redis_max_connections: int = 50  # per instance; a burst beyond it waits (server.signaling.cluster)
    token_keys: SigningKeys = field(default_factory=SigningKeys.generate)  # sign and verify tokens
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
    # Reverse proxies whose X-Forwarded-For names the client's address (BankID's endUserIp, the
    # per-address limits). Loopback by default: a proxy on the same host; () trusts no header.
    trusted_proxies: tuple[str, ...] = ("127.0.0.1", "::1")
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
    # E-mail and a one-time code (issue 15): off unless the deployment configures its SMTP relay.
    email_login: EmailLoginSettings | None = None
    # Consent asked before knocking (issue 15); unset: none asked.
    consent: ConsentSettings | None = None
    # The client versions this deployment supports and offers (GET /v1/client); unset: not said.
    client_versions: ClientVersionSettings | None = None

    # The guest page (issue 15): the deployment's own addresses as patients reach it, e.g.
    # ("https://video.region.example",); a browser page from any other origin may not open the WebSocket.
    public_urls: tuple[str, ...] = ()
    # The emergency notice shown before and while waiting (app/core/emergency.py).
    emergency: EmergencyNotice = field(default_factory=EmergencyNotice)
    # A page the deployment shows after a call (feedback, payment: the service handles no payment).
    after_call_url: str | None = None
    # The media server (issue 14): Janus instances (WebSocket API URLs) and their secrets, which never
    # leave the service. None: rooms whose media needs it cannot be created (``needs_sfu``).
    janus_urls: tuple[str, ...] = ()
    janus_api_secret: Secret | None = None
    janus_admin_secret: Secret | None = None  # the Admin API's; kept for operators' tools, unused here
    sfu_rooms: SfuRooms = SfuRooms.BY_TYPE  # which rooms go through Janus

    @property
    def have_sfu(self) -> bool:
        return bool(self.janus_urls)

    @property
    def token_secret(self) -> Secret:
        """The key that signs new tokens (the pseudonym key's fallback in dev mode)."""
        return self.token_keys.signing_secret
