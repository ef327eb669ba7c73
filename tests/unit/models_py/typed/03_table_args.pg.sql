CREATE TABLE inventory.warehouse (
	id SERIAL NOT NULL,
	code VARCHAR(10) NOT NULL,
	PRIMARY KEY (id)
);
COMMENT ON TABLE inventory.warehouse IS 'storage sites';
CREATE TABLE inventory.item (
	id SERIAL NOT NULL,
	warehouse_id INTEGER NOT NULL,
	sku VARCHAR(40) NOT NULL,
	quantity INTEGER DEFAULT '0' NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT fk_item_wh FOREIGN KEY(warehouse_id) REFERENCES inventory.warehouse (id) ON DELETE CASCADE,
	CONSTRAINT uq_item_wh_sku UNIQUE (warehouse_id, sku),
	CONSTRAINT ck_item_quantity CHECK (quantity >= 0)
);
CREATE INDEX ix_item_qty ON inventory.item (quantity) WHERE quantity > 0;
CREATE INDEX ix_item_sku_lower ON inventory.item (lower(sku));
