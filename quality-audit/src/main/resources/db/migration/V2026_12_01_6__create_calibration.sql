-- Calibration sessions: the same contacts scored independently by several raters against one scorecard version; their
-- scores are reviews that name the session, kept apart from production reviews.
create sequence qa_calibration_seq start with 1 increment by 50;

create table qa_calibration (
    id           bigint       not null,
    version      bigint       not null,
    name         varchar(200) not null,
    scorecard_id bigint       not null,
    expert_id    bigint,
    state        varchar(10)  not null,
    created_at   timestamp(6) with time zone not null,
    closed_at    timestamp(6) with time zone,
    constraint qa_calibration_pk primary key (id),
    constraint qa_calibration_name_uk unique (name),
    constraint qa_calibration_scorecard_fk foreign key (scorecard_id) references qa_scorecard (id),
    constraint qa_calibration_expert_fk foreign key (expert_id) references agent (id),
    constraint qa_calibration_state_ck check (state in ('OPEN', 'CLOSED'))
);

create table qa_calibration_contact (
    calibration_id bigint  not null,
    position       integer not null,
    contact_id     bigint  not null,
    constraint qa_calibration_contact_pk primary key (calibration_id, position),
    constraint qa_calibration_contact_session_fk foreign key (calibration_id) references qa_calibration (id),
    constraint qa_calibration_contact_contact_fk foreign key (contact_id) references contact (id)
);

create table qa_calibration_rater (
    calibration_id bigint  not null,
    position       integer not null,
    agent_id       bigint  not null,
    constraint qa_calibration_rater_pk primary key (calibration_id, position),
    constraint qa_calibration_rater_session_fk foreign key (calibration_id) references qa_calibration (id),
    constraint qa_calibration_rater_agent_fk foreign key (agent_id) references agent (id)
);

alter table qa_review add column calibration_id bigint;
alter table qa_review add constraint qa_review_calibration_fk foreign key (calibration_id) references qa_calibration (id);
create index qa_review_calibration_ix on qa_review (calibration_id, superseded_by);
