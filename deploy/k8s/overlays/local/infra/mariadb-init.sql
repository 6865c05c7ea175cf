-- The databases the Kaola services expect (each migrates its own schema with Flyway at start), created once
-- when the MariaDB data directory is initialised. The user `kaola` is created by the image's entrypoint from
-- MARIADB_USER / MARIADB_PASSWORD before this file runs. Keep deploy/k8s/overlays/local/infra/mariadb-init.sql
-- identical (deploy/validate.sh checks it).
CREATE DATABASE IF NOT EXISTS kaola_user      CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS kaola_product   CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS kaola_inventory CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS kaola_pricing   CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
-- kaola-order: the two order shards (ds_0, ds_1; 4 tables each, docs/sharding.md)
CREATE DATABASE IF NOT EXISTS kaola_order_0   CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS kaola_order_1   CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS kaola_payment   CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS kaola_logistics CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS kaola_customs   CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS kaola_promotion CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

GRANT ALL PRIVILEGES ON kaola_user.*      TO 'kaola'@'%';
GRANT ALL PRIVILEGES ON kaola_product.*   TO 'kaola'@'%';
GRANT ALL PRIVILEGES ON kaola_inventory.* TO 'kaola'@'%';
GRANT ALL PRIVILEGES ON kaola_pricing.*   TO 'kaola'@'%';
GRANT ALL PRIVILEGES ON kaola_order_0.*   TO 'kaola'@'%';
GRANT ALL PRIVILEGES ON kaola_order_1.*   TO 'kaola'@'%';
GRANT ALL PRIVILEGES ON kaola_payment.*   TO 'kaola'@'%';
GRANT ALL PRIVILEGES ON kaola_logistics.* TO 'kaola'@'%';
GRANT ALL PRIVILEGES ON kaola_customs.*   TO 'kaola'@'%';
GRANT ALL PRIVILEGES ON kaola_promotion.* TO 'kaola'@'%';
FLUSH PRIVILEGES;
