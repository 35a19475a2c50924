"""Where the test data is: the project, its seeds, and the shared data beside it."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
NIKKEI = "000_3bec237e4760e33f"
SPUN = "002_66f8508417b2460d"
