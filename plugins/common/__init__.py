"""Small pieces every plugin shares; not a plugin itself (nothing to register)."""
