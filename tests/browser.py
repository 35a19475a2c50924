"""Headless Chromium (Debian's ``chromium``) from the command line: a page's DOM after its
scripts ran, the console messages it logged, and a screenshot. The flags keep Chromium off the
network (see the env notes); ``--enable-logging=stderr`` puts console messages, CSP violations
included, on stderr as ``CONSOLE`` lines."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--enable-logging=stderr", "--v=0", "--virtual-time-budget=3000"]


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _run(page: Path, *args: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run([chromium(), *FLAGS, f"--user-data-dir={profile}", *args, page.resolve().as_uri()],
                              capture_output=True, text=True, timeout=120)


def load(page: Path) -> tuple[str, list[str]]:
    """The serialised DOM once the page has loaded, and its console messages."""
    done = _run(page, "--dump-dom")
    return done.stdout, [line for line in done.stderr.splitlines() if ":CONSOLE" in line]


def screenshot(page: Path, target: Path, height: int = 3000) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    _run(page, f"--screenshot={target}", f"--window-size=1280,{height}")
    return target
