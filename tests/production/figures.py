"""Figures the tier measures (publish latency, outage effects), printed at the end of the run and
kept in tier-figures.txt for docs/operators/. Measured, never asserted against a time."""

from pathlib import Path

FIGURES = Path(__file__).resolve().parents[2] / "tier-figures.txt"


def record(name, value):
    """Keep `value` under `name`, replacing an earlier value of the same name."""
    lines = FIGURES.read_text().splitlines() if FIGURES.exists() else []
    kept = [line for line in lines if not line.startswith(f"{name}: ")]
    FIGURES.write_text("".join(f"{line}\n" for line in [*kept, f"{name}: {value}"]))
