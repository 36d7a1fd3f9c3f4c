"""The verification report: score and render as JSON, HTML, PDF and CSV."""

from typing import TYPE_CHECKING

from reports.assets import STATIC_DIR
from reports.build import build, rebuild, verification_of
from reports.history import Change, recheck_changes, rechecked, verdict_detail, with_history
from reports.models import (
    REPORT_SCHEMA_VERSION,
    AlsoHeld,
    HistoryEntry,
    HistorySource,
    RedFlag,
    Report,
    ReportClaim,
    ReportSkill,
    ReportWallet,
    Score,
    SkillLevel,
    Stack,
    StackPart,
)
from reports.render import (
    render_csv,
    render_html,
    render_html_fragment,
    render_json,
    render_pdf,
    to_json_dict,
)
from reports.schema import report_schema

if TYPE_CHECKING:
    from reports.pdf import StaticOnlyFetcher, font_configuration

__all__ = [
    "REPORT_SCHEMA_VERSION",
    "STATIC_DIR",
    "AlsoHeld",
    "Change",
    "HistoryEntry",
    "HistorySource",
    "RedFlag",
    "Report",
    "ReportClaim",
    "ReportSkill",
    "ReportWallet",
    "Score",
    "SkillLevel",
    "Stack",
    "StackPart",
    "StaticOnlyFetcher",
    "build",
    "font_configuration",
    "rebuild",
    "recheck_changes",
    "rechecked",
    "render_csv",
    "render_html",
    "render_html_fragment",
    "render_json",
    "render_pdf",
    "report_schema",
    "to_json_dict",
    "verdict_detail",
    "verification_of",
    "with_history",
]


def __getattr__(name: str) -> object:
    # The PDF renderer's own pieces load WeasyPrint (~0.7 s); importing ``reports`` to build or
    # render JSON must not pay for it (``credlens extract`` loads no renderer).
    if name in {"StaticOnlyFetcher", "font_configuration"}:
        from reports import pdf

        return getattr(pdf, name)
    raise AttributeError(f"module 'reports' has no attribute {name!r}")
