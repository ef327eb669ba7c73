CREATE TABLE account (
	id SERIAL NOT NULL,
	name VARCHAR NOT NULL,
	nickname VARCHAR,
	active BOOLEAN NOT NULL,
	score FLOAT,
	balance NUMERIC NOT NULL,
	created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
	birthday DATE,
	legacy_code VARCHAR,
	PRIMARY KEY (id)
);
