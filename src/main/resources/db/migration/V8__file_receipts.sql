-- The n-th time a district's bytes are taken as new input of a feed and year is one row, held by a unique key: two
-- instances (or two pickups) receiving the same bytes at once cannot both take them as new. Duplicates, ready markers
-- and files in a wrong folder take no receipt (null). The rows of before are numbered in the order they came.
alter table district_file add column receipt int;
update district_file f set receipt = (select count(*) from district_file g where g.district_id = f.district_id
        and g.feed = f.feed and g.school_year = f.school_year and g.sha256 = f.sha256 and g.status <> 'DUPLICATE'
        and g.id <= f.id)
    where f.status <> 'DUPLICATE';
alter table district_file add constraint district_file_receipt unique (district_id, feed, school_year, sha256, receipt);
drop index district_file_by_content;
