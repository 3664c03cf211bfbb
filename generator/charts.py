"""Bar charts as inline SVG, rendered at build time: no JavaScript, sharp in print.

A chart is drawn only where figures can honestly be compared: one unit (never mixed),
a label for every bar, no ranks (a bar for "1st" would be the shortest), nothing negative.
Facts about different subjects are compared side by side; facts about one subject in
different years become a series by year.
"""

from __future__ import annotations

import html
import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from .model import Fact

MIN_BARS = 2
MAX_BARS = 12
CHARTED_KINDS = ("quantity", "record")
"""Rankings are positions, not amounts; milestones rarely carry a comparable figure."""
UNCHARTED_UNITS = frozenset({"rank", "place", "position", "year", "years"})
"""Positions and durations: a bar's length would mean nothing (or the opposite)."""

# Colours as presentation attributes so WeasyPrint (which does not apply page CSS inside
# inline SVG) prints them; the screen stylesheet overrides them for light and dark mode.
BAR_FILL = "#3f51b5"
TEXT_FILL = "#222222"
AXIS_STROKE = "#888888"


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    fact: Fact

    @property
    def value(self) -> float:
        return float(self.fact.value or 0)


@dataclass(frozen=True, slots=True)
class ChartGroup:
    """Facts that share one unit, each with a label of its own."""

    unit: str
    """As written in the facts (the most common spelling in the group)."""
    by: str
    """What the bars stand for: ``subject`` or ``year``."""
    bars: tuple[Bar, ...]

    @property
    def facts(self) -> tuple[Fact, ...]:
        return tuple(b.fact for b in self.bars)

    @property
    def title(self) -> str:
        unit = self.unit[:1].upper() + self.unit[1:]
        return f"{unit} by year" if self.by == "year" else f"{unit} compared"

    @property
    def key(self) -> str:
        """A stable id fragment for the chart's elements."""
        return self.bars[0].fact.id


def unit_key(unit: str) -> str:
    """Spellings of one unit that compare equal: case, spacing and a plural -s."""
    key = " ".join(unit.casefold().split())
    return key[:-1] if len(key) > 3 and key.endswith("s") and not key.endswith("ss") else key


def bar_label(fact: Fact) -> str | None:
    """What a bar is about; None when a fact names nothing to label it with."""
    if fact.subject:
        return fact.subject
    if fact.entities:
        return fact.entities[0]
    return None


def chart_groups(facts: tuple[Fact, ...] | list[Fact]) -> list[ChartGroup]:
    """Every honest comparison among ``facts``, largest first."""
    by_unit: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.value is None or not fact.unit or fact.kind not in CHARTED_KINDS:
            continue
        if fact.value < 0 or unit_key(fact.unit) in UNCHARTED_UNITS:
            continue
        by_unit[unit_key(fact.unit)].append(fact)
    out = []
    for members in by_unit.values():
        group = _group(members)
        if group is not None:
            out.append(group)
    return sorted(out, key=lambda g: (-len(g.bars), unit_key(g.unit)))


def _group(members: list[Fact]) -> ChartGroup | None:
    unit = Counter(f.unit for f in members if f.unit).most_common(1)[0][0]
    labelled = [(bar_label(f), f) for f in members]
    subjects = {label for label, _ in labelled}
    years = [f.year for f in members]
    if len(subjects) == 1 and None not in subjects and None not in years and len(set(years)) == len(members):
        # One subject over time: a series, oldest first.
        bars = [Bar(str(f.year), f) for f in sorted(members, key=lambda f: f.year or 0)]
        by = "year"
    else:
        bars = []
        seen: set[str] = set()
        for label, fact in labelled:
            if label is None:
                continue
            if fact.year is not None and len(set(years)) > 1:
                label = f"{label} ({fact.year})"
            if label in seen:
                return None  # two bars with one label cannot be told apart: no chart
            seen.add(label)
            bars.append(Bar(label, fact))
        by = "subject"
    if len(bars) < MIN_BARS:
        return None
    return ChartGroup(unit, by, tuple(bars[:MAX_BARS]))


def nice_step(peak: float, ticks: int = 4) -> float:
    """A round tick step (1, 2 or 5 times a power of ten) giving about ``ticks`` ticks."""
    if peak <= 0:
        return 1.0
    raw = peak / ticks
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if m * power >= raw:
            return float(m * power)
    return float(10 * power)  # pragma: no cover


def format_number(value: float) -> str:
    """Compact tick and bar numbers: 12,400 · 1.5 million · 42.5."""
    for size, word in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million")):
        if abs(value) >= size:
            return f"{value / size:,.3g}{word}"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.3g}"


def render_bar_chart(group: ChartGroup, title: str | None = None) -> str:
    """Horizontal bars from zero with the value on each bar, a tick axis labelled with the
    unit, and a <title>/<desc> pair so screen readers get the chart as text."""
    e = html.escape
    title = title or group.title
    bars = group.bars
    label_w, plot_w, value_w, row_h, top = 150, 250, 80, 28, 40
    width = label_w + plot_w + value_w
    axis_y = top + row_h * len(bars) + 4
    height = axis_y + 44
    step = nice_step(max(b.value for b in bars))
    ticks = math.ceil(max(b.value for b in bars) / step)
    scale_max = step * max(ticks, 1)
    ident = f"chart-{e(group.key)}"
    described = "; ".join(f"{b.label}: {format_number(b.value)}" for b in bars)
    axis_name = "Year" if group.by == "year" else "Subject"
    parts = [
        f'<svg class="fs-chart" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'xmlns="http://www.w3.org/2000/svg" aria-labelledby="{ident}-title {ident}-desc" '
        f'font-family="Liberation Sans, DejaVu Sans, Noto Sans CJK SC, sans-serif" font-size="13">',
        f'<title id="{ident}-title">{e(title)}</title>',
        f'<desc id="{ident}-desc">Bar chart of {e(group.unit)} by {e(axis_name.lower())}. {e(described)}.</desc>',
        f'<text x="0" y="16" class="fs-chart-title" font-size="15" font-weight="bold" fill="{TEXT_FILL}">'
        f"{e(title)}</text>",
        f'<text x="{label_w - 8}" y="{top - 8}" text-anchor="end" class="fs-chart-axis-label" '
        f'fill="{TEXT_FILL}">{e(axis_name)}</text>',
    ]
    for i in range(ticks + 1):
        x = label_w + plot_w * (i * step) / scale_max
        parts.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{axis_y}" class="fs-grid" '
                     f'stroke="{AXIS_STROKE}" stroke-opacity="0.3"/>')
        parts.append(f'<text x="{x:.1f}" y="{axis_y + 16}" text-anchor="middle" class="fs-chart-tick" '
                     f'font-size="11" fill="{TEXT_FILL}">{e(format_number(i * step))}</text>')
    for i, bar in enumerate(bars):
        y = top + i * row_h
        length = max(1.5, plot_w * bar.value / scale_max)
        short = bar.label if len(bar.label) <= 22 else bar.label[:21] + "…"
        parts.append(f'<text x="{label_w - 8}" y="{y + 18}" text-anchor="end" class="fs-chart-label" '
                     f'fill="{TEXT_FILL}">{e(short)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 5}" width="{length:.1f}" height="{row_h - 10}" '
                     f'class="fs-bar" fill="{BAR_FILL}"/>')
        parts.append(f'<text x="{label_w + length + 5:.1f}" y="{y + 18}" class="fs-chart-value" '
                     f'font-weight="bold" fill="{TEXT_FILL}">{e(format_number(bar.value))}</text>')
    parts.append(f'<line x1="{label_w}" y1="{axis_y}" x2="{label_w + plot_w}" y2="{axis_y}" class="fs-axis" '
                 f'stroke="{AXIS_STROKE}"/>')
    parts.append(f'<text x="{label_w + plot_w / 2:.0f}" y="{axis_y + 36}" text-anchor="middle" '
                 f'class="fs-chart-axis-label" fill="{TEXT_FILL}">{e(group.unit)}</text>')
    parts.append("</svg>")
    return "".join(parts)
