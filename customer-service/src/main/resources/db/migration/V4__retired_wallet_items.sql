-- A voucher the merchant invalidates can no longer be redeemed (a redemption made stays); a pass the merchant
-- retires is sold to nobody new (passes held keep working).
ALTER TABLE voucher ADD COLUMN invalidated_at TIMESTAMPTZ;
ALTER TABLE pass_definition ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
