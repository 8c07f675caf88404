"""Audio tests share one private PulseAudio daemon per session (tests/support/pulse.py)."""

from tests.support.pulse import pulse_daemon  # noqa: F401
