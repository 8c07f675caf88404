"""The codec refuses anything that is not exactly a protocol v1 message, with the right code."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.core.errors import ErrorCode, ProtocolError
from app.core.protocol import (
    MAX_MESSAGE_BYTES,
    IceServer,
    decode_client,
    decode_server,
    from_json,
    to_json,
)
from app.core.protocol.codec import MAX_LIST

SIGNAL = {"type": "signal", "id": "1", "room_id": "r", "to": "p"}


def frame(**fields: Any) -> str:
    return json.dumps({"v": 1, **fields})


def refused(raw: str | bytes, code: ErrorCode, decode: Any = decode_client) -> ProtocolError:
    with pytest.raises(ProtocolError) as caught:
        decode(raw)
    assert caught.value.code is code, caught.value
    return caught.value


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("{", ErrorCode.BAD_JSON),
        (b"\xff", ErrorCode.BAD_JSON),
        ("", ErrorCode.BAD_JSON),
        ("[]", ErrorCode.BAD_MESSAGE),
        ('"ping"', ErrorCode.BAD_MESSAGE),
        (json.dumps({"type": "ping", "id": "1"}), ErrorCode.UNSUPPORTED_VERSION),
        (json.dumps({"v": 2, "type": "ping", "id": "1"}), ErrorCode.UNSUPPORTED_VERSION),
        (json.dumps({"v": "1", "type": "ping", "id": "1"}), ErrorCode.UNSUPPORTED_VERSION),
        (json.dumps({"v": True, "type": "ping", "id": "1"}), ErrorCode.UNSUPPORTED_VERSION),
        (json.dumps({"v": 1.0, "type": "ping", "id": "1"}), ErrorCode.UNSUPPORTED_VERSION),
        (frame(type="nope", id="1"), ErrorCode.UNKNOWN_TYPE),
        (frame(type=7, id="1"), ErrorCode.UNKNOWN_TYPE),
        (frame(id="1"), ErrorCode.UNKNOWN_TYPE),
        (frame(type="welcome", user={}), ErrorCode.UNKNOWN_TYPE),
    ],
)
def test_framing_rejections(raw: str | bytes, code: ErrorCode) -> None:
    refused(raw, code)


@pytest.mark.parametrize(
    "fields",
    [
        {"type": "ping"},  # missing id
        {"type": "ping", "id": 1},  # wrong type
        {"type": "ping", "id": "1", "extra": True},  # unknown field
        {"type": "ping", "id": "x" * 65},  # id too long
        {"type": "hello", "id": "1", "token": "t" * 4097},
        {"type": "watch_room", "id": "1", "room_id": None},
        {"type": "knock", "id": "1", "room_id": "r", "precall": {"verdict": "great"}},
        {"type": "knock", "id": "1", "room_id": "r", "precall": {"verdict": 1}},
        {"type": "knock", "id": "1", "room_id": "r", "precall": {"reasons": "mic"}},
        {"type": "knock", "id": "1", "room_id": "r", "precall": {"reasons": ["x" * 257]}},
        {"type": "knock", "id": "1", "room_id": "r", "precall": {"reasons": ["m"] * (MAX_LIST + 1)}},
        {"type": "knock", "id": "1", "room_id": "r", "precall": []},
        {**SIGNAL, "payload": {"kind": "bye"}},
        {**SIGNAL, "payload": {"kind": "offer", "sdp": 5}},
        {**SIGNAL, "payload": {"kind": "candidate", "sdp_mline_index": True}},
        {**SIGNAL, "payload": {"kind": "candidate", "sdp_mline_index": 0.5}},
        {**SIGNAL, "payload": {"kind": "offer", "sdp": "s" * (32 * 1024 + 1)}},
        SIGNAL,  # no payload
    ],
)
def test_field_rejections_are_bad_message(fields: dict[str, Any]) -> None:
    refused(frame(**fields), ErrorCode.BAD_MESSAGE)


def test_bad_message_keeps_the_request_id() -> None:
    assert refused(frame(type="knock", id="k9", room_id=3), ErrorCode.BAD_MESSAGE).ref == "k9"
    assert refused(frame(type="fly", id="k8"), ErrorCode.UNKNOWN_TYPE).ref == "k8"
    assert (
        refused(json.dumps({"v": 9, "type": "ping", "id": "k7"}), ErrorCode.UNSUPPORTED_VERSION).ref == "k7"
    )


def test_oversize_is_refused_before_parsing() -> None:
    raw = "{" + " " * MAX_MESSAGE_BYTES + "}"
    refused(raw, ErrorCode.TOO_LARGE)
    refused(raw, ErrorCode.TOO_LARGE, decode_server)
    multibyte = frame(type="ping", id="1", pad="ø" * (MAX_MESSAGE_BYTES // 2))  # counts bytes, not chars
    refused(multibyte, ErrorCode.TOO_LARGE)


def test_server_side_rejections() -> None:
    refused(
        frame(type="lobby", room_id="r", participant_id="p", position=True),
        ErrorCode.BAD_MESSAGE,
        decode_server,
    )
    refused(
        frame(type="lobby", room_id="r", participant_id="p", position="1"),
        ErrorCode.BAD_MESSAGE,
        decode_server,
    )
    refused(frame(type="error", code=5), ErrorCode.BAD_MESSAGE, decode_server)
    refused(frame(type="ping", id="1"), ErrorCode.UNKNOWN_TYPE, decode_server)


def test_from_json_validates_nested_values() -> None:
    assert from_json(IceServer, {"urls": ["turn:h"], "username": None}) == IceServer(["turn:h"])
    with pytest.raises(ProtocolError, match="urls"):
        from_json(IceServer, {"urls": "turn:h"})
    with pytest.raises(ProtocolError, match="expected an object"):
        from_json(IceServer, ["turn:h"])


def test_a_client_skips_fields_a_newer_service_added_but_the_service_refuses_them() -> None:
    # A newer service adds an optional field at the top and inside a queue entry: this client reads on.
    newer = frame(
        type="queue",
        room_id="r",
        colour="blue",
        entries=[
            {
                "participant_id": "p",
                "name": "Ann",
                "verified_by": "test",
                "waiting_since": 1.0,
                "precall": {"verdict": "ok", "reasons": [], "score": 9},
                "pronouns": "she",
            }
        ],
    )
    queue = decode_server(newer)
    assert [e.name for e in queue.entries] == ["Ann"]  # type: ignore[attr-defined]
    # Known fields are still checked as strictly as ever.
    refused(
        frame(type="queue", room_id="r", entries="none", colour="blue"), ErrorCode.BAD_MESSAGE, decode_server
    )
    # The service never skips: a client's unknown field is refused.
    assert (
        "unknown field"
        in refused(frame(type="leave", id="1", room_id="r", colour="blue"), ErrorCode.BAD_MESSAGE).detail
    )
    with pytest.raises(ProtocolError, match="unknown field"):
        from_json(IceServer, {"urls": ["turn:h"], "colour": "blue"})
    assert from_json(IceServer, {"urls": ["turn:h"], "colour": "blue"}, ignore_unknown=True) == IceServer(
        ["turn:h"]
    )


def test_a_browsers_candidate_field_names_are_read_as_the_snake_case_ones() -> None:
    """A browser's ``RTCIceCandidate.toJSON()`` says ``sdpMid`` / ``sdpMLineIndex``: the codec reads
    them into ``sdp_mid`` / ``sdp_mline_index`` (and relays the snake-case names)."""
    browser = {"kind": "candidate", "candidate": "candidate:1 1 udp 1 127.0.0.1 5000 typ host"}
    message = decode_client(frame(**SIGNAL, payload={**browser, "sdpMid": "1", "sdpMLineIndex": 1}))
    payload = message.payload  # type: ignore[attr-defined]
    assert (payload.sdp_mid, payload.sdp_mline_index) == ("1", 1)
    snake = decode_client(frame(**SIGNAL, payload={**browser, "sdp_mid": "1", "sdp_mline_index": 1}))
    assert snake == message
    assert "sdpMid" not in json.dumps(to_json(payload))


@pytest.mark.parametrize(
    "payload",
    [
        {"kind": "candidate", "sdpMid": "0", "sdp_mid": "0"},  # both names for one field
        {"kind": "candidate", "sdpMLineIndex": "0"},  # the alias is checked like the field
        {"kind": "candidate", "sdpmid": "0"},  # any other spelling
        {"kind": "candidate", "usernameFragment": "abcd"},
    ],
)
def test_candidate_names_other_than_the_two_spellings_are_bad_message(payload: dict[str, Any]) -> None:
    refused(frame(**SIGNAL, payload=payload), ErrorCode.BAD_MESSAGE)
