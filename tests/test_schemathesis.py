"""Schemathesis generates requests from the app's OpenAPI schema: none may end in a server error."""

from __future__ import annotations

import tempfile

import schemathesis
from hypothesis import HealthCheck, settings

from app.settings import Settings
from app.store.sessions import Store
from app.web.app import create_app

_tmp = tempfile.mkdtemp(prefix="layerlab-schema-")
app = create_app(Settings(rate_session=10_000.0, rate_client=10_000.0), Store(f"sqlite:///{_tmp}/s.db"))
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@schema.parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_request_makes_a_server_error(case: schemathesis.Case) -> None:
    response = case.call()
    assert response.status_code < 500, (case.method, case.path, response.status_code, response.text[:300])
