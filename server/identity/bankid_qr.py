"""BankID's animated QR: ``bankid.<qrStartToken>.<qrTime>.<hex HMAC-SHA256(qrStartSecret, str(qrTime))>``."""

from __future__ import annotations

import hashlib
import hmac

from server.settings import Secret


def qr_auth_code(qr_start_secret: Secret, qr_time: int) -> str:
    """The hex HMAC-SHA256 of the decimal ``qr_time`` keyed with the order's QR start secret."""
    key = qr_start_secret.reveal().encode("ascii")
    return hmac.new(key, str(qr_time).encode("ascii"), hashlib.sha256).hexdigest()


def qr_data(qr_start_token: str, qr_start_secret: Secret, qr_time: int) -> str:
    """The QR content to show ``qr_time`` whole seconds after the order was started."""
    if qr_time < 0:
        raise ValueError("qr_time must not be negative")
    return f"bankid.{qr_start_token}.{qr_time}.{qr_auth_code(qr_start_secret, qr_time)}"


def qr_time_since(started_at: float, now: float) -> int:
    """Whole seconds since the order started (never negative, even if the clock steps back)."""
    return max(0, int(now - started_at))
