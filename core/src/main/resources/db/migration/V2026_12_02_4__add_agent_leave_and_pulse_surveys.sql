-- Agents who left: the day and why, for turnover; they stay on record for history and reports.
alter table agent add column left_on date;
alter table agent add column leave_reason varchar(12);
alter table agent_aud add column left_on date;
alter table agent_aud add column leave_reason varchar(12);

-- Periodic pulse surveys of agents: one question, answered 1-5 once per agent while the survey is open. The answer
-- keeps the agent's team at the time; results are shown per team only where enough agents answered.
create sequence pulse_survey_seq start with 1 increment by 50;
create table pulse_survey (
    id         bigint       not null,
    version    bigint       not null,
    question   varchar(500) not null,
    opens_on   date         not null,
    closes_on  date         not null,
    created_at timestamp with time zone not null,
    constraint pulse_survey_pk primary key (id),
    constraint pulse_survey_dates_ck check (closes_on >= opens_on)
);
create index pulse_survey_closes_ix on pulse_survey (closes_on);

create sequence pulse_answer_seq start with 1 increment by 50;
create table pulse_answer (
    id          bigint   not null,
    survey_id   bigint   not null,
    agent_id    bigint   not null,
    team_id     bigint   not null,
    score       integer  not null,
    answered_at timestamp with time zone not null,
    constraint pulse_answer_pk primary key (id),
    constraint pulse_answer_survey_fk foreign key (survey_id) references pulse_survey (id),
    constraint pulse_answer_agent_fk foreign key (agent_id) references agent (id),
    constraint pulse_answer_once_uk unique (survey_id, agent_id),
    constraint pulse_answer_score_ck check (score between 1 and 5)
);
