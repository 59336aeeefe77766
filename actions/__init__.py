"""rasa-sdk custom actions, one module per flow."""
