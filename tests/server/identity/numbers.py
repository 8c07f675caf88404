"""Makes valid Swedish personnummer and Norwegian fødselsnummer for a birth date (test data only)."""

from __future__ import annotations

import datetime as dt


def luhn_digit(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def swedish(born: dt.date, serial: int = 238) -> str:
    """``YYYYMMDDNNNC``."""
    body = f"{born:%y%m%d}{serial:03d}"
    return f"{born:%Y%m%d}{serial:03d}{luhn_digit(body)}"


def norwegian(born: dt.date, d_number: bool = False) -> str:
    """``DDMMYYIIIKK`` with an individual number fitting the century; day + 40 for a D-nummer."""
    day = born.day + (40 if d_number else 0)
    first = range(500, 1000) if born.year >= 2000 else range(0, 500)
    for individual in first:
        digits = [int(c) for c in f"{day:02d}{born:%m%y}{individual:03d}"]
        k1 = 11 - sum(w * d for w, d in zip((3, 7, 6, 1, 8, 9, 4, 5, 2), digits, strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        k2 = 11 - sum(w * d for w, d in zip((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), [*digits, k1], strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 != 10:
            return "".join(map(str, digits)) + f"{k1}{k2}"
    raise ValueError("no individual number fits")
