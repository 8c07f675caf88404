"""The local media a session sends: switchable audio and video tracks plus the self-view picture."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from av.frame import Frame

from app.media.frame_slot import FrameSlot
from app.media.switchable import SwitchableTrack
from app.media.synthetic_audio import ToneAudioTrack
from app.media.synthetic_video import PatternVideoTrack


class MediaSources:
    """What a call sends: ``audio`` and ``video`` (add these to the peer connection; toggle ``enabled``
    for mute / camera off, ``replace_source`` to switch devices) and ``preview``, the self view.

    The preview shows what the camera source produces; while video is disabled the source is not read,
    so the preview keeps its last picture and the UI shows its own camera-off state.
    """

    def __init__(
        self,
        audio: SwitchableTrack,
        video: SwitchableTrack,
        preview: FrameSlot,
        *,
        on_close: Callable[[], None] | None = None,
        play_remote_audio: Callable[[str, Frame], None] | None = None,
        forget_remote_audio: Callable[[str], None] | None = None,
        on_aclose: Callable[[], Awaitable[None]] | None = None,
        microphone_level: Callable[[], float] | None = None,
        on_mute: Callable[[bool], None] | None = None,
    ) -> None:
        if audio.kind != "audio" or video.kind != "video":
            raise ValueError("MediaSources needs an audio and a video track")
        self.audio = audio
        self.video = video
        self.preview = preview
        self._on_close = on_close  # releases what feeds the tracks (an open camera, say)
        # Where received audio goes, as (participant id, frame): that participant's jitter buffer in the
        # speaker's mixer; None: it is only drained. ``forget_remote_audio(id)``: they left.
        self.play_remote_audio = play_remote_audio
        self.forget_remote_audio = forget_remote_audio
        self._on_aclose = on_aclose  # releases what needs awaiting (an audio output stream)
        self._microphone_level = microphone_level  # the real microphone's level in dBFS, if there is one
        self._on_mute = on_mute  # tells the microphone's "talking while muted" detector
        self.muted_talk_listeners: list[Callable[[], None]] = []
        # Told (on the event loop) when a device goes missing or comes back: (camera, microphone) missing.
        self.missing_listeners: list[Callable[[bool, bool], None]] = []
        self._missing = self.missing
        audio.source_listeners.append(self._source_changed)
        video.source_listeners.append(self._source_changed)
        self._closed = False

    @classmethod
    def synthetic(
        cls,
        size: tuple[int, int] = (640, 480),
        fps: float = 30.0,
        tone_hz: float = 440.0,
        preview: FrameSlot | None = None,
    ) -> MediaSources:
        """A moving stamped test pattern and a sine tone (no devices needed).

        ``preview`` is the self-view slot to fill (a new one if not given).
        """
        preview = preview if preview is not None else FrameSlot()
        video = SwitchableTrack(PatternVideoTrack(size, fps, preview=preview), fps=fps)
        audio = SwitchableTrack(ToneAudioTrack(tone_hz))
        return cls(audio=audio, video=video, preview=preview)

    @property
    def missing(self) -> tuple[bool, bool]:
        """(no camera, no microphone): a device that is not there, for which nothing is sent."""
        return self.video.absent, self.audio.absent

    def _source_changed(self) -> None:
        missing = self.missing
        if missing != self._missing and not self._closed:
            self._missing = missing
            for listener in list(self.missing_listeners):
                listener(*missing)

    def microphone_level(self) -> float | None:
        """The microphone's current level in dBFS (None for a synthetic source)."""
        return self._microphone_level() if self._microphone_level is not None else None

    def set_microphone_enabled(self, on: bool) -> None:
        """Mute or unmute what is sent, keeping the muted-talk detector in step."""
        self.audio.enabled = on
        if self._on_mute is not None:
            self._on_mute(not on)

    def notify_muted_talk(self) -> None:
        """The microphone hears speech while muted (called on the event loop)."""
        for listener in list(self.muted_talk_listeners):
            listener()

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Stop both tracks and their sources (idempotent)."""
        if self._closed:
            return
        self._closed = True
        self.audio.stop()
        self.video.stop()
        if self._on_close is not None:
            self._on_close()

    async def aclose(self) -> None:
        """``close()``, then release what must be awaited; idempotent."""
        already = self._closed
        self.close()
        if not already and self._on_aclose is not None:
            await self._on_aclose()


def synthetic_factory(size: tuple[int, int] = (640, 480)) -> Callable[[FrameSlot], MediaSources]:
    """A consultation's ``sources_factory`` that makes ``MediaSources.synthetic`` (tests, the demo).

    A consultation has no default: whoever makes one says whether it sends devices or a test pattern.
    """
    return lambda preview: MediaSources.synthetic(size=size, preview=preview)
