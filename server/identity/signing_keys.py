"""The keys that sign access tokens, from configuration: each with a key id (kid) so keys rotate.

Text form (``$SAMTALE_TOKEN_KEYS`` or a key file, one entry per line or separated by spaces)::

    2026-12:4f1c...   # the first entry signs new tokens
    2026-11:9b3e...   # every entry is accepted when verifying

A rotation adds the new key first and keeps the old one until the tokens it signed have expired
(the access token lifetime), so nobody is signed out. Every instance of a deployment reads the
same keys, so a token issued by one is valid at every other and after a restart.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from server.secret import Secret

TOKEN_KEYS_ENV = "SAMTALE_TOKEN_KEYS"
MIN_SECRET_CHARS = 32
_KID = re.compile(r"[A-Za-z0-9._-]{1,32}")


@dataclass(frozen=True, slots=True)
class SigningKeys:
    """``signing_kid`` signs; every key in ``keys`` (kid → secret) verifies."""

    signing_kid: str
    keys: Mapping[str, Secret]

    def __post_init__(self) -> None:
        if self.signing_kid not in self.keys:
            raise ValueError("the signing key must be one of the keys")

    @classmethod
    def generate(cls) -> SigningKeys:
        """One random key (dev mode and tests): tokens die with the process."""
        kid = "dev-" + secrets.token_hex(4)
        return cls(kid, {kid: Secret.generate()})

    @classmethod
    def parse(cls, text: str) -> SigningKeys:
        """``kid:secret`` entries (``#`` starts a comment); the first signs. Raises ``ValueError``."""
        entries: dict[str, Secret] = {}
        first = ""
        for line in text.splitlines():
            for entry in line.partition("#")[0].split():
                kid, sep, value = entry.partition(":")
                if not sep or not _KID.fullmatch(kid):
                    raise ValueError("each key is kid:secret (kid: 1-32 of A-Z a-z 0-9 . _ -)")
                if len(value) < MIN_SECRET_CHARS:
                    raise ValueError(f"key {kid!r} is shorter than {MIN_SECRET_CHARS} characters")
                if kid in entries:
                    raise ValueError(f"key {kid!r} is given twice")
                entries[kid] = Secret(value)
                first = first or kid
        if not entries:
            raise ValueError("no signing keys given")
        return cls(first, entries)

    @classmethod
    def from_file(cls, path: str) -> SigningKeys:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ValueError(f"cannot read the key file: {exc.strerror}") from None
        return cls.parse(text)

    @property
    def signing_secret(self) -> Secret:
        return self.keys[self.signing_kid]

    def __repr__(self) -> str:
        return f"SigningKeys(signing_kid={self.signing_kid!r}, kids={sorted(self.keys)!r})"
