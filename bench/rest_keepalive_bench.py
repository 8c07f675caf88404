"""REST round trips on one kept-alive connection against the real service (not a timed test).

Each request is a small POST (the body goes out in its own segment after the headers, as httpx
writes it) followed by a GET; without ``TCP_NODELAY`` on the service's accepted socket, Nagle's
algorithm meets the client's delayed ACK and each answer waits about 40 ms.

    PYTHONPATH=$PWD .venv/bin/python -m bench.rest_keepalive_bench [--requests 50]
"""

from __future__ import annotations

import argparse
import statistics
import time

import httpx

from tests.support.service import ServiceProcess, login


def measure(url: str, token: str, requests: int) -> list[float]:
    headers = {"Authorization": f"Bearer {token}"}
    times: list[float] = []
    with httpx.Client(base_url=url, headers=headers, trust_env=False, timeout=10) as http:
        code = http.post("/v1/rooms", json={"title": "Bench"}).json()["code"]
        for _ in range(requests):
            start = time.perf_counter()
            http.get(f"/v1/rooms/{code}").raise_for_status()
            http.get("/v1/health").raise_for_status()
            times.append((time.perf_counter() - start) * 1000 / 2)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()
    with ServiceProcess() as service:
        token = login(service.url, "Dr Bench", "clinician")
        times = sorted(measure(service.url, token, args.requests))
    p50 = statistics.median(times)
    p90 = times[int(len(times) * 0.9) - 1]
    print(f"REST on a kept-alive connection, {len(times)} x 2 requests: p50 {p50:.1f} ms, p90 {p90:.1f} ms")


if __name__ == "__main__":
    main()
