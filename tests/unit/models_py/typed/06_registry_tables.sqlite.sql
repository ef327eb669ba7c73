CREATE TABLE crm.post (
	id INTEGER NOT NULL,
	body TEXT,
	views BIGINT DEFAULT 0,
	PRIMARY KEY (id)
);
CREATE TABLE crm.tag (
	tag_id INTEGER NOT NULL,
	label VARCHAR(30) NOT NULL,
	PRIMARY KEY (tag_id)
);
CREATE UNIQUE INDEX crm.ix_tag_label ON tag (label);
CREATE TABLE crm.post_tag (
	post_id INTEGER NOT NULL,
	tag_id INTEGER NOT NULL,
	PRIMARY KEY (post_id, tag_id),
	FOREIGN KEY(post_id) REFERENCES post (id),
	FOREIGN KEY(tag_id) REFERENCES tag (tag_id)
);
