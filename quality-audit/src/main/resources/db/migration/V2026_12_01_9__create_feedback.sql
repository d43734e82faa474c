-- Team leads' observations of agents, and the feedback sessions held with them.
create sequence qa_observation_seq start with 1 increment by 50;
create sequence qa_feedback_session_seq start with 1 increment by 50;

create table qa_observation (
    id          bigint        not null,
    agent_id    bigint        not null,
    author_id   bigint        not null,
    note        varchar(2000) not null,
    observed_at timestamp(6) with time zone not null,
    constraint qa_observation_pk primary key (id),
    constraint qa_observation_agent_fk foreign key (agent_id) references agent (id),
    constraint qa_observation_author_fk foreign key (author_id) references agent (id)
);

create index qa_observation_agent_ix on qa_observation (agent_id, observed_at);

create table qa_feedback_session (
    id          bigint        not null,
    agent_id    bigint        not null,
    lead_id     bigint        not null,
    period_from timestamp(6) with time zone not null,
    period_to   timestamp(6) with time zone not null,
    notes       varchar(2000) not null,
    actions     varchar(2000),
    held_at     timestamp(6) with time zone not null,
    constraint qa_feedback_session_pk primary key (id),
    constraint qa_feedback_session_agent_fk foreign key (agent_id) references agent (id),
    constraint qa_feedback_session_lead_fk foreign key (lead_id) references agent (id)
);

create index qa_feedback_session_agent_ix on qa_feedback_session (agent_id, held_at);
