-- KPI roll-ups: per reporting day, additive tallies of contacts and of agents' status time, kept current by a job.

-- The tier the customer was in when they made contact, so reports by tier keep their history.
alter table contact add column customer_tier varchar(20);
alter table contact_aud add column customer_tier varchar(20);
update contact set customer_tier = (select value_tier from customer where customer.id = contact.customer_id);

-- Rows written or changed since their day was last rolled up (true for every row until the first roll-up).
alter table contact add column kpi_pending boolean default true not null;
alter table agent_status_interval add column kpi_pending boolean default true not null;
create index contact_kpi_pending_ix on contact (kpi_pending, arrived_at);
create index agent_status_interval_pending_ix on agent_status_interval (kpi_pending, started_at);
create index agent_status_interval_started_ix on agent_status_interval (started_at, ended_at);

-- First-contact resolution looks for the same customer's next contact about the same reason.
create index contact_repeat_ix on contact (customer_id, reason_code, arrived_at);

-- The days rolled up, and under which KPI settings (thresholds, repeat window, time zone) they were.
create table kpi_rollup_day (
    report_day       date         not null,
    settings    varchar(300) not null,
    rolled_at   timestamp(6) with time zone not null,
    constraint kpi_rollup_day_pk primary key (report_day)
);

create table kpi_contact_day (
    report_day                  date        not null,
    team_id                bigint,
    agent_id               bigint,
    channel                varchar(10) not null,
    queue                  varchar(60),
    customer_tier          varchar(20),
    offered                bigint      not null,
    answered               bigint      not null,
    answered_in_threshold  bigint      not null,
    abandoned              bigint      not null,
    abandoned_short        bigint      not null,
    answered_wait_seconds  bigint      not null,
    handled                bigint      not null,
    handle_seconds         bigint      not null,
    transferred            bigint      not null,
    escalated              bigint      not null,
    fcr_eligible           bigint      not null,
    fcr_repeated           bigint      not null,
    surveyed               bigint      not null,
    satisfied              bigint      not null,
    csat_sum               bigint      not null,
    effort_answers         bigint      not null,
    effort_sum             bigint      not null,
    emails_answered        bigint      not null,
    email_response_seconds bigint      not null
);
create index kpi_contact_day_ix on kpi_contact_day (report_day);

create table kpi_agent_day (
    report_day             date   not null,
    agent_id          bigint not null,
    team_id           bigint not null,
    available_seconds bigint not null,
    busy_seconds      bigint not null,
    wrap_up_seconds   bigint not null,
    away_seconds      bigint not null,
    constraint kpi_agent_day_pk primary key (report_day, agent_id)
);

insert into job_lock (name) values ('kpi-rollup');
