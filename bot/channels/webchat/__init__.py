"""The web chat: Rasa's socket.io channel plus the widget's static assets, served by Rasa."""
