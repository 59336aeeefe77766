"""What `make run` starts: every process on 127.0.0.1, arguments safe from the shell."""

import shlex
from pathlib import Path

from bot.runner import actions_command, process_environment, rasa_command


def test_rasa_listens_on_loopback_with_the_api_token_and_quoted_arguments():
    command = rasa_command(5005, Path("models/m.tar.gz"), "tok en", cors="*")
    assert command[command.index("--interface") + 1] == "127.0.0.1"
    assert command[command.index("--auth-token") + 1] == "tok en"
    # honcho hands the line to /bin/sh: a bare * would be globbed into file names.
    assert shlex.split(shlex.join(command)) == command


def test_the_action_server_binds_to_loopback():
    assert process_environment(5055)["SANIC_HOST"] == "127.0.0.1"
    assert "--actions" in actions_command(5055)


def test_rasa_finds_the_action_server_on_the_chosen_port():
    assert process_environment(6000)["ACTION_SERVER_URL"] == "http://127.0.0.1:6000/webhook"
