# syntax=docker/dockerfile:1
# layerlab's image. Build: docker build -t layerlab .   Run: docker run -p 8000:8000 -v layerlab-data:/data layerlab
# Needs BuildKit (the default builder since Docker 23) for the RUN --mount lines.

# ---- builder: wheels for every dependency, in a layer that only pyproject.toml can invalidate ----
FROM python:3.11-slim AS builder

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1

WORKDIR /src

# Only the project metadata: editing the code, templates or static files does not touch this layer.
COPY pyproject.toml ./

# The dependency list comes from pyproject.toml itself (tomllib is in Python 3.11), so it is never
# written twice. setuptools is added because the final stage builds the project with it offline.
# Every dependency ships manylinux wheels for CPython 3.11, so no compiler is installed here either.
RUN --mount=type=cache,target=/root/.cache/pip \
    python -c "import tomllib; p = tomllib.load(open('pyproject.toml', 'rb')); \
print('\n'.join(p['project']['dependencies'] + p['build-system']['requires']))" > requirements.txt \
 && pip wheel --wheel-dir /wheels -r requirements.txt \
 && cp requirements.txt /wheels/requirements.txt

# ---- final: the wheels installed offline, the code, a non-root user ----
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore \
    LAYERLAB_HOST=0.0.0.0 \
    LAYERLAB_PORT=8000 \
    LAYERLAB_DATABASE_URL=sqlite:////data/layerlab.db

# A system user with a fixed UID (handy for chown on bind mounts) and the data folder it owns.
# /data is created and chowned before VOLUME, so a new named volume starts owned by layerlab.
RUN groupadd --system --gid 10001 layerlab \
 && useradd --system --uid 10001 --gid layerlab --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin layerlab \
 && mkdir /data \
 && chown layerlab:layerlab /data

# Dependencies: installed from the builder's wheels, which are bind-mounted for this step only,
# so no wheel file and no pip cache ends up in a layer. --no-index: nothing is fetched here.
RUN --mount=type=bind,from=builder,source=/wheels,target=/wheels \
    pip install --no-cache-dir --no-index --find-links=/wheels -r /wheels/requirements.txt

WORKDIR /src

# The code comes last: a change here rebuilds only the layers below. It is installed as a wheel
# (templates, static files, lessons and translations are package data).
COPY pyproject.toml README.md ./
COPY app ./app
COPY templates ./templates
COPY static ./static
RUN --mount=type=bind,from=builder,source=/wheels,target=/wheels \
    pip install --no-cache-dir --no-index --find-links=/wheels --no-deps . \
 && layerlab --help > /dev/null

WORKDIR /data

USER 10001:10001

VOLUME /data
EXPOSE 8000

# python:3.11-slim has no curl: urllib exits non-zero on a refused connection or any non-2xx reply.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ.get('LAYERLAB_PORT', '8000') + '/healthz', timeout=4)"]

CMD ["layerlab", "serve"]
