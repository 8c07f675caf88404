"""Rolling restart under load against two real service instances (not a timed test).

N live 1:1 consultations (real apps, aiortc media on loopback) and M waiting patients reach two
instances on one PostgreSQL and one Redis through a loopback balancer; A is restarted and waited
for, then B; once with SIGTERM and once with SIGKILL. Prints, for each, the longest signaling gap
per app (p50, p99, max), the consultations that survived and the waiting patients who kept their place.

    PYTHONPATH=$PWD .venv/bin/python -m bench.rolling_restart_bench [--consultations 4] [--waiting 4]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
from urllib.parse import urlsplit

from tests.support.balancer import Balancer
from tests.support.deployment import two_instances
from tests.support.postgres import PostgresCluster
from tests.support.rolling_load import Load, Outcome, restart


async def one_run(pg: PostgresCluster, kill: bool, consultations: int, waiting: int) -> Outcome:
    async with two_instances(pg) as d:
        proxy: Balancer | None = None
        load: Load | None = None
        try:
            ports = [urlsplit(p.url).port for p in d.instances]
            proxy = await Balancer([("127.0.0.1", port) for port in ports if port is not None]).start()
            load = Load(proxy.url, consultations, waiting)
            await load.start()
            for process in d.instances:
                await restart(process, kill)
                await load.media_flows()
                await load.everyone_back()
            return load.outcome()
        finally:
            if load is not None:
                await load.close()
            if proxy is not None:
                await proxy.close()


async def run(consultations: int, waiting: int) -> None:
    with PostgresCluster() as pg:
        rows = []
        for kill in (False, True):
            outcome = await one_run(pg, kill, consultations, waiting)
            p50, p99, worst = outcome.gap_summary()
            rows.append((("SIGKILL" if kill else "SIGTERM"), p50, p99, worst, outcome))
    print(f"rolling restart: {consultations} consultations, {waiting} waiting, two instances, A then B")
    print(
        f"{'stop':8} {'gap p50 s':>10} {'gap p99 s':>10} {'gap max s':>10} "
        f"{'survived':>9} {'kept place':>11} {'signed out':>11}"
    )
    for name, p50, p99, worst, o in rows:
        print(
            f"{name:8} {p50:10.2f} {p99:10.2f} {worst:10.2f} {o.survived:>5}/{o.consultations:<3} "
            f"{o.kept_place:>7}/{o.waiting:<3} {o.signed_out:>11}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--consultations", type=int, default=4)
    parser.add_argument("--waiting", type=int, default=4)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(run(args.consultations, args.waiting))


if __name__ == "__main__":
    main()
