"""What every ``credlens`` command shares: the Typer app, one-line failures, the settings check,
and a runtime for commands that use the database."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TypeVar

import typer

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Iterator, Sequence

    from pydantic import ValidationError

    from service.batch import Outcome
    from service.runtime import Runtime

T = TypeVar("T")

app = typer.Typer(
    name="credlens",
    help="Find the credentials a résumé claims and verify each against its issuer.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help and usage errors: formatting them with rich costs a third of the start-up.
    rich_markup_mode=None,
)

#: Bad input, per the design: a one-line message and exit status 2, never a traceback.
USAGE_ERROR = 2

#: Set by a command that has written all it writes and holds nothing that needs collecting
#: to finish (``extract`` of one text résumé): ``main`` then freezes what is left before the
#: interpreter ends (``gc.freeze``), and its shutdown collections skip spaCy's vocabulary and
#: the matchers, 0.09 s of CPU. Never set for commands that run inside a test's process.
end_without_collecting = False


#: Set by ``main``, the console script's entry, while its command runs: this process ends
#: when the command returns. Never set where the commands run inside another process.
process_ends_with_command = False
#: Set when ``collector_paused`` left the collector off for ``main`` to enable again, once it
#: has frozen what is left.
collector_left_paused = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside the block.

    For a command whose whole run is loading the readers and reading one small text résumé
    (``extract`` of one): the modules, spaCy's vocabulary and the catalog's matchers it builds
    are hundreds of thousands of objects that live to the end, none of them garbage, and the
    collections their allocations set off walked them again and again (a full one of
    ≈ 0.06 s while the claim matchers were built). The command's garbage is what one small
    file leaves. The collector is enabled again after the block, unless the command has
    written all it writes (``end_without_collecting``) in a process that then ends: the first
    collection after the block would walk all the block allocated, and ``main`` freezes it
    instead, then enables the collector again. A test's process goes on collecting.
    """
    global collector_left_paused
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled and process_ends_with_command and end_without_collecting:
            collector_left_paused = True
        elif was_enabled:
            gc.enable()


def fail(message: str) -> NoReturn:
    typer.echo(f"credlens: {message}", err=True)
    raise typer.Exit(USAGE_ERROR)


def read_input(path: Path) -> bytes:
    from service.batch import BadInput, load

    try:
        return load(path)
    except BadInput as error:
        fail(str(error))


def write_output(path: Path, content: str | bytes) -> None:
    from service.batch import BadInput, store

    try:
        store(path, content)
    except BadInput as error:
        fail(str(error))


def settings_problems(error: ValidationError) -> str:
    """Each invalid setting by its variable's name, without echoing values (secrets among them)."""
    problems = []
    for problem in error.errors():
        message = problem["msg"].removeprefix("Value error, ")
        if problem["loc"]:
            name = "CREDLENS_" + "_".join(str(part) for part in problem["loc"]).upper()
            message = f"{name}: {message}"
        problems.append(message)
    return "; ".join(problems)


@app.callback()
def check_settings() -> None:
    # Every command reads the settings; a misconfiguration is a one-line error, not a traceback.
    from pydantic import ValidationError

    from service.settings import get_settings

    try:
        get_settings()
    except ValidationError as error:
        fail(f"invalid settings: {settings_problems(error)}")


def name_bad_inputs(outcomes: Sequence[Outcome]) -> bool:
    """Name each file that could not be done on stderr; whether there was one."""
    bad = [outcome for outcome in outcomes if outcome.error is not None]
    for outcome in bad:
        typer.echo(f"credlens: {outcome.path}: {outcome.error}", err=True)
    return bool(bad)


def with_runtime(work: Callable[[Runtime], Awaitable[T]]) -> T:
    """Run ``work`` against the configured database, migrated to the latest revision."""
    import asyncio

    from sqlalchemy.exc import SQLAlchemyError

    from service.runtime import open_runtime
    from service.settings import get_settings

    async def run() -> T:
        async with open_runtime(get_settings()) as runtime:
            return await work(runtime)

    try:
        return asyncio.run(run())
    except (OSError, SQLAlchemyError) as error:
        fail(f"the database cannot be opened ({type(error).__name__}): check CREDLENS_DATABASE_URL")


#: The ``--workspace`` option of every command that reads or changes one workspace's data.
WORKSPACE_HELP = "The workspace's name."


async def workspace_id(runtime: Runtime, name: str) -> int:
    """The id of the workspace called ``name``; a one-line failure if there is none."""
    from service.storage.repositories.accounts import WorkspaceRepository

    async with runtime.sessions() as session:
        workspace = await WorkspaceRepository(session).by_name(name)
    if workspace is None:
        fail(f"no workspace named {name!r} (credlens workspace list shows them)")
    return workspace.id


def public_base_url() -> str:
    """Where the links the CLI prints point: CREDLENS_PUBLIC_URL, else ``serve``'s address."""
    from service.settings import get_settings

    settings = get_settings()
    return settings.public_url or f"http://{settings.host}:{settings.port}"
