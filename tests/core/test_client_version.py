"""The client's own version against what the deployment supports (GET /v1/client): current,
a newer one available, or too old to be supported."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from app.core.client_version import CLIENT_VERSION, VersionStanding, parse_version, standing
from app.core.protocol.rest import ClientVersions

ROOT = Path(__file__).resolve().parents[2]


def test_the_client_version_is_the_one_the_installers_carry() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert CLIENT_VERSION == pyproject["project"]["version"] == pyproject["tool"]["briefcase"]["version"]


@pytest.mark.parametrize(
    ("text", "parsed"),
    [("0.1.0", (0, 1, 0)), ("2", (2, 0, 0)), ("1.10", (1, 10, 0)), ("10.0.3", (10, 0, 3))],
)
def test_versions_parse_as_numbers(text: str, parsed: tuple[int, ...]) -> None:
    assert parse_version(text) == parsed


@pytest.mark.parametrize("text", ["", "v1.0", "1.0.0-rc1", "1..2", "1.2.3.4", " 1.0", "١.٢", "99999.0"])
def test_anything_else_is_not_a_version(text: str) -> None:
    with pytest.raises(ValueError, match="not a version"):
        parse_version(text)


def test_ordering_is_numeric_not_textual() -> None:
    assert parse_version("0.10.0") > parse_version("0.9.9")
    assert parse_version("1.0") == parse_version("1.0.0")


def versions(oldest: str, newest: str) -> ClientVersions:
    return ClientVersions(oldest_supported=oldest, newest=newest, download_url="https://x.example/get")


@pytest.mark.parametrize(
    ("current", "oldest", "newest", "expected"),
    [
        ("0.2.0", "0.1.0", "0.2.0", VersionStanding.CURRENT),
        ("0.3.0", "0.1.0", "0.2.0", VersionStanding.CURRENT),  # newer than announced: a pre-release
        ("0.1.0", "0.1.0", "0.2.0", VersionStanding.UPDATE_AVAILABLE),
        ("0.1.5", "0.1.0", "0.2.0", VersionStanding.UPDATE_AVAILABLE),
        ("0.0.9", "0.1.0", "0.2.0", VersionStanding.UNSUPPORTED),
        ("0.9.0", "0.10.0", "0.10.0", VersionStanding.UNSUPPORTED),
    ],
)
def test_standing(current: str, oldest: str, newest: str, expected: VersionStanding) -> None:
    assert standing(current, versions(oldest, newest)) is expected


def test_no_answer_or_a_garbled_one_says_nothing() -> None:
    # No route (an older service), no versions set, or versions the client cannot read: the
    # protocol's `v` still guards compatibility, so the client stays quiet.
    assert standing("0.1.0", None) is VersionStanding.UNKNOWN
    assert standing("0.1.0", versions("one", "0.2.0")) is VersionStanding.UNKNOWN
