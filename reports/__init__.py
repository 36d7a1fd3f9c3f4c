"""The verification report: score and render as JSON, HTML and PDF."""
