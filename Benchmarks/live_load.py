#!/usr/bin/env python3
"""Load test of `ecolearn live`: N simulated phones join a game on loopback and answer every question.

Usage: live_load.py ECOLEARN LIBRARY UNIT N [N ...] [--timeout SECONDS] [--clients K] [--spread SECONDS]

For each N it starts `ecolearn live UNIT --bind 127.0.0.1 --timer off` on a free port. This process holds the host
page's socket; K client processes (default 2, so the phones are not all behind one Python interpreter) hold N/K
player sockets each and join them. Then every question is played: the host opens it, each phone answers as soon as
it sees it (or after a random pause of up to --spread seconds, as people reading the question would), the host
closes it once all have answered (or after the timeout). It prints one tab-separated line per N: players,
connected, answers, answers per second, p50 and p99 of the time from a phone sending its answer to the host
receiving the count that includes it (ms), server CPU seconds, server peak memory (MiB), failures, and the CPU
seconds of the load generator itself (all its processes). Times are CLOCK_MONOTONIC, shared by the processes.
Everything is bounded: each N stops after --timeout seconds (default 180) and counts what did not finish as failed.
"""

import asyncio
import json
import os
import random
import re
import resource
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


def own_cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


# ---- a client process: some of the phones ------------------------------------------------------------------------

class Player:
    def __init__(self, number, url, pin, stats, spread):
        self.number, self.url, self.pin, self.stats, self.spread = number, url, pin, stats, spread
        self.answered = set()

    async def run(self, ready):
        try:
            socket_ = await connect(self.url, max_size=1 << 20, ping_interval=None, open_timeout=60)
        except Exception:
            self.stats["connect_failed"] += 1
            ready.set_result(False) if not ready.done() else None
            return
        await socket_.send(json.dumps({"type": "join", "pin": self.pin, "name": f"p{self.number}", "language": "en"}))
        try:
            async for text in socket_:
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
                            if self.spread > 0:
                                await asyncio.sleep(random.uniform(0, self.spread))
                            self.stats["sent"].append((self.number, index, time.monotonic()))
                            await socket_.send(json.dumps(
                                {"type": "answer", "question": index, "cell": cell_for(view["question"])}))
                    elif view["screen"] == "ended":
                        break
        except Exception:
            self.stats["dropped"] += 1
        finally:
            await socket_.close()


async def client(url, pin, first, count, deadline, spread):
    """Joins players first..first+count-1, says `ready` on standard output, plays until the end or the deadline,
    then prints its counts, send times and CPU as one JSON line."""
    stats = {"joined": 0, "errors": 0, "dropped": 0, "connect_failed": 0, "sent": []}
    connecting = asyncio.Semaphore(100)
    tasks = []

    async def start(number):
        async with connecting:
            ready = asyncio.get_running_loop().create_future()
            tasks.append(asyncio.create_task(Player(number, url, pin, stats, spread).run(ready)))
            try:
                await asyncio.wait_for(ready, max(1, deadline - time.monotonic()))
            except asyncio.TimeoutError:
                pass

    await asyncio.gather(*(start(n) for n in range(first, first + count)))
    print(f"ready {stats['joined']}", flush=True)
    await asyncio.wait(tasks, timeout=max(0.1, deadline - time.monotonic()))
    for task in tasks:
        task.cancel()
    stats["cpu"] = own_cpu_seconds()
    print(json.dumps(stats), flush=True)


# ---- the host and the measurement --------------------------------------------------------------------------------

async def play(ecolearn, library, unit, players, timeout, clients, spread):
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
    deadline = time.monotonic() + timeout
    host = None
    while host is None:  # the banner comes just before the server listens
        try:
            host = await connect(f"ws://127.0.0.1:{port}/ws/host?key={key}", max_size=1 << 24, ping_interval=None)
        except OSError:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.1)
    clock_ticks = os.sysconf("SC_CLK_TCK")

    def cpu_seconds():
        with open(f"/proc/{server.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / clock_ticks

    cpu_start = cpu_seconds()
    own_start = own_cpu_seconds()
    clients = max(1, min(clients, players))
    shares = [players // clients + (1 if i < players % clients else 0) for i in range(clients)]
    workers = []
    first = 0
    for share in shares:
        workers.append(await asyncio.create_subprocess_exec(
            sys.executable, os.path.abspath(__file__), "--client", f"ws://127.0.0.1:{port}/ws/play", pin,
            str(first), str(share), str(deadline), str(spread), stdout=asyncio.subprocess.PIPE, limit=1 << 26))
        first += share
    joined_total = 0
    for worker in workers:
        try:
            line = await asyncio.wait_for(worker.stdout.readline(), max(0.1, deadline - time.monotonic()))
            joined_total += int(line.split()[1])
        except (asyncio.TimeoutError, IndexError, ValueError):
            pass
    # The server numbers players in joining order; its host view says which number each name got.
    number_of = {}
    while len(number_of) < joined_total and time.monotonic() < deadline:
        message = json.loads(await asyncio.wait_for(host.recv(), max(0.01, deadline - time.monotonic())))
        if message["type"] == "host":
            number_of = {p["id"]: int(p["name"][1:]) for p in message["view"]["players"]}
    received = {}  # (player number, question) -> when the host heard of the answer
    total_questions = None
    question = 0
    while True:
        await host.send(json.dumps({"type": "next"}))
        while time.monotonic() < deadline:
            try:
                text = await asyncio.wait_for(host.recv(), max(0.01, deadline - time.monotonic()))
            except asyncio.TimeoutError:
                break
            now = time.monotonic()
            message = json.loads(text)
            if message["type"] == "host" and message["view"]["screen"] == "ended":
                break
            if message["type"] == "host" and message["view"].get("question"):
                total_questions = message["view"]["question"]["total"]
            if message["type"] == "progress" and "player" in message:
                received.setdefault((number_of.get(message["player"]), question), now)
                if message["answered"] >= len(number_of):
                    break
        if total_questions is None or time.monotonic() >= deadline:
            break
        await host.send(json.dumps({"type": "next"}))  # close
        question += 1
        if question >= total_questions:
            await host.send(json.dumps({"type": "next"}))  # end
            break
        await asyncio.sleep(0.2)
    reports = []
    for worker, share in zip(workers, shares):
        try:
            line = await asyncio.wait_for(worker.stdout.readline(), max(5.0, deadline - time.monotonic()))
            reports.append(json.loads(line))
        except (asyncio.TimeoutError, ValueError):
            reports.append({"joined": 0, "errors": 0, "dropped": 0, "connect_failed": share, "sent": [], "cpu": 0})
        await worker.wait()
    await asyncio.sleep(0.2)
    cpu = cpu_seconds() - cpu_start
    with open(f"/proc/{server.pid}/status") as f:
        peak = int(re.search(r"VmHWM:\s+(\d+)", f.read())[1]) / 1024
    server.terminate()
    server.wait(timeout=30)
    await host.close()
    generator_cpu = own_cpu_seconds() - own_start + sum(r["cpu"] for r in reports)
    latencies = []
    spans = {}  # question -> (first answer sent, last answer heard)
    for report in reports:
        for number, index, sent in report["sent"]:
            heard = received.get((number, index))
            if heard is None:
                continue
            latencies.append(heard - sent)
            first_sent, last_heard = spans.get(index, (sent, heard))
            spans[index] = (min(first_sent, sent), max(last_heard, heard))
    answers_time = sum(last - first for first, last in spans.values())
    joined = sum(r["joined"] for r in reports)
    latencies.sort()
    count = len(latencies)
    p = lambda q: latencies[min(count - 1, int(q * count))] * 1000 if count else float("nan")
    expected = players * (total_questions or 0)
    failed = sum(r["connect_failed"] + r["errors"] + r["dropped"] for r in reports) + (expected - count)
    rate = count / answers_time if answers_time > 0 else float("nan")
    print(f"{players}\t{joined}\t{count}\t{rate:.0f}\t{p(0.5):.1f}\t{p(0.99):.1f}\t{cpu:.1f}\t{peak:.0f}\t{failed}"
          f"\t{generator_cpu:.1f}", flush=True)


def main():
    args = sys.argv[1:]
    if args[:1] == ["--client"]:
        url, pin, first, count, deadline, spread = args[1:7]
        asyncio.run(client(url, pin, int(first), int(count), float(deadline), float(spread)))
        return
    options = {"--timeout": 180.0, "--clients": 2, "--spread": 0.0}
    for name, default in options.items():
        if name in args:
            at = args.index(name)
            options[name] = type(default)(args[at + 1])
            del args[at:at + 2]
    if len(args) < 4:
        raise SystemExit(__doc__)
    ecolearn, library, unit = args[:3]
    print("players\tjoined\tanswers\tanswers/s\tp50 ms\tp99 ms\tserver CPU s\tpeak MiB\tfailed\tgenerator CPU s",
          flush=True)
    for n in args[3:]:
        asyncio.run(play(ecolearn, library, unit, int(n), options["--timeout"], options["--clients"],
                         options["--spread"]))


if __name__ == "__main__":
    main()
