"""`ipt-companion flag list|ack|resolve`: the clinician's tools until the review app exists.

`register(subparsers)` adds the `flag` command to bot/cli.py's parser. Nothing printed here
comes from a participant: flags are shown by id, severity, state, age, the detector's reason
categories and the delivery state of every alert, which is where a failed alert shows up.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timedelta

from bot.config import load_settings
from bot.safety.escalation import acknowledge, resolve
from bot.store.database import session_scope
from bot.store.models import Flag, utcnow
from bot.worker.overview import DeliveryState, FlagOverview, flag_overview


def register(subparsers: argparse._SubParsersAction) -> None:
    flag = subparsers.add_parser("flag", help="list, acknowledge and resolve safety flags")
    commands = flag.add_subparsers(dest="flag_command", required=True)

    listing = commands.add_parser("list", help="open flags and the delivery of their alerts")
    listing.add_argument("--all", action="store_true", help="include resolved flags")
    listing.set_defaults(handler=list_flags)

    for name, handler, meaning in (
        ("ack", ack_flag, "you have seen the flag (stops re-escalation)"),
        ("resolve", resolve_flag, "the risk has been dealt with (closes the flag)"),
    ):
        command = commands.add_parser(name, help=meaning)
        command.add_argument("flag_id", type=int, metavar="ID")
        command.add_argument("--by", required=True, metavar="NAME", help="who you are")
        command.set_defaults(handler=handler)


def list_flags(args: argparse.Namespace) -> int:
    now = utcnow()
    with session_scope(load_settings().database_url) as session:
        flags = flag_overview(session, include_resolved=args.all)
    if not flags:
        print("No flags." if args.all else "No open flags.")
        return 0
    for flag in flags:
        print(_flag_line(flag, now))
        if flag.reasons:
            print(f"    why: {'; '.join(flag.reasons)}")
        for delivery in flag.deliveries:
            print(f"    {_delivery_line(delivery)}")
        if not flag.deliveries:
            print("    alerts: none queued (no target was configured when it was raised)")
    failed = sum(len(f.failed_deliveries) for f in flags)
    if failed:
        print(
            f"\n{failed} alert(s) FAILED to deliver: nobody was told through those channels. "
            "Check the worker's log and the target settings."
        )
    return 0


def ack_flag(args: argparse.Namespace) -> int:
    return _act(args, "acknowledge")


def resolve_flag(args: argparse.Namespace) -> int:
    return _act(args, "resolve")


def _act(args: argparse.Namespace, action: str) -> int:
    clinician = args.by.strip()
    if not clinician:
        print("--by needs the name of the person taking responsibility.", file=sys.stderr)
        return 2
    with session_scope(load_settings().database_url) as session:
        flag = session.get(Flag, args.flag_id)
        if flag is None:
            print(f"No flag {args.flag_id}.", file=sys.stderr)
            return 1
        before = flag.status
        if action == "acknowledge":
            if before != "open":
                print(f"Flag {flag.id} is already {before} (by {flag.acknowledged_by}).")
                return 0
            acknowledge(session, flag.id, clinician)
            print(f"Flag {flag.id} acknowledged by {clinician}: it will not be re-escalated.")
            return 0
        if before == "resolved":
            print(f"Flag {flag.id} is already resolved.")
            return 0
        resolve(session, flag.id, clinician)
        print(f"Flag {flag.id} resolved by {clinician}.")
        return 0


def _flag_line(flag: FlagOverview, now: datetime) -> str:
    if flag.status == "open":
        if flag.overdue(now):
            state = f"OVERDUE by {_span(now - flag.sla_due_at)}"
            if flag.escalation_level > 0:
                state += ", re-escalated to backup"
        else:
            state = f"acknowledge within {_span(flag.sla_due_at - now)}"
    elif flag.status == "acknowledged" and flag.acknowledged_at:
        state = f"by {flag.acknowledged_by}, {_span(now - flag.acknowledged_at)} ago"
    elif flag.resolved_at:
        state = f"by {flag.acknowledged_by}, {_span(now - flag.resolved_at)} ago"
    else:
        state = ""
    return (
        f"#{flag.id:<5} {flag.severity.upper():<9} {flag.status:<12} "
        f"age {_span(now - flag.created_at):<7} {state}"
    ).rstrip()


def _delivery_line(delivery: DeliveryState) -> str:
    where = f"{delivery.target:<8} -> {delivery.audience:<8}"
    tries = f"{delivery.attempts} {'try' if delivery.attempts == 1 else 'tries'}"
    if delivery.status == "delivered" and delivery.delivered_at:
        return f"{where} delivered {delivery.delivered_at:%Y-%m-%d %H:%M:%S} UTC ({delivery.kind})"
    if delivery.status == "failed":
        return f"{where} FAILED after {tries}: {delivery.last_error} ({delivery.kind})"
    if delivery.attempts:
        return f"{where} retrying ({tries}; last: {delivery.last_error}) ({delivery.kind})"
    return f"{where} pending ({delivery.kind})"


def _span(delta: timedelta) -> str:
    seconds = max(int(delta.total_seconds()), 0)
    if seconds < 60:
        return f"{seconds}s"
    minutes, hours, days = seconds // 60, seconds // 3600, seconds // 86400
    if seconds < 3600:
        return f"{minutes}m"
    if seconds < 86400:
        return f"{hours}h{minutes % 60:02d}m"
    return f"{days}d{hours % 24:02d}h"
