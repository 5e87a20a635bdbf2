#!/usr/bin/env bash
# Runs test_sandbox with exchange recording on, then checks every exchange against Paystack's OpenAPI spec.
# Exit 77 (ctest: skipped) when the spec is not there, saying so.
set -euo pipefail
here=$(dirname "$(readlink -f "$0")")
test_sandbox=$1
spec=${PAYDESK_OPENAPI_SPEC:-}
if [ -z "$spec" ] || [ ! -f "$spec" ]; then
    echo "SKIPPED: Paystack's OpenAPI spec is not at '${spec}' (expected ../shared/paystack-openapi/paystack.yaml)"
    exit 77
fi
log="$TMPDIR/exchanges.jsonl"
PAYDESK_EXCHANGE_LOG="$log" "$test_sandbox" >"$TMPDIR/test_sandbox.log" 2>&1 ||
    { tail -n 40 "$TMPDIR/test_sandbox.log"; exit 1; }
# Debian's interpreter, which dev.sh gives python3-yaml; another python3 on PATH may lack it.
py=/usr/bin/python3
[ -x "$py" ] || py=python3
"$py" "$here/check_openapi.py" "$spec" "$log" "$here/known_differences.txt"
