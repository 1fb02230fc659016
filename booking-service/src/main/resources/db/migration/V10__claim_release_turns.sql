-- Whoever releases a given-up claim takes it for a while first (release_until), so that of several replicas' sweeps
-- and the compensation that gave the claim up, one releases it; past that time (the releaser died) another may.
ALTER TABLE claim_in_flight ADD COLUMN release_until TIMESTAMPTZ;
