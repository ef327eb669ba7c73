CREATE TABLE crm.post (
	id SERIAL NOT NULL,
	body TEXT,
	views BIGINT DEFAULT 0,
	PRIMARY KEY (id)
);
CREATE TABLE crm.tag (
	tag_id SERIAL NOT NULL,
	label VARCHAR(30) NOT NULL,
	PRIMARY KEY (tag_id)
);
CREATE UNIQUE INDEX ix_tag_label ON crm.tag (label);
CREATE TABLE crm.post_tag (
	post_id INTEGER NOT NULL,
	tag_id INTEGER NOT NULL,
	PRIMARY KEY (post_id, tag_id),
	FOREIGN KEY(post_id) REFERENCES crm.post (id),
	FOREIGN KEY(tag_id) REFERENCES crm.tag (tag_id)
);
