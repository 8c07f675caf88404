"""Birth dates from Swedish personnummer / samordningsnummer and Norwegian fødselsnummer / D-nummer."""

from __future__ import annotations

import datetime as dt

_NO_K1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_NO_K2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _swedish(number: str, today: dt.date) -> dt.date | None:
    """``YYYYMMDD[-+]NNNC`` or ``YYMMDD[-+]NNNC`` (``+``: 100 or older); day + 60 is a samordningsnummer."""
    plus = "+" in number
    bare = number.replace("-", "").replace("+", "")
    if len(bare) == 10:
        year = today.year - (today.year - int(bare[:2])) % 100 - (100 if plus else 0)
        bare = f"{year:04d}{bare[2:]}"
    if len(bare) != 12 or not _luhn_ok(bare[2:]):
        return None
    day = int(bare[6:8])
    return _date(int(bare[:4]), int(bare[4:6]), day - 60 if day > 60 else day)


def _norwegian_century(year2: int, individual: int) -> int | None:
    if individual <= 499:
        return 1900
    if individual <= 749 and year2 >= 54:
        return 1800
    if year2 <= 39:
        return 2000
    if individual >= 900:
        return 1900
    return None


def _norwegian(number: str) -> dt.date | None:
    """``DDMMYYIIIKK``; D-nummer (day + 40), H-nummer (month + 40) and synthetic test numbers (month + 80)."""
    digits = [int(c) for c in number]
    for weights, position in ((_NO_K1, 9), (_NO_K2, 10)):
        check = 11 - sum(w * d for w, d in zip(weights, digits, strict=False)) % 11
        if (0 if check == 11 else check) != digits[position] or check == 10:
            return None
    day, month, year2 = int(number[0:2]), int(number[2:4]), int(number[4:6])
    day = day - 40 if day > 40 else day
    month = month - 80 if month > 80 else month - 40 if month > 40 else month
    century = _norwegian_century(year2, int(number[6:9]))
    return None if century is None else _date(century + year2, month, day)


def birth_date(number: str, today: dt.date) -> dt.date | None:
    """The birth date a national identity number carries, or ``None`` if it is not a valid one."""
    text = number.strip()
    bare = text.replace("-", "").replace("+", "")
    if not bare.isdigit():
        return None
    if len(bare) == 11 and text == bare:
        return _norwegian(bare)
    if len(bare) in (10, 12):
        return _swedish(text, today)
    return None


def age_on(born: dt.date, today: dt.date) -> int:
    """Completed years of age on ``today``."""
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
