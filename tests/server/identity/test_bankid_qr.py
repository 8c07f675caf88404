"""The animated QR against the test vectors in BankID's RP guidelines (qrTime 0, 1, 2)."""

from __future__ import annotations

import pytest

from server.identity.bankid_qr import qr_data, qr_time_since
from server.settings import Secret

TOKEN = "67df3917-fa0d-44e5-b327-edcc928297f8"
SECRET = Secret("d28db9a7-4cde-429e-a983-359be676944c")
PUBLISHED = {
    0: "dc69358e712458a66a7525beef148ae8526b1c71610eff2c16cdffb4cdac9bf8",
    1: "949d559bf23403952a94d103e67743126381eda00f0b3cbddbf7c96b1adcbce2",
    2: "a9e5ec59cb4eee4ef4117150abc58fad7a85439a6a96ccbecc3668b41795b3f3",
}


@pytest.mark.parametrize("qr_time", sorted(PUBLISHED))
def test_published_vectors(qr_time: int) -> None:
    assert qr_data(TOKEN, SECRET, qr_time) == f"bankid.{TOKEN}.{qr_time}.{PUBLISHED[qr_time]}"


def test_qr_time_is_whole_seconds_since_start_and_never_negative() -> None:
    assert [qr_time_since(100.0, t) for t in (100.0, 100.99, 101.0, 102.5, 99.0)] == [0, 0, 1, 2, 0]
    with pytest.raises(ValueError, match="negative"):
        qr_data(TOKEN, SECRET, -1)
