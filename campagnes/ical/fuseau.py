"""Le fuseau des événements avec heure : America/Toronto (Montréal), en VTIMEZONE statique.

icalendar 7.3 (`add_missing_timezones`) écrit des listes RDATE et deux blocs STANDARD
qu'Outlook ignore ou refuse (décalage d'une heure). Ce bloc-ci n'a qu'une règle annuelle
par transition, la forme qu'Outlook exporte lui-même ; un test le compare à tzdata.
"""

FUSEAU_LOCAL = "America/Toronto"

VTIMEZONE_TORONTO = (
    "BEGIN:VTIMEZONE\r\n"
    "TZID:America/Toronto\r\n"
    "BEGIN:DAYLIGHT\r\n"
    "TZOFFSETFROM:-0500\r\n"
    "TZOFFSETTO:-0400\r\n"
    "TZNAME:EDT\r\n"
    "DTSTART:20070311T020000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n"
    "END:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\n"
    "TZOFFSETFROM:-0400\r\n"
    "TZOFFSETTO:-0500\r\n"
    "TZNAME:EST\r\n"
    "DTSTART:20071104T020000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n"
    "END:STANDARD\r\n"
    "END:VTIMEZONE\r\n"
)
