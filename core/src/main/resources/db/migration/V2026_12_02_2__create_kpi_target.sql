-- KPI targets: per team (or for the whole centre, without a team), at least or at most a value.
create sequence kpi_target_seq start with 1 increment by 50;

create table kpi_target (
    id           bigint           not null,
    version      bigint           not null,
    team_id      bigint,
    kpi          varchar(40)      not null,
    comparison   varchar(10)      not null,
    target_value double precision not null,
    constraint kpi_target_pk primary key (id),
    constraint kpi_target_team_fk foreign key (team_id) references team (id),
    constraint kpi_target_comparison_ck check (comparison in ('AT_LEAST', 'AT_MOST'))
);

create index kpi_target_team_ix on kpi_target (team_id, kpi);
