# The project's verbs. `make run` and `make test` set everything up first (idempotent).
.PHONY: setup run test lint lock

setup:
	bash scripts/bootstrap.sh
	.venv/bin/ipt-companion setup

run:
	bash scripts/bootstrap.sh
	.venv/bin/ipt-companion run

test:
	bash scripts/test.sh

lint:
	.venv/bin/ruff check .

# Refresh requirements/lock.txt from the current .venv after changing dependencies.
lock:
	.venv/bin/pip freeze --exclude-editable | grep -v '^en-core-web-sm' > requirements/lock.body
	{ head -2 requirements/lock.txt; cat requirements/lock.body; } > requirements/lock.new
	mv requirements/lock.new requirements/lock.txt; rm requirements/lock.body
