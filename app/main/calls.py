"""The call machinery (aiortc, PyAV), loaded when the first consultation is made, not at start-up.

The windows are built with consultations whose modules import no aiortc; these factories import the
facades on first use and switch on the fast H.264 preset once, before any encoder exists.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from app.session.config import SessionConfig
from app.session.events import EventSink

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.media.frame_slot import FrameSlot
    from app.media.sources import MediaSources
    from app.session.consultation import ClinicianConsultation, PatientConsultation


@cache
def prepare_media() -> None:
    """Once per process: the H.264 preset (docs/decisions/0003: 40 % less CPU at 720p, lower latency).

    Patches aiortc's encoder factory, so it imports aiortc and PyAV: called at the first sign-in's
    media, never at start-up.
    """
    from app.media.codecs import use_fast_h264_preset

    use_fast_h264_preset()


def patient_consultation(
    config: SessionConfig, sink: EventSink, sources_factory: Callable[[FrameSlot], MediaSources]
) -> PatientConsultation:
    from app.session.api import ServiceApi
    from app.session.consultation import PatientConsultation
    from app.session.wiring import real_signaling

    return PatientConsultation(
        config,
        sink,
        sources_factory=_prepared(sources_factory),
        api=ServiceApi(config.service_url),
        signaling=real_signaling,
    )


def clinician_consultation(
    config: SessionConfig, sink: EventSink, sources_factory: Callable[[FrameSlot], MediaSources]
) -> ClinicianConsultation:
    from app.session.api import ServiceApi
    from app.session.consultation import ClinicianConsultation
    from app.session.wiring import real_signaling

    return ClinicianConsultation(
        config,
        sink,
        sources_factory=_prepared(sources_factory),
        api=ServiceApi(config.service_url),
        signaling=real_signaling,
    )


def synthetic_sources(config: SessionConfig) -> Callable[[FrameSlot], MediaSources]:
    """A moving test pattern and a tone, no devices: the demo's clinician window only."""

    def make(preview: FrameSlot) -> MediaSources:
        from app.media.sources import synthetic_factory

        return synthetic_factory(config.video_size)(preview)

    return make


def _prepared(factory: Callable[[FrameSlot], MediaSources]) -> Callable[[FrameSlot], MediaSources]:
    """``factory`` with ``prepare_media`` run first."""

    def make(preview: FrameSlot) -> MediaSources:
        prepare_media()
        return factory(preview)

    return make
