-- Scorecards: each version stored once and never changed, one row per criterion with its section.
create sequence qa_scorecard_seq start with 1 increment by 50;

create table qa_scorecard (
    id             bigint       not null,
    name           varchar(100) not null,
    version_number integer      not null,
    pass_mark      double precision not null,
    created_at     timestamp(6) with time zone not null,
    constraint qa_scorecard_pk primary key (id),
    constraint qa_scorecard_version_uq unique (name, version_number),
    constraint qa_scorecard_pass_mark_ck check (pass_mark between 0 and 100)
);

create table qa_scorecard_item (
    scorecard_id   bigint       not null,
    position       integer      not null,
    section        varchar(100) not null,
    section_weight double precision not null,
    criterion      varchar(200) not null,
    weight         double precision not null,
    scale          varchar(12)  not null,
    critical       varchar(8)   not null,
    bonus          boolean      not null,
    constraint qa_scorecard_item_pk primary key (scorecard_id, position),
    constraint qa_scorecard_item_scorecard_fk foreign key (scorecard_id) references qa_scorecard (id),
    constraint qa_scorecard_item_scale_ck check (scale in ('YES_NO', 'ONE_TO_FIVE', 'ZERO_TO_TEN')),
    constraint qa_scorecard_item_critical_ck check (critical in ('NONE', 'SECTION', 'REVIEW'))
);
