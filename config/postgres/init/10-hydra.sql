-- The postgres image creates POSTGRES_DB (kratos) on a new volume; Hydra gets a database of its own.
CREATE DATABASE hydra;
