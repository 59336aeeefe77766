"""Daily check-in reminders that live in the database and survive restarts."""
