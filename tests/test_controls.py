"""Controls in the lab redraw in place; in a report the same cell draws once, without widgets."""

import pandas as pd

from analysis.views import controls

NAMES = pd.Series([533, 40, 7], index=["Donald Trump", "Hillary Clinton", "Tim Kaine"])


def test_a_report_draws_once_from_the_parameters():
    calls = []
    shown = controls.explore(lambda speakers, top: calls.append((speakers, top)) or len(speakers), False,
                             speakers=controls.pick(NAMES, ["Tim Kaine"]), top=controls.number(5, 1, 20))
    assert calls == [(["Tim Kaine"], 5)] and shown.result == 1 and shown.widgets == {}


def test_live_controls_offer_the_names_with_counts_and_redraw_on_change():
    calls = []
    shown = controls.explore(lambda speakers, kind: calls.append((speakers, kind)), True,
                             speakers=controls.pick(NAMES, ["Trump", "Tim Kaine"], "speakers"),
                             kind=controls.one(["both", "direct"], "both", "kind"))
    picker = shown.widgets["speakers"]
    assert [label for label, _ in picker.options][:2] == ["Tim Kaine (7)", "Donald Trump (533)"]
    assert calls == [(["Tim Kaine"], "both")]  # an unknown name is not offered (the notebook says so)
    picker.value = ("Donald Trump",)
    shown.widgets["kind"].value = "direct"
    assert calls[-2:] == [(["Donald Trump"], "both"), (["Donald Trump"], "direct")]


def test_a_date_box_gives_none_when_empty():
    calls = []
    shown = controls.explore(lambda start: calls.append(start), True, start=controls.text(None, "from"))
    shown.widgets["start"].value = "2024-06"
    shown.widgets["start"].value = ""
    assert calls == [None, "2024-06", None]


def test_a_redrawn_figure_keeps_its_number(monkeypatch):
    from matplotlib.figure import Figure

    from analysis.views import render

    shown = []
    monkeypatch.setattr(render, "_display", shown.append)
    out = render.Output()
    for name in ("speakers", "speakers", "timeline"):
        fig = Figure()
        fig.subplots()
        out.figure(fig, name, "caption", alt="alt")
    assert [s.split("<b>")[1].split("</b>")[0] for s in shown] == ["Figure 1.", "Figure 1.", "Figure 2."]
