-- What the pickup could not take from a district's drop folders (DropCheck), each told to the district once: the key
-- is a digest of the district, the path and, for a file, its size and time.
create table drop_refusal (
    refusal_key char(64)      not null primary key,
    district_id varchar(16)   not null,
    path        varchar(1024) not null,
    reason      varchar(4000) not null,
    refused_at  timestamp     not null,
    run_id      bigint
);
