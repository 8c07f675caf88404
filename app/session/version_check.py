"""Asks the service which client versions its deployment supports (``GET /v1/client``), once, at start.

Whatever goes wrong here (no route on an older service, none set, the service unreachable, a body
the client cannot read) ends as ``VersionStanding.UNKNOWN``: the version check never stops anyone;
reaching the service is the sign-in page's concern, and the protocol's ``v`` guards compatibility.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from app.core.client_version import CLIENT_VERSION, VersionStanding, standing
from app.core.errors import ProtocolError
from app.core.protocol import from_json
from app.core.protocol.rest import ClientVersions
from app.session.api import ServiceApi
from app.session.errors import SessionError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class VersionCheck:
    """Where this client stands, the newest version and where to download it (when the service says)."""

    standing: VersionStanding
    newest: str | None = None
    download_url: str | None = None


async def check_client_version(
    service_url: str, current: str = CLIENT_VERSION, *, http_timeout_s: float = 5.0
) -> VersionCheck:
    api = ServiceApi(service_url, timeout=http_timeout_s)
    try:
        versions = from_json(ClientVersions, await api.get_json("/client"), ignore_unknown=True)
    except (SessionError, ProtocolError, ValueError) as exc:  # ValueError: not JSON at all
        log.info("client versions not known: %s", exc.code if isinstance(exc, SessionError) else "bad answer")
        return VersionCheck(VersionStanding.UNKNOWN)
    finally:
        await api.close()
    found = standing(current, versions)
    if found is VersionStanding.UNKNOWN:
        return VersionCheck(found)
    log.info("client version %s standing=%s newest=%s", current, found, versions.newest)
    return VersionCheck(found, versions.newest, versions.download_url)
