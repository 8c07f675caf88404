"""Which video feeds a client of a large (media server) room shows: the last-N rule.

A client in a room that goes through the media server receives the pictures it shows and no others
(each one costs a subscription, a decoder and bandwidth). Which ones, in this order:

1. the presenter (always), the participant the user pinned, and every host (always) — even if that
   is more than N;
2. then the active speaker (the one talking who started last), then the most recent speakers (by the
   time they were last heard), up to N;
3. then, while fewer than N are chosen, the feeds nobody has heard yet, in the order the service
   listed them (so a new room is not an empty gallery).

Only feeds that are published are ever chosen. N comes from the layout and the size of the window
(``slots_for``). Pure: the talking events carry their times (seconds, any monotonic clock).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

TILE_MIN_W, TILE_MIN_H = 240, 180  # a tile smaller than this does not show a face usefully
MAX_SHOWN = 9  # never more than 3 × 3 pictures at once, however large the window
SINGLE_LAYOUTS = ("speaker", "pinned")  # one large picture: only the one shown is received
INTERPRETER_MAIN = 2  # the interpreter layout: two main tiles, the rest small below


@dataclass(slots=True)
class SpeakerHistory:
    """The talking events heard so far: who talks now, who talked last."""

    talking_since: dict[str, float] = field(default_factory=dict)  # talking now, since when
    last_heard: dict[str, float] = field(default_factory=dict)  # when each was last heard talking

    def heard(self, participant_id: str, talking: bool, at: float) -> None:
        """One talking event (``sfu_talking``) at time ``at``."""
        if talking:
            self.talking_since.setdefault(participant_id, at)
        else:
            self.talking_since.pop(participant_id, None)
        self.last_heard[participant_id] = max(at, self.last_heard.get(participant_id, at))

    def forget(self, participant_id: str) -> None:
        """They left the room."""
        self.talking_since.pop(participant_id, None)
        self.last_heard.pop(participant_id, None)

    def active(self) -> str | None:
        """The active speaker: of those talking now, the one who started last."""
        if not self.talking_since:
            return None
        return max(self.talking_since, key=lambda pid: (self.talking_since[pid], pid))

    def recent(self) -> list[str]:
        """Everyone heard, the most recently heard first (talking now counts as heard now)."""
        latest = max(self.last_heard.values(), default=0.0)

        def when(pid: str) -> float:
            return latest + 1.0 if pid in self.talking_since else self.last_heard[pid]

        return sorted(self.last_heard, key=lambda pid: (-when(pid), pid))


def choose(
    feeds: Sequence[str],
    history: SpeakerHistory,
    n: int,
    *,
    hosts: Iterable[str] = (),
    presenter: str | None = None,
    pinned: str | None = None,
) -> list[str]:
    """The feeds to show, in the order to lay them out (the first is the large one where there is one).

    ``feeds``: the participants publishing video that this client may receive (never itself).
    """
    published = set(feeds)
    shown: list[str] = []

    def add(pid: str | None) -> None:
        if pid is not None and pid in published and pid not in shown:
            shown.append(pid)

    add(presenter)
    add(pinned)
    for host in sorted(set(hosts) & published, key=list(feeds).index):
        add(host)
    wanted = max(0, n)
    for pid in [history.active(), *history.recent(), *feeds]:
        if len(shown) >= wanted:
            break
        add(pid)
    return shown


def slots_for(layout: str, width: int, height: int) -> int:
    """N for a layout at a size (pixels): how many pictures fit, each at least 240 × 180, at most 9.

    Speaker and pinned show one large picture; the interpreter layout two large ones and a row below.
    """
    if layout in SINGLE_LAYOUTS:
        return 1
    columns = max(1, width // TILE_MIN_W)
    rows = max(1, height // TILE_MIN_H)
    fit = min(MAX_SHOWN, columns * rows)
    if layout == "interpreter":
        return max(INTERPRETER_MAIN, min(fit, INTERPRETER_MAIN + columns))
    return max(1, fit)


def changes(before: Iterable[str], after: Iterable[str]) -> tuple[list[str], list[str]]:
    """(to subscribe, to unsubscribe) going from one chosen set to the next, each in a stable order."""
    old, new = list(before), list(after)
    return [pid for pid in new if pid not in old], [pid for pid in old if pid not in new]


__all__ = ["MAX_SHOWN", "SpeakerHistory", "changes", "choose", "slots_for"]
