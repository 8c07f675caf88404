"""Join links and codes: every form the seeds' SMS and e-mail use, and everything else refused."""

from __future__ import annotations

import pytest

from app.core.links import (
    CODE_ALPHABET,
    MAX_LINK,
    LinkError,
    LinkProblem,
    join_link,
    normalise_code,
    parse_join,
)
from server.store.repository import CODE_ALPHABET as SERVICE_ALPHABET
from server.store.repository import format_code, new_join_code


@pytest.mark.parametrize(
    "text",
    [
        "samtale://join/ABCD-2345",
        "samtale://join/abcd-2345",
        "SAMTALE://JOIN/ABCD2345",
        "samtale://join/ABCD-2345/",
        "samtale:join/ABCD-2345",
        "samtale:///join/ABCD-2345",
        "  samtale://join/ABCD-2345\n",
        "https://samtale.example.org/join/ABCD-2345",
        "https://video.helse.example:8443/join/abcd2345",
        "ABCD-2345",
        "abcd2345",
        " abcd 2345 ",
        "ab cd-23 45",
        "\tABCD-2345\n",
    ],
)
def test_links_and_codes_give_the_canonical_code(text):
    assert parse_join(text) == "ABCD-2345"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", LinkProblem.EMPTY),
        ("   \n", LinkProblem.EMPTY),
        ("ABCD-234", LinkProblem.BAD_CODE),
        ("ABCD-23456", LinkProblem.BAD_CODE),
        ("ABCD--2345", LinkProblem.BAD_CODE),
        ("ABC0-2345", LinkProblem.BAD_CODE),  # 0, 1, I and O are not in the alphabet
        ("ABCI-2345", LinkProblem.BAD_CODE),
        ("ÅBCD-2345", LinkProblem.BAD_CODE),
        ("ABCD-2345; rm -rf /", LinkProblem.BAD_CODE),
        ("samtale://join/", LinkProblem.NOT_A_JOIN_LINK),
        ("samtale://room/ABCD-2345", LinkProblem.NOT_A_JOIN_LINK),
        ("samtale://join/ABCD-2345/extra", LinkProblem.NOT_A_JOIN_LINK),
        ("samtale://join/ABCD-2345%2Fx", LinkProblem.BAD_CODE),
        ("samtale://join/ABCD-0000", LinkProblem.BAD_CODE),
        ("https://example.org/", LinkProblem.NOT_A_JOIN_LINK),
        ("https:///join/ABCD-2345", LinkProblem.WRONG_SCHEME),  # no host
        ("http://samtale.example.org/join/ABCD-2345", LinkProblem.WRONG_SCHEME),
        ("file:///join/ABCD-2345", LinkProblem.WRONG_SCHEME),
        ("javascript:alert(1)", LinkProblem.WRONG_SCHEME),
        ("mailto:join/ABCD-2345", LinkProblem.WRONG_SCHEME),
        ("samtalex://join/ABCD-2345", LinkProblem.WRONG_SCHEME),
        ("x" * (MAX_LINK + 1), LinkProblem.TOO_LONG),
        ("samtale://join/" + "A" * MAX_LINK, LinkProblem.TOO_LONG),
    ],
)
def test_everything_else_is_refused_with_a_reason(text, problem):
    with pytest.raises(LinkError) as caught:
        parse_join(text)
    assert caught.value.problem is problem


def test_the_service_links_round_trip():
    assert join_link("abcd2345") == "samtale://join/ABCD-2345"
    assert parse_join(join_link("WXYZ-6789")) == "WXYZ-6789"
    assert normalise_code("wxyz6789") == "WXYZ-6789"


def test_the_alphabet_is_the_services():
    assert CODE_ALPHABET == SERVICE_ALPHABET
    for _ in range(50):
        code = format_code(new_join_code())
        assert parse_join(f"samtale://join/{code}") == code


@pytest.mark.parametrize(
    ("link", "target"),
    [
        ("samtale://join/drberg", "drberg"),
        ("https://video.region.example/join/Dr.Berg", "drberg"),
        ("samtale:join/dr-dahl", "drdahl"),
        ("DrBerg", "drberg"),
    ],
)
def test_a_standing_rooms_address_is_a_join_target_too(link: str, target: str) -> None:
    """The service gives a standing room the link ``…/join/<address>`` (issue 11, finding 5): the app
    must follow it like a code (it refused it as a bad code, so the link silently did nothing)."""
    assert parse_join(link) == target


@pytest.mark.parametrize("text", ["ab", "x" * 33, "dr/berg", "dr?berg", "drbërg"])
def test_what_is_neither_a_code_nor_an_address_is_refused(text: str) -> None:
    with pytest.raises(LinkError) as refused:
        parse_join(text)
    assert refused.value.problem in (LinkProblem.BAD_CODE, LinkProblem.NOT_A_JOIN_LINK)


def test_the_standing_room_forms_example_is_an_address_not_a_code() -> None:
    """The placeholder once suggested ``dr-hansen``, which reads as the code DRHA-NSEN."""
    import re
    from pathlib import Path

    from app.core.links import normalise_address

    source = Path(__file__).resolve().parents[2] / "app" / "ui" / "queue" / "standing_room.py"
    example = re.search(r'"for example ([^"]+)"', source.read_text())
    assert example is not None
    assert normalise_address(example.group(1)) is not None
