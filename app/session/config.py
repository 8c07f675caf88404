"""Where the service is and how media is made: the one setting a consultation needs.

Kept apart from ``consultation_base`` (which loads aiortc) so the composition root can build the
windows before any call machinery is imported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.core.link_quality import PoorLink

if TYPE_CHECKING:
    from app.session.api import ServiceApi


@dataclass(frozen=True, slots=True)
class MediaRecovery:
    """How a call notices a media link that stopped and rebuilds it (docs/architecture.md, Recovery).

    ``stall_s``: no media packet in (RTP or RTCP) for this long and the link counts as stalled (the user sees
    "Reconnecting…"); ``rebuild_s``: stalled this long, or ``failed``/``closed``, and the link is
    rebuilt with a new peer connection; ``attempt_s``: how long one rebuild (offer, answer,
    connection) may take; ``connect_s``: how long a new link may take to connect at all;
    ``backoff_s``: first and longest wait between attempts; ``give_up_s``: still not back after this
    long and the user gets a choice (try again, audio only, leave). The deployment sets ``give_up_s``.
    """

    stall_s: float = 1.25
    rebuild_s: float = 3.0
    attempt_s: float = 6.0
    connect_s: float = 12.0
    backoff_s: tuple[float, float] = (0.5, 2.0)
    give_up_s: float = 20.0
    poll_s: float = 0.25


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
    recovery: MediaRecovery = field(default_factory=MediaRecovery)
