-- The ranking robustness panel goes into the frozen snapshot with the list: its table as CSV (one row per position:
-- places per method with the leave-one-member-out range, the members it hangs on, the verdict), its text (margins,
-- cycles in words, whether Kemeny–Young is proven optimal) and the region leading the service environment on the day
-- of the freeze. Snapshots frozen before this have none (null); the exports say so. Adding columns does not touch the
-- rows, so the insert-only trigger stays as it is.
alter table irf_frozen_result
    add column robustness_csv     text,
    add column robustness_text    text,
    add column responsible_region varchar(200);
