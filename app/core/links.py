"""Join links and join codes: ``samtale://join/ABCD-2345``, ``https://<deployment>/join/ABCD-2345``
or the bare code, typed as people type it. Standard library only.

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


def parse_join(text: str) -> str:
    """The canonical join code in a link or a bare code; raises ``LinkError`` otherwise.

    Accepted: ``samtale://join/CODE``, ``samtale:join/CODE``, ``samtale:///join/CODE``,
    ``https://<host>/join/CODE`` (any host: only the code is used), and ``CODE`` itself.
    """
    if len(text) > MAX_LINK:
        raise LinkError(LinkProblem.TOO_LONG)
    text = text.strip()
    if not text:
        raise LinkError(LinkProblem.EMPTY)
    if ":" not in text:
        return normalise_code(text)
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
    return normalise_code(segments[1])
