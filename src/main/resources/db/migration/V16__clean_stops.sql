-- An instance that shuts down cleanly (its runs ended, hub.recovery.CleanStop) says so: stopped_at at or after its last
-- heartbeat. Another instance does not take it for crashed, and at its next start the instance knows whether its last
-- stop was a crash (stopped_at empty or older than the heartbeat), which it alerts even when no run was in progress.
-- The rows of before are taken as clean stops; an instance still running beats past them.
alter table hub_instance add column stopped_at timestamp;
update hub_instance set stopped_at = heartbeat_at;
