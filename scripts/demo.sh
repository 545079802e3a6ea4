#!/bin/sh
# The quick start: the Kubernetes pipe over the sample audit log shipped in golden/, as a user would run it.
set -eu
sample=golden/k8s-privilege-escalation/audit.jsonl
node dist/ingest-k8s-audit-ocsf.mjs "$sample" \
  | tee events.ocsf.jsonl \
  | node dist/detect-privilege-escalation-k8s.mjs \
  | tee findings.ocsf.jsonl \
  | node dist/convert-ocsf-to-sarif.mjs > findings.sarif
echo "wrote findings.sarif; the OCSF events and findings behind it are in events.ocsf.jsonl and findings.ocsf.jsonl"
