"""Ingest N articles of a SaudiNewsNet day, each with its own `country` field and no outlet
(source/url dropped), then `marsad recode`; compare the mention rows (code, place, place
source, date) before and after. Before schema 11 the store kept no country, so recode lost
every `publication_country` place of such a store (twenty-fourth session, docs/accuracy.md).

    PYTHONPATH=src .venv/bin/python bench/store_country_recode.py 2015-07-23 800 /tmp/out

prints the counts; OUT/changed.jsonl lists the mentions recode changed."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "saudinewsnet"
if not DATA.is_dir():
    DATA = Path("/work/shared/data/saudinewsnet")


def main() -> None:
    day, n, out = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    z = zipfile.ZipFile(DATA / f"{day}.zip")
    arts = json.loads(z.read(z.namelist()[0]).decode("utf-8"))[:n]
    src = out / "in.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i, a in enumerate(arts):
            fh.write(json.dumps({"id": f"a{i}", "text": a["content"], "title": a["title"],
                                 "published": a["date_extracted"][:10], "country": "SAU"},
                                ensure_ascii=False) + "\n")
    db = out / "s.db"
    if db.exists():
        db.unlink()
    py = [sys.executable, "-m", "marsad"]

    def rows() -> dict:
        con = sqlite3.connect(db)
        r = {tuple(x[:3]): tuple(x[3:]) for x in con.execute(
            "SELECT article_id, sentence, start, ev_event_code, ev_location_name, "
            "ev_location_country, ev_location_source, ev_date FROM mentions")}
        con.close()
        return r

    subprocess.run(py + ["ingest", str(src), "--db", str(db), "--no-progress"])  # (3: rejects)
    before = rows()
    subprocess.run(py + ["recode", "--db", str(db), "--no-progress"], check=True,
                   stdout=subprocess.DEVNULL)
    after = rows()
    changed = {k: (before.get(k), after.get(k)) for k in set(before) | set(after)
               if before.get(k) != after.get(k)}
    home = "publication_country"
    print(json.dumps({"mentions": len(before),
                      "home_placed_before": sum(v[3] == home for v in before.values()),
                      "home_placed_after": sum(v[3] == home for v in after.values()),
                      "changed_by_recode": len(changed)}))
    with (out / "changed.jsonl").open("w", encoding="utf-8") as fh:
        for k, v in sorted(changed.items()):
            fh.write(json.dumps([k, v], ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
