"""The client versions this deployment supports, for the client's update notice (``GET /v1/client``,
``server.api.client``).

The deployment sets the oldest client version it supports, the newest available and where to
download it (``python -m server --client-oldest/--client-newest/--client-download-url``). Anyone may
ask, before signing in: a client below the oldest tells its user what to do before a consultation
starts. Unset, the route answers 404 ``not_found`` and clients say nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.client_version import parse_version
from app.core.protocol.rest import ClientVersions


@dataclass(frozen=True, slots=True)
class ClientVersionSettings:
    """The deployment's client versions, checked when the service starts."""

    oldest_supported: str
    newest: str
    download_url: str | None = None

    @classmethod
    def parse(
        cls, oldest: str | None, newest: str | None, download_url: str | None
    ) -> ClientVersionSettings | None:
        """From the command line; ``None`` when nothing is set. A ``ValueError`` says what is wrong."""
        if oldest is None and newest is None:
            if download_url is not None:
                raise ValueError("--client-download-url needs --client-newest (the version it downloads)")
            return None
        oldest = oldest if oldest is not None else "0.0.0"
        newest = newest if newest is not None else oldest
        if parse_version(oldest) > parse_version(newest):
            raise ValueError(
                f"--client-oldest {oldest} must be older than or equal to --client-newest {newest}"
            )
        if download_url is not None and not download_url.startswith("https://"):
            raise ValueError("--client-download-url must be an https:// address")
        return cls(oldest, newest, download_url)

    def answer(self) -> ClientVersions:
        return ClientVersions(self.oldest_supported, self.newest, self.download_url)
