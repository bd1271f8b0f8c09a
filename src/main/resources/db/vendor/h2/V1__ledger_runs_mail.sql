-- Every file a district dropped, whatever became of it.
create table district_file (
    id            bigint auto_increment primary key,
    district_id   varchar(16)   not null,
    feed          varchar(40)   not null,
    school_year   varchar(9)    not null,
    name          varchar(512)  not null,
    remote_path   varchar(1024) not null,
    size_bytes    bigint        not null,
    sha256        char(64)      not null,
    received_at   timestamp     not null,
    finished_at   timestamp,
    status        varchar(16)   not null, -- RECEIVED, ACCEPTED, REJECTED, DUPLICATE
    run_id        bigint,
    kept_path     varchar(1024),
    message       varchar(4000)
);
create index district_file_by_content on district_file (district_id, feed, school_year, sha256);
create index district_file_by_year on district_file (district_id, school_year, feed, status);

-- One processing of received files for a district, school year and state program.
create table run (
    id            bigint auto_increment primary key,
    district_id   varchar(16)  not null,
    program       varchar(40)  not null,
    school_year   varchar(9)   not null,
    status        varchar(24)  not null, -- RECEIVED, PROCESSING, COMPLETED, COMPLETED_WITH_ISSUES, REJECTED, FAILED
    trigger_file_id bigint,
    started_at    timestamp    not null,
    finished_at   timestamp,
    errors        int          default 0 not null,
    warnings      int          default 0 not null,
    infos         int          default 0 not null,
    summary       varchar(4000),
    output_dir    varchar(1024)
);
create index run_by_district on run (district_id, school_year, program);

create table run_input (
    run_id  bigint not null,
    file_id bigint not null,
    primary key (run_id, file_id)
);

create table run_output (
    run_id bigint        not null,
    name   varchar(255)  not null,
    path   varchar(1024) not null,
    primary key (run_id, name)
);

create table run_issue (
    run_id   bigint       not null,
    seq      int          not null,
    severity varchar(8)   not null,
    rule     varchar(64)  not null,
    file     varchar(512),
    row_no   bigint,
    field    varchar(255),
    cell     varchar(1024),
    message  varchar(4000) not null,
    fix      varchar(4000),
    primary key (run_id, seq)
);
create index run_issue_by_rule on run_issue (run_id, rule);

-- Mail is kept until sent: a mail server outage loses nothing.
create table mail_outbox (
    id          bigint auto_increment primary key,
    run_id      bigint,
    district_id varchar(16)  not null,
    recipients  varchar(4000) not null,
    subject     varchar(1000) not null,
    mime        blob         not null,
    status      varchar(8)   not null, -- PENDING, SENT
    attempts    int          default 0 not null,
    last_error  varchar(4000),
    created_at  timestamp    not null,
    sent_at     timestamp
);
create index mail_outbox_pending on mail_outbox (status, id);

-- The Texas certification rows of the current file per district and school year (seed 004: a new file replaces).
create table tx_certificate (
    district_id    varchar(16) not null,
    school_year    varchar(9)  not null,
    file_id        bigint      not null,
    row_no         bigint      not null,
    staff_id       varchar(16) not null,
    cert_type      varchar(16) not null,
    effective_date date        not null,
    expire_date    date,       -- null: Life
    grade_level    varchar(64),
    cert_level     varchar(16),
    field_code     varchar(16),
    primary key (district_id, school_year, row_no)
);
