-- Teams and agents: who takes contacts, what they can handle, and the time-stamped log of their status.
create sequence team_seq start with 1 increment by 50;

create table team (
    id               bigint       not null,
    version          bigint       not null,
    name             varchar(100) not null,
    service_function varchar(30)  not null,
    constraint team_pk primary key (id),
    constraint team_name_uq unique (name),
    constraint team_service_function_ck check (service_function in ('SUPPORT', 'TECHNICAL_SUPPORT', 'SALES_AND_MARKETING', 'QUALITY_CONTROL'))
);

create sequence agent_seq start with 1 increment by 50;

create table agent (
    id           bigint       not null,
    version      bigint       not null,
    name         varchar(200) not null,
    email        varchar(320),
    team_id      bigint       not null,
    support_tier varchar(2)   not null,
    hire_date    date         not null,
    status       varchar(10)  not null,
    status_since timestamp(6) with time zone not null,
    constraint agent_pk primary key (id),
    constraint agent_team_fk foreign key (team_id) references team (id),
    constraint agent_support_tier_ck check (support_tier in ('L1', 'L2', 'L3')),
    constraint agent_status_ck check (status in ('AVAILABLE', 'BUSY', 'WRAP_UP', 'AWAY', 'OFFLINE'))
);

create index agent_team_ix on agent (team_id);
create index agent_name_ix on agent (name, id);

create table agent_skill (
    agent_id    bigint      not null,
    skill       varchar(60) not null,
    proficiency integer     not null,
    constraint agent_skill_pk primary key (agent_id, skill),
    constraint agent_skill_agent_fk foreign key (agent_id) references agent (id),
    constraint agent_skill_proficiency_ck check (proficiency between 1 and 5)
);

create index agent_skill_skill_ix on agent_skill (skill, proficiency);

create table agent_language (
    agent_id    bigint     not null,
    language    varchar(8) not null,
    proficiency integer    not null,
    constraint agent_language_pk primary key (agent_id, language),
    constraint agent_language_agent_fk foreign key (agent_id) references agent (id),
    constraint agent_language_proficiency_ck check (proficiency between 1 and 5)
);

create index agent_language_language_ix on agent_language (language, proficiency);

create table agent_channel (
    agent_id    bigint      not null,
    channel     varchar(10) not null,
    proficiency integer     not null,
    capacity    integer     not null,
    constraint agent_channel_pk primary key (agent_id, channel),
    constraint agent_channel_agent_fk foreign key (agent_id) references agent (id),
    constraint agent_channel_channel_ck check (channel in ('PHONE', 'EMAIL', 'CHAT', 'WEB')),
    constraint agent_channel_proficiency_ck check (proficiency between 1 and 5),
    constraint agent_channel_capacity_ck check (capacity between 1 and 20)
);

create sequence agent_status_interval_seq start with 1 increment by 50;

create table agent_status_interval (
    id         bigint      not null,
    agent_id   bigint      not null,
    status     varchar(10) not null,
    started_at timestamp(6) with time zone not null,
    ended_at   timestamp(6) with time zone not null,
    constraint agent_status_interval_pk primary key (id),
    constraint agent_status_interval_agent_fk foreign key (agent_id) references agent (id),
    constraint agent_status_interval_order_ck check (ended_at >= started_at)
);

create index agent_status_interval_agent_ix on agent_status_interval (agent_id, started_at);
