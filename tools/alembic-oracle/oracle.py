#!/usr/bin/env python3
"""Alembic oracle for Retort's revision graph.

Reads a JSON case file (a graph and a list of queries), answers every query with Alembic's own
RevisionMap / ScriptDirectory / HeadMaintainer code, and writes the case back with an "expected"
member on each query: either {"result": ...} or {"error": "<Alembic's CommandError message>"}.

Usage (Alembic 1.8.1 must be importable, e.g. Debian's python3-alembic with /usr/bin/python3):
  /usr/bin/python3 tools/alembic-oracle/oracle.py --generate --out core/src/test/resources/alembic-oracle
  /usr/bin/python3 tools/alembic-oracle/oracle.py my-case.json --out /tmp/answers

A case is {"name", "revisions": [{"id", "down": [], "labels": [], "depends": []}], "queries": [...]}
with queries {"op": "graph"}, {"op": "resolve", "target"}, {"op": "walk", "base", "head", "current"},
{"op": "upgrade"|"downgrade", "current": [...], "target"}, {"op": "stamp", "current", "targets", "purge"}.

Alembic orders a few things through Python sets (the rows of a merge, steps below a revision with
several dependencies), so every case is answered under several PYTHONHASHSEEDs; answers that
differ between seeds are marked "seedDependent" and the Java test compares only their content.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import types

import alembic
from alembic import util
from alembic.runtime import migration
from alembic.script import ScriptDirectory
from alembic.script import revision as revmod

assert alembic.__version__ == "1.8.1", alembic.__version__


class FakeScript(revmod.Revision):
    """A Revision with what RevisionStep needs from a Script (module and doc)."""

    def __init__(self, rid, down, depends, labels):
        super().__init__(rid, tuple(down) or None, dependencies=tuple(depends) or None,
                         branch_labels=tuple(labels) or None)
        self.module = types.SimpleNamespace(upgrade=lambda **kw: None, downgrade=lambda **kw: None)
        self.doc = ""


class RecordingHeads(migration.HeadMaintainer):
    """HeadMaintainer that records version-table changes instead of running SQL."""

    def __init__(self, heads):
        self.heads = set(heads)
        self.updates = []

    def _insert_version(self, version):
        assert version not in self.heads
        self.heads.add(version)
        self.updates.append(["insert", version])

    def _delete_version(self, version):
        self.heads.remove(version)
        self.updates.append(["delete", version])

    def _update_version(self, from_, to_):
        assert to_ not in self.heads
        self.heads.remove(from_)
        self.heads.add(to_)
        self.updates.append(["update", from_, to_])


def script_dir(revs):
    sd = ScriptDirectory.__new__(ScriptDirectory)
    scripts = [FakeScript(r["id"], r.get("down", []), r.get("depends", []), r.get("labels", [])) for r in revs]
    sd.revision_map = revmod.RevisionMap(lambda: scripts)
    return sd


def run_steps(steps, current):
    hm = RecordingHeads(current)
    out = []
    for step in steps:
        hm.updates = []
        hm.update_to_step(step)
        if isinstance(step, migration.StampStep):
            rev = None
            op = "stamp"
        else:
            rev = step.revision.revision
            op = "upgrade" if step.is_upgrade else "downgrade"
        out.append({"revision": rev, "operation": op, "from": list(step.from_revisions_no_deps),
                    "to": list(step.to_revisions_no_deps), "updates": hm.updates,
                    "headsAfter": sorted(hm.heads)})
    return {"steps": out, "headsAfter": sorted(hm.heads)}


def answer(sd, q):
    rm = sd.revision_map
    op = q["op"]
    cur = tuple(q.get("current", []))
    if op == "graph":
        ordered = [r.revision for r in sd.walk_revisions()]
        labels = {r: sorted(rm.get_revision(r).branch_labels) for r in ordered}
        return {"revisions": ordered, "heads": list(rm.heads), "realHeads": list(rm._real_heads),
                "bases": list(rm.bases), "labels": labels,
                "next": {r: sorted(rm.get_revision(r).nextrev) for r in ordered},
                "branchPoints": [r for r in ordered if rm.get_revision(r).is_branch_point],
                "mergePoints": [r for r in ordered if rm.get_revision(r).is_merge_point]}
    if op == "resolve":
        return [r if isinstance(r, str) or r is None else r.revision for r in sd.get_revisions(q["target"])]
    if op == "walk":
        base, head = q["base"], q["head"]
        if head == "current":
            head = cur
        if base == "current":
            base = cur
        return [r.revision for r in sd.walk_revisions(base=base or "base", head=head or "heads")]
    if op == "upgrade":
        return run_steps(sd._upgrade_revs(q["target"], cur), cur)
    if op == "downgrade":
        return run_steps(sd._downgrade_revs(q["target"], cur), cur)
    if op == "stamp":
        start = () if q.get("purge") else cur
        return run_steps(sd._stamp_revs(tuple(q["targets"]), start), start)
    raise ValueError(op)


def solve(case):
    try:
        sd = script_dir(case["revisions"])
        sd.revision_map._revision_map
    except revmod.RevisionError as err:
        case["buildError"] = str(err)
        for q in case["queries"]:
            q.pop("expected", None)
        return case
    for q in case["queries"]:
        try:
            q["expected"] = {"result": answer(sd, q)}
        except util.CommandError as err:
            q["expected"] = {"error": str(err)}
        except revmod.RevisionError as err:
            q["expected"] = {"error": "RevisionError: " + str(err)}
        except Exception as err:  # Alembic itself crashes (assert, KeyError, ...): Retort must refuse too
            q["expected"] = {"crash": type(err).__name__}
    return case


# ---------------------------------------------------------------- built-in cases

def R(rid, down=(), labels=(), depends=()):
    return {"id": rid, "down": list(down), "labels": list(labels), "depends": list(depends)}


TARGETS = ["head", "heads", "base", "+1", "+2", "-1", "-2"]


def standard_queries(revs, extra_targets=(), max_states=None, seed=0):
    """Upgrades/downgrades/stamps/resolves from every 'interesting' state of the graph
    (or from max_states of them, picked with a fixed seed, for big graphs)."""
    ids = [r["id"] for r in revs]
    labels = [l for r in revs for l in r["labels"]]
    targets = list(TARGETS) + ids + [i[:6] for i in ids[:2]] + list(extra_targets)
    for l in labels:
        targets += [l + "@head", l + "@base", l + "@+1", l + "@-1", l + "@heads"]
    for i in ids[:3]:
        targets += [i + "+1", i + "-1", i + "+2"]
    states = [[]]
    sd = script_dir(revs)
    try:
        states.append(list(sd.revision_map.heads))
    except Exception:
        pass
    states += [[i] for i in ids]
    seen = set()
    uniq_states = []
    for s in states:
        key = tuple(sorted(s))
        if key not in seen:
            seen.add(key)
            uniq_states.append(s)
    if max_states is not None and len(uniq_states) > max_states:
        rnd = random.Random(seed)
        uniq_states = uniq_states[:2] + rnd.sample(uniq_states[2:], max_states - 2)
        targets = targets[:len(TARGETS)] + rnd.sample(targets[len(TARGETS):], min(24, len(targets) - len(TARGETS)))
    q = [{"op": "graph"}]
    for s in uniq_states:
        for t in targets:
            q.append({"op": "upgrade", "current": s, "target": t})
            q.append({"op": "downgrade", "current": s, "target": t})
            q.append({"op": "resolve", "current": s, "target": t})
        for t in ids[:4] + ["base", "heads"]:
            q.append({"op": "stamp", "current": s, "targets": [t], "purge": False})
        q.append({"op": "stamp", "current": s, "targets": ["heads"], "purge": True})
    for b, h in [("base", "heads"), ("", ""), ("base", "head")] + [(ids[0], "heads"), ("base", ids[-1]), (ids[0], ids[-1])]:
        q.append({"op": "walk", "base": b, "head": h, "current": []})
    for s in uniq_states[1:4]:
        q.append({"op": "walk", "base": "current", "head": "heads", "current": s})
        q.append({"op": "walk", "base": "base", "head": "current", "current": s})
    return q


def random_dag(seed, n, p_merge=0.15, p_branch=0.2, p_dep=0.1, n_bases=2, p_label=0.0):
    rnd = random.Random(seed)
    revs = []
    ids = []
    for k in range(n):
        rid = "r%02d%s" % (k, "".join(rnd.choice("abcdef0123456789") for _ in range(6)))
        if k < n_bases:
            down = []
        else:
            tips = [i for i in ids if not any(i in r["down"] for r in revs)]
            if len(tips) >= 2 and rnd.random() < p_merge:
                down = rnd.sample(tips, 2)
            elif rnd.random() < p_branch:
                down = [rnd.choice(ids)]
            else:
                down = [rnd.choice(tips)]
        labels = []
        if k < n_bases or rnd.random() < p_label:
            labels = ["lbl%d" % k]
        depends = []
        if k >= n_bases and rnd.random() < p_dep:
            cand = [i for i in ids if i not in down]
            if cand:
                depends = [rnd.choice(cand)]
        revs.append(R(rid, down, labels, depends))
        ids.append(rid)
    return revs


def builtin_cases():
    cases = {}
    cases["linear"] = [R("a1b2c3d4"), R("b2c3d4e5", ["a1b2c3d4"]), R("c3d4e5f6", ["b2c3d4e5"]), R("d4e5f6a7", ["c3d4e5f6"])]
    cases["branch"] = [R("base0001"), R("trunk002", ["base0001"]), R("left0003", ["trunk002"]),
                       R("right004", ["trunk002"]), R("left0005", ["left0003"])]
    cases["merge"] = cases["branch"] + [R("merge006", ["left0005", "right004"])]
    cases["three_way_merge"] = [R("root0001"), R("aaaa0002", ["root0001"]), R("bbbb0003", ["root0001"]),
                                R("cccc0004", ["root0001"]), R("mmmm0005", ["aaaa0002", "bbbb0003", "cccc0004"]),
                                R("after006", ["mmmm0005"])]
    cases["two_bases_labels"] = [R("shop0001", labels=["shop"]), R("shop0002", ["shop0001"]),
                                 R("shop0003", ["shop0002"]), R("blog0001", labels=["blog"]),
                                 R("blog0002", ["blog0001"])]
    cases["depends_across_branches"] = [R("aaa00001", labels=["alpha"]), R("aaa00002", ["aaa00001"]),
                                        R("bbb00001", labels=["beta"]),
                                        R("bbb00002", ["bbb00001"], depends=["aaa00002"]),
                                        R("bbb00003", ["bbb00002"]), R("aaa00003", ["aaa00002"])]
    cases["depends_on_label"] = [R("core0001", labels=["core"]), R("core0002", ["core0001"]),
                                 R("plug0001", labels=["plugin"], depends=["core"]), R("plug0002", ["plug0001"])]
    cases["diamond"] = [R("d0000001"), R("d0000002", ["d0000001"]), R("d0000003", ["d0000001"]),
                        R("d0000004", ["d0000002", "d0000003"]), R("d0000005", ["d0000004"])]
    cases["label_mid_branch"] = [R("m0000001"), R("m0000002", ["m0000001"]),
                                 R("m0000003", ["m0000002"], labels=["feat"]), R("m0000004", ["m0000003"]),
                                 R("m0000005", ["m0000002"]), R("m0000006", ["m0000005"], labels=["other"])]
    cases["dependency_only_head"] = [R("x0000001"), R("x0000002", ["x0000001"]), R("y0000001", depends=["x0000002"]),
                                     R("y0000002", ["y0000001"])]
    cases["multiple_depends"] = [R("p0000001", labels=["core"]), R("p0000002", ["p0000001"]),
                                 R("q0000001", labels=["auth"]), R("q0000002", ["q0000001"]),
                                 R("s0000001", labels=["shop"], depends=["p0000002", "q0000002"]),
                                 R("s0000002", ["s0000001"], depends=["p0000001"]), R("p0000003", ["p0000002"])]
    cases["merge_then_branch"] = [R("a0000001"), R("b0000002", ["a0000001"]), R("c0000003", ["a0000001"]),
                                  R("m0000004", ["b0000002", "c0000003"]), R("x0000005", ["m0000004"], labels=["xb"]),
                                  R("y0000006", ["m0000004"], labels=["yb"]), R("x0000007", ["x0000005"])]
    cases["cycle"] = [R("c0000001", ["c0000003"]), R("c0000002", ["c0000001"]), R("c0000003", ["c0000002"]),
                      R("c0000004")]
    cases["prefix_collision"] = [R("abcd1111"), R("abcd2222", ["abcd1111"]), R("abce3333", ["abcd2222"])]
    out = []
    for name, revs in cases.items():
        extra = ["abcd", "abc", "zzzz", "nope@head", "c0000004"] if name == "prefix_collision" else []
        out.append({"name": name, "revisions": revs, "queries": standard_queries(revs, extra)
                    if name != "cycle" else []})
    for seed, n in [(1, 12), (2, 16), (3, 20), (7, 30), (11, 60), (13, 90)]:
        revs = random_dag(seed, n, p_dep=0.12 if n < 60 else 0.08)
        out.append({"name": "random_%d_%d" % (seed, n), "revisions": revs,
                    "queries": standard_queries(revs, max_states=8, seed=seed)})
    for seed, n in [(21, 14), (22, 18), (23, 24), (24, 40)]:
        revs = random_dag(seed, n, p_merge=0.3, p_branch=0.3, p_dep=0.3, n_bases=3, p_label=0.15)
        out.append({"name": "dense_%d_%d" % (seed, n), "revisions": revs,
                    "queries": standard_queries(revs, max_states=10, seed=seed)})
    for case in out:
        if case["name"] in ("linear", "branch", "two_bases_labels", "label_mid_branch", "multiple_depends"):
            ids = [r["id"] for r in case["revisions"]]
            case["queries"] += [{"op": "stamp", "current": [], "targets": ids[-2:], "purge": False},
                                {"op": "stamp", "current": [ids[0]], "targets": ids[-2:], "purge": False},
                                {"op": "stamp", "current": ids[-1:], "targets": ["base"], "purge": True},
                                {"op": "stamp", "current": ids[-1:], "targets": [], "purge": False}]
    return out


SEEDS = [0, 1, 2, 3, 4, 5, 6, 7]


def comparable(expected):
    """An answer with the order of version-table changes inside one step left out (set-ordered in Alembic)."""
    expected = json.loads(json.dumps(expected))
    result = (expected or {}).get("result")
    if isinstance(result, dict) and "steps" in result:
        for step in result["steps"]:
            step["updates"] = sorted(tuple(u[1:]) + (u[0],) for u in step["updates"])
            step["updates"] = [sorted({x for u in step["updates"] for x in u[:-1]}),
                               sorted(u[-1] for u in step["updates"])]
    return json.dumps(expected, sort_keys=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cases", nargs="*")
    ap.add_argument("--out", default=".")
    ap.add_argument("--generate", action="store_true")
    ap.add_argument("--answers-only", action="store_true")
    ap.add_argument("--bundle")
    args = ap.parse_args()
    if args.bundle:
        args.cases = []
        bundled = json.load(open(args.bundle))
    os.makedirs(args.out, exist_ok=True)
    if args.bundle:
        cases = bundled
    else:
        cases = builtin_cases() if args.generate else [json.load(open(c)) for c in args.cases]
    if args.answers_only:
        json.dump([solve(case) for case in cases], sys.stdout)
        return
    # Alembic orders some things through Python sets, so answer under several hash seeds and
    # mark the queries whose answers depend on the seed.
    runs = []
    for seed in SEEDS:
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as tmp:
            json.dump(cases, tmp)
        env = dict(os.environ, PYTHONHASHSEED=str(seed))
        out = subprocess.run([sys.executable, __file__, "--answers-only", "--bundle", tmp.name], env=env,
                             check=True, capture_output=True, text=True).stdout
        os.unlink(tmp.name)
        runs.append(json.loads(out))
    cases = runs[0]
    total = 0
    for i, case in enumerate(cases):
        for j, q in enumerate(case["queries"]):
            answers = {comparable(run[i]["queries"][j].get("expected")) for run in runs}
            if len(answers) > 1:
                q["seedDependent"] = True
        total += len(case["queries"])
        with open(os.path.join(args.out, case["name"] + ".json"), "w") as f:
            # one query per line: small files that still diff well
            f.write('{"name": %s,\n"revisions": %s,\n' % (json.dumps(case["name"]), json.dumps(case["revisions"])))
            if "buildError" in case:
                f.write('"buildError": %s,\n' % json.dumps(case["buildError"]))
            f.write('"queries": [\n%s\n]}\n' % ",\n".join(json.dumps(q, sort_keys=True) for q in case["queries"]))
    print("wrote %d cases, %d queries" % (len(cases), total), file=sys.stderr)


if __name__ == "__main__":
    main()
