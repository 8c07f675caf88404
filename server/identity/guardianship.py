"""Who may act for a child: the ``GuardianshipDirectory`` interface and a clearly named simulator of it.

No real guardianship registry (Skatteverket's folkbokföring, Folkeregisteret's foreldreansvar) is
reachable from this service yet (decision 0008); a deployment plugs one in behind this interface.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from server.settings import Secret


@dataclass(frozen=True, slots=True)
class ChildRecord:
    """A child as the directory knows them: their name and their guardians' national identity numbers."""

    name: str
    guardians: tuple[Secret, ...]


class GuardianshipDirectory(Protocol):
    """Answers who the guardians of a child are; ``name`` is recorded with every act it vouched for."""

    name: str

    async def child(self, national_id: Secret) -> ChildRecord | None: ...


class SimulatedGuardianshipDirectory:
    """A SIMULATOR standing in for a guardianship registry: it knows only the families it is given.

    The file is a JSON list of ``{"child": "<national id>", "name": "<child's name>",
    "guardians": ["<national id>", ...]}``; it exists for demos and tests, never for production.
    """

    name = "simulator"

    def __init__(self, children: dict[str, ChildRecord]) -> None:
        self._children = children

    @classmethod
    def from_file(cls, path: str) -> SimulatedGuardianshipDirectory:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        children = {
            str(entry["child"]): ChildRecord(
                name=str(entry["name"]), guardians=tuple(Secret(str(g)) for g in entry["guardians"])
            )
            for entry in data
        }
        return cls(children)

    async def child(self, national_id: Secret) -> ChildRecord | None:
        return self._children.get(national_id.reveal())
