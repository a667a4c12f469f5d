"""Échange iCalendar (.ics) avec les partenaires : export du plan, import de leurs calendriers.

Ce paquet n'importe icalendar que dans ses sous-modules, appelés au moment d'exporter
ou d'importer : l'application démarre sans charger la bibliothèque.
"""
