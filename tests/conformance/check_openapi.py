#!/usr/bin/env python3
"""Checks the HTTP exchanges recorded while PaystackClient talked to paydesk-sandbox (JSON lines written by
test_sandbox when PAYDESK_EXCHANGE_LOG is set) against the operations and schemas of Paystack's OpenAPI spec.

Every request must be a documented operation with a request body that has the required fields and types; every
answer must carry a documented status and a body that fits the documented schema. Differences the project follows
on purpose (Paystack's documented behaviour over the spec) are listed in known_differences.txt with the reason and
are reported, not failed. Usage: check_openapi.py SPEC.yaml EXCHANGES.jsonl KNOWN_DIFFERENCES.txt
"""
import json
import re
import sys

import yaml


def resolve(spec, node):
    while isinstance(node, dict) and "$ref" in node:
        parts = node["$ref"].lstrip("#/").split("/")
        node = spec
        for part in parts:
            node = node[part]
    return node


def type_of(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def validate(spec, schema, value, where, errors, request):
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return
    if value is None and (schema.get("nullable") or "type" not in schema):
        return
    for sub in schema.get("allOf", []):
        validate(spec, sub, value, where, errors, request)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            attempts = []
            for sub in schema[key]:
                trial = []
                validate(spec, sub, value, where, trial, request)
                attempts.append(trial)
            if all(attempts):
                errors.append(f"{where}: matches none of {key}")
    expected = schema.get("type")
    actual = type_of(value)
    if expected:
        ok = actual == expected or (expected == "number" and actual == "integer")
        if not ok:
            errors.append(f"{where}: expected {expected}, got {actual}")
            return
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{where}: {value!r} is not one of {schema['enum']}")
    if actual == "object":
        if request:
            for name in schema.get("required", []):
                if name not in value:
                    errors.append(f"{where}: required field {name} is missing")
        for name, sub in schema.get("properties", {}).items():
            if name in value:
                validate(spec, sub, value[name], f"{where}.{name}", errors, request)
    if actual == "array" and "items" in schema:
        for index, item in enumerate(value):
            validate(spec, schema["items"], item, f"{where}[{index}]", errors, request)


def find_operation(spec, method, path):
    best = None
    for template, item in spec["paths"].items():
        want = template.strip("/").split("/")
        have = path.strip("/").split("/")
        if len(want) != len(have):
            continue
        literal = 0
        for w, h in zip(want, have):
            if w.startswith("{"):
                continue
            if w != h:
                break
            literal += 1
        else:
            if method in item and (best is None or literal > best[0]):
                best = (literal, template, item[method])
    return best


def main():
    spec_path, log_path, known_path = sys.argv[1:4]
    spec = yaml.safe_load(open(spec_path, encoding="utf-8"))
    known = []
    for line in open(known_path, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            known.append(re.compile(line))
    exchanges = [json.loads(line) for line in open(log_path, encoding="utf-8") if line.strip()]
    if not exchanges:
        print("FAIL: no exchanges were recorded")
        return 1

    failures, tolerated, operations = [], set(), set()
    for exchange in exchanges:
        method = exchange["verb"].lower()
        path = exchange["path"]
        found = find_operation(spec, method, path)
        label = f"{exchange['verb']} {path}"
        if not found:
            failures.append(f"{label}: no such operation in the spec")
            continue
        _, template, operation = found
        operations.add(f"{exchange['verb']} {template}")
        errors = []
        body = operation.get("requestBody")
        if body and exchange.get("request"):
            schema = resolve(spec, body).get("content", {}).get("application/json", {}).get("schema")
            if schema:
                validate(spec, schema, json.loads(exchange["request"]), f"{exchange['verb']} {template} request $", errors, True)
        status = str(exchange["status"])
        responses = operation.get("responses", {})
        response = responses.get(status) or responses.get("default")
        if not response:
            errors.append(f"{exchange['verb']} {template} response: HTTP {status} is not documented")
        else:
            schema = resolve(spec, response).get("content", {}).get("application/json", {}).get("schema")
            if schema and exchange.get("response"):
                try:
                    answer = json.loads(exchange["response"])
                except ValueError:
                    answer = None
                    errors.append(f"{exchange['verb']} {template} response {status}: not JSON")
                if answer is not None:
                    validate(spec, schema, answer, f"{exchange['verb']} {template} response {status} $", errors, False)
        for error in errors:
            if any(pattern.search(error) for pattern in known):
                tolerated.add(error)
            else:
                failures.append(error)

    print(f"{len(exchanges)} exchanges, {len(operations)} operations checked against {spec_path}")
    for operation in sorted(operations):
        print(f"  {operation}")
    if tolerated:
        print(f"{len(tolerated)} known differences (docs/sandbox.md):")
        for error in sorted(tolerated):
            print(f"  tolerated: {error}")
    for error in sorted(set(failures)):
        print(f"  FAIL: {error}")
    print(f"{len(exchanges) - len(set(failures))} passed, {len(set(failures))} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
