-- Scheduled time, schedule adherence and staff cost for KPI reports.

-- Cancelled shifts stay on record, so the KPI roll-up can work their days out again.
alter table agent_shift add column cancelled_at timestamp(6) with time zone;
alter table agent_shift add column kpi_pending boolean default true not null;
create index agent_shift_starts_ix on agent_shift (starts_at, ends_at);
create index agent_shift_pending_ix on agent_shift (kpi_pending, starts_at);

-- The loaded hourly cost of a team's agents (salary, benefits, overheads), in the centre's currency.
create table kpi_cost_rate (
    team_id     bigint         not null,
    version     bigint         not null,
    hourly_cost numeric(19, 4) not null,
    constraint kpi_cost_rate_pk primary key (team_id),
    constraint kpi_cost_rate_team_fk foreign key (team_id) references team (id),
    constraint kpi_cost_rate_ck check (hourly_cost >= 0)
);

alter table kpi_agent_day add column scheduled_seconds bigint default 0 not null;
alter table kpi_agent_day add column adhering_seconds bigint default 0 not null;

-- Days rolled up before scheduled time was part of it are rolled up again.
delete from kpi_rollup_day;
