#!/usr/bin/env bash
# Sets up a team server for Symbiosis Explorer on a bare Debian 12 machine: PostgreSQL 15 with
# PostGIS, one database, an editing role for facilitators and a read-only role for viewers.
#
#   sudo scripts/team_server.sh DATABASE EDITOR EDITOR_PASSWORD VIEWER VIEWER_PASSWORD
#
# Run as root. It is safe to run again (existing roles and the database are kept). The server
# listens on 127.0.0.1 only: to serve other machines, set listen_addresses in
# /etc/postgresql/15/main/postgresql.conf and add their network to pg_hba.conf (scram-sha-256).
set -euo pipefail
db=${1:?database name}; editor=${2:?editing role}; editor_pw=${3:?its password}
viewer=${4:?read-only role}; viewer_pw=${5:?its password}

if ! command -v pg_ctlcluster >/dev/null || ! ls /usr/share/postgresql/15/extension/postgis.control >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql postgresql-15-postgis-3 >/dev/null
fi
pg_ctlcluster 15 main start 2>/dev/null || pg_ctlcluster 15 main status >/dev/null
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done

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
