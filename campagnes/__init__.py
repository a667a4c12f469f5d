"""Campagnes : planification des campagnes de sensibilisation recommandées par la CSESM.

Ce paquet est le domaine, en Python pur : aucune importation de Qt ici.
"""

__version__ = "0.1.0"
