"""Every BankID hint and error code maps to the user message BankID's RP guidelines recommend."""

from __future__ import annotations

import pytest

from server.identity.bankid_hints import error_message, failed_message, pending_message


@pytest.mark.parametrize(
    ("hint", "same_device", "rfa"),
    [
        ("outstandingTransaction", False, "RFA1"),
        ("outstandingTransaction", True, "RFA13"),
        ("noClient", False, "RFA1"),
        ("started", False, "RFA15"),
        ("started", True, "RFA14"),
        ("userMrtd", False, "RFA23"),
        ("userCallConfirm", False, "RFA21"),
        ("userSign", True, "RFA9"),
        ("somethingNew", False, "RFA21"),
        (None, False, "RFA1"),
    ],
)
def test_pending(hint: str | None, same_device: bool, rfa: str) -> None:
    assert pending_message(hint, same_device) == rfa


@pytest.mark.parametrize(
    ("hint", "rfa"),
    [
        ("expiredTransaction", "RFA8"),
        ("certificateErr", "RFA16"),
        ("userCancel", "RFA6"),
        ("cancelled", "RFA3"),
        ("startFailed", "RFA17"),
        ("userDeclinedCall", "RFA3"),
        ("somethingNew", "RFA22"),
        (None, "RFA22"),
    ],
)
def test_failed(hint: str | None, rfa: str) -> None:
    assert failed_message(hint) == rfa


@pytest.mark.parametrize(
    ("code", "rfa"),
    [
        ("alreadyInProgress", "RFA4"),
        ("internalError", "RFA5"),
        ("maintenance", "RFA5"),
        ("unreachable", "RFA22"),
    ],
)
def test_errors(code: str, rfa: str) -> None:
    assert error_message(code) == rfa
