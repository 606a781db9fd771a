#!/usr/bin/env python3
"""Record what real Alembic does with --tag, stamp --sql, offline ranges and both transaction modes.

Usage: python3 knobs.py OUT_DIR [POSTGRES_URL]
Writes OUT_DIR/offline/<name>.args and .txt (Alembic's --sql output for the graph of cli_fixtures.py,
PostgreSQL dialect, version table named retort_version, or "FAILED: <message>"), and
OUT_DIR/online.json: a three-revision chain whose third revision fails, run against PostgreSQL with
transaction_per_migration True and False, with the version rows, the tables left behind and the tag
env.py received after each command. POSTGRES_URL defaults to postgresql://postgres@127.0.0.1:5432/postgres;
a scratch database retort_knobs_oracle is created and dropped there.
"""
import contextlib
import io
import json
import os
import sys
import tempfile

import alembic.config
from alembic import command

import cli_fixtures

ENV_PY = '''
import json
from alembic import context
from sqlalchemy import engine_from_config, pool

config = context.config
tpm = config.get_main_option("tpm") == "true"
tagfile = config.get_main_option("tagfile")
if tagfile:
    with open(tagfile, "a") as f:
        f.write(json.dumps(context.get_tag_argument()) + "\\n")
if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True,
                      version_table="retort_version", transaction_per_migration=tpm)
    with context.begin_transaction():
        context.run_migrations()
else:
    engine = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.",
                                poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, version_table="retort_version",
                          transaction_per_migration=tpm)
        with context.begin_transaction():
            context.run_migrations()
'''

OFFLINE = {
    "stamp_sql_base": ["stamp", "--sql", "1975ea83b712"],
    "stamp_sql_range": ["stamp", "--sql", "1975ea83b712:ae1027a6acf0"],
    "stamp_sql_to_base": ["stamp", "--sql", "ae1027a6acf0:base"],
    "stamp_sql_two_heads": ["stamp", "--sql", "d5a1e6f7c8b9", "8c7b6a5d4e3f"],
    "stamp_sql_purge": ["stamp", "--sql", "--purge", "heads"],
    "stamp_sql_two_starts": ["stamp", "--sql", "1975ea83b712:ae1027a6acf0", "base:9b8a7c6d5e4f"],
    "stamp_sql_tag": ["stamp", "--sql", "--tag", "release-1", "1975ea83b712"],
    "downgrade_sql_heads_base": ["downgrade", "--sql", "heads:base"],
    "downgrade_sql_head_base": ["downgrade", "--sql", "d5a1e6f7c8b9:base"],
    "upgrade_sql_heads_from": ["upgrade", "--sql", "heads:heads"],
    "upgrade_sql_per_migration": ["upgrade", "--sql", "ae1027a6acf0"],
    "upgrade_sql_one_transaction": ["upgrade", "--sql", "ae1027a6acf0"],
    "upgrade_sql_range_one_transaction": ["upgrade", "--sql", "1975ea83b712:4f3d1c0b9e21"],
}

TX_GRAPH = [
    ("a1b2c3d4e5f1", [], "create tx_a", "CREATE TABLE tx_a (id INT)", "DROP TABLE tx_a"),
    ("a1b2c3d4e5f2", ["a1b2c3d4e5f1"], "create tx_b", "CREATE TABLE tx_b (id INT)", "DROP TABLE tx_b"),
    ("a1b2c3d4e5f3", ["a1b2c3d4e5f2"], "fails", "INSERT INTO tx_missing (id) VALUES (1)", "SELECT 1"),
]

ONLINE = [
    ["upgrade", "heads", "--tag", "release-1"],
    ["upgrade", "a1b2c3d4e5f2", "--tag", "release-2"],
    ["stamp", "a1b2c3d4e5f1", "--tag", "stamped"],
    ["upgrade", "heads"],
    ["downgrade", "base", "--tag", "rollback"],
]


def project(tmp, url, tpm, tagfile=""):
    cfg_path = os.path.join(tmp, "alembic.ini")
    cfg = alembic.config.Config(cfg_path)
    cfg.set_main_option("script_location", os.path.join(tmp, "env"))
    with contextlib.redirect_stdout(io.StringIO()):
        command.init(cfg, os.path.join(tmp, "env"))
    with open(os.path.join(tmp, "env", "env.py"), "w") as f:
        f.write(ENV_PY)
    return cfg_path


def run(cfg_path, tmp, url, tpm, argv, tagfile=""):
    buf = io.StringIO()
    cfg = alembic.config.Config(cfg_path, stdout=buf)
    cfg.set_main_option("script_location", os.path.join(tmp, "env"))
    cfg.set_main_option("sqlalchemy.url", url)
    cfg.set_main_option("tpm", "true" if tpm else "false")
    cfg.set_main_option("tagfile", tagfile)
    ns = alembic.config.CommandLine().parser.parse_args(argv)
    fn, positional, kwarg = ns.cmd
    try:
        with contextlib.redirect_stdout(buf):
            fn(cfg, *[getattr(ns, k) for k in positional], **{k: getattr(ns, k, None) for k in kwarg})
    except alembic.util.CommandError as e:
        return "FAILED: %s\n" % e
    except Exception as e:  # Alembic's CLI prints a traceback for these; keep the exception's text
        return "ERROR: %s: %s\n" % (type(e).__name__, str(e).split("\n")[0])
    return buf.getvalue()


def offline(out):
    folder = os.path.join(out, "offline")
    os.makedirs(folder, exist_ok=True)
    for name, argv in OFFLINE.items():
        tpm = "one_transaction" not in name
        with tempfile.TemporaryDirectory() as tmp:
            cfg_path = project(tmp, "postgresql://", tpm)
            cli_fixtures.write_alembic(os.path.join(tmp, "env", "versions"))
            text = run(cfg_path, tmp, "postgresql://", tpm, argv)
        with open(os.path.join(folder, name + ".txt"), "w") as f:
            f.write(text)
        with open(os.path.join(folder, name + ".args"), "w") as f:
            f.write("\n".join(argv) + "\n" + ("--transaction-per-migration=false\n" if not tpm else ""))


def write_tx_alembic(versions):
    for rid, down, message, up, dn in TX_GRAPH:
        with open(os.path.join(versions, rid + "_.py"), "w") as f:
            f.write('"""%s"""\nfrom alembic import op\n\nrevision = %r\ndown_revision = %s\n'
                    'branch_labels = None\ndepends_on = None\n\n' % (message, rid, cli_fixtures.tup(down)))
            f.write("def upgrade():\n    op.execute(%r)\n\n\ndef downgrade():\n    op.execute(%r)\n" % (up, dn))


def write_tx_retort(folder):
    os.makedirs(folder, exist_ok=True)
    for rid, down, message, up, dn in TX_GRAPH:
        with open(os.path.join(folder, "%s_%s.sql" % (rid, message.replace(" ", "_"))), "w") as f:
            f.write("-- revision: %s\n" % rid)
            if down:
                f.write("-- down_revision: %s\n" % ", ".join(down))
            f.write("-- message: %s\n\n-- migrate:upgrade\n%s;\n\n-- migrate:downgrade\n%s;\n" % (message, up, dn))


def online(out, admin_url):
    import sqlalchemy
    admin = sqlalchemy.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    db_url = admin_url.rsplit("/", 1)[0] + "/retort_knobs_oracle"
    write_tx_retort(os.path.join(out, "tx-revisions"))
    result = []
    for tpm in (True, False):
        with admin.connect() as c:
            c.execute(sqlalchemy.text("DROP DATABASE IF EXISTS retort_knobs_oracle"))
            c.execute(sqlalchemy.text("CREATE DATABASE retort_knobs_oracle"))
        with tempfile.TemporaryDirectory() as tmp:
            tagfile = os.path.join(tmp, "tags")
            cfg_path = project(tmp, db_url, tpm)
            write_tx_alembic(os.path.join(tmp, "env", "versions"))
            for argv in ONLINE:
                open(tagfile, "w").close()
                text = run(cfg_path, tmp, db_url, tpm, argv, tagfile)
                engine = sqlalchemy.create_engine(db_url)
                with engine.connect() as c:
                    insp = sqlalchemy.inspect(c)
                    tables = sorted(t for t in insp.get_table_names() if t.startswith("tx_"))
                    versions = []
                    if "retort_version" in insp.get_table_names():
                        versions = sorted(r[0] for r in c.execute(sqlalchemy.text("SELECT version_num FROM retort_version")))
                engine.dispose()
                with open(tagfile) as f:
                    tags = [json.loads(line) for line in f if line.strip()]
                result.append({"transactionPerMigration": tpm, "args": argv,
                               "failed": text.startswith(("FAILED", "ERROR")), "versions": versions,
                               "tables": tables, "tag": tags[0] if tags else None})
    with admin.connect() as c:
        c.execute(sqlalchemy.text("DROP DATABASE IF EXISTS retort_knobs_oracle"))
    with open(os.path.join(out, "online.json"), "w") as f:
        # one command per line, so the JUnit side reads it without a JSON library
        f.write("[\n" + ",\n".join(json.dumps(entry) for entry in result) + "\n]\n")


if __name__ == "__main__":
    real_listdir = os.listdir
    os.listdir = lambda p=".": sorted(real_listdir(p))
    offline(sys.argv[1])
    online(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "postgresql://postgres@127.0.0.1:5432/postgres")
