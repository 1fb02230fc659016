-- One database per service (docs/architecture.md, "Ownership"); run once by the postgres image on first start.
CREATE DATABASE horae_customer OWNER horae;
CREATE DATABASE horae_availability OWNER horae;
CREATE DATABASE horae_reservations OWNER horae;
CREATE DATABASE horae_booking OWNER horae;
CREATE DATABASE horae_gateway OWNER horae;
