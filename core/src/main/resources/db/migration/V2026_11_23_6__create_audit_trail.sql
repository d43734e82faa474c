-- The audit trail (Hibernate Envers): one revision per audited transaction, and a copy of each audited row per revision.
create sequence audit_revision_seq start with 1 increment by 50;

create table audit_revision (
    id                 bigint       not null,
    revision_timestamp bigint       not null,
    actor              varchar(200) not null,
    constraint audit_revision_pk primary key (id)
);

create table customer_aud (
    id                      bigint   not null,
    rev                     bigint   not null,
    revtype                 smallint,
    name                    varchar(200),
    email                   varchar(320),
    phone                   varchar(40),
    preferred_language      varchar(35),
    time_zone               varchar(60),
    value_tier              varchar(20),
    annual_revenue_amount   numeric(19, 4),
    annual_revenue_currency varchar(3),
    created_at              timestamp(6) with time zone,
    updated_at              timestamp(6) with time zone,
    constraint customer_aud_pk primary key (id, rev),
    constraint customer_aud_rev_fk foreign key (rev) references audit_revision (id)
);

create table agent_aud (
    id           bigint not null,
    rev          bigint not null,
    revtype      smallint,
    name         varchar(200),
    email        varchar(320),
    team_id      bigint,
    support_tier varchar(2),
    hire_date    date,
    constraint agent_aud_pk primary key (id, rev),
    constraint agent_aud_rev_fk foreign key (rev) references audit_revision (id)
);

-- Envers numbers the elements of an audited set (setordinal); one revision may delete and add the same ordinal,
-- so these tables have no primary key, only an index for reading an agent's history.
create table agent_skill_aud (
    rev         bigint   not null,
    revtype     smallint,
    agent_id    bigint   not null,
    setordinal  integer  not null,
    skill       varchar(60),
    proficiency integer,
    constraint agent_skill_aud_rev_fk foreign key (rev) references audit_revision (id)
);

create index agent_skill_aud_ix on agent_skill_aud (agent_id, rev);

create table agent_language_aud (
    rev         bigint   not null,
    revtype     smallint,
    agent_id    bigint   not null,
    setordinal  integer  not null,
    language    varchar(8),
    proficiency integer,
    constraint agent_language_aud_rev_fk foreign key (rev) references audit_revision (id)
);

create index agent_language_aud_ix on agent_language_aud (agent_id, rev);

create table agent_channel_aud (
    rev         bigint   not null,
    revtype     smallint,
    agent_id    bigint   not null,
    setordinal  integer  not null,
    channel     varchar(10),
    proficiency integer,
    capacity    integer,
    constraint agent_channel_aud_rev_fk foreign key (rev) references audit_revision (id)
);

create index agent_channel_aud_ix on agent_channel_aud (agent_id, rev);

create table support_case_aud (
    id                 bigint not null,
    rev                bigint not null,
    revtype            smallint,
    customer_id        bigint,
    subject            varchar(300),
    description        varchar(20000),
    case_type          varchar(20),
    priority           varchar(2),
    status             varchar(10),
    pending_reason     varchar(12),
    support_tier       varchar(2),
    owner_id           bigint,
    resolution_code    varchar(20),
    resolution_note    varchar(2000),
    reopen_count       integer,
    created_at         timestamp(6) with time zone,
    first_responded_at timestamp(6) with time zone,
    resolved_at        timestamp(6) with time zone,
    closed_at          timestamp(6) with time zone,
    constraint support_case_aud_pk primary key (id, rev),
    constraint support_case_aud_rev_fk foreign key (rev) references audit_revision (id)
);

create table contact_aud (
    id                bigint not null,
    rev               bigint not null,
    revtype           smallint,
    channel           varchar(10),
    direction         varchar(10),
    customer_id       bigint,
    agent_id          bigint,
    case_id           bigint,
    team_id           bigint,
    arrived_at        timestamp(6) with time zone,
    offered_at        timestamp(6) with time zone,
    answered_at       timestamp(6) with time zone,
    first_response_at timestamp(6) with time zone,
    ended_at          timestamp(6) with time zone,
    wait_seconds      bigint,
    talk_seconds      bigint,
    hold_seconds      bigint,
    wrap_up_seconds   bigint,
    abandoned         boolean,
    transferred       boolean,
    escalated         boolean,
    reason_code       varchar(60),
    disposition       varchar(60),
    notes             varchar(20000),
    csat              integer,
    effort            integer,
    constraint contact_aud_pk primary key (id, rev),
    constraint contact_aud_rev_fk foreign key (rev) references audit_revision (id)
);

create table sla_policy_aud (
    id                     bigint not null,
    rev                    bigint not null,
    revtype                smallint,
    value_tier             varchar(20),
    priority               varchar(2),
    first_response_minutes bigint,
    resolution_minutes     bigint,
    warning_percent        integer,
    calendar_id            bigint,
    constraint sla_policy_aud_pk primary key (id, rev),
    constraint sla_policy_aud_rev_fk foreign key (rev) references audit_revision (id)
);
