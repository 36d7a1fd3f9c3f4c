"""Dates standing before an entry's title: a year column, a column of dates set off by a bar,
a tab or a spaced dash, and a dated line that carries on the entry above it."""

from __future__ import annotations

import re

from extractors.dates import SINCE_WORDS
from extractors.lazy_patterns import lazy_pattern
from extractors.resume_languages import ONGOING_WORDS

DATED_TAIL = re.compile(r"^\s*[—–-]\s*(?:\d{1,2}/)?\d{4}\b")
# "2017 Applied Data Science with Python, Coursera": a year column before a title.
DATED_TITLE = re.compile(r"^(\(?(?:19|20)\d{2}\)?)\s+(?:[A-Z0-9][\w+#&.-]*\s+){2,}")
# "02/2015 ⇥ Chartered Accountant (ACA)", "Oct 2016 – Oct 2026 | Professional Engineer": a
# column of dates before a title, set off by a tab or a bar; what follows is the title.
# "2019", "08/2019", "08.2019", "2019-08" (ISO), "Aug 2019", "März 2018", each maybe after
# "since" ("since 08.2019", "seit März 2018").
_WHEN = (
    rf"(?:(?:{SINCE_WORDS})\s+)?"
    r"(?:(?:\d{1,2}[/.])?(?:19|20)\d{2}(?:-[01]\d)?|[^\W\d_]{3,9}\.?\s+(?:19|20)\d{2})"
)
DATED_COLUMN = lazy_pattern(
    rf"^\s*\(?{_WHEN}(?:\s*[–—-]\s*(?:{_WHEN}|present|now|today|current|(?i:{ONGOING_WORDS})))?\)?"
    r"\s*(?:\t|\s[|·]\s)\s*(?=[A-Z])"
)
# "Dec 2016 – Certified Wine Specialist – Wine Scholar Guild": dates leading an entry, set
# off by a spaced dash as by a bar; what follows is the title.
DATED_LEAD = lazy_pattern(
    rf"^\s*\(?{_WHEN}(?:\s*[–—-]\s*(?:{_WHEN}|present|now|today|current|(?i:{ONGOING_WORDS})))?\)?"
    r"\s+[–—-]\s+(?=[A-Z])"
)
