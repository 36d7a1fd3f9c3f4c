"""Finished reports kept as JSON files under the data directory."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import reports


class ReportStore:
    """Saves and loads reports by id; a write is atomic, so a crash never leaves half a report."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def path(self, report_id: str) -> Path:
        return self.directory / f"{report_id}.json"

    def save(self, report: reports.Report) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as file:
                file.write(reports.render_json(report))
            os.replace(temporary, self.path(report.id))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def load(self, report_id: str) -> reports.Report | None:
        try:
            text = self.path(report_id).read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        return reports.Report.model_validate_json(text)
