#!/usr/bin/env bash
# Sets up a team server for Symbiosis Explorer on a bare Debian 12 machine: PostgreSQL 15 with
# PostGIS, one database, an editing role for facilitators and a read-only role for viewers.
#
#   sudo scripts/team_server.sh DATABASE EDITOR EDITOR_PASSWORD VIEWER VIEWER_PASSWORD
#
# Run as root. It is safe to run again (existing roles, the database and certificates are kept).
# The server listens on 127.0.0.1 only: to serve other machines, set listen_addresses in
# /etc/postgresql/15/main/postgresql.conf and add their network to pg_hba.conf (hostssl,
# scram-sha-256).
#
# TLS: the script makes the centre's own certificate authority and a server certificate for
# localhost, 127.0.0.1, this machine's name and any names in SE_TEAM_HOSTNAMES (space
# separated), and prints where the authority's certificate is: facilitators copy that file and
# connect with sslmode=verify-full&sslrootcert=FILE (or PGSSLROOTCERT=FILE).
set -euo pipefail
db=${1:?database name}; editor=${2:?editing role}; editor_pw=${3:?its password}
viewer=${4:?read-only role}; viewer_pw=${5:?its password}

if ! command -v pg_ctlcluster >/dev/null || ! ls /usr/share/postgresql/15/extension/postgis.control >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql postgresql-15-postgis-3 openssl >/dev/null
fi
pg_ctlcluster 15 main start 2>/dev/null || pg_ctlcluster 15 main status >/dev/null
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done

# The centre's certificate authority and the server's certificate, made once.
tls=/etc/postgresql/15/main/team-tls
if [ ! -f "$tls/server.crt" ]; then
  mkdir -p "$tls"
  names="DNS:localhost,IP:127.0.0.1,DNS:$(hostname)"
  for n in ${SE_TEAM_HOSTNAMES:-}; do names="$names,DNS:$n"; done
  openssl req -x509 -newkey rsa:3072 -nodes -days 3650 -subj "/CN=Symbiosis Explorer team CA $(hostname)" \
    -keyout "$tls/ca.key" -out "$tls/ca.crt" 2>/dev/null
  openssl req -newkey rsa:3072 -nodes -subj "/CN=$(hostname)" -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
  printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' "$names" > "$tls/ext.cnf"
  openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial -days 825 \
    -extfile "$tls/ext.cnf" -out "$tls/server.crt" 2>/dev/null
  chown -R postgres:postgres "$tls"; chmod 600 "$tls"/*.key; chmod 644 "$tls/ca.crt"
fi
su postgres -c "psql -q -d postgres" <<SQL
ALTER SYSTEM SET ssl = on;
ALTER SYSTEM SET ssl_cert_file = '$tls/server.crt';
ALTER SYSTEM SET ssl_key_file = '$tls/server.key';
SELECT pg_reload_conf();
SQL

as_postgres() { su postgres -c "psql -q -v ON_ERROR_STOP=1 $*"; }
as_postgres -d postgres <<SQL
SELECT format('CREATE ROLE %I LOGIN', '$editor') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$editor')\gexec
SELECT format('CREATE ROLE %I LOGIN', '$viewer') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$viewer')\gexec
ALTER ROLE "$editor" PASSWORD '$editor_pw';
ALTER ROLE "$viewer" PASSWORD '$viewer_pw';
SELECT format('CREATE DATABASE %I OWNER %I', '$db', '$editor') WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$db')\gexec
SQL
as_postgres -d "$db" <<SQL
CREATE EXTENSION IF NOT EXISTS postgis;
GRANT CONNECT ON DATABASE "$db" TO "$viewer";
-- QGIS keeps layer styles in public.layer_styles; the editor writes them, everyone reads them.
GRANT CREATE ON SCHEMA public TO "$editor";
-- Every project schema the editor publishes can be read (not changed) by the viewer.
ALTER DEFAULT PRIVILEGES FOR ROLE "$editor" GRANT USAGE ON SCHEMAS TO "$viewer";
ALTER DEFAULT PRIVILEGES FOR ROLE "$editor" GRANT SELECT ON TABLES TO "$viewer";
SQL
echo "team server ready: postgres://$editor@127.0.0.1:5432/$db (editing), postgres://$viewer@127.0.0.1:5432/$db (read-only)"
echo "its certificate authority: $tls/ca.crt (give facilitators a copy; connect with sslmode=verify-full&sslrootcert=FILE)"
