"""Reading the service's REST answers: a body into its protocol dataclass, a refusal into its code.

Shared by ``ServiceApi`` and ``AuthApi`` so both turn answers into ``SessionError`` the same way.
"""

from __future__ import annotations

from typing import TypeVar

import httpx

from app.core.errors import ErrorCode, ProtocolError
from app.core.protocol import from_json
from app.session.errors import SessionError

T = TypeVar("T")


def decode(result: type[T], response: httpx.Response) -> T:
    """The answer's body as ``result``; an unreadable body is ``BAD_MESSAGE``."""
    try:
        return from_json(result, response.json(), ignore_unknown=True)  # a newer service may add fields
    except (ValueError, RecursionError, ProtocolError) as exc:
        raise SessionError(ErrorCode.BAD_MESSAGE, "unexpected answer from the service") from exc


def refusal(response: httpx.Response) -> tuple[ErrorCode, str]:
    """A refusal's code and its short detail (a BankID message code, if any); ``INTERNAL`` if unreadable."""
    try:
        body = response.json()
        detail = str(body.get("detail", ""))[:16]
    except (ValueError, AttributeError, RecursionError):
        return ErrorCode.INTERNAL, ""
    code = body.get("code")
    known = isinstance(code, str) and code in ErrorCode._value2member_map_
    return (ErrorCode(code) if known else ErrorCode.UNKNOWN), detail  # a newer service's code: UNKNOWN
