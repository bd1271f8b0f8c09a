-- Several instances on one database (deploy/README.md, "Three instances"): each instance renews its heartbeat here;
-- a run belongs to the instance that started it, so only that instance's restart, or another instance once the
-- heartbeat has gone stale, fails it as interrupted; a mail is claimed by the instance sending it.
create table hub_instance (
    name         varchar(64) primary key,
    started_at   timestamp   not null,
    heartbeat_at timestamp   not null
);
alter table run add column instance_name varchar(64);
alter table mail_outbox add column claimed_until timestamp;
