"""``GET /v1/client``: the client versions this deployment supports, for the client's update notice.

The deployment sets the oldest client version it supports, the newest available and where to
download it (``python -m server --client-oldest/--client-newest/--client-download-url``). Anyone may
ask, before signing in: a client below the oldest tells its user what to do before a consultation
starts. Unset, the route answers 404 ``not_found`` and clients say nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from app.core.client_version import parse_version
from app.core.errors import ErrorCode, ProtocolError
from app.core.protocol import API_PREFIX, to_json
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


async def client_versions(request: Request) -> Response:
    from server.services import services_of  # late, like server.probe: avoids an import cycle

    settings = services_of(request).settings.client_versions
    if settings is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no client versions set for this deployment")
    return JSONResponse(to_json(settings.answer()), headers={"Cache-Control": "max-age=300"})


def routes() -> list[BaseRoute]:
    from server.rest import _guarded as guarded

    return [Route(f"{API_PREFIX}/client", guarded(client_versions), methods=["GET"])]
