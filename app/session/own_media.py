"""This user's own camera and microphone in a consultation: opened, switched, obeying the host, told.

The sources are made by the factory the composition root gives (devices, or synthetic media in the
demo and tests), with the self-view slot to fill; ``start`` opens them (with the switches as the user
left them) and keeps a preview drain so the self view runs, ``release`` closes them between calls
unless they are ``kept`` (the patient's self view in the lobby). A switch the host hard-muted is refused
with ``HARD_MUTED``; the host's mute turns media off (``force_off``). Whatever is sent changes, the room
is told (``report``) while ``may_report`` says there is a live call to tell. Presenting turns a camera
that was off on, and off again afterwards.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from app.media.frame_slot import FrameSlot
from app.session.events import DevicesMissing, EventSink, TalkingWhileMuted
from app.session.moderation import RoomModeration
from app.session.service_link import ServiceLink
from app.session.tasks import TaskOwner

if TYPE_CHECKING:  # aiortc and PyAV load with the first media (start), not with the window
    from aiortc.contrib.media import MediaRelay

    from app.media.sink import TrackDrain
    from app.media.sources import MediaSources
    from app.media.switchable import SwitchableTrack


class OwnMedia:
    """The camera and microphone (or their stand-ins), their switches, and the relay calls send from."""

    def __init__(
        self,
        sources_factory: Callable[[FrameSlot], MediaSources],
        local_video: FrameSlot,
        on_event: EventSink,
        moderation: RoomModeration,
        tasks: TaskOwner,
        *,
        may_report: Callable[[], bool],
        kept: bool,
        loopback_only: bool = False,
    ) -> None:
        self._factory = sources_factory
        self.local_video = local_video
        self._on_event = on_event
        self._moderation = moderation
        self._tasks = tasks
        self._may_report = may_report
        self._kept = kept  # opened at login and kept between calls (the patient's self view)
        self._loopback_only = loopback_only
        self.microphone_enabled = True
        self.camera_enabled = True
        self.sources: MediaSources | None = None
        self._relay_made: MediaRelay | None = None  # made with the first media
        self._preview: TrackDrain | None = None
        self._camera_before_presenting: bool | None = None
        self._closed = False

    @property
    def active(self) -> bool:
        """Whether the camera and microphone (or their stand-ins) are open now."""
        return self.sources is not None

    @property
    def relay(self) -> MediaRelay:
        if self._relay_made is None:
            from aiortc.contrib.media import MediaRelay

            self._relay_made = MediaRelay()
        return self._relay_made

    @property
    def video(self) -> SwitchableTrack | None:
        """The one sent video track (the camera, or what is presented); None before media."""
        return self.sources.video if self.sources is not None else None

    def start(self) -> MediaSources:
        if self.sources is None:
            from app.media.sink import TrackDrain

            if self._loopback_only:  # before any ICE gathering, so only once media starts
                from app.media.host_addresses import restrict_ice_host_addresses

                restrict_ice_host_addresses(["127.0.0.1"])
            sources = self.sources = self._factory(self.local_video)
            # Started again for a later call: send what the user left switched on, no more.
            sources.set_microphone_enabled(self.microphone_enabled)
            sources.video.enabled = self.camera_enabled
            # Keeps the camera running for the self view (the patient's before and between calls);
            # the source fills ``local_video`` itself, so this drain converts nothing.
            self._preview = TrackDrain(self.relay.subscribe(sources.video, buffered=False))
            sources.muted_talk_listeners.append(lambda: self._on_event(TalkingWhileMuted()))
            sources.missing_listeners.append(self._devices_changed)
            if any(sources.missing):
                self._on_event(DevicesMissing(*sources.missing))
        return self.sources

    def _devices_changed(self, camera_missing: bool, microphone_missing: bool) -> None:
        """A camera or microphone went missing or was plugged in: tell the user and the room."""
        self._on_event(DevicesMissing(camera_missing, microphone_missing))
        self.report()

    def sending(self) -> tuple[bool, bool]:
        """(audio, video) as the others get them: switched on, and a device there to send from."""
        camera_missing, microphone_missing = self.sources.missing if self.sources else (False, False)
        return self.microphone_enabled and not microphone_missing, self.camera_enabled and not camera_missing

    def report_if_missing(self) -> None:
        """No camera or no microphone: the room shows them as off (told at admission)."""
        if self.sending() != (self.microphone_enabled, self.camera_enabled):
            self.report()

    async def release(self, *, always: bool = False) -> None:
        """Close the camera and microphone between calls: no camera light, no capture or preview work
        while idle. Media that is ``kept`` closes only ``always`` (signing out)."""
        if (self._kept and not always) or self.sources is None:
            return
        sources, preview = self.sources, self._preview
        self.sources = self._preview = None
        self._relay_made = None  # its tasks end with the tracks they relayed
        if preview is not None:
            await preview.close()
        await sources.aclose()
        self.local_video.clear()

    def switch_microphone(self, on: bool) -> None:
        """The user's switch; refused with HARD_MUTED while the host forbids it."""
        self._moderation.check_unmute(on, False)
        self.set_microphone(on)
        self.report()

    def set_microphone(self, on: bool) -> None:
        self.microphone_enabled = on
        if self.sources is not None:
            self.sources.set_microphone_enabled(on)

    def level(self) -> float | None:
        """The microphone's level in dBFS for a level meter; None before media or without a microphone."""
        return self.sources.microphone_level() if self.sources is not None else None

    def switch_camera(self, on: bool) -> None:
        """The user's switch; refused with HARD_MUTED while the host forbids it."""
        self._moderation.check_unmute(False, on)
        self.set_camera(on)
        self.report()

    def set_camera(self, on: bool) -> None:
        self.camera_enabled = on
        if self.sources is not None:
            self.sources.video.enabled = on

    async def present(self, start: Callable[[], Awaitable[None]]) -> None:
        """Run ``start`` (the presentation replaces the camera), turning video that was off on for it;
        refused with HARD_MUTED while the host forbids video."""
        if not self.camera_enabled:
            self._moderation.check_unmute(False, True)
        await start()
        if self._camera_before_presenting is None:
            self._camera_before_presenting = self.camera_enabled
        if not self.camera_enabled:
            self.set_camera(True)
            self.report()

    def restore_camera(self) -> None:
        """Presenting ended: a camera that was off before it is off again."""
        before, self._camera_before_presenting = self._camera_before_presenting, None
        if before is False and self.camera_enabled:
            self.set_camera(False)
            self.report()

    def force_off(self, audio: bool, video: bool) -> None:
        """The host turned our audio and/or video off: obey, and tell the service what we now send."""
        changed = False
        if audio and self.microphone_enabled:
            self.set_microphone(False)
            changed = True
        if video and self.camera_enabled:
            self.set_camera(False)
            changed = True
        if changed:
            self.report()

    def report(self) -> None:
        """Tell the room what this user sends now (while there is a live call to tell)."""
        if self._may_report():
            audio, video = self.sending()
            self._tasks.spawn(ServiceLink.quietly(self._moderation.report_media(audio, video)), "set_media")

    async def close(self) -> None:
        """Close the preview and the sources whatever ``kept`` says; safe to call more than once."""
        if self._closed:
            return
        self._closed = True
        if self._preview is not None:
            await self._preview.close()
        if self.sources is not None:
            await self.sources.aclose()
