"""Logging for the service: ids and outcomes, never résumé text, names or emails."""

from __future__ import annotations

import logging
import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

#: Libraries whose INFO lines carry full URLs, and URLs can carry a candidate's email
#: (Badgr share links: ``?identity__email=…``) or a signed résumé link.
QUIET_LOGGERS = ("httpx", "httpcore", "hpack", "multipart", "pdfminer", "fontTools", "weasyprint")


class RedactEmails(logging.Filter):
    """Masks anything shaped like an email address: the last wall if a message slips one in."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if EMAIL.search(message):
            record.msg = EMAIL.sub("[email]", message)
            record.args = None
        return True


def configure_logging(level: int = logging.INFO) -> None:
    """One line per event on stderr, emails masked, chatty libraries held to warnings."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactEmails())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


def quiet_pdf_reader() -> None:
    """Hold pdfminer to errors in a process that reads résumés (a sandbox worker, a bench):
    it logs every odd object of a PDF at WARNING, and a résumé is not worth a line per glyph."""
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
