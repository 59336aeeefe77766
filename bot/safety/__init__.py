"""Safety: risk detection, crisis resources, screening and escalation."""
