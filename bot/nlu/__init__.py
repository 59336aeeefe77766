"""Custom Rasa graph components and policies."""
