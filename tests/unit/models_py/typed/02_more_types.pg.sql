CREATE TYPE status AS ENUM ('ACTIVE', 'ARCHIVED');
CREATE TABLE document (
	id UUID NOT NULL,
	body BYTEA NOT NULL,
	remind_at TIME WITHOUT TIME ZONE,
	retention INTERVAL,
	status status NOT NULL,
	title VARCHAR(200) NOT NULL,
	state VARCHAR(20) DEFAULT 'draft' NOT NULL,
	updated_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL,
	note VARCHAR,
	PRIMARY KEY (id)
);
COMMENT ON COLUMN document.note IS 'free text';
