CREATE TABLE inventory.warehouse (
	id INTEGER NOT NULL,
	code VARCHAR(10) NOT NULL,
	PRIMARY KEY (id)
);
CREATE TABLE inventory.item (
	id INTEGER NOT NULL,
	warehouse_id INTEGER NOT NULL,
	sku VARCHAR(40) NOT NULL,
	quantity INTEGER DEFAULT '0' NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT fk_item_wh FOREIGN KEY(warehouse_id) REFERENCES warehouse (id) ON DELETE CASCADE,
	CONSTRAINT uq_item_wh_sku UNIQUE (warehouse_id, sku),
	CONSTRAINT ck_item_quantity CHECK (quantity >= 0)
);
CREATE INDEX inventory.ix_item_qty ON item (quantity);
CREATE INDEX inventory.ix_item_sku_lower ON item (lower(sku));
