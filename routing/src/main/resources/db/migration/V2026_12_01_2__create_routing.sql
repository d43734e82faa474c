-- Routing: queues and their widening rules, the contacts in routing with where each stands, and the decision log.
create table routing_queue (
    name                  varchar(60) not null,
    version               bigint      not null,
    answer_target_seconds bigint      not null,
    constraint routing_queue_pk primary key (name),
    constraint routing_queue_target_ck check (answer_target_seconds > 0)
);

create table routing_queue_skill (
    queue_name  varchar(60) not null,
    skill       varchar(60) not null,
    proficiency integer     not null,
    constraint routing_queue_skill_pk primary key (queue_name, skill),
    constraint routing_queue_skill_queue_fk foreign key (queue_name) references routing_queue (name),
    constraint routing_queue_skill_proficiency_ck check (proficiency between 1 and 5)
);

create table routing_queue_step (
    queue_name         varchar(60) not null,
    position           integer     not null,
    after_seconds      bigint      not null,
    proficiency_relief integer     not null,
    also_language      varchar(8),
    next_tier          boolean     not null,
    overflow_to        varchar(60),
    constraint routing_queue_step_pk primary key (queue_name, position),
    constraint routing_queue_step_queue_fk foreign key (queue_name) references routing_queue (name),
    constraint routing_queue_step_overflow_fk foreign key (overflow_to) references routing_queue (name),
    constraint routing_queue_step_after_ck check (after_seconds >= 0),
    constraint routing_queue_step_relief_ck check (proficiency_relief between 0 and 4)
);

create table routed_contact (
    contact_id   bigint      not null,
    version      bigint      not null,
    queue        varchar(60) not null,
    channel      varchar(10) not null,
    language     varchar(8)  not null,
    support_tier varchar(2)  not null,
    priority     varchar(2)  not null,
    value_tier   varchar(10) not null,
    sla_deadline timestamp(6) with time zone,
    arrived_at   timestamp(6) with time zone not null,
    state        varchar(10) not null,
    agent_id     bigint,
    entered_at   timestamp(6) with time zone not null,
    offered_at   timestamp(6) with time zone,
    accepted_at  timestamp(6) with time zone,
    ended_at     timestamp(6) with time zone,
    wait_seconds bigint,
    constraint routed_contact_pk primary key (contact_id),
    constraint routed_contact_contact_fk foreign key (contact_id) references contact (id),
    constraint routed_contact_agent_fk foreign key (agent_id) references agent (id),
    constraint routed_contact_state_ck check (state in ('WAITING', 'OFFERED', 'ACCEPTED', 'COMPLETED', 'ABANDONED', 'WITHDRAWN')),
    constraint routed_contact_agent_ck check (state not in ('OFFERED', 'ACCEPTED') or agent_id is not null)
);

create index routed_contact_state_ix on routed_contact (state, queue);
create index routed_contact_agent_ix on routed_contact (agent_id, state);
create index routed_contact_arrived_ix on routed_contact (arrived_at, queue);

create table routed_contact_skill (
    contact_id  bigint      not null,
    skill       varchar(60) not null,
    proficiency integer     not null,
    constraint routed_contact_skill_pk primary key (contact_id, skill),
    constraint routed_contact_skill_contact_fk foreign key (contact_id) references routed_contact (contact_id)
);

create table routed_contact_preferred (
    contact_id bigint not null,
    agent_id   bigint not null,
    constraint routed_contact_preferred_pk primary key (contact_id, agent_id),
    constraint routed_contact_preferred_contact_fk foreign key (contact_id) references routed_contact (contact_id)
);

create table routed_contact_excluded (
    contact_id bigint not null,
    agent_id   bigint not null,
    constraint routed_contact_excluded_pk primary key (contact_id, agent_id),
    constraint routed_contact_excluded_contact_fk foreign key (contact_id) references routed_contact (contact_id)
);

create sequence routing_decision_seq start with 1 increment by 50;

create table routing_decision (
    id               bigint        not null,
    contact_id       bigint        not null,
    agent_id         bigint        not null,
    channel          varchar(10)   not null,
    decided_at       timestamp(6) with time zone not null,
    decision_trigger varchar(20)   not null,
    requirement      varchar(1000) not null,
    candidates       varchar(4000) not null,
    why              varchar(1000) not null,
    constraint routing_decision_pk primary key (id),
    constraint routing_decision_contact_fk foreign key (contact_id) references routed_contact (contact_id)
);

create index routing_decision_contact_ix on routing_decision (contact_id, decided_at);
