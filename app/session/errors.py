"""The one exception the session layer raises to its callers: a coded refusal or failure."""

from __future__ import annotations

from app.core.errors import ErrorCode


class SessionError(Exception):
    """A request failed; ``code`` is what the UI translates for the user."""

    def __init__(self, code: ErrorCode, detail: str = "") -> None:
        super().__init__(f"{code.value}: {detail}" if detail else code.value)
        self.code = code
        self.detail = detail
