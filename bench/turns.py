"""Turn throughput, latency, start-up time and memory: Policy Steward against a bare echo bot.

`make bench` (or `python -m bench.turns [--total N] [--concurrency C]`). Everything runs on
loopback: the bots are started as separate processes, the loopback Bot Connector and the load
generator run here. The load is bounded (N activities after a short warm-up) and the script
stops by itself. Figures are relative: the load generator shares the machine's cores.

Start-up is timed twice, because most of it is Python compiling modules to bytecode. Policy
Steward's first start compiles every module it imports and keeps none, as where no bytecode is
written (the Makefile installs with `--no-compile`); before the restart, one unmeasured start
writes the bytecode, so the restart reads it as the Docker image's packages are read (`pip
install` compiled them). Writing bytecode is left out of the measured starts: it holds about 5 MB
more in the process. All use a bytecode folder of their own (`PYTHONPYCACHEPREFIX`), so the
figures do not depend on what earlier runs left behind.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp

from tests.builders import ALEX, message
from tests.fakes.connector import FakeConnector

ROOT = Path(__file__).resolve().parents[1]
WARM_UP = 50
# One simulated person sends every activity, so the per-person flood limit is switched off.
RATE_LIMITS_OFF = '{"turns": "off"}'


@dataclass
class Result:
    name: str
    turns_per_second: float
    p50_ms: float
    p99_ms: float
    replies: int
    sent: int
    start_seconds: float
    idle_rss_mb: float
    rss_after_mb: float


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def wait_until_up(
    session: aiohttp.ClientSession, port: int, process: asyncio.subprocess.Process
) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.returncode is not None:
            raise RuntimeError(f"server on port {port} exited with {process.returncode}")
        try:
            async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
                if response.status == 200:
                    return
        except aiohttp.ClientConnectionError:
            await asyncio.sleep(0.01)
    raise RuntimeError(f"server on port {port} did not start")


async def start_server(command: list[str], port: int, env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        *command,
        "--port",
        str(port),
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )


async def keep_bytecode(
    command: list[str], env: dict[str, str], settle: Callable[[], dict[str, Any]]
) -> None:
    """Start the server once, unmeasured, with bytecode writing on, so the next start reads it."""
    port = free_port()
    process = await start_server(command, port, {**env, "PYTHONDONTWRITEBYTECODE": ""})
    try:
        async with aiohttp.ClientSession() as session:
            await wait_until_up(session, port, process)
            async with session.post(f"http://127.0.0.1:{port}/api/messages", json=settle()) as response:
                await response.read()
    finally:
        process.terminate()
        await process.wait()


async def measure(
    name: str,
    command: list[str],
    body: Callable[[], dict[str, Any]],
    settle: Callable[[], dict[str, Any]],
    connector: FakeConnector,
    *,
    total: int,
    concurrency: int,
    env: dict[str, str],
) -> Result:
    port = free_port()
    started = time.perf_counter()
    process = await start_server(command, port, env)
    url = f"http://127.0.0.1:{port}/api/messages"
    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency)) as session:
            await wait_until_up(session, port, process)
            start_seconds = time.perf_counter() - started
            # One chat message first: Policy Steward answers it once its conversation classifiers
            # have trained (in the background after start-up), so the idle figure includes them.
            async with session.post(url, json=settle()) as response:
                await response.read()
            idle = rss_mb(process.pid)
            latencies: list[float] = []
            gate = asyncio.Semaphore(concurrency)

            async def one(record: bool) -> None:
                async with gate:
                    begun = time.perf_counter()
                    async with session.post(url, json=body()) as response:
                        await response.read()
                        if response.status >= 300:
                            raise RuntimeError(f"{name}: HTTP {response.status}")
                    if record:
                        latencies.append((time.perf_counter() - begun) * 1000)

            await asyncio.gather(*(one(False) for _ in range(WARM_UP)))
            before = len(connector.posted)
            began = time.perf_counter()
            await asyncio.gather(*(one(True) for _ in range(total)))
            elapsed = time.perf_counter() - began
            replies = len(connector.posted) - before
            after = rss_mb(process.pid)
    finally:
        process.terminate()
        await process.wait()
    ordered = sorted(latencies)
    return Result(
        name=name,
        turns_per_second=total / elapsed,
        p50_ms=statistics.median(ordered),
        p99_ms=ordered[int(len(ordered) * 0.99) - 1],
        replies=replies,
        sent=total,
        start_seconds=start_seconds,
        idle_rss_mb=idle,
        rss_after_mb=after,
    )


def print_table(results: list[Result]) -> None:
    columns = ("turns/s", 8), ("p50 ms", 7), ("p99 ms", 7), ("replies", 11), ("start s", 8), ("idle MB", 8)
    header = f"{'server':34} " + " ".join(f"{name:>{width}}" for name, width in columns) + f" {'after MB':>9}"
    print(header)
    print("-" * len(header))
    for r in results:
        print(
            f"{r.name:34} {r.turns_per_second:8.1f} {r.p50_ms:7.1f} {r.p99_ms:7.1f} "
            f"{r.replies:>5}/{r.sent:<5} {r.start_seconds:8.2f} {r.idle_rss_mb:8.1f} {r.rss_after_mb:9.1f}"
        )


async def main(total: int, concurrency: int) -> int:
    connector = FakeConnector()
    await connector.start()
    python = sys.executable
    echo = [python, "-m", "bench.echo_bot"]
    ours = [python, "-m", "bot", "serve"]

    def echo_body() -> dict[str, Any]:
        return message("hello", user=ALEX, service_url=connector.url)

    def help_body() -> dict[str, Any]:
        return message("help", user=ALEX, service_url=connector.url)

    def thanks_body() -> dict[str, Any]:
        return message("thanks", user=ALEX, service_url=connector.url)

    results: list[Result] = []
    try:
        with tempfile.TemporaryDirectory() as data_dir:
            ours_env = {
                "BOT_DATA_DIR": data_dir,
                "PYTHONPYCACHEPREFIX": str(Path(data_dir) / "bytecode"),
                "PYTHONDONTWRITEBYTECODE": "1",
                "BOT_LOG_LEVEL": "WARNING",
                "BOT_RATE_LIMITS": RATE_LIMITS_OFF,
            }
            runs = [
                ("botbuilder echo (stock 4.17.1)", echo, echo_body, {}, False),
                ("botbuilder echo (+ msrest fix)", [*echo, "--fixed"], echo_body, {}, False),
                ('Policy Steward ("help" card)', ours, help_body, ours_env, False),
                # The same data folder again: a restart, which reads the classifiers the first run
                # kept there instead of training them, and the bytecode an unmeasured start wrote.
                ("Policy Steward, restarted", ours, help_body, ours_env, True),
            ]
            for name, command, body, env, bytecode_kept in runs:
                if bytecode_kept:
                    await keep_bytecode(command, env, thanks_body)
                results.append(
                    await measure(
                        name,
                        command,
                        body,
                        thanks_body,
                        connector,
                        total=total,
                        concurrency=concurrency,
                        env=env,
                    )
                )
    finally:
        await connector.close()
    print(
        f"{total} activities per server after {WARM_UP} warm-up, concurrency {concurrency}, loopback only\n"
    )
    print_table(results)
    fixed, ours_result = results[1], results[2]
    ratio = ours_result.turns_per_second / fixed.turns_per_second
    print(f"\nPolicy Steward / fixed echo: {ratio:.2f}x (goal >= 0.9x)")
    print(f"msrest fix speed-up on the echo bot: {fixed.turns_per_second / results[0].turns_per_second:.2f}x")
    restarted = results[3]
    print(f"Policy Steward idle RSS {ours_result.idle_rss_mb:.0f} MB (goal <= 150)")
    print(
        f"start to /healthz: {restarted.start_seconds:.2f} s with bytecode kept (goal <= 2 s), "
        f"{ours_result.start_seconds:.2f} s on a first start that compiles it"
    )
    print(f"restarted (classifiers read back from disk): idle RSS {restarted.idle_rss_mb:.0f} MB")
    missing = [r.name for r in results if r.replies < r.sent]
    if missing:
        print(f"MISSING REPLIES: {', '.join(missing)}")
        return 1
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--total", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    options = parser.parse_args()
    sys.exit(asyncio.run(main(options.total, options.concurrency)))
