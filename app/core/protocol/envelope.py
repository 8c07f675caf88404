"""Framing of protocol v1 messages: ``{"v": 1, "type": ..., ...fields}`` as UTF-8 JSON text.

``decode_client`` is what the service runs on every inbound frame; ``decode_server`` is what the
client runs. Both refuse oversize frames before parsing and keep the request id (when one can be
read) on the raised ``ProtocolError`` so the refusal can reference it.
"""

from __future__ import annotations

import json
from typing import Any, cast

from app.core.errors import ErrorCode, ProtocolError
from app.core.protocol.codec import from_json, is_text, to_json
from app.core.protocol.messages import CLIENT_TYPES, SERVER_TYPES, ClientMessage, ServerMessage

VERSION = 1
MAX_MESSAGE_BYTES = 64 * 1024


def encode(message: ClientMessage | ServerMessage) -> str:
    """Serialise a message with its version and type."""
    body = to_json(message)
    return json.dumps({"v": VERSION, "type": message.TYPE, **body}, separators=(",", ":"))


def loads(raw: str | bytes, what: str = "not valid JSON") -> Any:
    """JSON text to values; anything else, nesting too deep for the parser included, is ``bad_json``."""
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise ProtocolError(ErrorCode.BAD_JSON, what) from None
    except RecursionError:  # about 1,000 levels of [ or { in a 3 KB frame
        raise ProtocolError(ErrorCode.BAD_JSON, "nested too deeply") from None


def _parse(raw: str | bytes, types: dict[str, type]) -> tuple[type, dict[str, Any]]:
    size = len(raw.encode() if isinstance(raw, str) else raw)
    if size > MAX_MESSAGE_BYTES:
        raise ProtocolError(ErrorCode.TOO_LARGE, f"{size} bytes > {MAX_MESSAGE_BYTES}")
    data = loads(raw)
    if not isinstance(data, dict):
        raise ProtocolError(ErrorCode.BAD_MESSAGE, "expected a JSON object")
    ref = data.get("id")
    ref = ref if isinstance(ref, str) and len(ref) <= 64 and is_text(ref) else None
    version = data.pop("v", None)
    if type(version) is not int or version != VERSION:  # true == 1 and 1.0 == 1 are not versions
        raise ProtocolError(ErrorCode.UNSUPPORTED_VERSION, f"v={version!r}", ref)
    kind = data.pop("type", None)
    cls = types.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raise ProtocolError(ErrorCode.UNKNOWN_TYPE, f"type={str(kind)[:40]!r}", ref)
    return cls, data


def decode_client(raw: str | bytes) -> ClientMessage:
    """Parse and validate one frame a client sent."""
    cls, data = _parse(raw, CLIENT_TYPES)
    ref = data.get("id") if isinstance(data.get("id"), str) else None
    try:
        return cast(ClientMessage, from_json(cls, data))
    except ProtocolError as exc:
        exc.ref = ref if ref is None or (len(ref) <= 64 and is_text(ref)) else None
        raise


def decode_server(raw: str | bytes) -> ServerMessage:
    """Parse and validate one frame the service sent; fields this client does not know are skipped
    (a newer service may add optional ones within v1)."""
    cls, data = _parse(raw, SERVER_TYPES)
    return cast(ServerMessage, from_json(cls, data, ignore_unknown=True))
