"""Maps BankID collect outcomes and RP API errors to BankID's recommended user messages (RFA codes)."""

from __future__ import annotations

from app.core.protocol.models import BankIdMessage

# RP guidelines, "Recommended user messages": pending hint codes while the order runs.
_PENDING: dict[str, BankIdMessage] = {
    "outstandingTransaction": BankIdMessage.RFA1,  # RFA13 when the app was started on this device
    "noClient": BankIdMessage.RFA1,
    "started": BankIdMessage.RFA15,  # RFA14 when the app was started on this device
    "userMrtd": BankIdMessage.RFA23,
    "userCallConfirm": BankIdMessage.RFA21,
    "userSign": BankIdMessage.RFA9,
}

# Failed hint codes: the order is over.
_FAILED: dict[str, BankIdMessage] = {
    "expiredTransaction": BankIdMessage.RFA8,
    "certificateErr": BankIdMessage.RFA16,
    "userCancel": BankIdMessage.RFA6,
    "cancelled": BankIdMessage.RFA3,
    "startFailed": BankIdMessage.RFA17,
    "userDeclinedCall": BankIdMessage.RFA3,
}

# RP API error codes (HTTP 4xx/5xx with ``errorCode``).
_ERRORS: dict[str, BankIdMessage] = {
    "alreadyInProgress": BankIdMessage.RFA4,
    "internalError": BankIdMessage.RFA5,
    "maintenance": BankIdMessage.RFA5,
}


def pending_message(hint_code: str | None, same_device: bool) -> BankIdMessage:
    """The message while pending; an unknown hint code gets RFA21 as the guidelines say."""
    if same_device and hint_code == "outstandingTransaction":
        return BankIdMessage.RFA13
    if same_device and hint_code == "started":
        return BankIdMessage.RFA14
    if hint_code is None:
        return BankIdMessage.RFA1
    return _PENDING.get(hint_code, BankIdMessage.RFA21)


def failed_message(hint_code: str | None) -> BankIdMessage:
    """The message once failed; an unknown hint code gets RFA22."""
    return _FAILED.get(hint_code or "", BankIdMessage.RFA22)


def error_message(error_code: str | None) -> BankIdMessage:
    """The message for an RP API error; anything else gets RFA22."""
    return _ERRORS.get(error_code or "", BankIdMessage.RFA22)
