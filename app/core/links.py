"""Join links and join codes: ``samtale://join/ABCD-2345``, ``https://<deployment>/join/ABCD-2345``
or the bare code, typed as people type it; a standing room's address (``…/join/drberg``) in place of
the code. Standard library only.

A link never chooses the service: the code is looked up at the service this build is preset to
(docs/decisions/0011-links-and-deployment-preset.md), so a crafted link cannot send a patient elsewhere.
"""

from __future__ import annotations

import enum
import re
from urllib.parse import unquote, urlsplit

SCHEME = "samtale"
MAX_LINK = 512  # longer input is refused before any parsing
# The service's alphabet (server/store/repository.py, no I, O, 0, 1): four characters, a dash, four more.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_CODE = re.compile(rf"[{CODE_ALPHABET}]{{4}}-?[{CODE_ALPHABET}]{{4}}")
# Four characters, a dash, three to five more: meant as a code, so judged (and refused) as one.
_CODE_ATTEMPT = re.compile(r"[A-Za-z0-9]{4}-+[A-Za-z0-9]{3,5}")
# A standing room's address, as the service keeps it: 3–32 lower-case letters and digits, typed with
# any case and with dots, dashes, underscores or spaces, which are dropped.
ADDRESS_MIN, ADDRESS_MAX = 3, 32
_ADDRESS_DROPPED = "-._ "


class LinkProblem(enum.StrEnum):
    """Why a link or code was refused; the UI turns this into a plain sentence."""

    EMPTY = "empty"
    TOO_LONG = "too_long"
    WRONG_SCHEME = "wrong_scheme"
    NOT_A_JOIN_LINK = "not_a_join_link"
    BAD_CODE = "bad_code"


class LinkError(ValueError):
    def __init__(self, problem: LinkProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def join_link(code: str) -> str:
    """The link for a code, as the service puts it in SMS and e-mail."""
    return f"{SCHEME}://join/{normalise_code(code)}"


def normalise_code(text: str) -> str:
    """``abcd 2345`` / `` ABCD-2345 `` → ``ABCD-2345``; raises ``LinkError`` for anything else."""
    if len(text) > MAX_LINK:
        raise LinkError(LinkProblem.TOO_LONG)
    compact = "".join(text.split()).upper()
    if not compact:
        raise LinkError(LinkProblem.EMPTY)
    if not _CODE.fullmatch(compact):
        raise LinkError(LinkProblem.BAD_CODE)
    bare = compact.replace("-", "")
    return f"{bare[:4]}-{bare[4:]}"


def normalise_address(text: str) -> str | None:
    """``Dr.Dahl`` → ``drdahl``; ``None`` if it cannot be an address (its shape only, not if taken).

    A text that reads as a join code is not an address: the two never collide.
    """
    bare = "".join(ch for ch in text.strip().lower() if ch not in _ADDRESS_DROPPED)
    if not ADDRESS_MIN <= len(bare) <= ADDRESS_MAX:
        return None
    if not all("a" <= ch <= "z" or "0" <= ch <= "9" for ch in bare):
        return None
    if _CODE.fullmatch(bare.upper()):
        return None
    return bare


def join_target(text: str) -> str:
    """The canonical code (``ABCD-2345``) or address (``drberg``) in ``text``; raises ``LinkError``."""
    try:
        return normalise_code(text)
    except LinkError as refused:
        compact = "".join(text.split())
        if refused.problem is not LinkProblem.BAD_CODE or _CODE_ATTEMPT.fullmatch(compact):
            raise
        address = normalise_address(text)
        if address is None:
            raise
        return address


def parse_join(text: str) -> str:
    """The canonical join code (or standing room address) in a link or a bare code; raises
    ``LinkError`` otherwise.

    Accepted: ``samtale://join/CODE``, ``samtale:join/CODE``, ``samtale:///join/CODE``,
    ``https://<host>/join/CODE`` (any host: only the code is used), and ``CODE`` itself; an address
    in place of ``CODE`` anywhere.
    """
    if len(text) > MAX_LINK:
        raise LinkError(LinkProblem.TOO_LONG)
    text = text.strip()
    if not text:
        raise LinkError(LinkProblem.EMPTY)
    if ":" not in text:
        return join_target(text)
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme == SCHEME:
        # samtale://join/CODE puts "join" in the host; samtale:join/CODE and samtale:///join/CODE in the path.
        path = f"{parts.netloc}/{parts.path}" if parts.netloc else parts.path
    elif scheme == "https" and parts.hostname:
        path = parts.path
    else:
        raise LinkError(LinkProblem.WRONG_SCHEME)
    segments = [unquote(s) for s in path.split("/") if s]
    if len(segments) != 2 or segments[0].lower() != "join":
        raise LinkError(LinkProblem.NOT_A_JOIN_LINK)
    return join_target(segments[1])
