"""Cold start of the patient build to its first window painted, and what the imports cost.

``python -m bench.startup_bench [--runs 5] [--role patient|clinician]``

What it measures (and what it does not):
- The service is started in this process (dev mode, in-memory SQLite, loopback, random port).
- Each run spawns a new interpreter, ``python -m bench.startup_probe patient --service URL`` with
  QT_QPA_PLATFORM=offscreen, which calls the real ``app.main.run`` unchanged (see its docstring) and
  reports when the first Paint event of the window has been handled. **first paint** is from just
  before the spawn here to that moment: interpreter start, every import, QApplication, theme,
  translations, the service's identity providers request, the keyring look-up for a remembered
  login, building all the pages, ``show()`` and the first paint. It is a new process each time but
  the OS file cache is warm (the first run after boot will be slower). Teardown is not included.
  The columns split it: **interpreter** (spawn → first line of the probe runs), **Qt +
  QApplication** (→ PySide6.QtCore/QtWidgets imported and the QApplication constructed), **import
  app.main** (→ ``app.main`` imported: the rest of Qt, the UI, the session's light parts; aiortc,
  PyAV, OpenCV and sounddevice are loaded later, with the first media or pre-call check),
  **build + paint** (→ first paint handled: ``run`` up to the window on screen).
- Then ``python -X importtime -c "import app.main"`` three times, and for each heavy package the
  median of its own import time (the self times of all its modules) and of its cumulative time where
  it is first imported (which includes other packages it pulls in), plus the heaviest direct
  imports of ``app.main``: what lazy loading could take off the start-up.
Prints tables; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = (
    "shiboken6",
    "PySide6",
    "PySide6.QtWidgets",
    "PySide6.QtMultimedia",
    "PySide6.QtNetwork",
    "qasync",
    "numpy",
    "av",
    "cv2",
    "aiortc",
    "sounddevice",
    "livekit",
    "google.protobuf",
    "dns",
    "httpx",
    "websockets",
    "keyring",
    "cryptography",
    "pyee",
    "aioice",
)
LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)$")


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def one_run(role: str, url: str, timeout_s: float) -> dict[str, float]:
    t0 = time.time()
    proc = subprocess.run(
        [sys.executable, "-m", "bench.startup_probe", role, "--service", url, "--lang", "nb"],
        cwd=ROOT,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=timeout_s,
        check=False,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"startup probe failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    stamps = json.loads(lines[-1])
    return {
        "interpreter": stamps["started"] - t0,
        "Qt + QApplication": stamps["qt"] - stamps["started"],
        "import app.main": stamps["imported"] - stamps["qt"],
        "build + paint": stamps["painted"] - stamps["imported"],
        "first paint": stamps["painted"] - t0,
    }


def import_times() -> list[tuple[str, int, int, int]]:
    """(module, self µs, cumulative µs, depth) for ``import app.main`` in a fresh interpreter."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import app.main"],
        cwd=ROOT,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    rows = []
    for line in proc.stderr.splitlines():
        m = LINE.match(line)
        if m:
            rows.append((m.group(4), int(m.group(1)), int(m.group(2)), len(m.group(3)) // 2))
    return rows


def imported_by(rows: list[tuple[str, int, int, int]], package: str) -> str:
    """The nearest app.* module above the first import of ``package`` (children print before parents)."""
    index = next((i for i, row in enumerate(rows) if row[0] == package), None)
    if index is None:
        return "-"
    depth = rows[index][3]
    for name, _self, _cum, row_depth in rows[index + 1 :]:
        if row_depth < depth:
            if name.startswith("app."):
                return name
            depth = row_depth
    return "-"


def table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    out = ["| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |"]
    out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    out += ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows]
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.startup_bench")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--role", choices=("patient", "clinician"), default="patient")
    args = parser.parse_args()

    from server.embedded import start_embedded_service
    from server.settings import ServiceSettings

    service = start_embedded_service(ServiceSettings(dev_mode=True))
    try:
        runs = [one_run(args.role, service.url, 60.0) for _ in range(args.runs)]
    finally:
        service.stop()

    cols = ["interpreter", "Qt + QApplication", "import app.main", "build + paint", "first paint"]
    rows = [[str(i + 1)] + [f"{r[c] * 1000:.0f}" for c in cols] for i, r in enumerate(runs)]
    rows.append(["median"] + [f"{statistics.median(r[c] for r in runs) * 1000:.0f}" for c in cols])
    print(f"\nCold start of `python -m app {args.role}` to its first window painted (ms, offscreen)\n")
    print(table(["run", *(f"{c} ms" for c in cols)], rows))

    samples = [import_times() for _ in range(3)]
    firsts: list[dict[str, int]] = []
    for rows_one in samples:
        seen: dict[str, int] = {}
        for name, _self, cum, _depth in rows_one:
            seen.setdefault(name, cum)
        firsts.append(seen)
    first = {n: int(statistics.median(f[n] for f in firsts if n in f)) for n in firsts[0]}
    total = first.get("app.main", 0)
    rows_it = [(n, 0, first.get(n, c), d) for n, _s, c, d in samples[0]]
    own = {
        pkg: int(
            statistics.median(
                sum(me for n, me, _c, _d in rows_one if n == pkg or n.startswith(pkg + "."))
                for rows_one in samples
            )
        )
        for pkg in HEAVY
    }
    heavy = sorted(((n, own[n], first.get(n, 0)) for n in HEAVY if own[n] or n in first), key=lambda x: -x[1])
    how = "-X importtime, median of 3"
    print(f"\n`import app.main`: {total / 1000:.0f} ms ({how})\n")
    print(
        table(
            ["package", "own ms", "share of app.main", "cumulative at first import ms", "first imported by"],
            [
                [
                    n,
                    f"{o / 1000:.0f}",
                    f"{100 * o / total:.0f} %" if total else "-",
                    f"{c / 1000:.0f}",
                    imported_by(samples[0], n),
                ]
                for n, o, c in heavy
            ],
        )
    )
    print(
        "\nown: the package's modules alone (sum of their self times); cumulative: with everything first"
        " imported beneath it (other packages included)."
    )
    missing = [n for n in HEAVY if not own[n] and n not in first]
    if missing:
        print(f"\nnot imported by app.main: {', '.join(missing)}")
    direct = sorted(
        ((name, cum) for name, _s, cum, depth in rows_it if depth == 1 and name.startswith("app.")),
        key=lambda x: -x[1],
    )[:12]
    print("\nHeaviest direct imports of app.main (cumulative, ms):\n")
    print(table(["module", "ms"], [[n, f"{c / 1000:.0f}"] for n, c in direct]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
