"""Where the service is and how media is made: the one setting a consultation needs.

Kept apart from ``consultation_base`` (which loads aiortc) so the composition root can build the
windows before any call machinery is imported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.link_quality import PoorLink

if TYPE_CHECKING:
    from app.session.api import ServiceApi


@dataclass(frozen=True, slots=True)
class SessionConfig:
    """Where the service is and how media is made."""

    service_url: str  # e.g. "http://127.0.0.1:8443"
    loopback_only: bool = False  # offer only 127.0.0.1 ICE host candidates (demo and tests)
    video_size: tuple[int, int] = (640, 480)
    video_codec: str | None = None  # "VP8", "H264", or None for aiortc's default order
    # Keeps a real login's access token renewed (IdentityLogins.keep_fresh); None for the test identity.
    keep_fresh: Callable[[ServiceApi], object] | None = None
    # Below the lowest video level: offer audio only (the person chooses) or switch to it by itself.
    poor_link: PoorLink = PoorLink.OFFER
