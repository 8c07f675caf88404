"""A call through the link emulator at 150 ms delay, 5 % loss and 500 kbit/s both ways holds.

The service and the clinician run in one network namespace, the patient in the other, each client in
its own process (``tests/support/quality_client.py``); the wire between them (``tests/support/netns.py``,
decision 0007) is shaped from before the knock. Before the rate rule the call ran 15–21 fps with
freezes, lost 29 % of its audio and died at +29 s (issue 12, finding 4). Now the senders step their
video down and the call must still be up after a minute, with the sound whole once the rate has
adapted. Skipped only without root or ``ip netns`` (CI runs as root).
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from typing import Any

import pytest

from tests.support.netns import SVC_ADDR, NetnsPair, why_unavailable
from tests.support.service import REPO_ROOT, ServiceProcess

_REASON = why_unavailable()
pytestmark = [pytest.mark.timeout(240), pytest.mark.skipif(_REASON is not None, reason=str(_REASON))]

SHAPE = os.environ.get("SAMTALE_QUALITY_SHAPE", "delay 150ms loss 5% rate 500kbit")
SECONDS = int(os.environ.get("SAMTALE_QUALITY_SECONDS", "60"))
MEASURE = 20  # the last seconds, once the rate has adapted


class Client:
    def __init__(self, pair: NetnsPair, ns: str, *args: str) -> None:
        env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
        self.lines: queue.Queue[dict[str, Any]] = queue.Queue()
        self.log: list[dict[str, Any]] = []
        self.proc = subprocess.Popen(
            [*pair.exec_prefix(ns), sys.executable, "-m", "tests.support.quality_client", *args],
            cwd=REPO_ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith("{"):
                self.lines.put(json.loads(line))

    def wait_for(self, key: str, timeout: float) -> Any:
        while True:
            message = self.lines.get(timeout=timeout)
            self.log.append(message)
            if key in message:
                return message[key]

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(10)
        self._reader.join(10)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


def test_call_adapts_and_holds_at_150ms_5pct_500kbit() -> None:
    with NetnsPair() as pair:
        service = ServiceProcess("--host", SVC_ADDR)
        service.args = [*pair.exec_prefix(pair.svc), *service.args]
        service.start()
        common = ["--service", service.url, "--seconds", str(SECONDS), "--measure", str(MEASURE)]
        clinician = patient = None
        try:
            clinician = Client(pair, pair.svc, "--role", "clinician", *common)
            code = clinician.wait_for("room", 60)
            pair.netem("cli", SHAPE)
            pair.netem("svc", SHAPE)
            patient = Client(pair, pair.cli, "--role", "patient", "--code", code, *common)
            results = {
                "patient": patient.wait_for("result", SECONDS + 90),
                "clinician": clinician.wait_for("result", 30),
            }
        finally:
            for client in (patient, clinician):
                if client is not None:
                    client.close()
            service.close()
            for name, client in (("patient", patient), ("clinician", clinician)):
                if client is not None:
                    sys.stdout.write(f"{name} {[m['sample'] for m in client.log if 'sample' in m]}\n")
    sys.stdout.write(json.dumps(results) + "\n")  # the figures for the report (run with -s)
    for side, result in results.items():
        assert result["state"] == "in_call", side  # the call did not die
        # The sound still comes in the last seconds. On this 2-core machine shared with other work even
        # a clean link misses about 10 % of audio frames with gaps of 0.2 s, so the bounds are loose;
        # the figures are printed and reported (issue 12).
        assert result["audio_missing"] < 0.4, (side, result)
        assert result["longest_audio_gap_s"] < 0.8, (side, result)
        # It adapted, from below full (a new link starts at reduced). When it reached its lowest level
        # (``down_s``) is printed, not bounded: 9-17 s measured here, the later ones a link that held
        # ``low`` for a while and needed ``minimal`` only later (issue 12).
        assert result["levels"][0] == "reduced" and len(result["levels"]) > 1, (side, result)
