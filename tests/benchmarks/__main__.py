"""`python -m tests.benchmarks` : voir tous.py (convention des fichiers bench_*.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tous import main

sys.exit(main())
