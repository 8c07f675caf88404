"""Tells an audio device error that means "the OS refuses access" (privacy settings) from any other."""

from __future__ import annotations

import errno

import sounddevice as sd  # type: ignore[import-untyped]

# Errors opening an audio device that mean "no sound from it", not a bug: callers fall back.
DEVICE_ERRORS: tuple[type[BaseException], ...] = (OSError, LookupError, RuntimeError, sd.PortAudioError)

_WORDS = ("permission denied", "access denied", "not permitted", "e_accessdenied", "access is denied")
_E_ACCESSDENIED = (-2147024891, 0x80070005)  # Windows WASAPI, signed and unsigned
_ERRNOS = (errno.EACCES, errno.EPERM)  # ALSA / OSS report -EACCES, -EPERM


def access_denied(exc: BaseException) -> bool:
    """True when ``exc`` (or what caused it) says the microphone or speaker may not be used.

    Knows PortAudio errors (their host error code and text: ALSA ``-13``, WASAPI ``E_ACCESSDENIED``,
    PulseAudio "Access denied") and ``OSError`` with ``EACCES``/``EPERM``.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if _denied(current):
            return True
        current = current.__cause__ or current.__context__
    return False


def _denied(exc: BaseException) -> bool:
    if isinstance(exc, PermissionError):
        return True
    if isinstance(exc, OSError) and exc.errno in _ERRNOS:
        return True
    if not isinstance(exc, sd.PortAudioError):
        return False
    texts = [str(arg) for arg in exc.args[:1]]
    if len(exc.args) > 2 and isinstance(exc.args[2], tuple) and len(exc.args[2]) == 3:
        _host_api, code, text = exc.args[2]
        if code in _E_ACCESSDENIED or (isinstance(code, int) and -code in _ERRNOS and code < 0):
            return True
        texts.append(str(text))
    joined = " ".join(texts).lower()
    return any(word in joined for word in _WORDS)
