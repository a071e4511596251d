"""Load on a team server: N clients × M edits, syncing at random moments.

    python bench/team_load.py [--clients 20] [--edits 50] [--rounds 5] [--seed S]

Each round starts a fresh database, publishes a project of round zones with many vertices,
and runs ``zoneeditor.io.team.loadtest``: every client edits its own stretches of the
shared boundaries, a "hot" vertex everyone moves (conflicts), attributes and new points, and
syncs after an edit with probability 0.2. At the end every client syncs until nothing moves
(taking the server's side of conflicts), and the checks run: same content everywhere, every
edit in the log under its author or reported to it as a conflict, no point lost.

Peer (interleaved, same round): one client alone making the same number of edits, so the
ratio shows what contention costs. Prints per round and the median/min over rounds:
syncs per second, p50 and p95 sync time, conflicts, rounds to converge, problems (target 0).

It starts a throw-away PostgreSQL cluster (initdb/pg_ctl, PostGIS needed) with the test
suite's helper (tests/support/pg.py); ``ZONEEDITOR_PG_PORTS=FIRST-LAST`` picks its port.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from support.pg import Cluster, find_bindir

from zoneeditor.io.team import admin
from zoneeditor.io.team.loadtest import load_project, run_load
from zoneeditor.io.team.server import TeamServer


def one_run(cluster: Cluster, tag: str, clients: int, edits: int, seed: int, folder: Path):
    """A fresh database with ``clients`` coordinators; the load result."""
    db, owner = f"load_{tag}", f"owner_{tag}"
    cluster.sql(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD 'x{tag}'")
    cluster.add_password(owner, f"x{tag}")
    cluster.sql(f"CREATE DATABASE {db} TEMPLATE ze_template OWNER {owner}")
    users = []
    with TeamServer.connect(cluster.url(owner, db)) as server:
        admin.init(server)
        for k in range(clients):
            user = f"c{k}_{tag}"
            cluster.sql(f"CREATE ROLE {user} LOGIN PASSWORD 'p{user}'")
            cluster.add_password(user, f"p{user}")
            admin.add_member(server, user, "coordinator", None)
            users.append(user)
    with TeamServer.connect(cluster.url(users[0], db)) as server:
        server.publish("load", load_project())
    urls = [cluster.url(u, db) for u in users]
    return run_load(urls, users, folder / tag, "load", edits=edits, seed=seed)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--edits", type=int, default=50)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    bindir = find_bindir()
    if bindir is None:
        print("PostgreSQL (initdb) not found", file=sys.stderr)
        return 2
    cluster = Cluster(bindir)
    os.environ["PGPASSFILE"] = str(cluster.pgpass)
    os.environ.setdefault("XDG_STATE_HOME", tempfile.mkdtemp(prefix="ze-bench-state-"))
    cluster.sql("CREATE DATABASE ze_template")
    cluster.sql("CREATE EXTENSION postgis", "ze_template")
    loaded, alone, problems = [], [], 0
    try:
        with tempfile.TemporaryDirectory(prefix="ze-load-") as tmp:
            for r in range(args.rounds):
                seed = args.seed + r
                peer = one_run(cluster, f"a{r}", 1, args.edits, seed, Path(tmp))
                res = one_run(cluster, f"m{r}", args.clients, args.edits, seed, Path(tmp))
                loaded.append(res)
                alone.append(peer)
                problems += len(res.problems) + len(peer.problems)
                print(f"round {r + 1}: {args.clients} clients × {args.edits} edits: "
                      f"{len(res.sync_times)} syncs in {res.elapsed_s:.1f} s = "
                      f"{res.syncs_per_s:.1f} syncs/s; sync p50 {res.percentile(50) * 1e3:.0f}"
                      f" ms, p95 {res.percentile(95) * 1e3:.0f} ms; conflicts {res.conflicts};"
                      f" converged in {res.rounds_to_converge} round(s); "
                      f"problems {len(res.problems)}"
                      f" | alone: p50 {peer.percentile(50) * 1e3:.0f} ms", flush=True)
                for p in res.problems[:10]:
                    print("   problem:", p)
    finally:
        cluster.destroy()

    def summary(label: str, values: list[float], unit: str = "") -> None:
        print(f"{label}: median {statistics.median(values):.1f}{unit}, "
              f"min {min(values):.1f}{unit}")

    print()
    summary("syncs/s under load", [r.syncs_per_s for r in loaded])
    summary("p50 sync under load", [r.percentile(50) * 1e3 for r in loaded], " ms")
    summary("p95 sync under load", [r.percentile(95) * 1e3 for r in loaded], " ms")
    summary("p50 sync alone", [r.percentile(50) * 1e3 for r in alone], " ms")
    ratio = [r.percentile(50) / a.percentile(50) for r, a in zip(loaded, alone, strict=True)
             if a.percentile(50)]
    if ratio:
        print(f"p50 ratio load/alone: median {statistics.median(ratio):.2f}, "
              f"min {min(ratio):.2f}")
    print(f"problems (edits lost, unreported, or clients not converged): {problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
