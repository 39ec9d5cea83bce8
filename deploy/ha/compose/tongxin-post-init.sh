#!/bin/sh
# Patroni's post_init: runs once on the first leader with a superuser connection string as $1.
set -e
psql "$1" -v ON_ERROR_STOP=1 <<SQL
create role tongxin login createrole password '${TONGXIN_DB_PASSWORD:?}';
create database tongxin owner tongxin;
SQL
