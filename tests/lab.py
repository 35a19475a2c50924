"""JupyterLab from the project's venv, driven in headless Chromium over the DevTools protocol:
open a notebook, run all its cells with JupyterLab's own command, read what the page shows,
act on a control, take a screenshot. ``--LabApp.expose_app_in_browser`` makes JupyterLab's
application object reachable from the page (JupyterLab's own UI tests use the same switch)."""

from __future__ import annotations

import base64
import json
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import websocket

from .browser import FLAGS, chromium

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(check, timeout: float, what: str, every: float = 0.5):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = check()
        except Exception:  # noqa: BLE001 - not up yet
            value = None
        if value:
            return value
        time.sleep(every)
    raise TimeoutError(f"{what} did not happen within {timeout:.0f} s")


class Page:
    """One browser tab, spoken to over the DevTools protocol."""

    def __init__(self, ws_url: str):
        self.ws = websocket.create_connection(ws_url, timeout=120)
        self.n = 0

    def send(self, method: str, **params) -> dict:
        self.n += 1
        self.ws.send(json.dumps({"id": self.n, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.n:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def js(self, expression: str):
        """The value of a JavaScript expression (awaited when it is a promise)."""
        result = self.send("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"].get("exception", {}).get("description", "JS error"))
        return result["result"].get("value")

    def screenshot(self, target: Path) -> Path:
        target.parent.mkdir(parents=True, exist_ok=True)
        data = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=True)["data"]
        target.write_bytes(base64.b64decode(data))
        return target


@contextmanager
def lab_page(notebook: str, width: int = 1280, height: int = 2200):
    """A Chromium tab showing ``notebook`` (a path from the project root) in a JupyterLab
    started from the venv for this block, as the user running the tests (root included)."""
    port, debug, token = _free_port(), _free_port(), secrets.token_hex(16)
    jupyter = Path(sys.executable).parent / "jupyter"
    with tempfile.TemporaryDirectory() as home:
        server = subprocess.Popen(
            [str(jupyter), "lab", "--no-browser", f"--port={port}", f"--ServerApp.token={token}",
             "--LabApp.expose_app_in_browser=True", "--allow-root", f"--notebook-dir={ROOT}",
             "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env={**__import__("os").environ, "JUPYTER_RUNTIME_DIR": home, "JUPYTERLAB_WORKSPACES_DIR": home})
        browser = None
        try:
            _wait(lambda: urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status?token={token}").status == 200,
                  60, "the JupyterLab server to start")
            browser = subprocess.Popen([chromium(), *[f for f in FLAGS if not f.startswith("--virtual-time")],
                                        f"--remote-debugging-port={debug}", f"--user-data-dir={home}/chrome",
                                        f"--window-size={width},{height}", "about:blank"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            tabs = _wait(lambda: json.load(urllib.request.urlopen(f"http://127.0.0.1:{debug}/json")), 30,
                         "Chromium to start")
            page = Page(next(t for t in tabs if t.get("type") == "page")["webSocketDebuggerUrl"])
            page.send("Page.enable")
            page.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1,
                      mobile=False)
            page.send("Page.navigate", url=f"http://127.0.0.1:{port}/lab/tree/{notebook}?token={token}")
            yield page
        finally:
            if browser is not None:
                browser.kill()
            server.terminate()
            try:
                server.wait(20)
            except subprocess.TimeoutExpired:
                server.kill()


# JavaScript that reads JupyterLab's state through its application object.
NOTEBOOK = ("(window.jupyterapp && Array.from(window.jupyterapp.shell.widgets('main'))"
            ".find(w => w.sessionContext && w.content))")
KERNEL = (f"({NOTEBOOK} && {NOTEBOOK}.sessionContext && {NOTEBOOK}.sessionContext.session && "
          f"{NOTEBOOK}.sessionContext.session.kernel) ? {NOTEBOOK}.sessionContext.session.kernel.name : null")
STATUS = f"{NOTEBOOK} && {NOTEBOOK}.sessionContext.kernelDisplayStatus"
CODE_CELLS = f"{NOTEBOOK}.content.widgets.filter(c => c.model.type === 'code')"
ALL_RAN = f"{CODE_CELLS}.every(c => c.model.executionCount !== null)"
ERRORS = (f"{CODE_CELLS}.flatMap(c => c.model.outputs.toJSON()).filter(o => o.output_type === 'error')"
          ".map(o => o.ename + ': ' + o.evalue)")


def run_all(page: Page, timeout: float = 300) -> None:
    """Run every cell with JupyterLab's own command and wait until all have run."""
    _wait(lambda: page.js(KERNEL), 120, "the notebook's kernel to start")
    _wait(lambda: page.js(STATUS) == "idle", 120, "the kernel to be idle")
    page.js(f"window.jupyterapp.shell.activateById({NOTEBOOK}.id)")
    page.js("window.jupyterapp.commands.execute('notebook:run-all-cells')")
    _wait(lambda: page.js(ALL_RAN) and page.js(STATUS) == "idle", timeout, "all cells to run", every=1)
