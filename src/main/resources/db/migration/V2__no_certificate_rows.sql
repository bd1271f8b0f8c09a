-- The certificate rows of the ECOS files were copied into this table and never read: the kept copy of each file is
-- what every run reads. The table held staff SSNs in clear; it goes.
drop table tx_certificate;
