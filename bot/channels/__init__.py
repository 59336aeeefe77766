"""Input channels: the web chat widget (socket.io) and Telegram."""
