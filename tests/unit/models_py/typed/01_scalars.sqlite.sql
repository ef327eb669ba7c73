CREATE TABLE account (
	id INTEGER NOT NULL,
	name VARCHAR NOT NULL,
	nickname VARCHAR,
	active BOOLEAN NOT NULL,
	score FLOAT,
	balance NUMERIC NOT NULL,
	created_at DATETIME NOT NULL,
	birthday DATE,
	legacy_code VARCHAR,
	PRIMARY KEY (id)
);
