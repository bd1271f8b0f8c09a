-- A run held for the rest of its drop: the file was checked on its own and accepted, and the program runs once with
-- every file of the drop (RunService). A hold is released by the first run of its program and year started by that
-- file or a later one, whatever its outcome; a hold a stop left, or whose rest never came, is run by the district's next poll that
-- lists no more files for it (HeldRuns).
create table drop_hold (
    district_id varchar(16) not null,
    program     varchar(40) not null,
    school_year varchar(9)  not null,
    file_id     bigint      not null,
    held_at     timestamp   not null,
    primary key (district_id, program, school_year, file_id)
);
