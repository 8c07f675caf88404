"""A consultation's open microphone and speaker: the sent track, playback and echo canceller, live."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from av.frame import Frame

from app.media.absent import AbsentTrack
from app.media.audio import AudioDevice, AudioProcessor, MicrophoneTrack, Playback, estimate_stream_delay_ms
from app.media.audio.denied import DEVICE_ERRORS, access_denied
from app.media.audio.devices import pick_device
from app.media.switchable import SwitchableTrack
from app.media.synthetic_audio import ToneAudioTrack

log = logging.getLogger(__name__)


class LiveAudio:
    """``sending`` is added to the peer connection once; ``use_microphone`` gives it a new source (no
    renegotiation) and ``use_speaker`` re-opens ``Playback`` on another output, which keeps feeding the
    same echo canceller (a new output starts with no voices: each comes back with its next frame). Each
    remote participant is a voice of its own, mixed into the speaker (``play``, ``forget``). Without any
    microphone nothing is sent (an ``AbsentTrack``; with ``synthetic``, ``--synthetic-media``, a tone
    stands in) until one is plugged in; one that will not open sends silence (``denied`` tells whether
    the OS refused it). Create inside the running event loop.
    """

    def __init__(
        self,
        microphone: AudioDevice | None,
        speaker: AudioDevice | None,
        on_muted_talk: Callable[[], None],
        *,
        synthetic: bool = False,
    ) -> None:
        self._on_muted_talk = on_muted_talk
        self._synthetic = synthetic
        self.denied = False  # the OS refused the microphone the last time one was opened
        self.microphone: MicrophoneTrack | None = None
        self.playback: Playback | None = None
        self._closing: set[asyncio.Task[None]] = set()
        self._muted = False
        self.processor = _processor()
        if speaker is not None:
            self.use_speaker(speaker)
        self.sending = SwitchableTrack(self._first_source(microphone))
        self._update_delay()

    @property
    def microphone_device(self) -> AudioDevice | None:
        mic = self.microphone
        return mic.device if mic is not None and mic.readyState == "live" else None

    @property
    def speaker_device(self) -> AudioDevice | None:
        return self.playback.device if self.playback is not None else None

    def level(self) -> float | None:
        """The live microphone's level in dBFS (None without one)."""
        mic = self.microphone
        return mic.level_dbfs if mic is not None and mic.readyState == "live" else None

    def set_muted(self, muted: bool) -> None:
        """Tell the "talking while muted" detector (``sending.enabled`` is set by ``MediaSources``)."""
        self._muted = muted
        if self.microphone is not None:
            self.microphone.muted = muted

    def play(self, participant_id: str, frame: Frame) -> None:
        """One participant's remote audio to whichever speaker is in use now, mixed with the others."""
        if self.playback is not None:
            self.playback.push(frame, participant_id)

    def forget(self, participant_id: str) -> None:
        """The participant left: drop their jitter buffer."""
        if self.playback is not None:
            self.playback.remove(participant_id)

    def use_microphone(self, device: AudioDevice) -> bool:
        """Send from ``device`` from the next frame on (the old microphone stops); False if it failed."""
        mic = self._open_microphone(device)
        if mic is None:
            return False
        mic.muted = not self.sending.enabled
        self.sending.replace_source(mic)
        self._update_delay()
        return True

    def use_speaker(self, device: AudioDevice) -> bool:
        """Play on ``device`` from now on (the old output closes); False if it could not be opened."""
        far_end = self.processor.feed_far_end if self.processor is not None else None
        try:
            playback = Playback(device, far_end=far_end)
        except DEVICE_ERRORS as exc:
            log.warning("speaker unavailable: %s", type(exc).__name__)
            return False
        old, self.playback = self.playback, playback
        if old is not None:
            self._later(old.close())
        self._update_delay()
        return True

    def follow(self, inputs: list[AudioDevice], outputs: list[AudioDevice], mic: str | None,
               speaker: str | None) -> None:  # fmt: skip
        """After hot-plug or a default change: use the chosen device if present, else the default."""
        want = pick_device(inputs, mic)
        using = self.microphone_device
        if want is not None and (using is None or using.ident not in {d.ident for d in inputs}
                                 or using.ident != want.ident):  # fmt: skip
            self.use_microphone(want)
        out = pick_device(outputs, speaker)
        playing = self.speaker_device
        if out is not None and (playing is None or out.ident != playing.ident):
            self.use_speaker(out)

    def close(self) -> None:
        """Stop the microphone and the sent track now; the speaker closes in a task (or ``aclose``)."""
        self.sending.stop()
        if self.microphone is not None:
            self.microphone.stop()
        playback = self.playback
        if playback is not None and _loop_running():  # else ``aclose`` closes it
            self.playback = None
            self._later(playback.close())

    async def aclose(self) -> None:
        self.close()
        if self.playback is not None:
            await self.playback.close()
            self.playback = None
        if self._closing:
            await asyncio.gather(*self._closing, return_exceptions=True)

    def _first_source(self, device: AudioDevice | None) -> MicrophoneTrack | ToneAudioTrack | AbsentTrack:
        if device is None:  # no microphone at all: nothing is sent (the demo and tests: a tone)
            return ToneAudioTrack() if self._synthetic else AbsentTrack("audio")
        mic = self._open_microphone(device)
        if mic is not None:
            return mic
        silent = ToneAudioTrack()  # a microphone that will not open: silence, not a tone
        silent.stop()
        return silent

    def _open_microphone(self, device: AudioDevice) -> MicrophoneTrack | None:
        try:
            mic = MicrophoneTrack(device, processor=self.processor, on_muted_talk=self._on_muted_talk)
        except DEVICE_ERRORS as exc:
            self.denied = access_denied(exc)
            log.warning("microphone unavailable: %s", type(exc).__name__)
            return None
        self.denied = False
        mic.muted = self._muted
        self.microphone = mic
        return mic

    def _update_delay(self) -> None:
        if self.processor is not None and self.microphone is not None and self.playback is not None:
            self.processor.stream_delay_ms = estimate_stream_delay_ms(self.microphone, self.playback)

    def _later(self, closing: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(closing)
        self._closing.add(task)
        task.add_done_callback(self._closing.discard)


def _loop_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _processor() -> AudioProcessor | None:
    try:
        return AudioProcessor()
    except DEVICE_ERRORS as exc:  # no echo canceller: the call still works, with echo
        log.warning("audio processing unavailable: %s", type(exc).__name__)
        return None
