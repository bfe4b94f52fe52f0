"""Check the events table's Arabic evidence on a whole store, and time the page.

    PYTHONPATH=src .venv/bin/python bench/web_evidence_check.py --db /tmp/news.db

For every stored event, page by page (50 rows, the web's default order), the evidence cell of
the events table must mark exactly the stored trigger words at their stored offset in the
sentence, and come from the event's first article (the one its link opens). Prints the counts,
then the CPU time of rendering a page of 50 rows with and without the evidence (alternating,
so both see the same load).
"""

from __future__ import annotations

import argparse
import html
import re
import time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="a store made by marsad ingest")
    ap.add_argument("--rounds", type=int, default=5, help="timing rounds over all pages")
    args = ap.parse_args()

    from marsad.store import connect
    from marsad.store import query as Q
    from marsad.web.evidence import first_mentions
    from marsad.web.pages import events_table

    con = connect(args.db, read_only=True)
    total = Q.events(con, None, 1, 0)["total"]
    pages = [Q.events(con, None, 50, off)["results"] for off in range(0, total, 50)]
    right = wrong = none = other_article = 0
    for rows in pages:
        found = first_mentions(con, rows)
        for r in rows:
            m = found.get(r["event_id"])
            if not m or not (m["evidence"] or "").strip() or not m["sentence_text"]:
                none += 1
                continue
            other_article += m["article_id"] != r["first_article_id"]
            cell = events_table([r], found)
            mark = re.search(r'<p class="context"[^>]*>.*?<span class="ev q\d">(.*?)</span>',
                             cell, re.S)
            at = m["offset"]
            if (mark and html.unescape(mark.group(1)) == m["evidence"].strip() and at is not None
                    and m["sentence_text"][at:at + len(m["evidence"])] == m["evidence"]):
                right += 1
            else:
                wrong += 1
    print(f"{total} events: trigger marked at its stored offset {right}, not {wrong}, "
          f"no evidence stored {none}; evidence from another article than the link's "
          f"{other_article}")
    with_ev = without = 0.0
    for _ in range(args.rounds):
        for rows in pages:
            t = time.process_time()
            events_table(rows, first_mentions(con, rows))
            t1 = time.process_time()
            events_table(rows, {})
            with_ev += t1 - t
            without += time.process_time() - t1
    n = args.rounds * len(pages)
    print(f"CPU per page of 50: table with evidence (query and cells) "
          f"{with_ev / n * 1000:.1f} ms, without {without / n * 1000:.1f} ms")


if __name__ == "__main__":
    main()
