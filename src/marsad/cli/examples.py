"""An example or two at the end of each command's --help: a newcomer's first command line.

Each line is a command line that parses (tests/test_audit_sixteenth.py parses every one) and,
after two spaces, what it does.
"""

from __future__ import annotations

import argparse

EXAMPLES: dict[str, tuple[tuple[str, str], ...]] = {
    "code": (
        ("marsad code examples/demo.txt --date 2024-03-12 --format table",
         "an article file, its events as sentences"),
        ("marsad code day.jsonl --format jsonl > coded.jsonl", "one JSON document a line"),
        ("printf 'تظاهر مئات الطلاب أمام البرلمان.' | marsad code -", "a text on stdin"),
    ),
    "convert": (
        ("marsad convert 2015-07-21.zip -o 2015-07-21.jsonl",
         "a zip of articles as JSON Lines (for spark-run, pandas, DuckDB)"),
    ),
    "eval": (
        ("marsad eval gold.json", "code the gold's article and score it"),
        ("marsad eval gold.json --pred coded.json", "score output coded before"),
    ),
    "eval-gsr": (
        ("marsad eval-gsr data/arabic_event_gsr --format json", "the ASSAULT/PROTEST scores"),
    ),
    "lexicon": (
        ("marsad lexicon check my_lexicon/", "validate a folder of dictionary files"),
        ("marsad lexicon list", "the dictionaries loaded, with versions and counts"),
    ),
    "ingest": (
        ("marsad ingest news/ --db news.db", "every article file of a folder into a store"),
        ("zcat day.jsonl.gz | marsad ingest - --db news.db --date 2015-07-21",
         "JSON Lines on stdin, dated 2015-07-21 when they give no date"),
    ),
    "stats": (("marsad stats --db news.db", "how many articles, events, quotes..."),),
    "reindex": (("marsad reindex --db news.db", "rebuild the search index with this marsad's "
                                                "stems (a store an older marsad indexed)"),),
    "recode": (("marsad recode --db news.db", "code the stored articles again with this "
                                              "marsad (fills the reporters of a migrated "
                                              "store)"),),
    "search": (
        ('marsad search "الأمم المتحدة" --db news.db --from 2015-07', "articles since July 2015"),
        ("marsad search --db news.db --type ASSAULT --place YEM", "articles of attacks in Yemen"),
    ),
    "events": (
        ("marsad events --db news.db --actor SAU --from 2015-07-01 --to 2015-07-31",
         "Saudi events of July 2015"),
        ("marsad events --db news.db --type PROTEST --evidence", "protests, with their Arabic"),
    ),
    "quotes": (("marsad quotes --db news.db --speaker USAGOV", "what the US government said"),
               ("marsad quotes --db news.db --addressee USA --kind direct",
                "the words said to the United States, in quotation marks"),
               ("marsad quotes --db news.db --speaker لافروف --words الإرهاب",
                "what Lavrov said of terrorism"),),
    "export": (
        ("marsad export --db news.db -o events.parquet", "all events as Parquet"),
        ("marsad export --db news.db --what quotes --from 2015-07 -o quotes.csv",
         "the quotes since July 2015 as CSV"),
        ("marsad export --db news.db --style plover -o events.jsonl", "PLOVER records"),
    ),
    "counts": (
        ("marsad counts --db news.db --by month,plover_type", "events a month, by type"),
        ("marsad counts --db news.db --by week,dyad --format csv > dyads.csv",
         "weekly counts by source and target country"),
    ),
    "serve": (
        ("marsad serve --db news.db", "the web app on http://127.0.0.1:8000/"),
        ("marsad serve --db news.db --read-only --port 8080", "read-only, on another port"),
    ),
    "spark-run": (
        ("marsad spark-run articles.jsonl coded/ --master 'local[4]'",
         "code on four local cores into coded/events, coded/mentions..."),
    ),
}


class ExamplesFormatter(argparse.HelpFormatter):
    """argparse's formatter, but for the examples, whose lines are kept as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if text.startswith("examples:\n"):
            return "\n".join(indent + line for line in text.splitlines())
        return super()._fill_text(text, width, indent)


def add_examples(commands: dict[str, argparse.ArgumentParser]) -> None:
    """Put each command's examples at the end of its --help."""
    for name, parser in commands.items():
        lines = [f"  {cmd}\n      {what}" for cmd, what in EXAMPLES.get(name, ())]
        if lines:
            parser.epilog = "examples:\n" + "\n".join(lines)
            parser.formatter_class = ExamplesFormatter
