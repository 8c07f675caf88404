"""The client's own version, and where it stands against what the deployment supports.

The service publishes the oldest client version it supports and the newest available
(``GET /v1/client``, ``ClientVersions``). The protocol's ``v`` stays the compatibility contract;
this is the human side of it: a client older than the newest says, quietly, that a new version is
available; one below the oldest supported says what to do before a consultation starts.
"""

from __future__ import annotations

import re
from enum import StrEnum

from app.core.protocol.rest import ClientVersions

# The version the installers carry: [project].version and [tool.briefcase].version in pyproject.toml
# (tests/core/test_client_version.py keeps the three equal).
CLIENT_VERSION = "0.1.0"

_VERSION = re.compile(r"(\d{1,4})(?:\.(\d{1,4}))?(?:\.(\d{1,4}))?", re.ASCII)


class VersionStanding(StrEnum):
    CURRENT = "current"
    UPDATE_AVAILABLE = "update_available"  # still supported; a newer one can be downloaded
    UNSUPPORTED = "unsupported"  # below the oldest the deployment supports
    UNKNOWN = "unknown"  # no answer, none set, or one the client cannot read: say nothing


def parse_version(text: str) -> tuple[int, int, int]:
    """``"1.2.3"`` -> ``(1, 2, 3)``; ``"2"`` and ``"2.0"`` are ``(2, 0, 0)``. Numbers only, up to three."""
    match = _VERSION.fullmatch(text)
    if match is None:
        raise ValueError(f"not a version: {text!r} (expected numbers like 1.2.3)")
    major, minor, patch = (int(part) if part else 0 for part in match.groups())
    return major, minor, patch


def standing(current: str, versions: ClientVersions | None) -> VersionStanding:
    """Where ``current`` stands against the deployment's ``versions`` (``None``: no answer)."""
    if versions is None:
        return VersionStanding.UNKNOWN
    try:
        mine = parse_version(current)
        oldest = parse_version(versions.oldest_supported)
        newest = parse_version(versions.newest)
    except ValueError:
        return VersionStanding.UNKNOWN
    if mine < oldest:
        return VersionStanding.UNSUPPORTED
    if mine < newest:
        return VersionStanding.UPDATE_AVAILABLE
    return VersionStanding.CURRENT
