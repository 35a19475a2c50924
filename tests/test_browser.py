"""The reports in a real browser: nothing from the corpus runs, nothing fails to load, and a
screenshot of each page is kept in build/screenshots/ for a person to look at."""

import pytest

from analysis.report.build import build_reports, notebook_paths
from analysis.settings import Settings

from .browser import chromium, load, screenshot
from .hostile import build
from .paths import ROOT, SEEDS

SHOTS = ROOT / "build" / "screenshots"
pytestmark = pytest.mark.slow  # Chromium and papermill



@pytest.fixture(scope="module", autouse=True)
def _needs_chromium():
    if not chromium():
        pytest.fail("headless Chromium is needed for the browser tests: `make test` installs Debian's chromium "
                    "package, or run `apt-get install chromium`", pytrace=False)


def _corpus(name: str, folder) -> object:
    if name == "seeds":
        return SEEDS
    if name == "hostile":
        return build(folder / "corpus")
    (folder / "one").mkdir()  # one document
    (folder / "one" / "article.txt").write_bytes(next(SEEDS.glob("000_*.txt")).read_bytes())
    return folder / "one"


@pytest.fixture(scope="module", params=["seeds", "hostile", "one"])
def reports(request, tmp_path_factory, cache_dir, seed_reports):
    if request.param == "seeds":  # built once for the whole run
        assert all(r.ok for r in seed_reports[1]), [r.error for r in seed_reports[1] if not r.ok]
        return "seeds", seed_reports[0]
    out = tmp_path_factory.mktemp(f"reports-{request.param}")
    corpus = _corpus(request.param, tmp_path_factory.mktemp(request.param))
    results = build_reports(corpus, out, settings=Settings(cache_dir=cache_dir))
    assert all(r.ok for r in results), [r.error for r in results if not r.ok]
    return request.param, out


def test_no_corpus_text_runs_and_nothing_fails_to_load(reports):
    name, out = reports
    pages = sorted(out.glob("*.html"))
    assert len(pages) == len(notebook_paths()) + 1  # and the index
    for page in pages:
        dom, console = load(page)
        assert "<main>" in dom or page.name == "index.html", page.name  # the page really rendered
        assert "data-pwned" not in dom.split(">", 2)[1], page.name  # no injected script or handler ran
        assert console == [], (page.name, console)  # no blocked script, no missing resource, no error
        shot = screenshot(page, SHOTS / name / f"{page.stem}.png")
        assert shot.stat().st_size > 10_000, page.name


def test_hostile_text_is_shown_as_text(reports):
    name, out = reports
    if name != "hostile":
        pytest.skip("the hostile corpus only")
    dom, _ = load(out / "entity_frequency.html")
    assert "&lt;script&gt;document.documentElement.setAttribute" in dom  # the title, escaped, is visible
    assert "<script>document.documentElement" not in dom
    report = (out / "sentiment_by_speaker.html").read_text(encoding="utf-8")
    assert "<script>document" not in report and "<img src=x" not in report.replace("&lt;img src=x", "")


def test_an_empty_corpus_gives_reports_that_say_so(tmp_path, cache_dir):
    (tmp_path / "corpus").mkdir()
    results = build_reports(tmp_path / "corpus", tmp_path / "out", settings=Settings(cache_dir=cache_dir))
    assert all(r.ok for r in results), [r.error for r in results if not r.ok]
    for r in results:
        dom, console = load(r.html)
        assert "This corpus is empty" in dom and console == [], r.name
