-- A booking paid with a service substitution (a session the customer was owed): use_id names the substitution.
ALTER TABLE booking_payment DROP CONSTRAINT booking_payment_method_check;
ALTER TABLE booking_payment ADD CONSTRAINT booking_payment_method_check
    CHECK (method IN ('EXTERNAL', 'CREDIT', 'PASS', 'VOUCHER', 'SUBSTITUTION'));
