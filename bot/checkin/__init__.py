"""Mood check-ins: understanding a mood answer and showing the trend back."""
