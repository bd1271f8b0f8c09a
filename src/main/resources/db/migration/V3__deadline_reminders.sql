-- One row per reminder sent: the key is the district and the deadline, so each deadline is reminded once.
create table deadline_reminder (
    district_id varchar(16)  not null,
    program     varchar(40)  not null,
    school_year varchar(9)   not null,
    due         date         not null,
    deadline    varchar(200) not null,
    sent_at     timestamp    not null,
    primary key (district_id, program, school_year, due, deadline)
);
