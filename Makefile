# Two commands on a fresh clone: `make report` and `make test`. Everything else follows.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CORPUS ?= seeds
REPORTS ?= reports
KERNEL := news-analysis
STAMP := $(VENV)/.installed

.PHONY: setup report test test-fast browser lab lint bench clean

setup: $(STAMP)

# Re-install only when the pins change; the kernel is registered inside the venv (--sys-prefix)
# so JupyterLab and papermill from this venv find it and nothing outside is touched.
$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	$(PY) -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python (news-analysis)" >/dev/null
	# Outputs never reach git: a run in the lab grew a notebook from 10 KB to 393 KB.
	-git rev-parse --git-dir >/dev/null 2>&1 && git config filter.nbstripout.clean "'$(abspath $(PY))' -m nbstripout" \
	  && git config filter.nbstripout.smudge cat && git config diff.ipynb.textconv "'$(abspath $(PY))' -m nbstripout -t"
	touch $(STAMP)

report: $(STAMP)
	$(PY) -m analysis report $(CORPUS) --out $(REPORTS)

# The browser tests need headless Chromium: Debian's package, installed once if missing.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; }

# Two pytest workers (pytest-xdist, a test module per worker): the slow tests mostly wait on
# kernels and Chromium, so two halve the time even on two cores. TEST_WORKERS=0 runs in-process.
TEST_WORKERS ?= 2
test: $(STAMP) browser
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadscope

# Everything but papermill, Chromium and Dask (the tests marked slow): for the edit-test loop.
test-fast: $(STAMP)
	$(PY) -m pytest -m "not slow" -n $(TEST_WORKERS) --dist loadscope

# JupyterLab at the project root (seeds/, reports/ and tables in reach) with the notebooks
# folder open; as root too (containers, cloud VMs). LAB_ARGS go to JupyterLab: make lab LAB_ARGS="--port 9999"
ROOT_FLAG := $(shell [ "$$(id -u)" = 0 ] && echo --allow-root)
LAB_ARGS ?=
lab: $(STAMP)
	$(VENV)/bin/jupyter lab --notebook-dir=. --LabApp.default_url=/lab/tree/notebooks $(ROOT_FLAG) $(LAB_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check analysis tests bench

bench: $(STAMP)
	$(PY) bench/annotate_speed.py
	$(PY) bench/quote_cost.py
	$(PY) bench/summary_100k.py

clean:
	rm -rf $(REPORTS) .pytest_cache
