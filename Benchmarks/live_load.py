#!/usr/bin/env python3
"""Load test of `ecolearn live`: N simulated phones join a game on loopback and answer every question.

Usage: live_load.py ECOLEARN LIBRARY UNIT N [N ...] [--timeout SECONDS]

For each N it starts `ecolearn live UNIT --bind 127.0.0.1 --timer off` on a free port, connects the host page's
socket and N player sockets, joins them, and plays every question: the host opens it, each phone answers as soon
as it sees it, the host closes it once all have answered (or after the timeout). It prints one tab-separated line
per N: players, connected, answers, answers per second, p50 and p99 of the time from a phone sending its answer to
the host receiving the count that includes it (ms), server CPU seconds, server peak memory (MiB), failures.
Everything is bounded: each N stops after --timeout seconds (default 180) and counts what did not finish as failed.
"""

import asyncio
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time

from websockets.asyncio.client import connect


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cell_for(question):
    """A well-formed answer for a question view (right or wrong does not matter for load)."""
    kind = question["kind"]
    letters = "".join(chr(65 + i) for i in range(len(question["choices"])))
    if kind in ("single", "multiple"):
        return "A"
    if kind == "truefalse":
        return "T"
    if kind == "numeric":
        return "1"
    if kind == "short":
        return "answer"
    if kind == "order":
        return letters
    return "A" * len(question["items"])


class Player:
    def __init__(self, number, url, pin, stats):
        self.number, self.url, self.pin, self.stats = number, url, pin, stats
        self.socket = None
        self.answered = set()

    async def run(self, ready):
        try:
            self.socket = await connect(self.url, max_size=1 << 20, ping_interval=None, open_timeout=60)
        except Exception:
            self.stats["connect_failed"] += 1
            ready.set_result(False) if not ready.done() else None
            return
        name = f"p{self.number}"
        await self.socket.send(json.dumps({"type": "join", "pin": self.pin, "name": name, "language": "en"}))
        try:
            async for text in self.socket:
                message = json.loads(text)
                if message["type"] == "joined":
                    self.stats["joined"] += 1
                    if not ready.done():
                        ready.set_result(True)
                elif message["type"] == "error":
                    self.stats["errors"] += 1
                    if not ready.done():
                        ready.set_result(False)
                elif message["type"] == "view":
                    view = message["view"]
                    if view["screen"] == "question" and view.get("answer") is None:
                        index = view["question"]["index"]
                        if index not in self.answered:
                            self.answered.add(index)
                            self.stats["sent"][(self.number, index)] = time.perf_counter()
                            await self.socket.send(json.dumps(
                                {"type": "answer", "question": index, "cell": cell_for(view["question"])}))
                    elif view["screen"] == "ended":
                        break
        except Exception:
            self.stats["dropped"] += 1


async def play(ecolearn, library, unit, players, timeout):
    port = free_port()
    db = tempfile.mkdtemp(prefix="live-bench-")
    server = subprocess.Popen(
        [ecolearn, "live", unit, "--library", library, "--db", os.path.join(db, "p.sqlite"), "--bind", "127.0.0.1",
         "--port", str(port), "--timer", "off", "--seed", "7"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    pin = key = None
    while pin is None or key is None:
        line = server.stdout.readline()
        if not line:
            raise SystemExit("ecolearn live stopped before printing its addresses")
        pin = pin or (re.match(r"PIN\s+(\d+)", line) or [None, None])[1]
        found = re.search(r"/host\?key=([0-9a-f]+)", line)
        key = key or (found and found[1])
    stats = {"joined": 0, "errors": 0, "dropped": 0, "connect_failed": 0, "sent": {}}
    latencies = []
    answers_time = 0.0
    deadline = time.perf_counter() + timeout
    host = None
    while host is None:  # the banner comes just before the server listens
        try:
            host = await connect(f"ws://127.0.0.1:{port}/ws/host?key={key}", max_size=1 << 24, ping_interval=None)
        except OSError:
            if time.perf_counter() > deadline:
                raise
            await asyncio.sleep(0.1)
    clock_ticks = os.sysconf("SC_CLK_TCK")

    def cpu_seconds():
        with open(f"/proc/{server.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / clock_ticks

    cpu_start = cpu_seconds()
    readies, tasks = [], []
    connecting = asyncio.Semaphore(200)

    async def start(number):
        async with connecting:
            ready = asyncio.get_running_loop().create_future()
            readies.append(ready)
            tasks.append(asyncio.create_task(
                Player(number, f"ws://127.0.0.1:{port}/ws/play", pin, stats).run(ready)))
            await asyncio.wait_for(ready, max(1, deadline - time.perf_counter()))

    await asyncio.gather(*(start(n) for n in range(players)), return_exceptions=True)
    # The server numbers players in joining order; its host view says which number each name got.
    number_of = {}
    while len(number_of) < stats["joined"] and time.perf_counter() < deadline:
        message = json.loads(await asyncio.wait_for(host.recv(), max(0.01, deadline - time.perf_counter())))
        if message["type"] == "host":
            number_of = {p["id"]: int(p["name"][1:]) for p in message["view"]["players"]}
    total_questions = None
    question = 0
    while True:
        await host.send(json.dumps({"type": "next"}))
        first_sent = None
        last_seen = None
        while time.perf_counter() < deadline:
            try:
                text = await asyncio.wait_for(host.recv(), max(0.01, deadline - time.perf_counter()))
            except asyncio.TimeoutError:
                break
            now = time.perf_counter()
            message = json.loads(text)
            if message["type"] == "host" and message["view"]["screen"] == "ended":
                break
            if message["type"] == "host" and message["view"].get("question"):
                total_questions = message["view"]["question"]["total"]
            if message["type"] == "progress" and "player" in message:
                sent = stats["sent"].get((number_of.get(message["player"]), question))
                if sent is not None:
                    latencies.append(now - sent)
                    first_sent = sent if first_sent is None else min(first_sent, sent)
                    last_seen = now
                if message["answered"] >= stats["joined"]:
                    break
        if first_sent is not None:
            answers_time += last_seen - first_sent
        if total_questions is None or time.perf_counter() >= deadline:
            break
        await host.send(json.dumps({"type": "next"}))  # close
        question += 1
        if question >= total_questions:
            await host.send(json.dumps({"type": "next"}))  # end
            break
        await asyncio.sleep(0.2)
    await asyncio.sleep(0.5)
    cpu = cpu_seconds() - cpu_start
    with open(f"/proc/{server.pid}/status") as f:
        peak = int(re.search(r"VmHWM:\s+(\d+)", f.read())[1]) / 1024
    server.terminate()
    server.wait(timeout=30)
    for task in tasks:
        task.cancel()
    await host.close()
    latencies.sort()
    count = len(latencies)
    p = lambda q: latencies[min(count - 1, int(q * count))] * 1000 if count else float("nan")
    expected = players * (total_questions or 0)
    failed = stats["connect_failed"] + stats["errors"] + stats["dropped"] + (expected - count)
    rate = count / answers_time if answers_time > 0 else float("nan")
    print(f"{players}\t{stats['joined']}\t{count}\t{rate:.0f}\t{p(0.5):.1f}\t{p(0.99):.1f}\t{cpu:.1f}\t{peak:.0f}\t{failed}",
          flush=True)


def main():
    args = sys.argv[1:]
    timeout = 180.0
    if "--timeout" in args:
        at = args.index("--timeout")
        timeout = float(args[at + 1])
        del args[at:at + 2]
    if len(args) < 4:
        raise SystemExit(__doc__)
    ecolearn, library, unit = args[:3]
    print("players\tjoined\tanswers\tanswers/s\tp50 ms\tp99 ms\tserver CPU s\tpeak MiB\tfailed", flush=True)
    for n in args[3:]:
        asyncio.run(play(ecolearn, library, unit, int(n), timeout))


if __name__ == "__main__":
    main()
