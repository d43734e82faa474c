-- The next-response SLA (a customer's reply waits for an agent) and the SLA warnings and breaches, each recorded once.
alter table case_transition alter column action set data type varchar(20);

alter table support_case add column awaiting_reply_since timestamp(6) with time zone;
alter table support_case_aud add column awaiting_reply_since timestamp(6) with time zone;

alter table sla_policy add column next_response_minutes bigint;
update sla_policy set next_response_minutes = first_response_minutes;
alter table sla_policy alter column next_response_minutes set not null;
alter table sla_policy add constraint sla_policy_next_response_ck check (next_response_minutes > 0);
alter table sla_policy_aud add column next_response_minutes bigint;

create sequence sla_event_seq start with 1 increment by 50;

-- occurred_at is when the target crossed its warning point or breached; recorded_at is when a watcher noticed.
create table sla_event (
    id               bigint                      not null,
    case_id          bigint                      not null,
    target           varchar(14)                 not null,
    kind             varchar(7)                  not null,
    clock_started_at timestamp(6) with time zone not null,
    occurred_at      timestamp(6) with time zone not null,
    recorded_at      timestamp(6) with time zone not null,
    constraint sla_event_pk primary key (id),
    constraint sla_event_case_fk foreign key (case_id) references support_case (id),
    constraint sla_event_once_uq unique (case_id, target, kind, clock_started_at),
    constraint sla_event_target_ck check (target in ('FIRST_RESPONSE', 'NEXT_RESPONSE', 'RESOLUTION')),
    constraint sla_event_kind_ck check (kind in ('WARNING', 'BREACH'))
);
create index sla_event_recorded_ix on sla_event (recorded_at, id);

-- One row per background job that must run on one server of a cluster at a time; a run locks its row.
create table job_lock (
    name varchar(40) not null,
    constraint job_lock_pk primary key (name)
);
insert into job_lock (name) values ('sla-watch');
