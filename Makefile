# marsad: two commands on a fresh machine (Python 3.11+, git, make).
#   make demo   set up and code the demo article
#   make test   set up and run the whole test suite
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
STAMP   = $(VENV)/.installed

.PHONY: setup demo test test-fast bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,web,spark]'
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(VENV)/bin/marsad code examples/demo.txt --date 2024-03-12 --format table

test: setup
	$(PY) -m pytest -q -n 2 --dist loadfile

test-fast: setup
	$(PY) -m pytest -q -x -m "not slow and not browser and not spark"

bench: setup
	$(PY) bench/run_all.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
