-- The reviewed agent's answers (acknowledgements and disputes, with the arbitrator's decision), and the hash chain
-- that makes submitted reviews, dispute outcomes and audit results tamper-evident.
create sequence qa_acknowledgement_seq start with 1 increment by 50;
create sequence qa_dispute_seq start with 1 increment by 50;

create table qa_acknowledgement (
    id              bigint        not null,
    review_id       bigint        not null,
    agent_id        bigint        not null,
    comment         varchar(2000),
    acknowledged_at timestamp(6) with time zone not null,
    constraint qa_acknowledgement_pk primary key (id),
    constraint qa_acknowledgement_review_uk unique (review_id),
    constraint qa_acknowledgement_review_fk foreign key (review_id) references qa_review (id),
    constraint qa_acknowledgement_agent_fk foreign key (agent_id) references agent (id)
);

create table qa_dispute (
    id                  bigint        not null,
    version             bigint        not null,
    review_id           bigint        not null,
    contact_id          bigint,
    case_id             bigint,
    agent_id            bigint        not null,
    reviewer_id         bigint        not null,
    state               varchar(10)   not null,
    comment             varchar(2000) not null,
    raised_at           timestamp(6) with time zone not null,
    arbitrator_id       bigint,
    outcome             varchar(16),
    outcome_reason      varchar(2000),
    decided_at          timestamp(6) with time zone,
    resulting_review_id bigint,
    constraint qa_dispute_pk primary key (id),
    constraint qa_dispute_review_uk unique (review_id),
    constraint qa_dispute_review_fk foreign key (review_id) references qa_review (id),
    constraint qa_dispute_agent_fk foreign key (agent_id) references agent (id),
    constraint qa_dispute_arbitrator_fk foreign key (arbitrator_id) references agent (id),
    constraint qa_dispute_resulting_fk foreign key (resulting_review_id) references qa_review (id),
    constraint qa_dispute_state_ck check (state in ('OPEN', 'DECIDED')),
    constraint qa_dispute_outcome_ck check (outcome is null or outcome in ('UPHELD', 'PARTLY_ACCEPTED', 'OVERTURNED'))
);

create index qa_dispute_contact_ix on qa_dispute (contact_id, reviewer_id);

create table qa_dispute_rating (
    dispute_id   bigint       not null,
    position     integer      not null,
    section      varchar(100) not null,
    criterion    varchar(200) not null,
    rating_value integer,
    comment      varchar(2000),
    constraint qa_dispute_rating_pk primary key (dispute_id, position),
    constraint qa_dispute_rating_dispute_fk foreign key (dispute_id) references qa_dispute (id)
);

create table qa_ledger (
    position      bigint        not null,
    kind          varchar(10)   not null,
    record_id     bigint        not null,
    payload       varchar(20000) not null,
    recorded_at   timestamp(6) with time zone not null,
    previous_hash varchar(64)   not null,
    hash          varchar(64)   not null,
    constraint qa_ledger_pk primary key (position),
    constraint qa_ledger_kind_ck check (kind in ('REVIEW', 'DISPUTE', 'AUDIT'))
);

-- The one row appends lock, so they queue up one behind another on every server.
create table qa_ledger_head (
    id            bigint not null,
    last_position bigint not null,
    constraint qa_ledger_head_pk primary key (id)
);

insert into qa_ledger_head (id, last_position) values (1, 0);

create index qa_ledger_record_ix on qa_ledger (kind, record_id);
