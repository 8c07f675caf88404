"""Time-limited TURN credentials (coturn's use-auth-secret REST scheme) and the ICE servers made of them."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Callable

from app.core.protocol import IceServer
from server.settings import Secret, ServiceSettings


def turn_password(secret: Secret, username: str) -> str:
    """``base64(HMAC-SHA1(secret, username))``, the password coturn derives for ``username``."""
    digest = hmac.new(secret.reveal().encode(), username.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


class TurnCredentials:
    """Issues ``"<unix-expiry>:<opaque id>"`` usernames with their passwords; ``clock`` is injectable."""

    def __init__(
        self,
        urls: list[str],
        secret: Secret | None,
        ttl_s: int,
        stun: list[IceServer] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.urls = list(urls)
        self._secret = secret
        self.ttl_s = ttl_s
        self._stun = list(stun or [])
        self._clock = clock

    @classmethod
    def from_settings(cls, settings: ServiceSettings) -> TurnCredentials:
        return cls(settings.turn_urls, settings.turn_secret, settings.turn_ttl_s, settings.ice_servers)

    @property
    def enabled(self) -> bool:
        """True when TURN URLs and a shared secret are both configured."""
        return bool(self.urls) and self._secret is not None

    def turn_server(self, opaque_id: str, ttl_s: int | None = None) -> IceServer | None:
        """One ``IceServer`` with all TURN URLs and fresh credentials for ``opaque_id`` (None: disabled)."""
        if not self.enabled:
            return None
        assert self._secret is not None
        if ":" in opaque_id:
            raise ValueError("the opaque id must not contain ':'")
        username = f"{int(self._clock()) + (self.ttl_s if ttl_s is None else ttl_s)}:{opaque_id}"
        return IceServer(
            urls=list(self.urls), username=username, credential=turn_password(self._secret, username)
        )

    def ice_servers(self, opaque_id: str, ttl_s: int | None = None) -> list[IceServer]:
        """The configured STUN/TURN servers followed by our TURN server with credentials for ``opaque_id``."""
        servers = list(self._stun)
        turn = self.turn_server(opaque_id, ttl_s)
        if turn is not None:
            servers.append(turn)
        return servers
