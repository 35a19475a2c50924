"""The notebooks in JupyterLab, as a researcher runs them: the project's kernel, every cell
through JupyterLab's own "Run All", no error, the controls rendered, and a changed control
redrawing its figure. A screenshot of each is kept in build/screenshots/lab/."""

import time

import pytest

from .browser import chromium
from .lab import ERRORS, KERNEL, lab_page, run_all
from .paths import ROOT

pytestmark = pytest.mark.slow  # JupyterLab and Chromium
SHOTS = ROOT / "build" / "screenshots" / "lab"
# What each notebook shows live: multiple-choice lists, drop-downs, and searchable tables.
CONTROLS = {"entity_frequency": (1, 0, 1), "sentiment_by_speaker": (2, 1, 1), "timeline": (2, 1, 1),
            "outlet_comparison": (0, 0, 0)}
FIGURE_OF = ("(() => { const s = document.querySelector('.widget-dropdown select');"
             " const i = s && s.closest('.widget-vbox').querySelector('img'); return i ? i.src : null })()")


@pytest.mark.parametrize("name", list(CONTROLS))
def test_each_notebook_runs_all_in_jupyterlab(name):
    if not chromium():
        pytest.fail("headless Chromium is needed: `make test` installs it", pytrace=False)
    with lab_page(f"notebooks/{name}.ipynb") as page:
        run_all(page)
        assert page.js(KERNEL) == "news-analysis"
        assert page.js(ERRORS) == []
        lists = page.js("document.querySelectorAll('.widget-select-multiple').length")
        drops = page.js("document.querySelectorAll('.widget-dropdown select').length")
        tables = page.js("document.querySelectorAll('table.dataTable').length")
        assert (lists, drops, tables) == CONTROLS[name]
        if drops:
            before = page.js(FIGURE_OF)
            page.js("(() => { const s = document.querySelector('.widget-dropdown select');"
                    " s.value = s.options[1].value; s.dispatchEvent(new Event('change', {bubbles: true})) })()")
            deadline = time.monotonic() + 60
            while page.js(FIGURE_OF) == before and time.monotonic() < deadline:
                time.sleep(0.5)
            assert before and page.js(FIGURE_OF) != before, "the figure was not redrawn"
        if lists:
            page.js("document.querySelector('.widget-select-multiple').closest('.jp-Cell').scrollIntoView()")
            time.sleep(1)
        page.screenshot(SHOTS / f"{name}.png")
