"""The report's charts as PNG bytes, each with the alt text that says what it shows.

matplotlib is imported here, inside the functions, so the bot's start-up and idle memory never
pay for it; only building a report does. The object API with the Agg canvas is used (never
pyplot), so charts drawn in a worker thread share no global state.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from bot.report.figures import Figures

WIDTH_INCHES, HEIGHT_INCHES, DPI = 6.0, 2.8, 150
LABEL_WIDTH = 30  # characters per line of a bar's label, so long categories leave room for bars
BAR_COLOUR = "#1f5f8b"  # dark blue: 7:1 against white, and the values are printed beside each bar


@dataclass(frozen=True)
class Chart:
    title: str
    alt_text: str
    png: bytes


def charts(figures: Figures) -> tuple[Chart, ...]:
    i = figures.incidents
    by_month = _bar_chart(
        "Incidents reported each month",
        [label for label, _ in i.by_month],
        [n for _, n in i.by_month],
        vertical=True,
    )
    found: list[Chart] = [by_month]
    if i.by_category:
        found.append(
            _bar_chart(
                "Incidents by category",
                [label for label, _ in i.by_category],
                [n for _, n in i.by_category],
                vertical=False,
            )
        )
    a = figures.approvals
    found.append(
        _bar_chart(
            "Approval requests by kind", [k for k, _ in a.by_kind], [n for _, n in a.by_kind], vertical=False
        )
    )
    return tuple(found)


def alt_text(title: str, labels: Sequence[str], values: Sequence[int]) -> str:
    parts = ", ".join(f"{label}: {value}" for label, value in zip(labels, values, strict=True))
    return f"Bar chart, {title.lower()}. {parts}. Total {sum(values)}."


def _bar_chart(title: str, labels: Sequence[str], values: Sequence[int], *, vertical: bool) -> Chart:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    height = HEIGHT_INCHES if vertical else max(1.6, 0.5 * len(labels) + 0.8)
    figure = Figure(figsize=(WIDTH_INCHES, height), dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    positions = list(range(len(labels)))
    if vertical:
        bars = axes.bar(positions, values, color=BAR_COLOUR)
        axes.set_xticks(
            positions,
            labels,
            rotation=45 if len(labels) > 6 else 0,
            ha="right" if len(labels) > 6 else "center",
        )
        axes.set_ylabel("Number")
    else:
        bars = axes.barh(positions, values, color=BAR_COLOUR)
        axes.set_yticks(positions, [textwrap.fill(label, LABEL_WIDTH) for label in labels])
        axes.invert_yaxis()
        axes.set_xlabel("Number")
    axes.bar_label(bars, padding=2)
    axes.set_title(title)
    axes.spines[["top", "right"]].set_visible(False)
    axes.margins(x=0.08, y=0.12)
    (axes.yaxis if vertical else axes.xaxis).set_major_locator(MaxNLocator(integer=True))
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return Chart(title, alt_text(title, labels, values), buffer.getvalue())
