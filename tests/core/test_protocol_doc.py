"""Every JSON example in docs/protocol.md decodes with the real codec, so the doc cannot drift."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from app.core.errors import ErrorCode
from app.core.protocol import CLIENT_TYPES, SERVER_TYPES, decode_client, decode_server, from_json, rest

DOC = Path(__file__).resolve().parents[2] / "docs" / "protocol.md"
BLOCKS = re.findall(r"```json\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)
REST_BODIES: list[type] = [rest.TestLoginRequest, rest.LoginResponse, rest.CreateRoomRequest, rest.RoomInfo]
REST_BODIES += [rest.TurnCredentialsResponse, rest.ProbeInfo]  # the pre-call network check
REST_BODIES += [rest.AuthProviders, rest.BankIdStartResponse, rest.BankIdLoginState]  # identity
REST_BODIES += [rest.OidcLoginRequest, rest.RefreshRequest]  # identity
REST_BODIES += [rest.AuditLog]  # the audit export (issue 5)
REST_BODIES += [rest.StandingRoomRequest, rest.RoomList]  # a clinician's rooms (issue 11)
REST_BODIES += [rest.ClientVersions]  # the update notice (issue 16)
REST_BODIES += [rest.RoomTypes]  # the room picker (issue 14)


def decode_block(text: str) -> object:
    """A frame decodes in its direction; any other block must be exactly one REST body."""
    data: Any = json.loads(text)
    if "v" in data:
        return decode_client(text) if data["type"] in CLIENT_TYPES else decode_server(text)
    if data == {"status": "ok"}:
        return data
    if data.get("type") == "error":
        return from_json(rest.ErrorBody, data)
    matches = []
    for cls in REST_BODIES:
        try:
            matches.append(from_json(cls, data))
        except Exception:  # ProtocolError: not this body
            continue
    assert len(matches) == 1, f"{len(matches)} REST bodies match {text!r}"
    return matches[0]


def test_the_doc_has_examples() -> None:
    assert len(BLOCKS) >= 25


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_every_json_block_decodes(block: str) -> None:
    decode_block(block)


def test_every_message_type_is_shown() -> None:
    shown = {json.loads(b)["type"] for b in BLOCKS if '"v"' in b}
    assert shown == set(CLIENT_TYPES) | set(SERVER_TYPES)


def test_every_service_error_code_is_in_the_table() -> None:
    text = DOC.read_text(encoding="utf-8")
    for code in ErrorCode:
        assert f"`{code.value}`" in text, code
