-- When the retention deleted a file's kept copy or a run's folder; the rows stay.
alter table district_file add column purged_at timestamp;
alter table run add column purged_at timestamp;
