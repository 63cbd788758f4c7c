"""The web layer: FastAPI routers, the live page's view models and fragments, streams to the browser.
It asks the tutor for a learner's turn and renders what comes back; `create_app` wires it together."""
