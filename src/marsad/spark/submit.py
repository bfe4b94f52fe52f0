"""The script to hand to spark-submit: `spark-submit ... submit.py INPUT OUTPUT [options]`.

It runs `marsad spark-run` with the master and settings spark-submit gives (docs/spark.md).
Print its path with `python -c "import marsad.spark.submit as s; print(s.__file__)"`.
"""

import sys

if __name__ == "__main__":
    from marsad.cli import main

    sys.exit(main(["spark-run", *sys.argv[1:]]))
