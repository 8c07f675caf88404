"""The little the service reads of an SDP: its media sections, each with its kind and ``mid``.

A publication's offer is checked by its sections' kinds (``offer_shape``) and VideoRoom's
``moderate`` names the video section's ``mid`` (``participant``); both read it here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class MediaSection:
    """One ``m=`` section: ``audio``, ``video``, ``application``…, and its ``a=mid`` if it has one."""

    kind: str
    mid: str | None = None


def media_sections(sdp: str) -> list[MediaSection]:
    """The media sections of ``sdp`` in order (session-level lines before the first ``m=`` are
    not a section's)."""
    sections: list[MediaSection] = []
    for raw in sdp.splitlines():
        line = raw.strip()
        if line.startswith("m="):
            sections.append(MediaSection(line[2:].split(" ", 1)[0]))
        elif line.startswith("a=mid:") and sections and sections[-1].mid is None:
            sections[-1] = MediaSection(sections[-1].kind, line.removeprefix("a=mid:").strip())
    return sections


def video_mid(sdp: str) -> str | None:
    """The ``mid`` of the first video section (what VideoRoom ``moderate`` names), if any."""
    return next((s.mid for s in media_sections(sdp) if s.kind == "video"), None)
