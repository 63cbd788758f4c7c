"""The routes, grouped by resource: pages, a session's actions, sharing, the app's window."""
