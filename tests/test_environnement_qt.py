"""La version de PySide6 installée ne doit pas arrêter l'interpréteur (voir pyproject.toml)."""

import subprocess
import sys

CODE = """
from PySide6.QtGui import QColor
c = QColor("red")
for _ in range(50_000):
    c.setAlpha(3)  # appel Qt sans valeur de retour
print("ok")
"""


def test_des_milliers_d_appels_qt_n_arretent_pas_python():
    r = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-500:]
    assert r.stdout.strip() == "ok"
