-- Reviews: one analyst's scoring of one contact (or a whole case) against one scorecard version; a change after submitting is a new
-- row (the next revision) that supersedes the old one, which stays as it was.
create sequence qa_review_seq start with 1 increment by 50;

create table qa_review (
    id              bigint       not null,
    version         bigint       not null,
    contact_id      bigint,
    case_id         bigint,
    scorecard_id    bigint       not null,
    reviewer_id     bigint       not null,
    state           varchar(10)  not null,
    revision        integer      not null,
    supersedes      bigint,
    superseded_by   bigint,
    revision_reason varchar(2000),
    total_score     double precision,
    passed          boolean      not null,
    auto_failed     boolean      not null,
    created_at      timestamp(6) with time zone not null,
    submitted_at    timestamp(6) with time zone,
    constraint qa_review_pk primary key (id),
    constraint qa_review_contact_fk foreign key (contact_id) references contact (id),
    constraint qa_review_case_fk foreign key (case_id) references support_case (id),
    constraint qa_review_target_ck check ((contact_id is null) <> (case_id is null)),
    constraint qa_review_scorecard_fk foreign key (scorecard_id) references qa_scorecard (id),
    constraint qa_review_reviewer_fk foreign key (reviewer_id) references agent (id),
    constraint qa_review_supersedes_fk foreign key (supersedes) references qa_review (id),
    constraint qa_review_state_ck check (state in ('DRAFT', 'SUBMITTED'))
);

create index qa_review_contact_ix on qa_review (contact_id, superseded_by);
create index qa_review_case_ix on qa_review (case_id, superseded_by);
create index qa_review_reviewer_ix on qa_review (reviewer_id, created_at);

create table qa_review_rating (
    review_id    bigint       not null,
    position     integer      not null,
    section      varchar(100) not null,
    criterion    varchar(200) not null,
    rating_value integer,
    comment      varchar(2000),
    constraint qa_review_rating_pk primary key (review_id, position),
    constraint qa_review_rating_review_fk foreign key (review_id) references qa_review (id)
);
