#!/usr/bin/env bash
# create-secrets.sh: the Secrets the local overlay's pods reference, with random values, in the namespace kaola
# (or $KAOLA_NAMESPACE). Never committed, never printed unless asked (--print).
#
#   deploy/k8s/overlays/local/create-secrets.sh            # creates the missing ones in the current cluster
#   deploy/k8s/overlays/local/create-secrets.sh --print    # writes them as YAML to stdout, no cluster needed
#                                                          # (deploy/validate.sh checks the names and keys)
# A Secret that already exists is kept as it is: the identity index key and the database password must never
# change once the volumes hold data. Delete a Secret to have it generated anew. Set KAOLA_OPS_EMAIL or
# KAOLA_OPS_PASSWORD to choose the first ops account; read its password back with
#   kubectl -n kaola get secret kaola-user -o jsonpath='{.data.KAOLA_OPS_PASSWORD}' | base64 -d
set -euo pipefail

NS="${KAOLA_NAMESPACE:-kaola}"
PRINT=0
case "${1:-}" in
  --print) PRINT=1 ;;
  "") ;;
  *) echo "usage: $0 [--print]" >&2; exit 2 ;;
esac
command -v openssl > /dev/null || { echo "create-secrets.sh: needs openssl" >&2; exit 1; }
command -v kubectl > /dev/null || { echo "create-secrets.sh: needs kubectl" >&2; exit 1; }

rand() { openssl rand -base64 $(( $1 * 2 )) | tr -d '\n/+=' | cut -c "1-$1"; }
key32() { openssl rand -base64 32 | tr -d '\n'; }

DB_PASSWORD="$(rand 24)"
ZK_PASSWORD="$(rand 24)"

secret() { # name key=value...: print it, or create it unless it exists
  local name="$1"; shift
  local args=() kv
  for kv in "$@"; do args+=("--from-literal=$kv"); done
  if (( PRINT )); then
    echo '---'
    kubectl create secret generic "$name" -n "$NS" "${args[@]}" --dry-run=client -o yaml
  elif kubectl -n "$NS" get secret "$name" > /dev/null 2>&1; then
    echo "create-secrets.sh: $name exists, kept"
  else
    kubectl create secret generic "$name" -n "$NS" "${args[@]}" > /dev/null
    echo "create-secrets.sh: $name created"
  fi
}

# mariadb and kaola-db must agree: reuse the password of whichever is already in the cluster
if (( ! PRINT )) && kubectl -n "$NS" get secret kaola-db > /dev/null 2>&1; then
  DB_PASSWORD="$(kubectl -n "$NS" get secret kaola-db -o jsonpath='{.data.KAOLA_DB_PASSWORD}' | base64 -d)"
elif (( ! PRINT )) && kubectl -n "$NS" get secret mariadb > /dev/null 2>&1; then
  DB_PASSWORD="$(kubectl -n "$NS" get secret mariadb -o jsonpath='{.data.MARIADB_PASSWORD}' | base64 -d)"
fi
if (( ! PRINT )); then
  kubectl get namespace "$NS" > /dev/null 2>&1 || kubectl create namespace "$NS" > /dev/null
fi

# every app: the registry (ZooKeeper digest identity; the nodes it creates get CREATOR_ALL ACLs)
secret kaola-zk "KAOLA_ZK=kaola:$ZK_PASSWORD@zookeeper:2181"
# every service but the gateway, and MariaDB's own (it creates the user on its first start)
secret kaola-db KAOLA_DB_USER=kaola "KAOLA_DB_PASSWORD=$DB_PASSWORD"
secret mariadb "MARIADB_ROOT_PASSWORD=$(rand 24)" MARIADB_USER=kaola "MARIADB_PASSWORD=$DB_PASSWORD"
# each application's own
secret kaola-user "KAOLA_OPS_EMAIL=${KAOLA_OPS_EMAIL:-ops@kaola.local}" "KAOLA_OPS_PASSWORD=${KAOLA_OPS_PASSWORD:-$(rand 18)}" \
  "KAOLA_IDENTITY_KEYS=k1:$(key32)" KAOLA_IDENTITY_CURRENT_KEY=k1 "KAOLA_IDENTITY_INDEX_KEY=$(key32)"
secret kaola-customs "KAOLA_CUSTOMS_IDENTITY_KEYS=c1:$(key32)" KAOLA_CUSTOMS_IDENTITY_CURRENT_KEY=c1
secret kaola-payment "KAOLA_PAYMENT_SANDBOX_SECRET=$(rand 32)"
secret kaola-logistics "KAOLA_CARRIER_SANDBOX_SECRET=$(rand 32)"
secret kaola-gateway "KAOLA_JWT_SECRET=$(rand 48)"
