"""Figures the tier measures (publish latency, outage effects), printed at the end of the run and
kept in tier-figures.txt for docs/operators/. Measured, never asserted against a time."""

from pathlib import Path

FIGURES = Path(__file__).resolve().parents[2] / "tier-figures.txt"


def record(name, value):
    with FIGURES.open("a") as figures:
        figures.write(f"{name}: {value}\n")
