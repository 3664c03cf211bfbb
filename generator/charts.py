"""Bar charts as inline SVG, rendered at build time: no JavaScript, sharp in print.

A chart is drawn only where figures can honestly be compared: the same unit and kind.
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass

from .model import Fact

MIN_BARS = 3
MAX_BARS = 12


@dataclass(frozen=True, slots=True)
class ChartGroup:
    unit: str
    kind: str
    facts: tuple[Fact, ...]

    @property
    def title(self) -> str:
        return f"{self.unit[:1].upper()}{self.unit[1:]} compared"


def chart_groups(facts: tuple[Fact, ...]) -> list[ChartGroup]:
    """Groups of at least MIN_BARS facts with one unit and one kind, each with its own label."""
    groups: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.value is None or not fact.unit or fact.kind not in ("quantity",):
            continue
        if fact.unit.lower() in ("rank", "years", "year"):
            continue
        groups[(fact.unit.lower(), fact.kind)].append(fact)
    out = []
    for (unit, kind), members in groups.items():
        labels = {bar_label(f) for f in members}
        if len(members) >= MIN_BARS and len(labels) == len(members):
            out.append(ChartGroup(unit, kind, tuple(members[:MAX_BARS])))
    return sorted(out, key=lambda g: (-len(g.facts), g.unit))


def bar_label(fact: Fact) -> str:
    if fact.subject:
        return fact.subject
    if fact.entities:
        return fact.entities[0]
    return fact.statement[:40]


def render_bar_chart(group: ChartGroup, title: str) -> str:
    """Horizontal bars, values printed on the bars, a <title> and <desc> for screen readers."""
    e = html.escape
    bars = group.facts
    label_w, bar_w, row_h, top = 190, 330, 26, 34
    height = top + row_h * len(bars) + 30
    width = label_w + bar_w + 90
    peak = max(abs(float(f.value or 0)) for f in bars) or 1.0
    values = ", ".join(f"{bar_label(f)}: {f.value:g}" for f in bars if isinstance(f.value, int | float))
    parts = [
        f'<svg class="fs-chart" role="img" viewBox="0 0 {width} {height}" '
        f'xmlns="http://www.w3.org/2000/svg" aria-labelledby="t-{e(group.facts[0].id)}">',
        f'<title id="t-{e(group.facts[0].id)}">{e(title)}</title>',
        f"<desc>{e(title)}. {e(values)}.</desc>",
        f'<text x="0" y="18" class="fs-chart-title">{e(title)}</text>',
    ]
    for i, fact in enumerate(bars):
        y = top + i * row_h
        length = max(2.0, bar_w * abs(float(fact.value or 0)) / peak)
        label = bar_label(fact)
        short = label if len(label) <= 28 else label[:27] + "…"
        parts.append(f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end" class="fs-chart-label">'
                     f"{e(short)}</text>")
        parts.append(f'<rect x="{label_w}" y="{y + 4}" width="{length:.1f}" height="{row_h - 8}" class="fs-bar"/>')
        parts.append(f'<text x="{label_w + length + 6:.1f}" y="{y + 17}" class="fs-chart-value">'
                     f"{fact.value:,g}</text>")
    axis_y = top + row_h * len(bars) + 4
    parts.append(f'<line x1="{label_w}" y1="{axis_y}" x2="{label_w + bar_w}" y2="{axis_y}" class="fs-axis"/>')
    parts.append(f'<text x="{label_w}" y="{axis_y + 20}" class="fs-axis-label">{e(group.unit)}</text>')
    parts.append("</svg>")
    return "".join(parts)
