-- Coaching tasks opened from reviews for the agent's team, and training records that can raise an agent's skill or
-- channel proficiency once a team lead confirms them.
create sequence qa_coaching_task_seq start with 1 increment by 50;
create sequence qa_training_seq start with 1 increment by 50;

create table qa_coaching_task (
    id          bigint           not null,
    version     bigint           not null,
    agent_id    bigint           not null,
    team_id     bigint           not null,
    review_id   bigint           not null,
    contact_id  bigint,
    case_id     bigint,
    section     varchar(100)     not null,
    criterion   varchar(200)     not null,
    reason      varchar(16)      not null,
    score_share double precision not null,
    evidence    varchar(2000),
    state       varchar(10)      not null,
    opened_at   timestamp(6) with time zone not null,
    coach_id    bigint,
    note        varchar(2000),
    closed_at   timestamp(6) with time zone,
    constraint qa_coaching_task_pk primary key (id),
    constraint qa_coaching_task_agent_fk foreign key (agent_id) references agent (id),
    constraint qa_coaching_task_team_fk foreign key (team_id) references team (id),
    constraint qa_coaching_task_review_fk foreign key (review_id) references qa_review (id),
    constraint qa_coaching_task_coach_fk foreign key (coach_id) references agent (id),
    constraint qa_coaching_task_reason_ck check (reason in ('CRITICAL_FAILED', 'LOW_SCORE')),
    constraint qa_coaching_task_state_ck check (state in ('OPEN', 'DONE', 'WITHDRAWN'))
);

create index qa_coaching_task_team_ix on qa_coaching_task (team_id, state, opened_at);
create index qa_coaching_task_agent_ix on qa_coaching_task (agent_id, opened_at);
create index qa_coaching_task_review_ix on qa_coaching_task (review_id);

create table qa_training (
    id             bigint       not null,
    version        bigint       not null,
    agent_id       bigint       not null,
    course         varchar(200) not null,
    completed_on   date         not null,
    result         varchar(10)  not null,
    raises_skill   varchar(60),
    raises_channel varchar(10),
    raises_to      integer,
    state          varchar(10)  not null,
    confirmed_by   bigint,
    confirmed_at   timestamp(6) with time zone,
    constraint qa_training_pk primary key (id),
    constraint qa_training_agent_fk foreign key (agent_id) references agent (id),
    constraint qa_training_lead_fk foreign key (confirmed_by) references agent (id),
    constraint qa_training_result_ck check (result in ('PASSED', 'FAILED')),
    constraint qa_training_state_ck check (state in ('RECORDED', 'CONFIRMED')),
    constraint qa_training_raise_ck check (raises_to is null or raises_to between 1 and 5)
);

create index qa_training_agent_ix on qa_training (agent_id, completed_on);
