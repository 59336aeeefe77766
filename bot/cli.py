"""`ipt-companion ...`: the project's verbs (set-up, run, migrate, train, safety screen)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from bot.config import PROJECT_ROOT, load_env_file, load_settings


def _cmd_setup(args: argparse.Namespace) -> int:
    from bot.setup_env import setup

    setup(train=not args.no_train)
    return 0


def _cmd_migrate(args: argparse.Namespace) -> int:
    from bot.store.migrate import upgrade

    upgrade(load_settings().database_url)
    return 0


def _cmd_train(args: argparse.Namespace) -> int:
    from bot.model_training import ensure_model

    print(ensure_model())
    return 0


def _cmd_run(args: argparse.Namespace) -> int:
    from bot.runner import run_all
    from bot.setup_env import setup

    setup()
    return run_all(rasa_port=args.port, actions_port=args.actions_port)


def _cmd_safety_screen(args: argparse.Namespace) -> int:
    from bot.safety.screen_cli import run

    return run(sys.stdin, sys.stdout)


def _cmd_takeover(args: argparse.Namespace) -> int:
    from bot.takeover import RasaConversations, TakeoverError, resolve_conversation

    settings = load_settings()
    rasa = RasaConversations.from_settings(settings)
    try:
        conversation = resolve_conversation(args.conversation, settings.database_url)
        if args.takeover_command == "start":
            rasa.start(conversation)
        elif args.takeover_command == "say":
            rasa.say(conversation, " ".join(args.text))
        else:
            rasa.end(conversation)
    except TakeoverError as exc:
        print(f"takeover: {exc}", file=sys.stderr)
        return 2
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ipt-companion", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    setup = commands.add_parser("setup", help="write .env, migrate the database, train if needed")
    setup.add_argument("--no-train", action="store_true")
    setup.set_defaults(handler=_cmd_setup)

    commands.add_parser("migrate", help="upgrade the database").set_defaults(handler=_cmd_migrate)
    commands.add_parser("train", help="train the model if inputs changed").set_defaults(
        handler=_cmd_train
    )

    run = commands.add_parser("run", help="start Rasa, the action server and the web chat")
    run.add_argument("--port", type=int, default=5005)
    run.add_argument("--actions-port", type=int, default=5055)
    run.set_defaults(handler=_cmd_run)

    safety = commands.add_parser("safety", help="safety tools")
    safety_commands = safety.add_subparsers(dest="safety_command", required=True)
    safety_commands.add_parser(
        "screen", help="screen JSON lines from stdin: {text, context?} -> {text, risk, reasons}"
    ).set_defaults(handler=_cmd_safety_screen)

    takeover = commands.add_parser("takeover", help="a clinician takes over a conversation")
    takeover_commands = takeover.add_subparsers(dest="takeover_command", required=True)
    from bot.channels.telegram_poll import register as register_telegram
    from bot.clinician_cli import register as register_flag
    from bot.programme_cli import register as register_programme

    register_flag(commands)
    register_programme(commands)
    register_telegram(commands)

    verbs = (("start", "bot goes quiet"), ("say", "send a message"), ("end", "hand back"))
    for name, text in verbs:
        sub = takeover_commands.add_parser(name, help=text)
        sub.add_argument(
            "conversation",
            help="a conversation (Rasa sender) id, or participant:<public id> for the "
            "conversation that participant used last",
        )
        if name == "say":
            sub.add_argument("text", nargs="+")
        sub.set_defaults(handler=_cmd_takeover)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    os.chdir(PROJECT_ROOT)
    load_env_file()
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a clear sentence for the operator, never a stack trace
        from sqlalchemy.exc import OperationalError, ProgrammingError

        if isinstance(exc, OperationalError | ProgrammingError):
            print(
                "ipt-companion: the database is unreachable or not migrated "
                f"({type(exc).__name__}). Run `ipt-companion migrate` and check DATABASE_URL.",
                file=sys.stderr,
            )
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())
