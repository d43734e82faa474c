-- ITIL problems: the underlying cause of incidents, linked from the incidents it causes.
create sequence problem_seq start with 1 increment by 50;

create table problem (
    id          bigint         not null,
    version     bigint         not null,
    title       varchar(300)   not null,
    description varchar(20000) not null,
    priority    varchar(2)     not null,
    status      varchar(12)    not null,
    root_cause  varchar(20000),
    workaround  varchar(20000),
    created_at  timestamp(6) with time zone not null,
    resolved_at timestamp(6) with time zone,
    constraint problem_pk primary key (id),
    constraint problem_priority_ck check (priority in ('P1', 'P2', 'P3', 'P4')),
    constraint problem_status_ck check (status in ('OPEN', 'KNOWN_ERROR', 'RESOLVED', 'CLOSED')),
    constraint problem_known_error_ck check (status <> 'KNOWN_ERROR' or workaround is not null)
);

create index problem_status_ix on problem (status, created_at);

alter table support_case add column problem_id bigint;
alter table support_case add constraint support_case_problem_fk foreign key (problem_id) references problem (id);
create index support_case_problem_ix on support_case (problem_id);

create table problem_aud (
    id          bigint not null,
    rev         bigint not null,
    revtype     smallint,
    title       varchar(300),
    description varchar(20000),
    priority    varchar(2),
    status      varchar(12),
    root_cause  varchar(20000),
    workaround  varchar(20000),
    created_at  timestamp(6) with time zone,
    resolved_at timestamp(6) with time zone,
    constraint problem_aud_pk primary key (id, rev),
    constraint problem_aud_rev_fk foreign key (rev) references audit_revision (id)
);

alter table support_case_aud add column problem_id bigint;
