"""Hostile or newer-than-us input at the codec: deep nesting, lone surrogates, enum values we do not know."""

from __future__ import annotations

import json

import pytest

from app.core.errors import ErrorCode, ProtocolError
from app.core.protocol import Error, LeftReason, ParticipantLeft, decode_client, decode_server, from_json
from app.core.protocol.rest import ErrorBody

DEEP = "[" * 1500 + "]" * 1500  # about 3 KB, far below the size limit


def frame(**fields: object) -> str:
    return json.dumps({"v": 1, **fields})


@pytest.mark.parametrize("decode", [decode_client, decode_server])
@pytest.mark.parametrize(
    "raw",
    [DEEP, '{"v":1,"type":"ping","id":"1","x":' + DEEP + "}", '{"a":' * 1500 + "1" + "}" * 1500],
)
def test_deeply_nested_json_is_bad_json_not_a_recursion_error(decode, raw: str) -> None:
    with pytest.raises(ProtocolError) as caught:
        decode(raw)
    assert caught.value.code is ErrorCode.BAD_JSON


@pytest.mark.parametrize(
    "fields",
    [
        {"type": "knock", "id": "1", "room_id": "\ud800"},
        {"type": "ping", "id": "a\udfffb"},
        {"type": "hello", "id": "1", "token": "\udc80"},
        {"type": "knock", "id": "1", "room_id": "r", "precall": {"reasons": ["\ud83d"]}},
    ],
)
def test_a_lone_surrogate_in_any_string_is_bad_message(fields: dict[str, object]) -> None:
    with pytest.raises(ProtocolError) as caught:
        decode_client(frame(**fields))
    assert caught.value.code is ErrorCode.BAD_MESSAGE
    assert "\\ud" not in caught.value.detail.lower()


def test_a_surrogate_pair_is_a_real_character_and_accepted() -> None:
    message = decode_client(frame(type="knock", id="1", room_id="room-\U0001f600"))
    assert message.room_id == "room-\U0001f600"  # type: ignore[attr-defined]


def test_a_newer_services_error_code_decodes_to_unknown() -> None:
    message = decode_server(frame(type="error", code="quota_exceeded", ref="r1", detail="x"))
    assert message == Error(ErrorCode.UNKNOWN, "r1", "x")
    body = from_json(ErrorBody, {"code": "quota_exceeded", "detail": ""}, ignore_unknown=True)
    assert body.code is ErrorCode.UNKNOWN


def test_a_newer_services_left_reason_decodes_to_unknown() -> None:
    message = decode_server(frame(type="participant_left", room_id="r", participant_id="p", reason="beamed"))
    assert message == ParticipantLeft("r", "p", LeftReason.UNKNOWN)


def test_the_service_still_refuses_values_it_does_not_know() -> None:
    with pytest.raises(ProtocolError) as caught:
        from_json(ErrorBody, {"code": "quota_exceeded", "detail": ""})
    assert caught.value.code is ErrorCode.BAD_MESSAGE
