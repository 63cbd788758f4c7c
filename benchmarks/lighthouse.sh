#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices) for the home page and a session
# page with a container and volumes. Installs lighthouse 12.2.3 into .cache/lighthouse on first use.
# Run: benchmarks/lighthouse.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap
mkdir -p .cache/lighthouse
[ -x .cache/lighthouse/node_modules/.bin/lighthouse ] || (cd .cache/lighthouse && npm i -s -E lighthouse@12.2.3 >/dev/null)
port=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
db=$(mktemp -d)
LAYERLAB_DATABASE_URL="sqlite:///$db/lh.db" LAYERLAB_PORT=$port .venv/bin/layerlab serve >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$db"' EXIT
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.1; done
token=$(curl -s -o /dev/null -w '%{redirect_url}' -X POST "http://127.0.0.1:$port/sessions" | sed 's|.*/s/||')
for line in "docker build -q -t feedback-node ." \
            "docker run -d -p 3000:80 --name feedback-app -v feedback:/app/feedback -v /app/temp feedback-node" \
            "docker volume create notes"; do
  curl -s -o /dev/null -X POST -H 'HX-Request: true' --data-urlencode "line=$line" "http://127.0.0.1:$port/s/$token/run"
done
for url in "http://127.0.0.1:$port/" "http://127.0.0.1:$port/s/$token"; do
  CHROME_PATH=$(command -v chromium) .cache/lighthouse/node_modules/.bin/lighthouse "$url" --quiet \
    --chrome-flags="--headless --no-sandbox --disable-gpu" --max-wait-for-load=8000 \
    --only-categories=performance,accessibility,best-practices --output=json --output-path="$db/out.json" >/dev/null 2>&1
  .venv/bin/python -c "import json,sys; d=json.load(open(sys.argv[1])); print(json.dumps({'url': sys.argv[2].split('/s/')[0] + ('/s/<token>' if '/s/' in sys.argv[2] else ''), **{k: round(v['score'] * 100) for k, v in d['categories'].items()}}))" "$db/out.json" "$url"
done
