-- Cases (tickets) and their history of transitions.
create sequence support_case_seq start with 1 increment by 50;

create table support_case (
    id              bigint         not null,
    version         bigint         not null,
    customer_id     bigint         not null,
    subject         varchar(300)   not null,
    description     varchar(20000) not null,
    case_type       varchar(20)    not null,
    priority        varchar(2)     not null,
    status          varchar(10)    not null,
    pending_reason  varchar(12),
    support_tier    varchar(2)     not null,
    owner_id        bigint,
    resolution_code varchar(20),
    resolution_note varchar(2000),
    reopen_count    integer        not null,
    created_at      timestamp(6) with time zone not null,
    resolved_at     timestamp(6) with time zone,
    closed_at       timestamp(6) with time zone,
    constraint support_case_pk primary key (id),
    constraint support_case_customer_fk foreign key (customer_id) references customer (id),
    constraint support_case_owner_fk foreign key (owner_id) references agent (id),
    constraint support_case_type_ck check (case_type in ('QUESTION', 'SERVICE_REQUEST', 'INCIDENT', 'COMPLAINT')),
    constraint support_case_priority_ck check (priority in ('P1', 'P2', 'P3', 'P4')),
    constraint support_case_status_ck check (status in ('NEW', 'OPEN', 'PENDING', 'RESOLVED', 'CLOSED', 'REOPENED')),
    constraint support_case_pending_ck check ((status = 'PENDING') = (pending_reason is not null)),
    constraint support_case_tier_ck check (support_tier in ('L1', 'L2', 'L3')),
    constraint support_case_resolution_ck check ((status in ('RESOLVED', 'CLOSED')) = (resolution_code is not null))
);

create index support_case_customer_ix on support_case (customer_id, created_at);
create index support_case_owner_ix on support_case (owner_id);
create index support_case_status_ix on support_case (status, priority);
create index support_case_created_ix on support_case (created_at, id);

create sequence case_transition_seq start with 1 increment by 50;

create table case_transition (
    id          bigint      not null,
    case_id     bigint      not null,
    action      varchar(12) not null,
    from_status varchar(10),
    to_status   varchar(10) not null,
    from_tier   varchar(2),
    to_tier     varchar(2)  not null,
    reason      varchar(2000),
    occurred_at timestamp(6) with time zone not null,
    constraint case_transition_pk primary key (id),
    constraint case_transition_case_fk foreign key (case_id) references support_case (id)
);

create index case_transition_case_ix on case_transition (case_id, occurred_at);
create index case_transition_action_ix on case_transition (action, occurred_at);
