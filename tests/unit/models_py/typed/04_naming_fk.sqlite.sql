CREATE TABLE users (
	id INTEGER NOT NULL,
	email VARCHAR(255) NOT NULL,
	handle VARCHAR(30) NOT NULL,
	CONSTRAINT pk_users PRIMARY KEY (id),
	CONSTRAINT uq_users_email UNIQUE (email),
	CONSTRAINT ck_users_handle_length CHECK (length(handle) > 2)
);
CREATE INDEX ix_users_handle ON users (handle);
CREATE TABLE posts (
	id INTEGER NOT NULL,
	author_id INTEGER NOT NULL,
	editor_id INTEGER,
	slug VARCHAR(80) NOT NULL,
	CONSTRAINT pk_posts PRIMARY KEY (id),
	CONSTRAINT fk_posts_author_id_users FOREIGN KEY(author_id) REFERENCES users (id) ON DELETE CASCADE,
	CONSTRAINT fk_posts_editor_id_users FOREIGN KEY(editor_id) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX ix_posts_author_id ON posts (author_id);
CREATE UNIQUE INDEX ix_posts_slug ON posts (slug);
