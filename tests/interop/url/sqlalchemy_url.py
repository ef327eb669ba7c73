"""Prints, as JSON, how SQLAlchemy's make_url reads each URL of a corpus file.

Usage: sqlalchemy_url.py CORPUS. Lines are "[section]" headers, "#" comments,
blank, or one URL each. Output: a list of objects with the section, the URL and
either "error" or the URL's components and renderings.
"""
import json
import sys
from urllib.parse import unquote

from sqlalchemy.engine import make_url


def describe(text):
    try:
        url = make_url(text)
    except Exception as exc:  # noqa: BLE001 - any failure counts as rejection
        return {"error": "%s: %s" % (type(exc).__name__, exc)}
    query = []
    for key, value in url.query.items():
        values = list(value) if isinstance(value, (list, tuple)) else [value]
        query.append([key, values])
    return {
        "drivername": url.drivername,
        "username": url.username,
        "password": None if url.password is None else str(url.password),
        "host": url.host,
        "host_unquoted": None if url.host is None else unquote(url.host),
        "port": url.port,
        "database": url.database,
        "database_unquoted": None if url.database is None else unquote(url.database),
        "query": query,
        "render": url.render_as_string(hide_password=False),
        "render_hidden": url.render_as_string(hide_password=True),
    }


def main():
    out = []
    section = ""
    with open(sys.argv[1], encoding="utf-8") as corpus:
        for line in corpus:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("[") and line.endswith("]"):
                section = line[1:-1]
                continue
            entry = {"section": section, "url": line}
            entry.update(describe(line))
            out.append(entry)
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
