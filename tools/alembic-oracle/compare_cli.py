#!/usr/bin/env python3
"""Compare `retort` listing commands with real Alembic on seeded random graphs.

Usage: python3 compare_cli.py RETORT_JAR [SEEDS] [SIZE]
Prints each difference; exits non-zero when any command differs. Path lines are dropped and
sibling lists (Python sets in Alembic) are compared sorted, as in the CLI's unit tests.
"""
import contextlib
import io
import os
import random
import re
import subprocess
import sys
import tempfile

import alembic.config
import alembic.util
from alembic import command

import cli_fixtures


def random_graph(rng, size):
    ids = []
    graph = []
    labels_used = set()
    for i in range(size):
        rid = "%012x" % rng.getrandbits(48)
        roll = rng.random()
        if not ids or roll < 0.08:
            down = []
        elif roll < 0.22 and len(ids) >= 2:
            down = rng.sample(ids, 2)
        else:
            down = [rng.choice(ids[-6:])]
        labels = []
        if rng.random() < 0.12:
            name = "lbl%d" % i
            labels.append(name)
            labels_used.add(name)
        deps = []
        if ids and rng.random() < 0.1:
            dep = rng.choice(ids)
            if dep not in down:
                deps.append(dep)
        graph.append((rid, down, labels, deps, "msg %d" % i))
        ids.append(rid)
    return graph


def normalize(text):
    out, siblings = [], []
    for line in text.split("\n"):
        # branch labels are a Python set in Alembic: compare "(a, b)" groups sorted
        line = re.sub(r"\(((?:lbl\d+, )+lbl\d+)\)", lambda m: "(" + ", ".join(sorted(m.group(1).split(", "))) + ")", line)
        if line.startswith("Path: "):
            continue
        if re.match(r"\s+-> ", line):
            siblings.append(line)
            continue
        out.extend(sorted(siblings))
        siblings = []
        for key in ("Branches into: ", "Branch names: "):
            if line.startswith(key):
                line = key + ", ".join(sorted(line[len(key):].split(", ")))
        out.append(line)
    out.extend(sorted(siblings))
    return "\n".join(out)


def alembic_project(tmp):
    """An Alembic environment in tmp holding cli_fixtures.GRAPH as revision scripts."""
    cfg = alembic.config.Config(os.path.join(tmp, "alembic.ini"))
    cfg.set_main_option("script_location", os.path.join(tmp, "env"))
    with contextlib.redirect_stdout(io.StringIO()):
        command.init(cfg, os.path.join(tmp, "env"))
    cli_fixtures.write_alembic(os.path.join(tmp, "env", "versions"))


def run_alembic(tmp, argv):
    buf = io.StringIO()
    cfg = alembic.config.Config(os.path.join(tmp, "alembic.ini"), stdout=buf)
    cfg.set_main_option("script_location", os.path.join(tmp, "env"))
    ns = alembic.config.CommandLine().parser.parse_args(argv)
    fn, positional, kwarg = ns.cmd
    try:
        fn(cfg, *[getattr(ns, k) for k in positional], **{k: getattr(ns, k, None) for k in kwarg})
    except alembic.util.CommandError as e:
        return "FAILED: %s\n" % e
    except Exception as e:  # Alembic itself crashes on some graphs: nothing to compare
        return None
    return buf.getvalue()


def run_retort(jar, project, argv):
    p = subprocess.run(["java", "-jar", jar] + argv, cwd=project, capture_output=True, text=True)
    return p.stdout if p.returncode == 0 else p.stderr


def write_fixture(out, seed, size):
    """Write a random graph's Retort files and Alembic's (normalised) output for the JUnit tests."""
    real_listdir = os.listdir
    os.listdir = lambda p=".": sorted(real_listdir(p))
    rng = random.Random(seed)
    graph = random_graph(rng, size)
    cli_fixtures.GRAPH[:] = graph
    cli_fixtures.write_retort(os.path.join(out, "revisions"))
    os.makedirs(os.path.join(out, "expected"), exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        alembic_project(tmp)
        some = rng.choice(graph)[0]
        commands = {"heads": ["heads"], "heads_v": ["heads", "-v"], "heads_resolve": ["heads", "--resolve-dependencies"],
                    "branches": ["branches"], "branches_v": ["branches", "-v"], "history": ["history"],
                    "history_v": ["history", "-v"], "show": ["show", some], "history_from": ["history", "-r", some[:6] + ":"]}
        for name, argv in commands.items():
            raw = run_alembic(tmp, argv)
            if raw is None:
                continue
            with open(os.path.join(out, "expected", name + ".txt"), "w") as f:
                f.write(normalize(raw))
            with open(os.path.join(out, "expected", name + ".args"), "w") as f:
                f.write("\n".join(argv) + "\n")


def main():
    if sys.argv[1] == "--write":
        write_fixture(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
        return
    jar = os.path.abspath(sys.argv[1])
    seeds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    size = int(sys.argv[3]) if len(sys.argv) > 3 else 25
    real_listdir = os.listdir
    os.listdir = lambda p=".": sorted(real_listdir(p))
    failures = 0
    for seed in range(seeds):
        rng = random.Random(seed)
        graph = random_graph(rng, size)
        cli_fixtures.GRAPH[:] = graph
        with tempfile.TemporaryDirectory() as tmp:
            alembic_project(tmp)
            project = os.path.join(tmp, "project")
            cli_fixtures.write_retort(os.path.join(project, "src", "main", "resources", "db", "revisions"))
            some = rng.choice(graph)[0]
            commands = [["heads"], ["heads", "-v"], ["heads", "--resolve-dependencies"], ["branches"],
                        ["branches", "-v"], ["history"], ["history", "-v"], ["show", some],
                        ["history", "-r", some[:6] + ":"], ["history", "-r", ":" + some[:6]]]
            for argv in commands:
                raw = run_alembic(tmp, argv)
                if raw is None:
                    print("seed %d: %s crashes Alembic; skipped" % (seed, " ".join(argv)))
                    continue
                expected = normalize(raw)
                actual = normalize(run_retort(jar, project, argv))
                if expected != actual:
                    failures += 1
                    print("seed %d: %s differs" % (seed, " ".join(argv)))
                    for a, b in zip(expected.split("\n"), actual.split("\n")):
                        if a != b:
                            print("  alembic: %s\n  retort:  %s" % (a, b))
                            break
                    else:
                        print("  line counts: alembic %d, retort %d" % (expected.count("\n"), actual.count("\n")))
    print("%d differences" % failures)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
