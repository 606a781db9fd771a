#!/usr/bin/env python3
"""Generate expected CLI output by running real Alembic on a graph, and the matching Retort SQL files.

Usage: python3 cli_fixtures.py OUT_DIR
Writes OUT_DIR/revisions/*.sql (Retort's format) and OUT_DIR/expected/<name>.txt (Alembic's stdout).
Alembic loads files in os.listdir order and keeps sibling sets unordered; we load in sorted order,
so listdir is patched to sort, and tests compare "Branches into" lists without regard to order.
"""
import io
import os
import sys
import tempfile
import contextlib

import alembic.config
import alembic.util
from alembic import command

GRAPH = [
    # id, down, labels, depends, message
    ("1975ea83b712", [], [], [], "create account"),
    ("ae1027a6acf0", ["1975ea83b712"], [], [], "add col"),
    ("27c6a30d7c24", ["ae1027a6acf0"], ["shop"], [], "shop tables"),
    ("3cac04ae8714", ["27c6a30d7c24"], [], [], "shop index"),
    ("55af2cb1c267", ["ae1027a6acf0"], [], [], "audit log"),
    ("4f3d1c0b9e21", ["3cac04ae8714", "55af2cb1c267"], [], [], "merge shop and audit"),
    ("d5a1e6f7c8b9", ["4f3d1c0b9e21"], [], [], "add email"),
    ("9b8a7c6d5e4f", [], ["reports"], [], "reports base"),
    ("8c7b6a5d4e3f", ["9b8a7c6d5e4f"], [], ["55af2cb1c267"], "reports need audit"),
]
CREATE_DATE = "2026-01-01 00:00:00"

COMMANDS = {
    "heads": ["heads"],
    "heads_v": ["heads", "-v"],
    "heads_resolve": ["heads", "--resolve-dependencies"],
    "branches": ["branches"],
    "branches_v": ["branches", "-v"],
    "history": ["history"],
    "history_v": ["history", "-v"],
    "history_range": ["history", "-r", "ae1027a6acf0:4f3d1c0b9e21"],
    "history_from": ["history", "-r", "55af:"],
    "show_merge": ["show", "4f3d1c0b9e21"],
    "show_heads": ["show", "heads"],
    "show_label": ["show", "shop@head"],
}


def tup(items):
    if not items:
        return "None"
    if len(items) == 1:
        return repr(items[0])
    return repr(tuple(items))


def write_alembic(versions):
    for rid, down, labels, deps, message in GRAPH:
        with open(os.path.join(versions, f"{rid}_.py"), "w") as f:
            f.write(f'"""{message}\n\nRevision ID: {rid}\nRevises: {", ".join(down)}\n'
                    f'Create Date: {CREATE_DATE}\n\n"""\n')
            f.write(f"revision = {rid!r}\ndown_revision = {tup(down)}\n")
            f.write(f"branch_labels = {tup(labels)}\ndepends_on = {tup(deps)}\n\n")
            f.write("def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n")


def write_retort(folder):
    os.makedirs(folder, exist_ok=True)
    for rid, down, labels, deps, message in GRAPH:
        slug = message.replace(" ", "_")
        with open(os.path.join(folder, f"{rid}_{slug}.sql"), "w") as f:
            f.write(f"-- revision: {rid}\n")
            if down:
                f.write(f"-- down_revision: {', '.join(down)}\n")
            if labels:
                f.write(f"-- branch_labels: {', '.join(labels)}\n")
            if deps:
                f.write(f"-- depends_on: {', '.join(deps)}\n")
            f.write(f"-- message: {message}\n-- create_date: {CREATE_DATE}\n\n")
            f.write(f"-- migrate:upgrade\nCREATE TABLE IF NOT EXISTS t_{rid} (id INT);\n\n")
            f.write(f"-- migrate:downgrade\nDROP TABLE IF EXISTS t_{rid};\n")


def main(out):
    real_listdir = os.listdir
    os.listdir = lambda p=".": sorted(real_listdir(p))
    write_retort(os.path.join(out, "revisions"))
    expected = os.path.join(out, "expected")
    os.makedirs(expected, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        cfg = alembic.config.Config(os.path.join(tmp, "alembic.ini"))
        cfg.set_main_option("script_location", os.path.join(tmp, "env"))
        with contextlib.redirect_stdout(io.StringIO()):
            command.init(cfg, os.path.join(tmp, "env"))
        write_alembic(os.path.join(tmp, "env", "versions"))
        for name, argv in COMMANDS.items():
            buf = io.StringIO()
            cfg = alembic.config.Config(os.path.join(tmp, "alembic.ini"), stdout=buf)
            cfg.set_main_option("script_location", os.path.join(tmp, "env"))
            ns = alembic.config.CommandLine().parser.parse_args(argv)
            fn, positional, kwarg = ns.cmd
            fn(cfg, *[getattr(ns, k) for k in positional], **{k: getattr(ns, k, None) for k in kwarg})
            with open(os.path.join(expected, name + ".txt"), "w") as f:
                f.write(buf.getvalue())
            with open(os.path.join(expected, name + ".args"), "w") as f:
                f.write("\n".join(argv) + "\n")


if __name__ == "__main__" and len(sys.argv) == 2:
    main(sys.argv[1])


SESSION = [
    ["upgrade", "heads"],
    ["downgrade", "base"],
    ["upgrade", "+1"],
    ["upgrade", "+2"],
    ["downgrade", "-1"],
    ["upgrade", "shop@head"],
    ["downgrade", "-2"],
    ["upgrade", "+1"],
    ["upgrade", "1975ea83b712+1"],
    ["upgrade", "shop@head"],
    ["downgrade", "shop@-1"],
    ["upgrade", "reports@head"],
    ["current"],
    ["downgrade", "ae1027a6acf0"],
    ["stamp", "heads"],
    ["stamp", "--purge", "55af2cb1c267"],
    ["upgrade", "heads"],
    ["downgrade", "base"],
]


def session(out):
    """Run SESSION against SQLite with real Alembic; record log lines and version rows per command."""
    import logging
    import sqlite3
    real_listdir = os.listdir
    os.listdir = lambda p=".": sorted(real_listdir(p))
    lines = []

    class Collect(logging.Handler):
        def emit(self, record):
            msg = record.getMessage()
            if msg.startswith("Running "):
                lines.append(msg)

    log = logging.getLogger("alembic.runtime.migration")
    log.setLevel(logging.INFO)
    log.addHandler(Collect())
    result = []
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "db.sqlite")
        cfg = alembic.config.Config(os.path.join(tmp, "alembic.ini"))
        cfg.set_main_option("script_location", os.path.join(tmp, "env"))
        with contextlib.redirect_stdout(io.StringIO()):
            command.init(cfg, os.path.join(tmp, "env"))
        write_alembic(os.path.join(tmp, "env", "versions"))
        env_py = os.path.join(tmp, "env", "env.py")
        with open(env_py) as f:
            text = f.read()
        # keep the generic env.py but stop it from reconfiguring logging
        text = text.replace("fileConfig(config.config_file_name)", "pass")
        with open(env_py, "w") as f:
            f.write(text)
        for argv in SESSION:
            buf = io.StringIO()
            cfg = alembic.config.Config(os.path.join(tmp, "alembic.ini"), stdout=buf)
            cfg.set_main_option("script_location", os.path.join(tmp, "env"))
            cfg.set_main_option("sqlalchemy.url", "sqlite:///" + db)
            ns = alembic.config.CommandLine().parser.parse_args(argv)
            fn, positional, kwarg = ns.cmd
            del lines[:]
            error = None
            try:
                fn(cfg, *[getattr(ns, k) for k in positional], **{k: getattr(ns, k, None) for k in kwarg})
            except alembic.util.CommandError as e:
                error = str(e)
            con = sqlite3.connect(db)
            try:
                rows = sorted(r[0] for r in con.execute("select version_num from alembic_version"))
            except sqlite3.OperationalError:
                rows = []
            con.close()
            result.append({"args": argv, "log": list(lines), "stdout": buf.getvalue(), "versions": rows,
                           "error": error})
    import json
    with open(os.path.join(out, "session.json"), "w") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__" and len(sys.argv) > 2 and sys.argv[2] == "session":
    session(sys.argv[1])
