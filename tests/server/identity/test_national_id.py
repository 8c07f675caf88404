"""Birth dates from Swedish and Norwegian national identity numbers (checksums, coordination numbers)."""

from __future__ import annotations

import datetime as dt

import pytest

from server.identity.national_id import age_on, birth_date
from tests.server.identity.numbers import norwegian, swedish

TODAY = dt.date(2026, 11, 25)


def test_swedish_personnummer_long_and_short() -> None:
    born = dt.date(2015, 3, 4)
    long = swedish(born)
    assert birth_date(long, TODAY) == born
    assert birth_date(f"{long[:8]}-{long[8:]}", TODAY) == born
    assert birth_date(f"{long[2:8]}-{long[8:]}", TODAY) == born  # YYMMDD-NNNC: under 100
    assert birth_date(f"{long[2:8]}+{long[8:]}", TODAY) == dt.date(1915, 3, 4)  # "+": 100 or older
    assert birth_date(long[:-1] + str((int(long[-1]) + 1) % 10), TODAY) is None  # bad check digit


def test_swedish_samordningsnummer_adds_60_to_the_day() -> None:
    body = "1503" + "64" + "238"  # 2015-03-04 as a coordination number
    from tests.server.identity.numbers import luhn_digit

    assert birth_date("20" + body + luhn_digit(body), TODAY) == dt.date(2015, 3, 4)


@pytest.mark.parametrize("born", [dt.date(2015, 3, 4), dt.date(1990, 1, 2), dt.date(2010, 12, 31)])
def test_norwegian_fodselsnummer_and_d_nummer(born: dt.date) -> None:
    assert birth_date(norwegian(born), TODAY) == born
    assert birth_date(norwegian(born, d_number=True), TODAY) == born
    broken = norwegian(born)
    assert birth_date(broken[:-1] + str((int(broken[-1]) + 1) % 10), TODAY) is None


@pytest.mark.parametrize("text", ["", "abc", "123", "01017012345", "20150304-23X2", "2015030423821"])
def test_nonsense_is_not_a_number(text: str) -> None:
    assert birth_date(text, TODAY) is None


def test_age_in_completed_years() -> None:
    assert age_on(dt.date(2010, 11, 26), TODAY) == 15  # sixteen tomorrow
    assert age_on(dt.date(2010, 11, 25), TODAY) == 16
