# The two quickstart commands: `make serve` and `make test`.
.PHONY: serve test lint

serve:
	scripts/bootstrap
	.venv/bin/credlens serve

test:
	scripts/bootstrap --dev
	.venv/bin/pytest

lint:
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/mypy
