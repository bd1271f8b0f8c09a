-- An instance of the hub found stopped by another (its heartbeat older than edhub.instance.stale-after) is alerted
-- once, kind INSTANCE_STOPPED, subject the instance's name, started at its last heartbeat. The incident belongs to no
-- district, nor does its mail.
alter table operator_alert alter column district_id drop not null;
alter table mail_outbox alter column district_id drop not null;
